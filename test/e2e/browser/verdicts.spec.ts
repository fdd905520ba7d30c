/**
 * Verdicts that never come loose (issue 16), in the browser edition: a verdict whose claims the
 * matching no longer pairs stays listed, counted and exported; bundles restore what they hold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';

/** Saves the export chosen in the Export menu and returns its text. */
export async function exportText(page: Page, format: string, path: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByLabel('Export').selectOption(format);
  const file = await download;
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

test('a verdict whose claims a bundle no longer pairs is listed as reviewed, no longer proposed, and exported', async ({ page, browser }, testInfo) => {
  const app = new Workbench(page);
  await app.caseWith('Orphan', 'seeds');
  await app.openView('Review');
  await app.reviewByKeyboard('x', 'Ana Checker', 'Two translations: locking vs freeze.');
  await expect(page.getByTestId('verdict-meta')).toContainText('Conflicting · Ana Checker');
  const bundle = JSON.parse(await exportText(page, 'bundle', testInfo.outputPath('case.corroborate.json'))) as {
    pairs: Array<{ id: string; a: { text: string }; b: { text: string } }>;
    clusters: unknown[];
  };
  // The bundle as another engine would have left it: the reviewed pair is no longer proposed.
  const before = bundle.pairs.length;
  bundle.pairs = bundle.pairs.filter((p) => !(/locking the game/.test(p.a.text) && /freeze the game/.test(p.b.text)));
  bundle.clusters = [];
  expect(bundle.pairs.length).toBe(before - 1);
  const crafted = testInfo.outputPath('orphan.corroborate.json');
  writeFileSync(crafted, JSON.stringify(bundle));

  const other = await browser.newContext();
  const colleague = await other.newPage();
  const errors: string[] = [];
  colleague.on('pageerror', (e) => errors.push(e.message));
  await colleague.goto('/index.html');
  await new Workbench(colleague).openBundle(crafted);
  await expect(colleague.getByTestId('notice')).toContainText('Opened “Orphan”');
  await new Workbench(colleague).openView('Review');
  const progress = colleague.getByTestId('review-progress');
  await expect(progress).toContainText(`1 of ${before} reviewed · 1 no longer proposed`);
  await colleague.getByTestId('orphan-row').click();
  const detail = colleague.getByTestId('orphan-detail');
  await expect(detail).toContainText('reviewed, no longer proposed');
  await expect(detail.getByTestId('claim-a')).toContainText(/locking the game|freeze the game/);
  await expect(detail.getByTestId('claim-b')).toContainText(/locking the game|freeze the game/);
  await expect(colleague.locator('#review-note')).toHaveValue('Two translations: locking vs freeze.');
  await screenshot(colleague, 'review-orphan');
  await colleague.emulateMedia({ colorScheme: 'dark' });
  await screenshot(colleague, 'review-orphan-dark');
  await colleague.emulateMedia({ colorScheme: 'light' });

  // The orphan's verdict can still be changed, and every report carries it.
  await colleague.keyboard.press('u');
  await colleague.getByLabel('Your name (recorded with each verdict)').fill('Ben Colleague');
  await colleague.getByRole('button', { name: 'Save name' }).click();
  await expect(colleague.getByTestId('verdict-meta')).toContainText('Unclear · Ben Colleague');
  await expect(progress).toContainText(`1 of ${before} reviewed · 1 no longer proposed`);
  const html = await exportText(colleague, 'html', testInfo.outputPath('orphan.html'));
  expect(html).toContain('Reviewed, no longer proposed (1)');
  expect(html).toContain('Note: Two translations: locking vs freeze.');
  const csv = await exportText(colleague, 'csv', testInfo.outputPath('orphan.csv'));
  expect(csv).toMatch(/\n,no,.*,"reviewed, no longer proposed",unclear,Two translations: locking vs freeze\.,Ben Colleague,/);
  const json = JSON.parse(await exportText(colleague, 'json', testInfo.outputPath('orphan.json')));
  expect(json.summary).toMatchObject({ unclear: 1, noLongerProposed: 1 });
  expect(json.verdicts[0].pairId).toBeNull();
  expect(errors).toEqual([]);
  await other.close();
});

/** Gives the current pair verdict `key` and a note (the reviewer's name is already known). */
async function judge(page: Page, key: 'c' | 'x' | 'u', note: string): Promise<void> {
  await expect(page.getByTestId('pair-detail')).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByTestId('verdict-meta')).toBeVisible();
  await page.keyboard.press('n');
  await page.keyboard.type(note);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verdict-meta')).toBeVisible();
  await expect(page.locator('#review-note')).toHaveValue(note);
}

/** The notes of every conflicting verdict, read item by item in Review (pairs and orphans). */
async function conflictingNotes(page: Page): Promise<string[]> {
  await page.getByLabel('Show').selectOption('conflicting');
  const rows = page.locator('[data-testid="pair-row"], [data-testid="orphan-row"]');
  const notes: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    await rows.nth(i).click();
    await expect(page.locator('[data-testid="pair-detail"], [data-testid="orphan-detail"]')).toContainText(`${i + 1} of`);
    notes.push(await page.locator('#review-note').inputValue());
  }
  await page.getByLabel('Show').selectOption('all');
  return notes.sort();
}

const NOTES = [1, 2, 3, 4, 5].map((n) => `Note ${n}: checked against the Coast Guard statement.`);

