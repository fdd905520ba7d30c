/**
 * A fact-checker's session on the Key Bridge corpus, keyboard only (issue 19, "done when"): import →
 * "Review N pairs" → five pairs reviewed with notes typed before their verdicts → reload → the same
 * view and pair, every note and verdict there.
 */
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';
import { KEY_BRIDGE_DIR } from '../../support/corpus';
import { HANG_GUARD } from '../../support/hang-guard';

test('five Key Bridge pairs reviewed by keyboard, notes first, all there after a reload', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.newCase('Key Bridge collapse');
  await app.importThroughPicker('folder', KEY_BRIDGE_DIR);
  const summary = page.getByTestId('import-summary');
  const review = summary.getByRole('button', { name: /^Review [\d,]+ pairs$/ });
  await expect(review).toBeFocused({ timeout: HANG_GUARD });
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('pair-detail');
  await expect(detail).toContainText('Pair 1 of');

  const notes = [
    'Biden quote: both say the port reopens; B adds "we\'re not leaving".',
    'No terrorism link: same FBI line in both.',
    'Check the time of the mayday against the NTSB timeline.',
    'Six workers missing: the figure agrees.',
    'Moore quote, reworded; same speaker.',
  ];
  const verdicts = ['c', 'c', 'u', 'c', 'x'] as const;
  const labels = { c: 'Consistent', x: 'Conflicting', u: 'Unclear' };
  for (let i = 0; i < notes.length; i++) {
    await expect(detail).toContainText(`Pair ${i + 1} of`);
    // The note first: n, type, Esc; then the verdict key.
    await page.keyboard.press('n');
    await page.keyboard.type(notes[i]!);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('note-status')).toHaveText(/Draft saved|Saved/);
    await page.keyboard.press(verdicts[i]!);
    if (i === 0) {
      await expect(page.getByLabel('Your name (recorded with each verdict)')).toBeFocused();
      await page.keyboard.type('Ana Checker');
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('verdict-meta')).toContainText(`${labels[verdicts[i]!]} · Ana Checker`);
    await expect(page.locator('#review-note')).toHaveValue(notes[i]!);
    if (i < notes.length - 1) await page.keyboard.press('j');
  }
  await expect(page.getByTestId('review-progress')).toContainText('5 of');
  await screenshot(page, 'review-keyboard-key-bridge');

  await page.reload();
  await expect(page.getByTestId('review-view')).toBeVisible();
  await expect(detail).toContainText('Pair 5 of');
  await expect(page.getByTestId('review-progress')).toContainText('5 of');
  for (let i = notes.length - 1; i >= 0; i--) {
    await expect(detail).toContainText(`Pair ${i + 1} of`);
    await expect(page.locator('#review-note')).toHaveValue(notes[i]!);
    await expect(page.getByTestId('verdict-meta')).toContainText(labels[verdicts[i]!]);
    if (i > 0) await page.keyboard.press('k');
  }
});

test('a note typed on an unreviewed pair is kept when another pair is chosen, and after a reload', async ({ page }) => {
  const app = new Workbench(page);
  await app.caseWith('Drafts', 'titan');
  await app.openView('Review');
  const detail = page.getByTestId('pair-detail');
  await expect(detail).toContainText('Pair 1 of');
  await page.locator('#review-note').click();
  await page.keyboard.type('Ask OceanGate when contact was lost');
  // No Esc, no Enter: another pair is clicked straight away.
  await page.getByTestId('pair-row').nth(2).click();
  await expect(detail).toContainText('Pair 3 of');
  await page.getByTestId('pair-row').nth(0).click();
  await expect(page.locator('#review-note')).toHaveValue('Ask OceanGate when contact was lost');
  await page.locator('#review-note').click();
  await page.keyboard.type(' (and who called the Coast Guard)');
  await expect(page.getByTestId('note-status')).toHaveText(/Draft saved/);
  await page.reload();
  await expect(page.locator('#review-note')).toHaveValue('Ask OceanGate when contact was lost (and who called the Coast Guard)');
  await expect(page.getByTestId('review-progress')).toContainText(/^0 of/);
});

test('all copies shown marked consistent in one step that one undo reverts, undo saying what it undid; advancing to the next unreviewed', async ({ page }) => {
  const app = new Workbench(page);
  await app.caseWith('Bulk', 'titan');
  await app.openView('Review');
  const progress = page.getByTestId('review-progress');
  await page.getByLabel('Kind', { exact: true }).selectOption('verbatim');
  const copies = Number((await progress.textContent())!.match(/showing ([\d,]+)/)![1]!.replace(/,/g, ''));
  expect(copies).toBeGreaterThan(3);
  await page.getByRole('button', { name: /^Mark [\d,]+ unreviewed listed/ }).click();
  await page.getByRole('menuitem', { name: 'as Consistent' }).click();
  await page.getByLabel('Your name (recorded with each verdict)').fill('Ana');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('review-notice')).toHaveText(`Marked ${copies} pairs Consistent; z undoes it.`);
  await expect(progress).toContainText(new RegExp(`^${copies} of`));
  await page.keyboard.press('z');
  await expect(page.getByTestId('review-notice')).toHaveText(`Undid ${copies} verdicts given together.`);
  await expect(progress).toContainText(/^0 of/);

  // With "next unreviewed after a verdict", a verdict moves on; undo says which verdict it took back.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Next unreviewed after a verdict').check();
  const detail = page.getByTestId('pair-detail');
  await page.getByRole('listbox', { name: 'Pairs to review' }).focus();
  await page.keyboard.press('Home');
  await expect(detail).toContainText('Pair 1 of');
  await page.keyboard.press('x');
  await expect(detail).toContainText('Pair 2 of');
  await page.keyboard.press('c');
  await expect(detail).toContainText('Pair 3 of');
  await page.keyboard.press('z');
  await expect(page.getByTestId('review-notice')).toHaveText('Undid the verdict Consistent.');
  await expect(detail).toContainText('Pair 2 of');
  await expect(progress).toContainText(/^1 of/);
});
