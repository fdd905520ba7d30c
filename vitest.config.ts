/** Unit tests run in Node; IndexedDB comes from fake-indexeddb where a test needs it. */
import { defineConfig } from 'vitest/config';

const EXPECTED_DEXIE_NOTICES = /blocked by other connection holding version|Another connection wants to delete database/;

export default defineConfig({
  define: { __CORROBORATE_VERSION__: JSON.stringify('test') },
  test: {
    // Dexie announces, on purpose, a tab blocking an upgrade and a database deleted under an open
    // connection; the tests cause both deliberately and assert what the app does about them.
    onConsoleLog: (log) => !EXPECTED_DEXIE_NOTICES.test(log),
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // A hang guard, far above any test's time on a loaded machine (the CLI tests spawn several Node
    // processes: about 4 s each alone, 20 s when other suites share the two cores). Nothing asserts speed.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
