/**
 * Articles carrying XSS payloads, imported through the browser edition's file picker: in the library
 * reader, the compare view, the review queue and the exported HTML report the payloads show as text
 * and run nothing: no dialog, no request off our origin, no script, no injected element.
 */
import type { Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { expect, screenshot, test } from '../../e2e/browser/fixtures';
import { Workbench } from '../../e2e/browser/library';
import { trial } from '../ledger';
import { HANG_GUARD } from '../../support/hang-guard';

const TEXT_PAYLOAD = `<img src=x onerror="window.__xss='text'">`;
const SENTENCE = 'The Coast Guard said the debris found on the seabed was consistent with a catastrophic implosion of the vessel';

const FILES = [
  {
    name: 'hostile-page.html',
    mimeType: 'text/html',
    buffer: Buffer.from(`<!doctype html><html><head><title>Debris found &lt;script&gt;window.__xss='title'&lt;/script&gt;</title>
<script>window.__xss='script'</script><meta property="og:site_name" content="&lt;b onmouseover=&quot;window.__xss='outlet'&quot;&gt;Evil Outlet"></head>
<body onload="window.__xss='onload'"><article><h1>Debris found</h1>
<p>${SENTENCE}, officials said on Thursday. The statement read ${TEXT_PAYLOAD.replace(/</g, '&lt;').replace(/>/g, '&gt;')} in full.</p>
<p onclick="window.__xss='onclick'">Search teams will stay at the site through the weekend and report again on Friday morning.</p>
<img src="x" onerror="window.__xss='onerror'"><iframe src="javascript:window.__xss='iframe'"></iframe><svg onload="window.__xss='svg'"></svg>
<p>Read the <a href="javascript:window.__xss='link'">full statement</a> from the agency, which thanked the crews of several nations.</p></article></body></html>`),
  },
  {
    name: 'hostile-note.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Debris <script>window.__xss='txt-title'</script> report\n\n"${SENTENCE}," Rear Admiral John Mauger said. ${TEXT_PAYLOAD} [link](javascript:window.__xss='md') <style>body{display:none}</style>`),
  },
  {
    name: 'hostile-record.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({
      title: `<svg onload="window.__xss='json-title'">Titan`,
      outlet: `<iframe src="javascript:window.__xss='json-outlet'">`,
      url: "javascript:window.__xss='json-url'",
      text: `${SENTENCE}, the Coast Guard said. ${TEXT_PAYLOAD}`,
    })),
  },
];

/** Fails on any dialog, records every request; returns what it saw. */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], offOrigin: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(http:\/\/127\.0\.0\.1:\d+\/|blob:|data:|file:)/.test(url)) seen.offOrigin.push(url);
  });
  return seen;
}

async function assertInert(page: Page, seen: ReturnType<typeof watch>, where: string) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), `a payload ran in ${where}`).toBeUndefined();
  expect(await page.locator('img[src="x"], iframe, svg[onload], script:not([src]), [onerror], [onclick], [onload], a[href^="javascript:"]').count(), `injected elements in ${where}`).toBe(0);
  expect(seen.dialogs, `dialogs in ${where}`).toEqual([]);
  expect(seen.offOrigin, `requests off our origin in ${where}`).toEqual([]);
}

test('XSS payloads in articles show as text and run nothing, in every view and in the exported report', async ({ page, context }, testInfo) => {
  await trial('security', 'check', 'XSS payloads inert in the browser edition (reader, compare, review, HTML report)', async () => {
    const seen = watch(page);
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Hostile articles');
    // The real file picker, given generated files.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles(FILES);
    const summary = await app.summary();
    expect(summary.imported).toContain('3');
    await app.waitForMatching();

    for (const row of await app.rows().all()) {
      await row.click();
      await expect(page.getByTestId('article-reader')).toBeVisible();
      await assertInert(page, seen, 'the reader');
    }
    await expect(page.getByTestId('article-text')).toContainText(TEXT_PAYLOAD);
    await screenshot(page, 'reliability-xss-reader');

    await app.openView('Compare');
    await expect(page.getByTestId('compare-view')).toBeVisible();
    await assertInert(page, seen, 'compare');
    await app.openView('Review');
    await expect(page.getByTestId('pair-detail')).toBeVisible({ timeout: HANG_GUARD });
    await assertInert(page, seen, 'review');
    await screenshot(page, 'reliability-xss-review');

    const download = page.waitForEvent('download');
    await page.getByLabel('Export').selectOption('html');
    const path = testInfo.outputPath('hostile-report.html');
    await (await download).saveAs(path);
    const report = await context.newPage();
    const reportSeen = watch(report);
    await report.goto(pathToFileURL(path).href);
    await expect(report.locator('h1')).toHaveText('Hostile articles');
    // Titles and outlets carrying markup are in the report, as text.
    await expect(report.locator('body')).toContainText(`Debris <script>window.__xss='txt-title'</script> report`);
    await expect(report.locator('body')).toContainText(`<b onmouseover="window.__xss='outlet'">Evil Outlet`);
    await assertInert(report, reportSeen, 'the exported report');
    return 0;
  });
});
