import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';

test.describe('compare view (browser edition)', () => {
  test('shows the seeds side by side with the Macron quotes highlighted and linked', async ({ page, consoleErrors }) => {
    const app = new Workbench(page);
    await app.caseWith('Macron', 'seeds');
    await app.openView('Compare');
    const left = page.getByTestId('compare-a');
    const right = page.getByTestId('compare-b');
    const quoteA = left.locator('mark', { hasText: "it was about 'locking the game'" });
    const quoteB = right.locator('mark', { hasText: 'My aim was to freeze the game' });
    await expect(quoteA).toBeVisible();
    await expect(quoteB).toBeVisible();
    // Shared number on both sides, and a gutter line between them.
    const n = await quoteA.getAttribute('data-n');
    expect(await quoteB.getAttribute('data-n')).toBe(n);
    await expect(page.getByTestId('compare-gutter').locator('line')).not.toHaveCount(0);
    // Clicking one side flashes its partner and shows the pair's flags and reason.
    await quoteA.click();
    await expect(quoteB).toHaveClass(/flash/);
    await expect(page.getByTestId('compare-flags')).toContainText('attribution');
    await screenshot(page, 'compare-seeds');
    expect(consoleErrors).toEqual([]);
  });

  test('steps through the pairs of two Titan articles with j and k', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Titan compare', 'titan');
    await app.openView('Compare');
    await expect(page.getByTestId('compare-count')).toHaveText(/^([2-9]|\d\d+) matched claims$/);
    // The partner flashes for two seconds: a loaded machine can look later than that, so the page
    // records every mark that flashed, and the test reads the record.
    await page.evaluate(() => {
      const flashed: string[] = [];
      (window as unknown as { flashed: string[] }).flashed = flashed;
      new MutationObserver((changes) => {
        for (const c of changes) if ((c.target as HTMLElement).classList.contains('flash')) flashed.push((c.target as HTMLElement).id);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.keyboard.press('j');
    await expect(page.locator('#a-mark-1')).toHaveClass(/active/);
    await page.keyboard.press('j');
    await expect(page.locator('#a-mark-2')).toHaveClass(/active/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { flashed: string[] }).flashed)).toContain('b-mark-2');
    await page.keyboard.press('k');
    await expect(page.locator('#a-mark-1')).toHaveClass(/active/);
    // The right picker offers the articles sharing claims with the left one, most first.
    const partners = page.getByLabel('Right article').locator('option');
    expect(await partners.count()).toBeGreaterThan(1);
    await expect(partners.first()).toHaveText(/· \d+ shared$/);
    // The left picker lists every article once opened; choosing one shows its busiest partner.
    await page.getByLabel('Left article').focus();
    await expect(page.getByLabel('Left article').locator('option')).toHaveCount(48);
    const other = await page.getByLabel('Left article').locator('option').nth(5).getAttribute('value');
    await page.getByLabel('Left article').selectOption(other!);
    // The right side shows an article sharing claims with it (the one shown before if it still does,
    // else its busiest partner), with their claims marked: never an unrelated article.
    await expect(page.getByLabel('Right article').locator('option:checked')).toHaveText(/· [1-9]\d* shared$/);
    await expect(page.getByTestId('compare-count')).toHaveText(/^[1-9]\d* matched claims?$/);
    await screenshot(page, 'compare-titan');
  });
});
