import { describe, expect, it } from 'vitest';
import { parseInWorker } from '../../../electron/main/parse-in-worker';
import { TITAN_DIR } from '../../support/corpus';

// The TypeScript worker source runs through a tsx bootstrap here; the app runs out/main/parse-worker.js.
const spec = {
  url: new URL('../../support/tsx-worker.mjs', import.meta.url),
  options: { workerData: { entry: new URL('../../../electron/main/parse-worker.ts', import.meta.url).href } },
};

describe('parsing in a worker thread', () => {
  it('parses the Titan folder off the calling thread, with progress', async () => {
    const progress: number[] = [];
    const batch = await parseInWorker(spec, { paths: [TITAN_DIR] }, (p) => progress.push(p.done));
    expect(batch.articles).toHaveLength(48);
    // The folder's two tables (the manifest and the gold pairs) are not articles.
    const unsupported = { error: expect.stringMatching(/^unsupported file type ".tsv"/) };
    expect(batch.errors).toEqual([
      { path: `${TITAN_DIR}/gold.tsv`, ...unsupported },
      { path: `${TITAN_DIR}/manifest.tsv`, ...unsupported },
    ]);
    expect(progress.at(-1)).toBe(50);
  });
});
