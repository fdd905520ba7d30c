import { expect, screenshot, test } from './fixtures';

test.describe('workbench shell (browser edition)', () => {
  test('opens with the library pane, the workspace and the status bar', async ({ page, consoleErrors }) => {
    await page.goto('/index.html');
    await expect(page.getByRole('banner')).toContainText('Corroborate');
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
    await expect(page.getByRole('main', { name: 'Workspace' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByTestId('edition')).toHaveText('Browser edition');
    await screenshot(page, 'shell-light');
    expect(consoleErrors).toEqual([]);
  });

  test('follows the system dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/index.html');
    await expect(page.getByTestId('edition')).toHaveText('Browser edition');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(23, 25, 29)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(247, 247, 245)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'shell-dark');
  });

  test('is served with the shared Content-Security-Policy and no inline script', async ({ page }) => {
    await page.goto('/index.html');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    const inlineScripts = await page.locator('script:not([src])').count();
    expect(inlineScripts).toBe(0);
    // The policy is live: an injected inline script does not run.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });
});
