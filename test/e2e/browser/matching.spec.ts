import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';
import { SEEDS_DIR, TITAN_DIR } from '../../support/corpus';
import { HANG_GUARD } from '../../support/hang-guard';

/** The stored pairs of the page's database, in review order (read straight from IndexedDB). */
async function storedPairs(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Array<{ a: { text: string; speaker: string | null }; b: { text: string; speaker: string | null }; priority: number; suggestion: string | null }>>((resolve, reject) => {
        const open = indexedDB.open('corroborate');
        open.onsuccess = () => {
          const all = open.result.transaction('pairs').objectStore('pairs').getAll();
          all.onsuccess = () => resolve(all.result.sort((x, y) => y.priority - x.priority));
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

test.describe('matching in the app (browser edition)', () => {
  test('finds the Macron quote pair after importing the seeds, off the main thread, and keeps it after a reload', async ({ page, consoleErrors }) => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Macron');
    await app.importThroughPicker('files', readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f)));
    await app.summary();
    await expect(page.getByTestId('match-status')).toHaveText(/^[1-9]\d* overlapping pairs?/, { timeout: HANG_GUARD });
    const [first] = await storedPairs(page);
    expect(first!.a.text).toMatch(/^For me, it was about 'locking the game'/);
    expect(first!.b.text).toMatch(/^My aim was to freeze the game/);
    expect([first!.a.speaker, first!.b.speaker]).toEqual(['Macron', 'Macron']);
    await page.reload();
    await expect(page.getByTestId('match-status')).toHaveText(/^[1-9]\d* overlapping pairs?/);
    expect(consoleErrors).toEqual([]);
  });

  test('matches the Titan corpus with progress and reports possible conflicts', async ({ page }) => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Titan');
    await app.importThroughPicker('folder', TITAN_DIR);
    await app.summary();
    await expect(page.getByTestId('match-status')).toHaveText(/^\d[\d,]{2,} overlapping pairs · \d+ possible conflicts$/, { timeout: HANG_GUARD });
    await screenshot(page, 'matching-status');
    const pairs = await storedPairs(page);
    expect(pairs.some((p) => p.suggestion === 'conflict' && /2[12][- ]foot/.test(p.a.text + p.b.text))).toBe(true);
  });
});
