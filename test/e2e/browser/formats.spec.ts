/**
 * More ways in (issue 20), in Chromium: a folder of a PDF, a Word file, a saved page (MHTML), an
 * e-mail, corpus .txt files and a manifest, imported through the folder picker, with the manifest's
 * outlets and dates in the library; and articles pasted through the dialog and with Ctrl+V.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { Workbench } from './library';
import { docxOf, emlOf, mhtmlOf, pdfOf } from '../../support/build-files';
import { KEY_BRIDGE_DIR, TITAN_DIR } from '../../support/corpus';
import { HANG_GUARD } from '../../support/hang-guard';

const corpusText = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8').replace(/^ date \S+\s*/, '');

let folder: string;
test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'corroborate-formats-'));
  const titan = ['006_usni-catastrophic-loss.txt', '012_huffpost-uk-five-people-lost.txt'].map((f) => corpusText(TITAN_DIR, f));
  const bridge = ['024_devdiscourse-reuters-biden-vows-pay.txt', '031_wboc-flag-lowered-victims.txt'].map((f) => corpusText(KEY_BRIDGE_DIR, f));
  const pdf = await pdfOf({ title: 'Coast Guard briefing on the Titan debris', text: titan[0]!, author: 'USNI News' }, { running: true, hyphenate: true });
  writeFileSync(join(folder, 'briefing.pdf'), pdf.bytes);
  writeFileSync(join(folder, 'statement.docx'), docxOf({ title: 'Five people aboard the Titan are dead', text: titan[1]! }));
  writeFileSync(join(folder, 'page.mhtml'), mhtmlOf({ title: 'Biden vows federal funds for the bridge', text: bridge[0]! }, 'https://www.devdiscourse.com/article/biden-bridge'));
  writeFileSync(join(folder, 'release.eml'), emlOf({ title: 'Maryland flags lowered for the victims', text: bridge[1]!, date: '2024-03-27' }, { from: 'Governor’s Press Office <press@governor.maryland.example>' }));
  for (const f of ['001_wsvn-ap-powerless-ship-rams.txt', '004_nachrichtenmeldung-de-feuerwehr-sieben-personen.txt']) {
    writeFileSync(join(folder, f), readFileSync(join(KEY_BRIDGE_DIR, f)));
  }
  writeFileSync(
    join(folder, 'manifest.tsv'),
    [
      'file\turl\toutlet\tdate',
      'briefing.pdf\thttps://news.usni.org/2023/06/22/titan\tUSNI News\t2023-06-22',
      'statement.docx\t\tHuffPost UK\t2023-06-23',
      'page.mhtml\t\t\t2024-03-26',
      '001_wsvn-ap-powerless-ship-rams.txt\thttps://wsvn.com/news/bridge/\tWSVN 7News\t2024-03-26',
      '004_nachrichtenmeldung-de-feuerwehr-sieben-personen.txt\thttps://nachrichten-meldung.de/de/Einsturz\t\t2024-03-26',
    ].join('\n'),
  );
  writeFileSync(join(folder, 'gold.tsv'), 'left_file\tleft_fragment\tright_file\tright_fragment\trelation\twhy\n001\ta\t004\tb\tconsistent\tsame\n');
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a folder of PDF, Word, MHTML, e-mail and text files imports with its manifest', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.newCase('Formats');
  await app.importThroughPicker('folder', folder);
  const dialog = page.getByTestId('import-summary');
  await expect(dialog).toBeVisible({ timeout: HANG_GUARD });
  await expect(dialog.getByTestId('summary-notes')).toContainText('a manifest: its values were applied to 5 of the 5 files it names');
  await expect(dialog.getByTestId('summary-notes')).toContainText('gold.tsv');
  await screenshot(page, 'formats-import-summary');
  expect(await app.summary()).toMatchObject({ imported: '6 imported', failed: '0 not imported' });
  await app.expectArticleCount(6);

  // The manifest's outlets and dates in the library list.
  await page.getByLabel('Sort articles by').selectOption('outlet');
  const metas = await app.rows().locator('.row-meta').allTextContents();
  expect(metas.join('\n')).toContain('USNI News · 2023-06-22');
  expect(metas.join('\n')).toContain('HuffPost UK · 2023-06-23');
  expect(metas.join('\n')).toContain('WSVN 7News · 2024-03-26');
  // No outlet in the manifest: from its URL; the page's own outlet; the e-mail's sender.
  expect(metas.join('\n')).toContain('nachrichten-meldung.de · 2024-03-26');
  expect(metas.join('\n')).toContain('Test Gazette · 2024-03-26');
  expect(metas.join('\n')).toContain('governor.maryland.example · 2024-03-27');
  expect(metas.join('\n')).not.toContain('outlet unknown');
  await expect(app.rows().getByTestId('row-manifest')).toHaveCount(5);

  await app.rows().filter({ hasText: 'Coast Guard briefing on the Titan debris' }).click();
  const reader = page.getByTestId('article-reader');
  await expect(reader).toContainText('The remains of the Titan submersible were found 1,600 feet away');
  await expect(reader.getByTestId('source-outlet')).toContainText('from the manifest (');
  await expect(reader).toContainText('PDF, binary');
  await expect(reader.getByTestId('article-language')).toHaveText('English (en) · detected');
  await screenshot(page, 'formats-library-after-import');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'formats-library-after-import-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await app.rows().filter({ hasText: 'Feuerwehr' }).click();
  await expect(reader.getByTestId('article-language')).toHaveText('German (de) · detected');
});

