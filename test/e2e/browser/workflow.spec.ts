/**
 * The review workflow as a fact-checker meets it (issue 19): from an import straight to review, the
 * keyboard everywhere, counts that agree, every change summarised, and a reload that keeps the place.
 */
import { diffClaims } from '../../../shared/diff/pair-diff';
import { expect, screenshot, test } from './fixtures';
import { seedFiles, Workbench } from './library';
import { HANG_GUARD } from '../../support/hang-guard';

test.describe('from import to review', () => {
  test('the import summary offers to review the pairs found, and the status bar count opens Review', async ({ page }) => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Macron');
    await app.importThroughPicker('files', seedFiles());
    const summary = page.getByTestId('import-summary');
    const review = summary.getByRole('button', { name: /^Review [1-9]\d* pairs?$/ });
    await expect(review).toBeVisible({ timeout: HANG_GUARD });
    const found = (await review.textContent())!.match(/\d+/)![0];
    await expect(summary.getByRole('button', { name: 'Compare' })).toBeVisible();
    await screenshot(page, 'import-summary-review');
    await review.click();
    await expect(summary).toBeHidden();
    await expect(page.getByTestId('pair-detail')).toContainText(`Pair 1 of ${found}`);
    await app.openView('Read');
    await page.getByTestId('match-status').click();
    await expect(page.getByTestId('review-view')).toBeVisible();
  });
});

test.describe('the review queue by keyboard', () => {
  test('the pairs list follows the listbox keys: arrows, Home, End, PageUp and PageDown', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Titan keys', 'titan');
    await app.openView('Review');
    const detail = page.getByTestId('pair-detail');
    await expect(detail).toContainText('Pair 1 of');
    const total = Number((await detail.getByRole('heading').first().textContent())!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ''));
    const list = page.getByRole('listbox', { name: 'Pairs to review' });
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await expect(detail).toContainText('Pair 2 of');
    await page.keyboard.press('ArrowUp');
    await expect(detail).toContainText('Pair 1 of');
    await page.keyboard.press('End');
    await expect(detail).toContainText(`Pair ${total} of ${total}`);
    await expect(list.locator('[aria-selected="true"]')).toBeVisible();
    await page.keyboard.press('Home');
    await expect(detail).toContainText('Pair 1 of');
    await page.keyboard.press('PageDown');
    const paged = Number((await detail.getByRole('heading').first().textContent())!.match(/Pair ([\d,]+)/)![1]!.replace(/,/g, ''));
    expect(paged).toBeGreaterThan(3);
    await expect(list.locator('[aria-selected="true"]')).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(detail).toContainText('Pair 1 of');
    // The active option is the one the listbox points at.
    const active = await list.getAttribute('aria-activedescendant');
    await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
  });

  test('the Wording summary lists every change of the diff, grouped by kind', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Key Bridge wording', 'key-bridge');
    await app.openView('Review');
    await page.getByLabel('Flag', { exact: true }).selectOption('number');
    const detail = page.getByTestId('pair-detail');
    await expect(detail).toBeVisible();
    const a = (await page.getByTestId('claim-a').locator('.claim-context mark').textContent())!;
    const b = (await page.getByTestId('claim-b').locator('.claim-context mark').textContent())!;
    const { changes } = diffClaims(a, b);
    expect(new Set(changes.map((c) => c.kind)).size).toBeGreaterThan(1);
    const summary = page.getByTestId('wording-changes');
    await expect(summary.locator('.change')).toHaveCount(changes.length);
    for (const kind of new Set(changes.map((c) => c.kind))) {
      const group = summary.locator(`[data-kind="${kind}"]`);
      await expect(group.locator('.change')).toHaveCount(changes.filter((c) => c.kind === kind).length);
    }
    for (const c of changes) {
      if (c.removed) await expect(summary.locator('del', { hasText: c.removed }).first()).toBeVisible();
      if (c.added) await expect(summary.locator('ins', { hasText: c.added }).first()).toBeVisible();
    }
  });
});

test.describe('compare', () => {
  test('the right picker and the header count the same matched claims', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Titan counts', 'titan');
    await app.openView('Compare');
    const right = page.getByLabel('Right article');
    const count = page.getByTestId('compare-count');
    // The pairs load after the view opens: the busiest partner first, then a few others.
    await expect(count).toHaveText(/^[1-9]\d* matched claims?$/);
    for (const index of [0, 1, 2]) {
      await right.selectOption({ index });
      const shared = (await right.locator('option:checked').textContent())!.match(/· (\d+) shared$/)![1];
      await expect(count).toHaveText(`${shared} matched claim${shared === '1' ? '' : 's'}`);
    }
  });

  test('clicking any claim brings its partner level with it, near the end of an article too', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Titan level', 'titan');
    await app.openView('Compare');
    await expect(page.getByTestId('compare-count')).toHaveText(/^[1-9]\d* matched claims?$/);
    const n = await page.getByTestId('compare-a').locator('mark[data-n]').count();
    for (const side of ['a', 'b'] as const) {
      for (let i = 1; i <= n; i++) {
        await page.locator(`#${side}-mark-${i}`).click();
        await expect
          .poll(async () => {
            const [ta, tb] = await Promise.all(['a', 'b'].map((s) => page.locator(`#${s}-mark-${i}`).evaluate((e) => e.getBoundingClientRect().top)));
            return Math.abs(ta! - tb!);
          }, { message: `claim ${i} clicked on side ${side}` })
          .toBeLessThan(2);
      }
    }
  });
});

test.describe('the place is kept', () => {
  test('a reload restores the case, the view, the filters and the selected pair', async ({ page }) => {
    const app = new Workbench(page);
    await app.caseWith('Titan reload', 'titan');
    await app.openView('Review');
    await page.getByLabel('Flag', { exact: true }).selectOption('number');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const detail = page.getByTestId('pair-detail');
    await expect(detail).toContainText('Pair 3 of');
    const claim = (await page.getByTestId('claim-a').locator('.claim-context mark').textContent())!;
    await page.reload();
    await expect(page.getByTestId('review-view')).toBeVisible();
    await expect(page.getByLabel('Flag', { exact: true })).toHaveValue('number');
    await expect(detail).toContainText('Pair 3 of');
    await expect(page.getByTestId('claim-a').locator('.claim-context mark')).toHaveText(claim);
  });

  test('the toolbar keeps one row at 1280 px with a long case name', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Francis Scott Key Bridge collapse, Baltimore, 26 March 2024: the Dali and the six workers');
    const toolbar = page.getByRole('banner');
    const tops = await toolbar.evaluate((el) => [...el.children].filter((c) => (c as HTMLElement).offsetParent).map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2)));
    expect(new Set(tops).size, `toolbar rows: ${tops.join(', ')}`).toBe(1);
    expect((await toolbar.boundingBox())!.height).toBeLessThan(56);
    await screenshot(page, 'toolbar-1280');
  });
});
