/**
 * The hostile PDF, Word, MHTML, e-mail and table files (test/support/hostile-documents.ts) through the
 * browser edition's real path: the file picker, the page's parse Worker (PDF.js, mammoth and
 * postal-mime running in Chromium), the store. All in one import into a library that already holds
 * articles: each file is imported or named with its reason, nothing runs, nothing stored is lost.
 */
import { expect, test } from '../../e2e/browser/fixtures';
import { Workbench, seedFiles } from '../../e2e/browser/library';
import { HOSTILE_DOCUMENTS } from '../../support/hostile-documents';
import { trial } from '../ledger';

// Inputs that need a smaller size limit than the picker's run in Node only (hostile-inputs.test.ts).
const INPUTS = HOSTILE_DOCUMENTS.filter((d) => d.maxBytes === undefined);

test('hostile documents through the browser edition’s file picker and parse Worker', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const app = new Workbench(page);
  await app.open();
  await app.newCase('Hostile documents');
  await app.importThroughPicker('files', seedFiles());
  await app.summary();
  await app.expectArticleCount(2);
  const before = await app.rows().locator('.row-title').allTextContents();

  const files = await Promise.all(INPUTS.map(async (d) => ({ name: d.file, mimeType: 'application/octet-stream', buffer: Buffer.from(await d.bytes()) })));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles(files);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 120_000 });
  const reasons = new Map<string, string>();
  for (const item of await summary.locator('.summary-list li').all()) {
    reasons.set((await item.locator('.file').textContent()) ?? '', (await item.locator('.reason').textContent()) ?? '');
  }
  const imported = INPUTS.reduce((n, d) => n + (d.expect.imports ?? 0), 0);
  await expect(summary.getByTestId('summary-imported')).toHaveText(`${imported} imported`);
  await summary.getByRole('button', { name: 'Close' }).click();
  await app.expectArticleCount(2 + imported);
  const after = await app.rows().locator('.row-title').allTextContents();
  const lost = before.filter((t) => !after.includes(t)).length;
  const ran = await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null);

  for (const d of INPUTS) {
    await trial('hostile documents (Chromium)', 'input', d.name, () => {
      const reason = reasons.get(d.file);
      if ('error' in d.expect) expect(reason, d.file).toMatch(d.expect.error);
      else if (d.expect.note) expect(reason, d.file).toMatch(d.expect.note);
      else expect(reason, `${d.file} imports`).toBeUndefined();
      expect(ran).toBeNull();
      expect(dialogs).toEqual([]);
      return lost;
    });
  }
});
