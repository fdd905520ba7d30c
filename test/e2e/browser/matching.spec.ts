import type { Page } from '@playwright/test';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';
import { CORPUS_DIR, SEEDS_DIR, TITAN_DIR } from '../../support/corpus';
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

  test('two reports of two events (the Ever Given, the Dali): their ships’ lengths are said, not flagged as a conflict', async ({ page, consoleErrors }) => {
    const suez = join(CORPUS_DIR, 'ever-given-2021', '039_dw-es-millonaria-indemnizacion.txt');
    const baltimore = join(CORPUS_DIR, 'key-bridge-2024', '023_elpopularhoy-es-como-ocurrio-choque.txt');
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Two ships');
    await app.importThroughPicker('files', [suez, baltimore]);
    await app.summary();
    await app.waitForMatching(/^[1-9]\d* overlapping pairs?$/);
    await expect(page.getByTestId('match-status')).not.toContainText('possible conflict');
    await app.openView('Review');
    const detail = page.getByTestId('pair-detail');
    await expect(detail).toContainText('Pair 1 of');
    await expect(detail).toContainText(/length: (400 metros vs 300 metros|300 metros vs 400 metros), but the two reports name nothing in common \(two events\?\)/);
    const stored = await storedPairs(page);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((p) => p.suggestion === 'conflict')).toEqual([]);
    await screenshot(page, 'review-two-events');
    expect(consoleErrors).toEqual([]);
  });

  test('reads a French report beside an English one: the length in mètres against feet, the words translated', async ({ page, consoleErrors }) => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-fr-'));
    const english = join(dir, 'canal-report-en.txt');
    const french = join(dir, 'canal-rapport-fr.txt');
    writeFileSync(english, 'Ship blocks the canal\n\nThe 1,300-foot ship blocked the canal for six days, officials said on Monday. Hundreds of vessels waited at both ends while tugs and dredgers worked to free it.\n');
    writeFileSync(french, "Le canal bloqué\n\nLe navire, long de 300 mètres, a bloqué le canal pendant six jours, selon les autorités. Des centaines de navires ont attendu aux deux extrémités pendant que les remorqueurs travaillaient.\n");
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Canal, two languages');
    await app.importThroughPicker('files', [english, french]);
    await app.summary();
    await app.waitForMatching(/^[1-9]\d* overlapping pairs? · [1-9]\d* possible conflicts?$/);
    await app.openView('Review');
    const detail = page.getByTestId('pair-detail');
    await expect(detail).toContainText('Pair 1 of');
    await expect(detail).toContainText(/length: 1,300-foot vs 300 mètres|length: 300 mètres vs 1,300-foot/);
    await expect(detail).toContainText(/across languages \((English and French|French and English)\)/);
    // Every word differs across languages: no word diff, which would pair "Le navire" with "The 1".
    await expect(page.getByTestId('other-languages')).toContainText(/In (French and English|English and French): no word-by-word comparison/);
    await expect(page.getByTestId('wording-changes')).toHaveCount(0);
    await expect(detail.locator('del.diff-del')).toHaveCount(0);
    await screenshot(page, 'review-french-pair');
    expect(consoleErrors).toEqual([]);
  });
});
