import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';
import { SEEDS_DIR, TITAN_DIR } from '../../support/corpus';
import { HANG_GUARD } from '../../support/hang-guard';

const seedFiles = readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f));

test.describe('importing articles (browser edition)', () => {
  test('imports the seeds and the Titan folder, survives a reload, and refuses re-imports', async ({ page, consoleErrors }) => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Seeds and Titan');

    await app.importThroughPicker('files', seedFiles);
    expect(await app.summary()).toMatchObject({ imported: '2 imported', duplicates: '0 already in this case', failed: '0 not imported' });
    await app.expectArticleCount(2);

    await app.importThroughPicker('folder', TITAN_DIR);
    const titan = await app.summary();
    // The folder's manifest gives its outlets and dates; its gold pairs are a table, not a failure.
    expect(titan).toMatchObject({ imported: '48 imported', failed: '0 not imported' });
    expect(titan.text).toContain('a manifest: its values were applied to 48 of the 48 files it names');
    expect(titan.text).toContain('not an article: left out');
    await app.expectArticleCount(50);

    // Open the second seed: its text and provenance are shown.
    await page.getByPlaceholder('Search titles and text').fill('freeze the game');
    await expect(page.getByTestId('library-count')).toHaveText('1 of 50 articles');
    await app.rows().first().click();
    const reader = page.getByTestId('article-reader');
    await expect(reader).toContainText('My aim was to freeze the game');
    await expect(reader).toContainText('2022-02-10');
    await expect(page.getByTestId('article-sha256')).toHaveText(/^[0-9a-f]{64}$/);
    await screenshot(page, 'library-reader');

    await page.reload();
    await app.expectArticleCount(50);
    await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('heading')).toHaveText('Seeds and Titan');

    await app.importThroughPicker('files', seedFiles);
    expect(await app.summary()).toMatchObject({ imported: '0 imported', duplicates: '2 already in this case' });
    await app.expectArticleCount(50);
    expect(consoleErrors).toEqual([]);
  });

  test('sorts the library by date, outlet and title', async ({ page }) => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Titan');
    await app.importThroughPicker('folder', TITAN_DIR);
    await app.summary();
    const firstMeta = () => app.rows().first().locator('.row-meta').textContent();
    await page.getByLabel('Sort articles by').selectOption('date');
    expect(await firstMeta()).toContain('2023-06-20');
    await page.getByLabel('Sort articles by').selectOption('title');
    // 039 starts with a photo caption; its title is the story's first sentence.
    await expect(app.rows().first().locator('.row-title')).toHaveText(/^Canada’s Transportation Safety Board was expected/);
    await expect(app.rows().nth(1).locator('.row-title')).toHaveText(/^Canadian aircraft detects underwater noises/);
    await expect(app.rows().nth(2).locator('.row-title')).toHaveText(/^'Catastrophic Implosion'/);
    // By outlet: the manifest's, so none is unknown.
    await page.getByLabel('Sort articles by').selectOption('outlet');
    await expect(app.rows().first().locator('.row-meta')).not.toContainText('outlet unknown');
    // Virtualised: 48 articles, but only the visible rows (plus overscan) are in the DOM.
    expect(await app.rows().count()).toBeLessThan(48);
  });

  test('imports files dropped on the window', async ({ page }) => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Dropped');
    const { readFileSync } = await import('node:fs');
    const files = seedFiles.map((p) => ({ name: p.split('/').pop()!, content: readFileSync(p, 'utf8') }));
    await page.evaluate((list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([f.content], f.name, { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, files);
    expect(await app.summary()).toMatchObject({ imported: '2 imported' });
    await app.expectArticleCount(2);
  });

  test('reports bad files by name and imports the rest', async ({ page }) => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Bad input');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles([
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"text": ') },
      { name: 'good.md', mimeType: 'text/markdown', buffer: Buffer.from('# Coast Guard briefing\n\nDebris was found 1,600 feet from the bow.') },
    ]);
    await expect(page.getByTestId('import-summary')).toBeVisible();
    await screenshot(page, 'import-summary-bad-files');
    const summary = await app.summary();
    expect(summary).toMatchObject({ imported: '1 imported', failed: '3 not imported' });
    expect(summary.text).toContain('empty.txtempty file');
    expect(summary.text).toContain('image.txtbinary file (PNG image), not an article');
    expect(summary.text).toMatch(/broken\.jsonmalformed JSON/);
    await app.expectArticleCount(1);
  });

  test('renames a case, deletes it after asking, and undo brings it back', async ({ page }) => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Draft');
    await app.importThroughPicker('files', seedFiles);
    await app.summary();
    await app.menu('Case actions', 'Rename case…');
    await page.getByLabel('Case name').fill('Macron, February 2022');
    await page.getByTestId('case-name-dialog').getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByLabel('Current case').locator('option:checked')).toHaveText('Macron, February 2022');

    await app.menu('Case actions', 'Delete case…');
    const confirm = page.getByTestId('confirm-delete-dialog');
    await expect(confirm).toContainText('and its 2 articles will be removed');
    await confirm.getByRole('button', { name: 'Delete case' }).click();
    await expect(page.getByLabel('Current case')).toBeDisabled();
    await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Current case').locator('option:checked')).toHaveText('Macron, February 2022');
    await app.expectArticleCount(2);
  });
});

test.describe('large imports', () => {
  test('shows progress, and cancelling keeps only whole chunks of articles', async ({ page, context }) => {
    // Parsing thousands of files takes 40–80 s here and over two minutes on a loaded machine.
    const { generateArticles } = await import('../../bench/generate');
    const files = generateArticles(3000, 7).map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.bytes) }));
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Big');
    // Another page of the same origin holds the texts store, so the first chunk's write waits for it:
    // the test decides when the import moves on, whatever the machine's speed.
    const holder = await context.newPage();
    await holder.goto('/index.html');
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('corroborate');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            // A read-write transaction lives while it has requests: keep asking until released.
            const store = request.result.transaction('texts', 'readwrite').objectStore('texts');
            const flags = window as unknown as { releaseTexts?: boolean };
            const ask = () => {
              if (!flags.releaseTexts) store.count().onsuccess = ask;
            };
            ask();
            resolve();
          };
        }),
    );
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles(files);
    const progress = page.getByTestId('import-progress');
    await expect(progress).toContainText('Storing articles 0 / 3,000', { timeout: HANG_GUARD });
    await screenshot(page, 'import-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await holder.evaluate(() => {
      (window as unknown as { releaseTexts?: boolean }).releaseTexts = true;
    });
    const dialog = page.getByTestId('import-summary');
    await expect(dialog).toContainText('Import cancelled', { timeout: HANG_GUARD });
    // The chunk under way when Cancel was pressed is stored whole; nothing after it.
    await expect(dialog.getByTestId('summary-imported')).toHaveText('1000 imported');
    await expect(dialog.getByTestId('summary-failed')).toHaveText('2000 not imported');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await app.expectArticleCount(1000);
  });
});
