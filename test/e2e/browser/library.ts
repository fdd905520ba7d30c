/** Page object for the workbench's case bar, import flow and library, shared by the e2e specs. */
import { expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_BRIDGE_DIR, SEEDS_DIR, TITAN_DIR } from '../../support/corpus';
import { HANG_GUARD } from '../../support/hang-guard';

export const seedFiles = () => readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f));

export class Workbench {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/index.html');
    await expect(this.page.getByTestId('edition')).not.toHaveText('…');
  }

  /** Runs an action from one of the toolbar's menus ("Case actions", "More ways to import"). */
  async menu(menu: 'Case actions' | 'More ways to import', item: string): Promise<void> {
    await this.page.getByRole('button', { name: menu }).click();
    await this.page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item }).click();
  }

  async newCase(name: string): Promise<void> {
    await this.menu('Case actions', 'New case…');
    await this.page.getByLabel('Case name').fill(name);
    await this.page.getByRole('button', { name: 'Create case' }).click();
    await expect(this.page.getByLabel('Current case')).toHaveValue(/.+/);
    await expect(this.page.getByRole('navigation', { name: 'Library' }).getByRole('heading')).toHaveText(name);
  }

  /** Imports through the real file chooser: files, or a folder for the folder picker. */
  async importThroughPicker(mode: 'files' | 'folder', paths: string | string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    if (mode === 'files') await this.page.getByRole('button', { name: 'Import files…' }).click();
    else await this.menu('More ways to import', 'Import folder…');
    await (await chooser).setFiles(paths);
  }

  /** The summary dialog's counts, then closes it. */
  async summary(): Promise<{ imported: string; duplicates: string; failed: string; text: string }> {
    const dialog = this.page.getByTestId('import-summary');
    await expect(dialog).toBeVisible({ timeout: HANG_GUARD });
    const result = {
      imported: (await dialog.getByTestId('summary-imported').textContent()) ?? '',
      duplicates: (await dialog.getByTestId('summary-duplicates').textContent()) ?? '',
      failed: (await dialog.getByTestId('summary-failed').textContent()) ?? '',
      text: (await dialog.textContent()) ?? '',
    };
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    return result;
  }

  /** A new case with the given corpus imported and matched: the common start of a review test. */
  async caseWith(name: string, corpus: 'seeds' | 'titan' | 'key-bridge'): Promise<void> {
    await this.open();
    await this.newCase(name);
    if (corpus === 'seeds') await this.importThroughPicker('files', seedFiles());
    else await this.importThroughPicker('folder', corpus === 'titan' ? TITAN_DIR : KEY_BRIDGE_DIR);
    await this.summary();
    await this.waitForMatching(corpus === 'seeds' ? /^[1-9]\d* overlapping pairs?/ : /possible conflicts$/);
  }

  /** Waits until the stored pairs show in the status bar (matching runs in a Worker). */
  async waitForMatching(status: RegExp = /^[1-9]\d* overlapping pairs?/): Promise<void> {
    await expect(this.page.getByTestId('match-status')).toHaveText(status, { timeout: HANG_GUARD });
  }

  /**
   * Gives the current pair a verdict by its key, answering the one-time name question, then types a
   * note with n … Enter.
   */
  async reviewByKeyboard(key: 'c' | 'x' | 'u', reviewer: string, note: string): Promise<void> {
    // Pairs load in chunks; a key pressed before the pane shows a pair has nothing to judge.
    await expect(this.page.getByTestId('pair-detail')).toBeVisible({ timeout: HANG_GUARD });
    await this.page.keyboard.press(key);
    await this.page.getByLabel('Your name (recorded with each verdict)').fill(reviewer);
    await this.page.getByRole('button', { name: 'Save name' }).click();
    // Keys typed before the note has the focus would be review keys ("Check…" would press c).
    await expect(this.page.getByLabel('Your name (recorded with each verdict)')).toBeHidden();
    await this.page.keyboard.press('n');
    await expect(this.page.locator('#review-note')).toBeFocused();
    await this.page.keyboard.type(note);
    await this.page.keyboard.press('Enter');
  }

  async openView(view: 'Read' | 'Compare' | 'Review'): Promise<void> {
    await this.page.getByRole('group', { name: 'View' }).getByRole('button', { name: view === 'Review' ? /^Review/ : view }).click();
  }

  /** Opens a review bundle through the real file chooser. */
  async openBundle(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.menu('More ways to import', 'Open bundle…');
    await (await chooser).setFiles(file);
  }

  rows() {
    return this.page.getByTestId('article-row');
  }

  async expectArticleCount(n: number): Promise<void> {
    await expect(this.page.getByTestId('library-count')).toHaveText(`${n.toLocaleString('en')} article${n === 1 ? '' : 's'}`);
  }
}