test('pasted text imports as an article, with the title, outlet and date given in the dialog', async ({ page, context }) => {
  const app = new Workbench(page);
  await app.open();
  await app.newCase('Pasted');
  await app.menu('More ways to import', 'Paste text…');
  const dialog = page.getByTestId('paste-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Text').fill(corpusText(TITAN_DIR, '014_randyreport-navy-detected.txt'));
  await dialog.getByLabel('Outlet').fill('The Randy Report');
  await dialog.getByLabel('Date').fill('22 June');
  await expect(dialog.getByRole('alert')).toHaveText('date: write it as YYYY-MM-DD (or YYYY-MM)');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await dialog.getByLabel('Date').fill('2023-06-22');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await screenshot(page, 'paste-dialog');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'paste-dialog-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Import' }).click();
  expect(await app.summary()).toMatchObject({ imported: '1 imported', failed: '0 not imported' });
  await app.expectArticleCount(1);
  await expect(app.rows().first().locator('.row-title')).toHaveText('US Navy Detected Submersible Implosion Hours After Contact Lost');
  await expect(app.rows().first().locator('.row-meta')).toContainText('The Randy Report · 2023-06-22');
  await app.rows().first().click();
  await expect(page.getByTestId('source-outlet')).toHaveText(' · given when pasted');

  // Ctrl+V on the library, no field focused: the clipboard's page (HTML) opens in the dialog.
  const html = `<html><head><title>Navy heard the implosion</title><meta property="og:site_name" content="Wire Service"></head><body><article><h1>Navy heard the implosion</h1><p>${'The US Navy detected an acoustic anomaly consistent with an implosion in the general vicinity of where the Titan was operating. '.repeat(3)}</p></article></body></html>`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const copy = (clip: { text: string; html?: string }) =>
    page.evaluate(async ({ text, html }) => {
      const item: Record<string, Blob> = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
      if (html) item['text/html'] = new Blob([html], { type: 'text/html' });
      await navigator.clipboard.write([new ClipboardItem(item)]);
    }, clip);
  await copy({ text: 'Navy heard the implosion\nThe US Navy detected an acoustic anomaly.', html });
  await page.getByTestId('article-reader').click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('paste-kind')).toContainText('Formatted text from a web page');
  await screenshot(page, 'paste-dialog-from-clipboard');
  await dialog.getByRole('button', { name: 'Import' }).click();
  expect(await app.summary()).toMatchObject({ imported: '1 imported' });
  await app.expectArticleCount(2);
  await expect(app.rows().filter({ hasText: 'Navy heard the implosion' }).locator('.row-meta')).toContainText('Wire Service');

  // Pasting into a field is not pasting an article.
  await copy({ text: 'implosion' });
  await page.getByPlaceholder('Search titles and text').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByPlaceholder('Search titles and text')).toHaveValue('implosion');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('library-count')).toHaveText('2 of 2 articles');
});
