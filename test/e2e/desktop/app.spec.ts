/**
 * Desktop end-to-end tests through Playwright's _electron. They need the Electron binary, which the
 * npm package downloads on install; where it was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD=1, offline
 * machines) each test skips and says so.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';
import { SEEDS_DIR } from '../../support/corpus';
import { HANG_GUARD } from '../../support/hang-guard';

const binary = findElectronBinary();
const skipReason = binary.ok ? '' : `Electron cannot run here: ${binary.reason} (see README, offline install)`;
if (!binary.ok) console.log(`[desktop e2e] skipped: ${skipReason}`);

test.describe('desktop edition', () => {
  test.skip(!binary.ok, skipReason);

  test('opens one secure window on the app:// page with the preload API', async () => {
    const app = await electron.launch({
      executablePath: binary.ok ? binary.path : undefined,
      args: [join(process.cwd()), '--no-sandbox'],
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('edition')).toHaveText('Desktop edition');
      expect(page.url()).toBe('app://corroborate/index.html');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      // The page sees named functions, never ipcRenderer or require.
      const surface = await page.evaluate(() => ({
        api: Object.keys((window as unknown as { api: object }).api).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(surface).toEqual({
        api: ['exportPdf', 'getAppInfo', 'onOpenFiles', 'pickArticleFiles', 'saveExport'],
        require: 'undefined',
        process: 'undefined',
      });
      // Navigation away is refused.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(300);
      expect(page.url()).toBe('app://corroborate/index.html');
      await page.screenshot({ path: join('test-results', 'screenshots', 'desktop-shell.png') });
    } finally {
      await app.close();
    }
  });
});

test.describe('desktop import', () => {
  test.skip(!binary.ok, skipReason);

  test('imports the files named on the command line into the library', async () => {
    const seeds = readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f));
    const app = await electron.launch({
      executablePath: binary.ok ? binary.path : undefined,
      args: [process.cwd(), '--no-sandbox', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'corroborate-e2e-'))}`, ...seeds],
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('import-summary')).toContainText('2 imported', { timeout: HANG_GUARD });
      await page.getByTestId('import-summary').getByRole('button', { name: 'Close' }).click();
      await expect(page.getByTestId('library-count')).toHaveText('2 articles');
    } finally {
      await app.close();
    }
  });
});
