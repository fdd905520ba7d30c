/**
 * axe-core over every view of the browser edition, in the light and the dark theme (issue 16): the
 * welcome page, the import summary, the library with the reader, Compare, Review (a pair, the keys
 * dialog, a cluster), on the Titan corpus (many highlighted claims, clusters). Any violation fails,
 * listed with its rule and the elements it names.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TITAN_DIR } from '../../support/corpus';
import { Workbench } from './library';
import { HANG_GUARD } from '../../support/hang-guard';

/** The violations axe finds on the page as it is, one line each. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.nodes.length}×): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations in any view, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new Workbench(page);
    const found: Record<string, string[]> = {};
    const check = async (view: string) => {
      found[view] = await violations(page);
    };
    await app.open();
    await check('welcome');
    await app.newCase('Accessibility');
    await app.importThroughPicker('folder', TITAN_DIR);
    await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: HANG_GUARD });
    await app.waitForMatching(/possible conflicts$/);
    await check('import summary');
    await app.summary();
    await app.rows().first().click();
    await expect(page.getByTestId('article-reader')).toBeVisible();
    await check('read');
    await app.openView('Compare');
    await expect(page.getByTestId('compare-a').locator('mark').first()).toBeVisible();
    await page.getByTestId('compare-a').locator('mark').first().click();
    await check('compare');
    await app.openView('Review');
    await expect(page.getByTestId('pair-detail')).toBeVisible();
    await page.getByTestId('pair-detail').getByText('In context').first().click();
    await check('review');
    await page.keyboard.press('?');
    await expect(page.getByTestId('keys-help')).toBeVisible();
    await check('keys');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Clusters/ }).click();
    await expect(page.getByTestId('cluster-detail')).toBeVisible();
    await check('clusters');
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
}
