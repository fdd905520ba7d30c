import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';
import { TITAN_DIR } from '../../support/corpus';

test.describe('review queue (browser edition)', () => {
  test('reviews the Macron pair by keyboard; the verdict and note survive a reload; undo restores', async ({ page, consoleErrors }) => {
    const app = new Workbench(page);
    await app.caseWith('Macron', 'seeds');
    // The compare view first: the two Macron quotes highlighted in both columns, with one number.
    await app.openView('Compare');
    const quoteA = page.getByTestId('compare-a').locator('mark', { hasText: "'locking the game'" });
    const quoteB = page.getByTestId('compare-b').locator('mark', { hasText: 'freeze the game' });
    await expect(quoteB).toHaveAttribute('data-n', (await quoteA.getAttribute('data-n'))!);
    await app.openView('Review');

    const detail = page.getByTestId('pair-detail');
    await expect(detail).toContainText('Pair 1 of');
    await expect(page.getByTestId('claim-a')).toContainText("it was about 'locking the game'");
    await expect(page.getByTestId('claim-a')).toContainText('by Macron');
    await expect(page.getByTestId('claim-b')).toContainText('My aim was to freeze the game');
    await expect(page.getByTestId('claim-a').locator('del.diff-del', { hasText: 'locking' })).toBeVisible();
    await expect(page.getByTestId('claim-b').locator('ins.diff-ins', { hasText: 'freeze' })).toBeVisible();
    await expect(page.getByTestId('claim-b').locator('ins.diff-ins', { hasText: 'perspectives' })).toBeVisible();

    // x = Conflicting; the first verdict asks for the reviewer's name once.
    await page.keyboard.press('x');
    await page.getByLabel('Your name (recorded with each verdict)').fill('Ana Checker');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByTestId('verdict-meta')).toContainText('Conflicting · Ana Checker');
    await page.keyboard.press('n');
    await page.keyboard.type('Two translations of one quote: locking vs freeze; check the French original.');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('review-progress')).toContainText('1 of');
    await screenshot(page, 'review-queue');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'review-queue-dark');
    await app.openView('Compare');
    await page.getByTestId('compare-a').locator('mark').first().click();
    await screenshot(page, 'compare-seeds-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await app.openView('Review');

    await page.reload();
    await app.openView('Review');
    await expect(page.getByTestId('verdict-meta')).toContainText('Conflicting · Ana Checker');
    await expect(page.locator('#review-note')).toHaveValue('Two translations of one quote: locking vs freeze; check the French original.');

    // z undoes the note, then the verdict.
    await page.keyboard.press('z');
    await expect(page.locator('#review-note')).toHaveValue('');
    await expect(page.getByTestId('verdict-meta')).toContainText('Conflicting');
    await page.keyboard.press('z');
    await expect(page.getByTestId('verdict-meta')).toHaveCount(0);
    await expect(page.getByTestId('review-progress')).toContainText('0 of');
    expect(consoleErrors).toEqual([]);
  });

  test('on the Titan corpus the queue lists pairs, j/k move through it, and filters narrow it', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Titan', 'titan');
    await app.openView('Review');
    const progress = page.getByTestId('review-progress');
    await expect(progress).toContainText(/^0 of \d[\d,]{2,} reviewed/);
    await page.keyboard.press('j');
    await expect(page.getByTestId('pair-detail')).toContainText('Pair 2 of');
    await page.keyboard.press('k');
    await expect(page.getByTestId('pair-detail')).toContainText('Pair 1 of');
    await expect(page.getByTestId('suggestion')).toContainText('Possible conflict');
    await page.getByLabel('Flag', { exact: true }).selectOption('number');
    await expect(progress).toContainText('showing');
    await expect(page.getByTestId('pair-detail').locator('.badge', { hasText: 'Number differs' })).toBeVisible();
    await screenshot(page, 'review-titan-number-filter');
    await page.keyboard.press('?');
    await expect(page.getByTestId('keys-help')).toContainText('undo the last change');
  });
});

test.describe('clusters and re-matching', () => {
  test('the Titan clusters view shows a claim with several wordings and the earliest appearance', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Titan clusters', 'titan');
    await app.openView('Review');
    await page.getByRole('button', { name: /^Clusters/ }).click();
    await page.getByTestId('cluster-list').getByRole('button', { name: /true explorers/ }).first().click();
    const detail = page.getByTestId('cluster-detail');
    await expect(detail).toContainText(/\d+ articles · [2-9]\d* wordings/);
    expect(await page.getByTestId('wordings').locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    // The earliest article may use more than one wording; every mark names that same article.
    const marked = await detail.getByTestId('earliest').evaluateAll((els) => els.map((e) => e.parentElement!.firstChild!.textContent));
    expect(marked.length).toBeGreaterThanOrEqual(1);
    expect(new Set(marked).size).toBe(1);
    await screenshot(page, 'review-cluster');
  });

  test('the clusters list holds only the rows in view; scrolling it brings the rest', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 520 });
    const app = new Workbench(page);
    await app.caseWith('Titan cluster list', 'titan');
    await app.openView('Review');
    const tab = page.getByRole('button', { name: /^Clusters/ });
    await tab.click();
    await expect(tab).toHaveText(/Clusters \(\d+\)/);
    const total = Number((await tab.textContent())!.match(/\((\d+)\)/)![1]);
    const list = page.getByTestId('cluster-list');
    const rows = list.getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    const first = await rows.count();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(total);
    const firstText = (await rows.first().textContent())!;
    // Scrolled to the end, the last clusters are in the page and the first ones are not.
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(rows.first()).not.toHaveText(firstText);
    await rows.last().getByRole('button').click();
    await expect(rows.last().getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('cluster-detail')).toContainText((await rows.last().locator('.pair-row-text').textContent())!.slice(0, 30));
    await screenshot(page, 'review-cluster-list-end');
  });

  test('a verdict stays attached to its pair when a new import re-runs matching', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Re-match', 'seeds');
    await app.openView('Review');
    await page.getByRole('button', { name: 'Conflicting' }).click();
    await page.getByLabel('Your name (recorded with each verdict)').fill('Ana Checker');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByTestId('review-progress')).toContainText(/^1 of \d+ reviewed/);
    await page.getByRole('button', { name: 'Read' }).click();
    await app.importThroughPicker('files', [join(TITAN_DIR, '006_usni-catastrophic-loss.txt'), join(TITAN_DIR, '013_cnn-copy-sub-passengers.txt')]);
    await app.summary();
    await app.waitForMatching();
    await app.openView('Review');
    await expect(page.getByTestId('review-progress')).toContainText(/^1 of \d+ reviewed/);
    await page.getByLabel('Show').selectOption('conflicting');
    await expect(page.getByTestId('claim-b')).toContainText('My aim was to freeze the game');
  });
});
