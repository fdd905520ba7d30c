/**
 * End-to-end tests. The browser project drives the browser edition, served by `vite preview` from the
 * web build, in the system Chromium (browsers are never downloaded here). The desktop project drives
 * the built Electron app through Playwright's _electron and skips, saying why, where Electron is absent.
 */
import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The system Chromium with the flags this machine needs. */
const CHROMIUM = {
  browserName: 'chromium' as const,
  viewport: { width: 1360, height: 860 },
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // Hang guards, not speed limits. Two workers share two cores with Chromium and the matching
  // Workers: heavy tests (a 3,000-file import, matching the Titan corpus, axe on every view) take one
  // to two minutes under that load, more when other programs share the machine. A test's waits use
  // HANG_GUARD (test/support/hang-guard.ts); the default wait covers a click's effect on a busy page.
  timeout: 900_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    // The port of the server started below, which Playwright reads from its first line (see webServer).
    baseURL: process.env.CORROBORATE_E2E_PORT ? `http://127.0.0.1:${process.env.CORROBORATE_E2E_PORT}` : undefined,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'browser', testDir: 'test/e2e/browser', use: CHROMIUM },
    { name: 'desktop', testDir: 'test/e2e/desktop' },
    // The browser half of the reliability suite (npm run test:reliability).
    { name: 'reliability', testDir: 'test/reliability/browser', use: CHROMIUM },
  ],
  // Our own server on a port the system picks (PORT=0), never one we did not start: whatever else
  // listens on 4178 is left alone. The printed address gives the port to every test worker
  // (Playwright turns the named group into CORROBORATE_E2E_PORT), and the server stops with the run.
  webServer: {
    command: 'node scripts/serve-web.mjs',
    env: { PORT: '0' },
    wait: { stdout: /Corroborate \(browser edition\): http:\/\/127\.0\.0\.1:(?<corroborate_e2e_port>\d+)\// },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
