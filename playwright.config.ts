/**
 * End-to-end tests. The browser project drives the browser edition, served by `vite preview` from the
 * web build, in the system Chromium (browsers are never downloaded here). The desktop project drives
 * the built Electron app through Playwright's _electron and skips, saying why, where Electron is absent.
 */
import { defineConfig } from '@playwright/test';
import { WEB_PORT } from './vite.web.config';

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
  // Two workers share two cores with Chromium and the matching Workers: heavy tests (a 5,000-file
  // import, matching the Titan corpus) can take a minute under that load.
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'browser', testDir: 'test/e2e/browser', use: CHROMIUM },
    { name: 'desktop', testDir: 'test/e2e/desktop' },
    // The browser half of the reliability suite (npm run test:reliability).
    { name: 'reliability', testDir: 'test/reliability/browser', use: CHROMIUM },
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts`,
    url: `http://127.0.0.1:${WEB_PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
