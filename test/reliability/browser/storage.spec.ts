/**
 * The browser edition and its database over time: a tab left open when another opens a newer schema
 * is told to reload (and lets go, so the other never hangs); a tab whose data is newer than its code
 * says so; and the app asks for persistent storage and shows the answer.
 */
import { expect, screenshot, test } from '../../e2e/browser/fixtures';
import { Workbench, seedFiles } from '../../e2e/browser/library';
import { trial } from '../ledger';

test('a tab on an older schema is told to reload, the newer one opens at once, and nothing is lost', async ({ page, context }) => {
  await trial('faults', 'fault', 'second tab on an older schema (browser)', async () => {
    const app = new Workbench(page);
    await app.open();
    await app.newCase('Two tabs');
    await app.importThroughPicker('files', seedFiles());
    await app.summary();
    await app.expectArticleCount(2);

    // Another tab opens the database with a newer schema version (as a newer release would).
    const newer = await context.newPage();
    await newer.goto('/index.html');
    const opened = await newer.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('corroborate', 1000);
          request.onupgradeneeded = () => undefined;
          request.onsuccess = () => {
            const db = request.result;
            const count = db.transaction('articles').objectStore('articles').count();
            count.onsuccess = () => {
              db.close();
              resolve(`opened v${db.version} with ${count.result} articles`);
            };
          };
          request.onblocked = () => resolve('blocked');
          setTimeout(() => resolve('hung'), 120_000);
        }),
    );
    expect(opened).toBe('opened v1000 with 2 articles');
    const notice = page.getByTestId('connection-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('updated in another tab or window. Reload this one');
    await screenshot(page, 'reliability-reload-notice');

    // Reloading the old code onto the newer data says so instead of failing later.
    await page.reload();
    await expect(page.getByTestId('connection-notice')).toContainText('saved by a newer version of Corroborate');
    await newer.close();
    return 0;
  });
});

test('asks the browser to keep the data and shows whether it will', async ({ page }) => {
  await trial('faults', 'check', 'persistent storage status shown (browser)', async () => {
    const app = new Workbench(page);
    await app.open();
    const status = page.getByTestId('storage-status');
    await expect(status).toBeVisible();
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    await expect(status).toHaveAttribute('data-state', persisted ? 'persistent' : 'best-effort');
    await expect(status).toHaveText(persisted ? 'Storage: kept' : 'Storage: may be cleared');
    await expect(status).toHaveAttribute('title', /.{20,}/);
    return 0;
  });
});
