/**
 * Faults against reviewers' work in the browser edition (issue 16): the disk fills while a new matching
 * result is being stored, and the browser is killed right after the reviewer's name was given. The
 * verdicts stored before must all be there afterwards, and the page must say what it shows.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../../playwright.config';
import { expect, screenshot, test } from '../../e2e/browser/fixtures';
import { Workbench, seedFiles } from '../../e2e/browser/library';
import { TITAN_DIR } from '../../support/corpus';
import { trial } from '../ledger';
import { HANG_GUARD } from '../../support/hang-guard';

/** Every stored verdict of the page's database, as JSON by id: what must never be lost. */
async function storedVerdicts(page: Page): Promise<Map<string, string>> {
  const rows = await page.evaluate(
    () =>
      new Promise<Array<{ id: string }>>((resolve, reject) => {
        const request = indexedDB.open('corroborate');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('verdicts').objectStore('verdicts').getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result as Array<{ id: string }>);
          };
        };
      }),
  );
  return new Map(rows.map((v) => [v.id, JSON.stringify(v)]));
}

const lost = (before: Map<string, string>, after: Map<string, string>) => [...before].filter(([id, v]) => after.get(id) !== v).length;

test('storage full while re-matching: a dialog says so, Review says which pairs it shows, and no verdict is lost', async ({ page, context }) => {
  await trial('faults', 'fault', 'storage full while storing a re-match (browser)', async () => {
    await context.addInitScript(() => {
      // Chromium offers no way to fill the disk on cue (and serialises read-write transactions across
      // the whole database, so another tab cannot hold back just the pairs): the page's IndexedDB is
      // made to refuse writes to the pairs store while the test says the disk is full.
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if ((window as unknown as { fullDisk?: boolean }).fullDisk && this.name === 'pairs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const app = new Workbench(page);
    await app.caseWith('Full disk', 'seeds');
    await app.openView('Review');
    await app.reviewByKeyboard('x', 'Ana Checker', 'Check the French original.');
    await expect(page.getByTestId('review-progress')).toHaveText(/^1 of \d+ reviewed/);
    // The seeds' pairs, as matched before the disk fills up.
    const seedPairs = (await page.getByTestId('review-progress').textContent())!.match(/^1 of (\d+)/)![1];
    const before = await storedVerdicts(page);
    expect(before.size).toBe(1);

    // The disk fills up: from now on IndexedDB refuses to store pairs, as a full disk does (a
    // QuotaExceededError that aborts the transaction). The articles still fit.
    await page.evaluate(() => {
      (window as unknown as { fullDisk?: boolean }).fullDisk = true;
    });
    await app.openView('Read');
    await app.importThroughPicker('folder', TITAN_DIR);
    await app.summary();

    const dialog = page.getByTestId('matching-failure');
    await expect(dialog).toBeVisible({ timeout: HANG_GUARD });
    await expect(dialog).toContainText('The browser refused to store the pairs found for the 50 articles of this case: its storage is full.');
    await expect(dialog).toContainText('Review still shows the pairs found earlier for 2 articles');
    await screenshot(page, 'storage-full-dialog');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'storage-full-dialog-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.statusbar .bad')).toContainText('pairs not stored: storage is full');
    await app.openView('Review');
    // Review shows what is stored (the seeds' pair, with its verdict) and says so.
    await expect(page.getByTestId('review-stale')).toContainText('The pairs shown were found for 2 of the case’s 50 articles: the latest matching could not be stored (storage is full). Your verdicts are all kept.');
    await expect(page.getByTestId('review-progress')).toHaveText(new RegExp(`^1 of ${seedPairs} reviewed`));
    await expect(page.getByTestId('verdict-meta')).toContainText('Conflicting · Ana Checker');
    await screenshot(page, 'storage-full-review');

    // Space is freed: trying again stores the new pairs, and the verdict is still on its pair.
    await page.evaluate(() => {
      (window as unknown as { fullDisk?: boolean }).fullDisk = false;
    });
    await page.getByTestId('review-stale').getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('review-stale')).toHaveCount(0, { timeout: HANG_GUARD });
    await app.waitForMatching(/possible conflicts$/);
    await expect(page.getByTestId('review-progress')).toHaveText(/^1 of [1-9][\d,]+ reviewed/);
    return lost(before, await storedVerdicts(page));
  });
});

/** The pid of the Chromium browser process started with `userDataDir` (ours: we launched it). */
function browserPid(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmdline.split('\0');
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process found for ${userDataDir}`);
}

test('the reviewer’s name survives the browser being killed right after it was given', async ({ baseURL }) => {
  await trial('faults', 'fault', 'browser killed right after the reviewer’s name was given', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'corroborate-kill-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        baseURL,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
    try {
      const first = await launch();
      const page = first.pages()[0] ?? (await first.newPage());
      const app = new Workbench(page);
      await app.open();
      await app.newCase('Killed');
      await app.importThroughPicker('files', seedFiles());
      await app.summary();
      await app.waitForMatching();
      await app.openView('Review');
      await expect(page.getByTestId('pair-detail')).toBeVisible();
      await page.keyboard.press('x');
      await page.getByLabel('Your name (recorded with each verdict)').fill('Ana Checker');
      await page.getByRole('button', { name: 'Save name' }).click();
      await expect(page.getByTestId('verdict-meta')).toContainText('Conflicting · Ana Checker');
      // No chance to flush anything: the browser process is killed at once.
      process.kill(browserPid(profile), 'SIGKILL');
      await first.close().catch(() => undefined);

      const second = await launch();
      const again = second.pages()[0] ?? (await second.newPage());
      await again.goto('/index.html');
      await new Workbench(again).openView('Review');
      await expect(again.getByTestId('verdict-meta')).toContainText('Conflicting · Ana Checker');
      // The name is known: a new verdict does not ask for it.
      await again.keyboard.press('c');
      await expect(again.getByTestId('verdict-meta')).toContainText('Consistent · Ana Checker');
      await expect(again.getByLabel('Your name (recorded with each verdict)')).toHaveCount(0);
      await second.close();
      return 0;
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
