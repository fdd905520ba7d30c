/**
 * The desktop build's parse worker (out/main/parse-worker.js) runs in plain Node worker threads, so it
 * is checked here even where the Electron binary is missing: this is the artifact the app ships.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseInWorker } from '../../../electron/main/parse-in-worker';
import { docxOf, emlOf, mhtmlOf, pdfOf } from '../../support/build-files';
import { SEEDS_DIR } from '../../support/corpus';

const built = join(process.cwd(), 'out/main/parse-worker.js');

test('the built main-process parse worker parses the seeds', async () => {
  expect(existsSync(built), 'run electron-vite build first (npm run test:e2e does)').toBe(true);
  const batch = await parseInWorker({ url: pathToFileURL(built) }, { paths: [SEEDS_DIR] });
  expect(batch.errors).toEqual([]);
  expect(batch.articles.map((a) => a.date)).toEqual(['2022-02-08', '2022-02-10']);
});

test('the built worker reads PDF, Word, MHTML and e-mail files and applies a manifest', async () => {
  expect(existsSync(built), 'run electron-vite build first (npm run test:e2e does)').toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-built-worker-'));
  try {
    const article = { title: 'Debris found near the Titanic', text: 'The Coast Guard said on Thursday that debris found near the Titanic was consistent with a catastrophic implosion of the vessel.' };
    writeFileSync(join(dir, 'a.pdf'), (await pdfOf(article)).bytes);
    writeFileSync(join(dir, 'b.docx'), docxOf(article));
    writeFileSync(join(dir, 'c.mhtml'), mhtmlOf({ ...article, text: `${article.text} Officials said the search would continue.` }));
    writeFileSync(join(dir, 'd.eml'), emlOf({ ...article, text: `${article.text} The release was sent on Thursday.` }));
    writeFileSync(join(dir, 'manifest.tsv'), 'file\toutlet\na.pdf\tUSNI News\nb.docx\tCBC\n');
    const batch = await parseInWorker({ url: pathToFileURL(built) }, { paths: [dir] });
    expect(batch.errors).toEqual([]);
    expect(batch.articles.map((a) => [a.format, a.outlet, a.language])).toEqual([
      ['pdf', 'USNI News', 'en'],
      ['docx', 'CBC', 'en'],
      ['mhtml', 'Test Gazette', 'en'],
      ['eml', 'news.uscg.example', 'en'],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
