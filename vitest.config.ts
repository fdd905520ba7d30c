/** Unit tests run in Node; IndexedDB comes from fake-indexeddb where a test needs it. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CORROBORATE_VERSION__: JSON.stringify('test') },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
