/** Page object for the workbench's case bar, import flow and library, shared by the e2e specs. */
import { expect, type Page } from '@playwright/test';

export class Workbench {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/index.html');
    await expect(this.page.getByTestId('edition')).not.toHaveText('…');
  }

  async newCase(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New case' }).click();
    await this.page.getByLabel('Case name').fill(name);
    await this.page.getByRole('button', { name: 'Create case' }).click();
    await expect(this.page.getByLabel('Current case')).toHaveValue(/.+/);
    await expect(this.page.getByRole('navigation', { name: 'Library' }).getByRole('heading')).toHaveText(name);
  }

  /** Imports through the real file chooser: files, or a folder for the folder picker. */
  async importThroughPicker(mode: 'files' | 'folder', paths: string | string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: mode === 'files' ? 'Import files…' : 'Import folder…' }).click();
    await (await chooser).setFiles(paths);
  }

  /** The summary dialog's counts, then closes it. */
  async summary(): Promise<{ imported: string; duplicates: string; failed: string; text: string }> {
    const dialog = this.page.getByTestId('import-summary');
    await expect(dialog).toBeVisible({ timeout: 30_000 });
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

  rows() {
    return this.page.getByTestId('article-row');
  }

  async expectArticleCount(n: number): Promise<void> {
    await expect(this.page.getByTestId('library-count')).toHaveText(`${n.toLocaleString('en')} article${n === 1 ? '' : 's'}`);
  }
}
