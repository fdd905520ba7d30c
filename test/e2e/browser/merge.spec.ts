/**
 * Merging a colleague's review (issue 19, "done when"): two browser profiles review the same bundle
 * differently; one merges the other's bundle; the disagreements are listed; the merged report names
 * both reviewers; undo restores the earlier state.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';

async function exportTo(page: Page, what: string, path: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByLabel('Export').selectOption(what);
  await (await download).saveAs(path);
  return path;
}

async function verdictAt(app: Workbench, index: number, key: 'c' | 'x' | 'u', note: string, reviewer?: string) {
  const { page } = app;
  const list = page.getByRole('listbox', { name: 'Pairs to review' });
  await list.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('pair-detail')).toContainText(`Pair ${index + 1} of`);
  await page.keyboard.press(key);
  if (reviewer) {
    await page.getByLabel('Your name (recorded with each verdict)').fill(reviewer);
    await page.getByRole('button', { name: 'Save name' }).click();
  }
  await expect(page.getByTestId('verdict-meta')).toContainText({ c: 'Consistent', x: 'Conflicting', u: 'Unclear' }[key]);
  await page.keyboard.press('n');
  await page.keyboard.type(note);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('note-status')).toHaveText('Saved');
}

test('a colleague’s review merges in: disagreements listed, both reviewers in the report, undo restores', async ({ page, browser }, testInfo) => {
  const ana = new Workbench(page);
  await ana.caseWith('Titan merge', 'titan');
  await ana.openView('Review');
  const shared = await exportTo(page, 'bundle', testInfo.outputPath('shared.corroborate.json'));

  // Ben opens the bundle in his own profile and reviews pairs 1 to 3.
  const other = await browser.newContext();
  const ben = new Workbench(await other.newPage());
  await ben.open();
  await ben.openBundle(shared);
  await ben.openView('Review');
  await verdictAt(ben, 0, 'c', 'Same figure in both.', 'Ben');
  await verdictAt(ben, 1, 'x', 'The depths differ.');
  await verdictAt(ben, 2, 'u', 'Ask the Coast Guard.');
  const bens = await exportTo(ben.page, 'bundle', testInfo.outputPath('ben.corroborate.json'));
  await other.close();

  // Meanwhile Ana reviewed pair 1 otherwise and pair 2 the same way.
  await verdictAt(ana, 0, 'x', 'The figures do not match.', 'Ana');
  await verdictAt(ana, 1, 'x', 'The depths differ.');
  await expect(page.getByTestId('review-progress')).toContainText(/^2 of/);
  const before = await exportTo(page, 'json', testInfo.outputPath('before.json'));

  await ana.openBundle(bens);
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog.getByTestId('merge-verdicts')).toHaveText(/^1 verdict /);
  await expect(dialog.getByTestId('merge-disagreements')).toHaveText(/^1 disagreement/);
  await screenshot(page, 'merge-dialog');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'merge-dialog-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByTestId('undo-merge-toast')).toContainText('Merged ben.corroborate.json');
  await expect(page.getByTestId('review-progress')).toContainText(/^3 of .* · 1 disagreement/);

  // The disagreement is listed, with both verdicts.
  await page.getByLabel('Show').selectOption('disagreements');
  await expect(page.getByTestId('pair-row')).toHaveCount(1);
  await expect(page.getByTestId('verdict-meta')).toContainText('Conflicting · Ana');
  await expect(page.getByTestId('opinion')).toContainText('Also reviewed: Consistent · Ben');
  await expect(page.getByTestId('opinion')).toContainText('Same figure in both.');
  await screenshot(page, 'review-disagreement');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'review-disagreement-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The merged report names both reviewers and shows the disagreement.
  const html = readFileSync(await exportTo(page, 'html', testInfo.outputPath('merged.html')), 'utf8');
  expect(html).toContain('reviewers: Ana, Ben');
  expect(html).toContain('Disagreement: the reviewers judged these claims differently.');
  expect(html).toContain('Ask the Coast Guard.');

  // Undo restores the earlier state: the same report as before the merge.
  await page.getByTestId('undo-merge-toast').getByRole('button', { name: 'Undo merge' }).click();
  await expect(page.getByTestId('notice')).toContainText('Undid the merge of ben.corroborate.json');
  await page.getByLabel('Show').selectOption('all');
  await expect(page.getByTestId('review-progress')).toContainText(/^2 of/);
  await expect(page.getByTestId('review-progress')).not.toContainText('disagreement');
  const after = await exportTo(page, 'json', testInfo.outputPath('after.json'));
  const strip = (text: string) => ({ ...JSON.parse(text), generatedAt: 0 });
  expect(strip(readFileSync(after, 'utf8'))).toEqual(strip(readFileSync(before, 'utf8')));
});
