/** The reliability suite in Node (hostile inputs, faults, security checks, limits); table.ts sums it up. */
import { defineConfig } from 'vitest/config';

const EXPECTED_DEXIE_NOTICES = /blocked by other connection holding version|Another connection wants to delete database/;

export default defineConfig({
  define: { __CORROBORATE_VERSION__: JSON.stringify('test') },
  test: {
    // Dexie announces, on purpose, a tab blocking an upgrade and a database deleted under an open
    // connection; the tests cause both deliberately and assert what the app does about them.
    onConsoleLog: (log) => !EXPECTED_DEXIE_NOTICES.test(log),
    include: ['test/reliability/**/*.test.ts'],
    globalSetup: ['test/reliability/reset-ledger.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // Hang guards, not speed limits (see vitest.config.ts).
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
