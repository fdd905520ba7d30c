/**
 * Verdicts that never come loose (issue 16), in the browser edition: a verdict whose claims the
 * matching no longer pairs stays listed, counted and exported; bundles restore what they hold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';

/** Saves the export chosen in the Export menu and returns its text. */
export async function exportText(page: Page, format: string, path: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByLabel('Export').selectOption(format);
  const file = await download;
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

test('a verdict whose claims a bundle no longer pairs is listed as reviewed, no longer proposed, and exported', async ({ page, browser }, testInfo) => {
  const app = new Workbench(page);
  await app.caseWith('Orphan', 'seeds');
  await app.openView('Review');
  await app.reviewByKeyboard('x', 'Ana Checker', 'Two translations: locking vs freeze.');
  await expect(page.getByTestId('verdict-meta')).toContainText('Conflicting · Ana Checker');
  const bundle = JSON.parse(await exportText(page, 'bundle', testInfo.outputPath('case.corroborate.json'))) as {
    pairs: Array<{ id: string; a: { text: string }; b: { text: string } }>;
    clusters: unknown[];
  };
  // The bundle as another engine would have left it: the reviewed pair is no longer proposed.
  const before = bundle.pairs.length;
  bundle.pairs = bundle.pairs.filter((p) => !/locking the game/.test(p.a.text + p.b.text));
  bundle.clusters = [];
  expect(bundle.pairs.length).toBe(before - 1);
  const crafted = testInfo.outputPath('orphan.corroborate.json');
  writeFileSync(crafted, JSON.stringify(bundle));

  const other = await browser.newContext();
  const colleague = await other.newPage();
  const errors: string[] = [];
  colleague.on('pageerror', (e) => errors.push(e.message));
  await colleague.goto('/index.html');
  const chooser = colleague.waitForEvent('filechooser');
  await colleague.getByRole('button', { name: 'Open bundle…' }).click();
  await (await chooser).setFiles(crafted);
  await expect(colleague.getByTestId('notice')).toContainText('Opened “Orphan”');
  await colleague.getByRole('button', { name: /^Review/ }).click();
  const progress = colleague.getByTestId('review-progress');
  await expect(progress).toContainText(`1 of ${before} reviewed · 1 no longer proposed`);
  await colleague.getByTestId('orphan-row').click();
  const detail = colleague.getByTestId('orphan-detail');
  await expect(detail).toContainText('reviewed, no longer proposed');
  await expect(detail.getByTestId('claim-a')).toContainText(/locking the game|freeze the game/);
  await expect(detail.getByTestId('claim-b')).toContainText(/locking the game|freeze the game/);
  await expect(colleague.locator('#review-note')).toHaveValue('Two translations: locking vs freeze.');
  await screenshot(colleague, 'review-orphan');
  await colleague.emulateMedia({ colorScheme: 'dark' });
  await screenshot(colleague, 'review-orphan-dark');
  await colleague.emulateMedia({ colorScheme: 'light' });

  // The orphan's verdict can still be changed, and every report carries it.
  await colleague.keyboard.press('u');
  await colleague.getByLabel('Your name (recorded with each verdict)').fill('Ben Colleague');
  await colleague.getByRole('button', { name: 'Save name' }).click();
  await expect(colleague.getByTestId('verdict-meta')).toContainText('Unclear · Ben Colleague');
  await expect(progress).toContainText(`1 of ${before} reviewed · 1 no longer proposed`);
  const html = await exportText(colleague, 'html', testInfo.outputPath('orphan.html'));
  expect(html).toContain('Reviewed, no longer proposed (1)');
  expect(html).toContain('Note: Two translations: locking vs freeze.');
  const csv = await exportText(colleague, 'csv', testInfo.outputPath('orphan.csv'));
  expect(csv).toMatch(/\n,no,.*,"reviewed, no longer proposed",unclear,Two translations: locking vs freeze\.,Ben Colleague,/);
  const json = JSON.parse(await exportText(colleague, 'json', testInfo.outputPath('orphan.json')));
  expect(json.summary).toMatchObject({ unclear: 1, noLongerProposed: 1 });
  expect(json.verdicts[0].pairId).toBeNull();
  expect(errors).toEqual([]);
  await other.close();
});
