/** The reliability suite in Node (hostile inputs, faults, security checks, limits); table.ts sums it up. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CORROBORATE_VERSION__: JSON.stringify('test') },
  test: {
    include: ['test/reliability/**/*.test.ts'],
    globalSetup: ['test/reliability/reset-ledger.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
