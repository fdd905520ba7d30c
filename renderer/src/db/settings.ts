/**
 * The library's settings, in IndexedDB with the case data (issue 16: a name kept in localStorage was
 * lost when the browser was killed seconds after typing it; a committed IndexedDB write is on disk).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { MAX_REVIEWER_CHARS } from '../../../shared/review/verdicts';
import { db, type AppDB } from './AppDB';

export const REVIEWER_KEY = 'reviewer';
/** Where releases before schema v5 kept the name: read once, then moved. */
const LEGACY_REVIEWER_KEY = 'corroborate.reviewer';

export async function getSetting(database: AppDB, key: string): Promise<string | null> {
  return (await database.settings.get(key))?.value ?? null;
}

export async function setSetting(database: AppDB, key: string, value: string): Promise<void> {
  await database.settings.put({ key, value });
}

/** The reviewer's name, cleaned: one line, trimmed, at most MAX_REVIEWER_CHARS. */
export function cleanReviewerName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_REVIEWER_CHARS);
}

/** Moves a name an earlier release left in localStorage into the database (once). */
async function adoptLegacyName(database: AppDB): Promise<string | null> {
  let legacy: string | null = null;
  try {
    legacy = localStorage.getItem(LEGACY_REVIEWER_KEY);
  } catch {
    return null;
  }
  if (!legacy) return null;
  const name = cleanReviewerName(legacy);
  await database.transaction('rw', database.settings, async () => {
    if (!(await database.settings.get(REVIEWER_KEY)) && name) await database.settings.put({ key: REVIEWER_KEY, value: name });
  });
  localStorage.removeItem(LEGACY_REVIEWER_KEY);
  return getSetting(database, REVIEWER_KEY);
}

/**
 * The reviewer's name (undefined while loading, null when none is known yet) and a function that
 * stores a new one; the returned promise settles once it is committed.
 */
export function useReviewer(): [string | null | undefined, (name: string) => Promise<string>] {
  const name = useLiveQuery(async () => (await getSetting(db, REVIEWER_KEY)) ?? (await adoptLegacyName(db)), []);
  const set = useCallback(async (next: string) => {
    const clean = cleanReviewerName(next);
    if (!clean) throw new Error('A verdict needs the reviewer’s name.');
    await setSetting(db, REVIEWER_KEY, clean);
    return clean;
  }, []);
  return [name, set];
}
