import { pathToFileURL } from 'node:url';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';

test.describe('review report export (browser edition)', () => {
  test('reviews the seed pair, exports HTML, and the downloaded report shows the verdict, note, quotes and diff', async ({ page, context }, testInfo) => {
    const app = new Workbench(page);
    await app.caseWith('Macron after Putin talks', 'seeds');
    await app.openView('Review');
    await app.reviewByKeyboard('x', 'Ana Checker', 'Two translations of one quote; check the French original.');
    await expect(page.getByTestId('review-progress')).toContainText('1 of');

    const download = page.waitForEvent('download');
    await page.getByLabel('Export').selectOption('html');
    const file = await download;
    expect(file.suggestedFilename()).toBe('Macron-after-Putin-talks-review.html');
    const path = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    await expect(page.getByTestId('notice')).toContainText('Saved Downloads/Macron-after-Putin-talks-review.html');

    const report = await context.newPage();
    const requests: string[] = [];
    report.on('request', (r) => requests.push(r.url()));
    await report.goto(pathToFileURL(path).href);
    await expect(report.locator('h1')).toHaveText('Macron after Putin talks');
    await expect(report.locator('.verdict.conflicting')).toHaveText('Conflicting');
    await expect(report.locator('.note')).toHaveText('Note: Two translations of one quote; check the French original.');
    await expect(report.locator('del', { hasText: 'locking' }).first()).toBeVisible();
    await expect(report.locator('ins', { hasText: 'freeze' }).first()).toBeVisible();
    await expect(report.locator('.claim').first()).toContainText('Macron (via Sputnik)');
    await expect(report.locator('.context mark', { hasText: 'My aim was to freeze the game' })).toBeVisible();
    await screenshot(report, 'report-html');
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  });
});

test.describe('review bundles (browser edition)', () => {
  test('a case exported as a bundle opens in another browser profile with its verdict and note', async ({ page, browser }, testInfo) => {
    const app = new Workbench(page);
    await app.caseWith('Shared review', 'seeds');
    await app.openView('Review');
    await app.reviewByKeyboard('x', 'Ana Checker', 'Check the French original.');
    const download = page.waitForEvent('download');
    await page.getByLabel('Export').selectOption('bundle');
    const file = await download;
    expect(file.suggestedFilename()).toBe('Shared-review.corroborate.json');
    const path = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);

    // A colleague's browser: a fresh profile with its own IndexedDB.
    const other = await browser.newContext();
    const colleague = await other.newPage();
    await colleague.goto('/index.html');
    const theirs = new Workbench(colleague);
    await theirs.openBundle({ name: 'broken.corroborate.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"corroborate-bundle","version":99}') });
    // Refused in a dialog naming the file and the reason; nothing changes.
    const refused = colleague.getByTestId('bundle-refused');
    await expect(refused.getByTestId('bundle-refused-file')).toHaveText('broken.corroborate.json');
    await expect(refused.getByTestId('bundle-refused-reason')).toContainText('Made by a newer Corroborate');
    await screenshot(colleague, 'bundle-refused');
    await refused.getByRole('button', { name: 'Close' }).click();
    await expect(refused).toBeHidden();
    await expect(colleague.getByLabel('Current case')).toBeDisabled();
    await theirs.openBundle(path);
    await expect(colleague.getByTestId('notice')).toContainText('Opened “Shared review”');
    await theirs.openView('Review');
    await expect(colleague.getByTestId('review-progress')).toContainText(/^1 of \d+ reviewed/);
    await expect(colleague.getByTestId('verdict-meta')).toContainText('Conflicting · Ana Checker');
    await expect(colleague.locator('#review-note')).toHaveValue('Check the French original.');
    await other.close();
  });
});
