/**
 * From a pair to its place and back (issue 19): Review → Compare with both claims level, a cluster's
 * wording → the reader at the claim, the reader's highlighted claims → their pairs → Review; finding
 * pairs in the queue; correcting an article's details and removing an article.
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';

const levelled = async (page: Page, n: string) => {
  const [a, b] = await Promise.all(['a', 'b'].map((s) => page.locator(`#${s}-mark-${n}`).evaluate((e) => e.getBoundingClientRect().top)));
  return Math.abs(a! - b!);
};

test.describe('from a pair to its place', () => {
  test('a claim in Review opens Compare with both claims level; the reader lists a claim’s pairs and opens one in Review', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Titan places', 'titan');
    await app.openView('Review');
    // A pair deep in the queue, so Compare has to scroll to it.
    await page.keyboard.press('End');
    await page.getByRole('listbox', { name: 'Pairs to review' }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    const claimA = (await page.getByTestId('claim-a').locator('.claim-context mark').textContent())!;
    const claimB = (await page.getByTestId('claim-b').locator('.claim-context mark').textContent())!;
    await page.getByRole('button', { name: 'Claim A in Compare' }).click();
    await expect(page.getByTestId('compare-view')).toBeVisible();
    const active = page.getByTestId('compare-a').locator('mark.active');
    await expect(active).toHaveCount(1);
    const n = (await active.getAttribute('data-n'))!;
    // The marked claims are the pair's (or the one compare shows for it, when two overlap).
    const shownA = (await active.textContent())!.replace(/^\d+/, '');
    const shownB = (await page.locator(`#b-mark-${n}`).textContent())!.replace(/^\d+/, '');
    expect(shownA.includes(claimA) || claimA.includes(shownA)).toBe(true);
    expect(shownB.includes(claimB) || claimB.includes(shownB)).toBe(true);
    await expect.poll(() => levelled(page, n)).toBeLessThan(2);
    await expect(page.locator(`#a-mark-${n}`)).toBeInViewport();
    await screenshot(page, 'compare-from-review');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'compare-from-review-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // The claim in its article: highlighted with its pair count; clicking lists the pairs.
    await app.openView('Review');
    await page.getByRole('button', { name: 'Claim B in its article' }).click();
    const reader = page.getByTestId('article-reader');
    await expect(reader).toBeVisible();
    const mark = reader.locator('mark.read-mark[aria-pressed="true"]');
    await expect(mark).toBeInViewport();
    await expect(mark).toContainText(claimB.slice(0, 40));
    const count = Number(await mark.locator('.hl-count').textContent());
    const listed = page.getByTestId('claim-pairs').getByTestId('claim-pair');
    await expect(listed).toHaveCount(count);
    await expect(reader.getByTestId('reader-marks-note')).toContainText('highlighted claims are in pairs');
    await screenshot(page, 'reader-highlights');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'reader-highlights-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    // Another highlighted claim, then one of its pairs in Review.
    const other = reader.locator('mark.read-mark').nth(0);
    await other.click();
    await expect(other).toHaveAttribute('aria-pressed', 'true');
    const first = page.getByTestId('claim-pairs').getByTestId('claim-pair').first();
    const partner = (await first.locator('.claim-pair-text').textContent())!;
    await first.getByRole('button', { name: 'Review' }).click();
    await expect(page.getByTestId('pair-detail')).toBeVisible();
    await expect(page.getByTestId('pair-detail')).toContainText(partner.slice(0, 60));
  });

  test('a cluster’s wording opens its article at the claim', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Titan cluster places', 'titan');
    await app.openView('Review');
    await page.getByRole('button', { name: /^Clusters/ }).click();
    const wording = page.getByTestId('wordings').locator('tbody tr').first();
    const text = (await wording.locator('.wording-text').textContent())!;
    const link = wording.locator('.wording-link').first();
    const title = (await link.textContent())!;
    await link.click();
    const reader = page.getByTestId('article-reader');
    await expect(reader.getByRole('heading').first()).toContainText(title.slice(0, 40));
    const mark = reader.locator('mark.read-mark[aria-pressed="true"]');
    await expect(mark).toBeInViewport();
    await expect(mark).toContainText(text.slice(0, 30));
  });
});

test.describe('finding pairs', () => {
  test('the queue searches the claims, filters by article and outlet, and sorts by score and date', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Key Bridge queue', 'key-bridge');
    await app.openView('Review');
    const progress = page.getByTestId('review-progress');
    const total = Number((await progress.textContent())!.match(/of ([\d,]+) reviewed/)![1]!.replace(/,/g, ''));
    await page.getByLabel('Search pairs').fill('mayday');
    await expect(progress).toContainText('showing');
    const rows = page.getByTestId('pair-row');
    for (const text of await rows.locator('.pair-row-text').allTextContents()) expect(text.length).toBeGreaterThan(0);
    // The pair shown has the word in one of its two claims.
    await expect(page.getByTestId('pair-detail').locator('.claim-text').filter({ hasText: /mayday/i })).not.toHaveCount(0);
    await page.getByLabel('Search pairs').fill('');
    await expect(progress).not.toContainText('showing');
    // By article: every pair listed has a claim from it.
    const article = page.getByLabel('Article', { exact: true });
    await article.focus(); // the lists of articles and outlets are built when a picker is opened
    const option = article.locator('option').nth(1);
    const title = (await option.textContent())!.replace(/ \(\d{4}-\d\d(-\d\d)?\)$/, '');
    await article.selectOption({ index: 1 });
    await expect(progress).toContainText('showing');
    const detail = page.getByTestId('pair-detail');
    await expect(detail.locator('.claim-source strong').filter({ hasText: title.slice(0, 40) })).not.toHaveCount(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(progress).toContainText(`of ${total.toLocaleString('en')} reviewed`);
    await expect(progress).not.toContainText('showing');
    // By score: the scores shown go down the list.
    await page.getByLabel('Sort pairs by').selectOption('score');
    const scores: number[] = [];
    for (let i = 0; i < 5; i++) {
      scores.push(Number((await detail.getByTestId('pair-explanation').locator('.score').textContent())!.match(/[\d.]+$/)![0]));
      await page.keyboard.press('j');
      await expect(detail).toContainText(`Pair ${i + 2} of`);
    }
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    // Outlet: the folder's manifest names every article's, so none is unknown; one outlet narrows the list.
    const outlets = page.getByLabel('Outlet', { exact: true });
    await outlets.focus();
    await expect(outlets.locator('option')).not.toHaveCount(1); // built: more than "Any outlet"
    await expect(outlets.locator('option', { hasText: 'Outlet unknown' })).toHaveCount(0);
    const outlet = (await outlets.locator('option').nth(1).textContent())!;
    await outlets.selectOption({ label: outlet });
    await expect(progress).toContainText('showing');
    await expect(detail.locator('.claim-source')).toContainText([outlet]);
    await screenshot(page, 'review-find');
  });

  test('the pair says why it was paired in words, the score only beside them', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Explained', 'seeds');
    await app.openView('Review');
    const why = page.getByTestId('pair-explanation');
    await expect(why).toContainText('the same quote in other words');
    await expect(why.locator('.score')).toHaveText(/^similarity 0\.\d\d$/);
    await expect(page.getByTestId('pair-detail').getByRole('heading').first()).not.toContainText('score');
  });
});

test.describe('correcting articles', () => {
  test('title, outlet, date and URL are corrected in the reader, the values as imported kept and marked', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Corrections', 'seeds');
    await app.rows().first().click();
    const reader = page.getByTestId('article-reader');
    const before = (await reader.getByRole('heading').first().textContent())!;
    await reader.getByRole('button', { name: 'Correct details…' }).click();
    const form = page.getByTestId('details-form');
    await form.getByLabel('Date').fill('8 Feb');
    await form.getByLabel('Title').fill('Macron says talks with Putin avoided escalation');
    await form.getByLabel('Outlet').fill('sputniknews.com');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect(form.getByRole('alert')).toHaveText('Write the date as YYYY-MM-DD (or YYYY-MM).');
    await form.getByLabel('Date').fill('2022-02-08');
    await form.getByLabel('URL').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect(form.getByRole('alert')).toContainText('http:// or https://');
    await form.getByLabel('URL').fill('https://sputniknews.com/20220208/macron.html');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect(form).toBeHidden();
    await expect(reader.getByRole('heading').first()).toHaveText('Macron says talks with Putin avoided escalation');
    await expect(reader.getByTestId('edited-title')).toContainText(`as imported: ${before.replace(/first sentence$/, '')}`);
    await expect(reader.getByTestId('edited-outlet')).toContainText('as imported: none');
    await expect(reader.getByTestId('edited-url')).toContainText('as imported: none');
    await expect(reader.getByTestId('edited-date')).toHaveCount(0); // the date was already 2022-02-08
    await expect(app.rows().first()).toContainText('sputniknews.com');
    await screenshot(page, 'reader-corrected');
    await page.reload();
    await expect(reader.getByRole('heading').first()).toHaveText('Macron says talks with Putin avoided escalation');
    await expect(reader.getByTestId('edited-outlet')).toBeVisible();
    // The report carries the corrected values.
    const download = page.waitForEvent('download');
    await page.getByLabel('Export').selectOption('md');
    const md = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of md) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toContain('Macron says talks with Putin avoided escalation');
  });

  test('an article removed from the case takes its pairs along, and undo brings both back', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Removal', 'seeds');
    const status = page.getByTestId('match-status');
    await expect(status).toHaveText(/^[1-9]\d* overlapping pairs?$/);
    const before = (await status.textContent())!;
    await app.rows().first().click();
    await page.getByRole('button', { name: 'Remove from case…' }).click();
    await page.getByTestId('confirm-remove-article').getByRole('button', { name: 'Remove article' }).click();
    await app.expectArticleCount(1);
    await expect(page.getByTestId('match-status')).toHaveText('0 overlapping pairs');
    await page.getByTestId('undo-remove-toast').getByRole('button', { name: 'Undo' }).click();
    await app.expectArticleCount(2);
    await expect(status).toHaveText(before);
    await expect(page.getByTestId('article-reader')).toBeVisible();
  });
});
