/**
 * Exports are inert wherever they are opened (issue 16). A case whose name, article title and claim,
 * reviewer's name and note carry payloads is reviewed in the browser edition and exported; then each
 * export is opened the way people open it, in Chromium: the HTML report as a page, the Markdown through
 * `marked` with its defaults, the ClaimReview JSON-LD and the JSON report embedded in a page's script
 * element, as they are published. No script may run, no element may be injected, no dialog open.
 */
import type { Page } from '@playwright/test';
import { marked } from 'marked';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '../../e2e/browser/fixtures';
import { Workbench, seedFiles } from '../../e2e/browser/library';
import { trial } from '../ledger';

/** Code that marks the window when it runs: `window.xssNote=1` (no quotes, so it fits any context). */
const RAN = (where: string) => `window.xss${where}=1`;
/** A payload short enough for a case or reviewer name (200 characters). */
const short = (where: string) => `</script><script>${RAN(where)}</script><img src=x onerror=${RAN(`${where}Img`)}> [a](javascript:${RAN(`${where}Link`)})`;
const payload = (where: string) =>
  `</script><script>${RAN(where)}</script><img src=x onerror=${RAN(`${where}Img`)}> [link](javascript:${RAN(`${where}Link`)}) ![i](x onerror=${RAN(`${where}Md`)}) <b onmouseover=${RAN(`${where}B`)}>bold</b>`;

/** The Macron quote of the seeds, with a payload inside it, so the hostile article pairs with them. */
const HOSTILE = {
  name: 'hostile.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    ` date 2022-02-09 Macron ${payload('Title')} talks\n\n"For me, it was about 'locking the game' in order to prevent an escalation and open up new prospects ${payload('Claim')}," Macron told reporters in Moscow on Tuesday.`,
  ),
};

function watch(page: Page) {
  const seen = { dialogs: [] as string[], requests: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('about:') && !r.url().startsWith('data:')) seen.requests.push(r.url());
  });
  return seen;
}

async function assertInert(page: Page, seen: ReturnType<typeof watch>, where: string): Promise<void> {
  expect(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('xss'))), `payloads that ran in ${where}`).toEqual([]);
  expect(await page.locator('img[src="x"], script:not([type]), [onerror], [onmouseover], a[href^="javascript:"]').count(), `injected elements in ${where}`).toBe(0);
  expect(seen.dialogs, `dialogs in ${where}`).toEqual([]);
  expect(seen.requests, `requests from ${where}`).toEqual([]);
}

test('every export of a case full of payloads runs nothing where it is opened', async ({ page, context }, testInfo) => {
  await trial('security', 'check', 'exports inert when rendered (HTML page, Markdown via marked, JSON-LD and JSON in a script element)', async () => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase(`Case ${short('Case')}`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    const seeds = seedFiles().map((path) => ({ name: basename(path), mimeType: 'text/plain', buffer: readFileSync(path) }));
    await (await chooser).setFiles([...seeds, HOSTILE]);
    await app.summary();
    await app.waitForMatching();
    await app.openView('Review');
    await app.reviewByKeyboard('x', `Ana ${short('Reviewer')}`, `Note ${payload('Note')}`);
    await expect(page.getByTestId('verdict-meta')).toBeVisible();
    // Every pair reviewed, so each claim (the hostile one too) reaches the reports that list reviews.
    const rows = page.getByTestId('pair-row');
    for (let i = 1; i < (await rows.count()); i++) {
      await rows.nth(i).click();
      await page.keyboard.press('c');
      await expect(rows.nth(i)).toContainText('Consistent');
    }

    const exported: Record<string, string> = {};
    for (const format of ['html', 'md', 'json', 'claimreview']) {
      const download = page.waitForEvent('download');
      await page.getByLabel('Export').selectOption(format);
      const path = testInfo.outputPath(`hostile.${format}`);
      await (await download).saveAs(path);
      exported[format] = readFileSync(path, 'utf8');
    }
    // The payloads are in every export (as text), so each check below can fail.
    for (const [format, text] of Object.entries(exported)) {
      const expected = format === 'claimreview' ? ['Reviewer', 'Note', 'Claim'] : ['Case', 'Title', 'Claim', 'Reviewer', 'Note'];
      expect(expected.filter((where) => !text.includes(RAN(where))), `payloads missing from the ${format} export`).toEqual([]);
    }
    expect(exported.claimreview).toContain('\\u003c/script\\u003e');
    expect(exported.claimreview).not.toMatch(/<|>|&/);

    const viewer = await context.newPage();
    const seen = watch(viewer);
    await viewer.goto(pathToFileURL(testInfo.outputPath('hostile.html')).href);
    await expect(viewer.locator('h1')).toContainText('Case </script>');
    await assertInert(viewer, seen, 'the HTML report');

    const markdownHtml = await marked.parse(exported.md!);
    await viewer.setContent(`<!doctype html><html><body>${markdownHtml}</body></html>`);
    await expect(viewer.locator('h1')).toContainText('Case </script><script>');
    await expect(viewer.locator('body')).toContainText(`Note </script><script>${RAN('Note')}</script>`);
    await assertInert(viewer, seen, 'the Markdown report rendered by marked');

    for (const [format, type] of [['claimreview', 'application/ld+json'], ['json', 'application/json']] as const) {
      await viewer.setContent(`<!doctype html><html><head><script type="${type}" id="data">${exported[format]}</script></head><body><p>published</p></body></html>`);
      await assertInert(viewer, seen, `the ${format} embedded in a script element`);
      // The element holds the whole document, which reads back as the same data.
      const embedded = await viewer.locator('#data').evaluate((el) => el.textContent ?? '');
      expect(JSON.parse(embedded)).toEqual(JSON.parse(exported[format]!));
      await expect(viewer.locator('body')).toHaveText('published');
    }
    await viewer.close();
    return 0;
  });
});
