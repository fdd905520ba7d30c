/**
 * The desktop build's parse worker (out/main/parse-worker.js) runs in plain Node worker threads, so it
 * is checked here even where the Electron binary is missing: this is the artifact the app ships.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseInWorker } from '../../../electron/main/parse-in-worker';
import { SEEDS_DIR } from '../../support/corpus';

const built = join(process.cwd(), 'out/main/parse-worker.js');

test('the built main-process parse worker parses the seeds', async () => {
  expect(existsSync(built), 'run electron-vite build first (npm run test:e2e does)').toBe(true);
  const batch = await parseInWorker({ url: pathToFileURL(built) }, { paths: [SEEDS_DIR] });
  expect(batch.errors).toEqual([]);
  expect(batch.articles.map((a) => a.date)).toEqual(['2022-02-08', '2022-02-10']);
});
