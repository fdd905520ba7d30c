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
    // The folder's two tables are not articles: the manifest is applied, the gold pairs are left out.
    expect(batch.errors).toEqual([]);
    expect(batch.notes?.map((n) => n.path)).toEqual([`${TITAN_DIR}/gold.tsv`, `${TITAN_DIR}/manifest.tsv`]);
    expect(batch.articles.every((a) => a.outlet && a.sources?.outlet === 'manifest')).toBe(true);
    expect(progress.at(-1)).toBe(50);
  });
});