test('five verdicts survive 200 more articles and two reloads, in Review, every report and a bundle opened elsewhere', async ({ page, browser }, testInfo) => {
  const app = new Workbench(page);
  await app.caseWith('Titan', 'titan');
  await app.openView('Review');
  await app.reviewByKeyboard('x', 'Ana Checker', NOTES[0]!);
  for (const note of NOTES.slice(1)) {
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await judge(page, 'x', note);
  }
  const progress = page.getByTestId('review-progress');
  await expect(progress).toContainText(/^5 of [\d,]+ reviewed/);

  // 200 more articles about the story: matching runs again over 248 articles.
  await app.openView('Read');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  const { generateArticles } = await import('../../bench/generate');
  await (await chooser).setFiles(generateArticles(200, 16).map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.bytes) })));
  await app.summary();
  await app.waitForMatching(/possible conflicts$/);
  await expect(page.getByTestId('article-count')).toHaveText('248 articles');
  await app.openView('Review');
  await expect(progress).toContainText(/^5 of [\d,]+ reviewed/);
  const total = (await progress.textContent())!.match(/of ([\d,]+) reviewed/)![1];
  expect(await conflictingNotes(page)).toEqual(NOTES);

  for (let reload = 0; reload < 2; reload++) {
    await page.reload();
    await app.openView('Review');
    await expect(progress).toContainText(`5 of ${total} reviewed`);
  }
  expect(await conflictingNotes(page)).toEqual(NOTES);

  for (const format of ['html', 'md', 'csv', 'json']) {
    const text = await exportText(page, format, testInfo.outputPath(`titan.${format}`));
    const shown = format === 'md' ? text.replace(/\\(.)/g, '$1') : text;
    for (const note of NOTES) expect(shown, `${format} report carries "${note}"`).toContain(note);
  }
  const json = JSON.parse(readFileSync(testInfo.outputPath('titan.json'), 'utf8'));
  expect(json.summary.conflicting).toBe(5);
  expect(json.verdicts).toHaveLength(5);

  // A colleague's fresh browser opens the bundle: the same review, the same pairs.
  const bundlePath = testInfo.outputPath('titan.corroborate.json');
  await exportText(page, 'bundle', bundlePath);
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto('/index.html');
  await new Workbench(colleague).openBundle(bundlePath);
  await expect(colleague.getByTestId('notice')).toContainText('Opened “Titan”');
  await new Workbench(colleague).openView('Review');
  await expect(colleague.getByTestId('review-progress')).toContainText(`5 of ${total} reviewed`);
  expect(await conflictingNotes(colleague)).toEqual(NOTES);
  await colleague.reload();
  await new Workbench(colleague).openView('Review');
  await expect(colleague.getByTestId('review-progress')).toContainText(`5 of ${total} reviewed`);
  await other.close();
});

test('two tabs: a note saved in one is never overwritten by the other’s older draft, and undo belongs to each tab', async ({ page, context }) => {
  const app = new Workbench(page);
  await app.caseWith('Two tabs', 'seeds');
  await app.openView('Review');
  await app.reviewByKeyboard('x', 'Ana Checker', 'First note.');
  const note = page.locator('#review-note');
  await expect(note).toHaveValue('First note.');

  const tabB = await context.newPage();
  await tabB.goto('/index.html');
  await new Workbench(tabB).openView('Review');
  const noteB = tabB.locator('#review-note');
  await expect(noteB).toHaveValue('First note.');
  // Tab B starts editing "First note." …
  await noteB.click();
  await noteB.press('End');
  // … while tab A saves another note.
  await page.bringToFront();
  await page.keyboard.press('n');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('A: the French says geler.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-status')).toHaveText('Saved');
  await expect(tabB.getByTestId('verdict-meta')).toBeVisible();
  // B goes on typing from the older note (notes save as they are typed): nothing is overwritten, both are shown.
  await tabB.bringToFront();
  await noteB.pressSequentially(' Also ask the desk.');
  await noteB.press('Enter');
  const conflict = tabB.getByTestId('note-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('note-theirs')).toHaveText('A: the French says geler.');
  await expect(conflict.getByTestId('note-mine')).toHaveText('First note. Also ask the desk.');
  await screenshot(tabB, 'review-note-conflict');
  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await expect(conflict).toBeHidden();
  await expect(noteB).toHaveValue('A: the French says geler.\n\nFirst note. Also ask the desk.');
  await expect(note).toHaveValue('A: the French says geler.\n\nFirst note. Also ask the desk.');

  // Tab B changes the verdict; z in tab A leaves B's newer change alone and says so.
  await tabB.keyboard.press('u');
  await expect(tabB.getByTestId('verdict-meta')).toContainText('Unclear');
  await page.bringToFront();
  await expect(page.getByTestId('verdict-meta')).toContainText('Unclear');
  await page.keyboard.press('z');
  await expect(page.getByTestId('review-notice')).toHaveText('Undo kept a verdict as another tab or window changed it since.');
  await expect(page.getByTestId('verdict-meta')).toContainText('Unclear');
  // z in tab B undoes B's own changes: the verdict, then the kept-both note.
  await tabB.bringToFront();
  await tabB.keyboard.press('z');
  await expect(tabB.getByTestId('verdict-meta')).toContainText('Conflicting');
  await tabB.keyboard.press('z');
  await expect(noteB).toHaveValue('A: the French says geler.');
  await expect(note).toHaveValue('A: the French says geler.');
  await tabB.close();
});
