/**
 * Throwaway libraries for tests: each `fresh()` opens a new, uniquely named AppDB in fake-indexeddb, and
 * every one opened is deleted after each test. Import 'fake-indexeddb/auto' first in the test file.
 */
import { afterEach } from 'vitest';
import { AppDB } from '../../renderer/src/db/AppDB';

export function freshDbs(): () => AppDB {
  const open: AppDB[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });
  return () => {
    const db = new AppDB(`test-${crypto.randomUUID()}`);
    open.push(db);
    return db;
  };
}
