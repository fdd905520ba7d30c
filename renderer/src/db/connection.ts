/**
 * What happens to this window's database connection when another window changes the schema, and
 * whether the browser keeps our data. A tab left open on an older release must never block a newer
 * one, nor hang: it closes its connection and asks the person to reload.
 */
import type Dexie from 'dexie';

export type ConnectionProblem =
  /** Another tab or window opened the database with a newer schema (or deleted it): this one is stale. */
  | 'updated-elsewhere'
  /** This tab wants a newer schema, and an older tab has not let go of the database yet. */
  | 'blocked'
  /** The stored database is newer than this release: an older copy of the app was opened. */
  | 'newer-data';

export const CONNECTION_MESSAGES: Record<ConnectionProblem, string> = {
  'updated-elsewhere': 'Corroborate was updated in another tab or window. Reload this one to keep working: everything you saved is kept.',
  blocked: 'Another Corroborate tab or window is still open on an older version. Close or reload it so this one can open your data.',
  'newer-data': 'Your data was saved by a newer version of Corroborate. Reload to use the newer version; this older one cannot open it.',
};

/**
 * Watches `db` for schema changes elsewhere. On a version change it closes the connection at once (so
 * the other tab's upgrade goes ahead) and reports the problem instead of letting queries fail later.
 * After 'blocked', it reports null once the older tab lets go and the database opens. Returns a
 * function that stops watching.
 */
export function watchConnection(db: Dexie, onProblem: (problem: ConnectionProblem | null) => void): () => void {
  let blocked = false;
  const onVersionChange = () => {
    db.close();
    onProblem('updated-elsewhere');
    return false; // we closed it ourselves; Dexie's default would only log
  };
  const onBlocked = () => {
    blocked = true;
    onProblem('blocked');
  };
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  db.open().then(
    () => {
      // Dexie opens a database that a newer release upgraded (it stores version × 10), working with the
      // tables it knows; this release would then write data the newer one may not expect.
      if (db.backendDB().version > db.verno * 10) onProblem('newer-data');
      else if (blocked) onProblem(null);
    },
    (err: unknown) => {
      const name = (err as { name?: string; inner?: { name?: string } } | null)?.inner?.name ?? (err as { name?: string } | null)?.name;
      if (name === 'VersionError') onProblem('newer-data');
    },
  );
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}

export type PersistenceState = 'persistent' | 'best-effort' | 'unavailable';

/** The part of StorageManager we use (navigator.storage). */
export interface PersistentStorage {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

/**
 * Asks the browser to keep our data under storage pressure (it may say no), and says what we have:
 * 'persistent', 'best-effort' (the browser may evict it), or 'unavailable' (no Storage API).
 */
export async function requestPersistence(storage: PersistentStorage | undefined): Promise<PersistenceState> {
  if (!storage || typeof storage.persist !== 'function') return 'unavailable';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unavailable';
  }
}
