/**
 * A case's pairs for the views, in review order. Thousands of pairs are read in chunks with a pause
 * between them, so no single task holds the main thread (one read of 14,000 pairs took 240 ms); the
 * list reloads when matching stamps the case with a new matchedAt, not on every write. The last list
 * loaded is kept, so the next view to open on the same case and stamp (compare after review) has it
 * at once instead of reading and ordering it again.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { sortForReview } from '../../../shared/match/order';
import type { PairRecord } from '../../../shared/match/records';
import { caseKeyPrefix, db } from './AppDB';

// Reading and decoding 1,500 pairs was a 40 ms task at best and over 100 ms on a loaded machine (issue 18).
const CHUNK = 1000;

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads all of a case's pairs chunk by chunk, yielding to the page between chunks. */
export async function loadPairsInChunks(caseId: string, isCurrent: () => boolean = () => true): Promise<PairRecord[] | null> {
  const out: PairRecord[] = [];
  let lastKey: string | null = null;
  const prefix = caseKeyPrefix(caseId);
  for (;;) {
    const range = lastKey === null ? db.pairs.where(':id').startsWith(prefix) : db.pairs.where(':id').between(lastKey, `${prefix}\uffff`, false, true);
    const chunk: PairRecord[] = await range.limit(CHUNK).toArray();
    if (!isCurrent()) return null;
    out.push(...chunk);
    if (chunk.length < CHUNK) break;
    lastKey = chunk[chunk.length - 1]!.id;
    await pause();
  }
  // The order in a task of its own, not after the last chunk's decoding.
  await pause();
  return isCurrent() ? sortForReview(out) : null;
}

/** The last list loaded, by `${caseId}@${matchedAt}`; frozen, as views share it. */
let lastLoaded: { key: string; pairs: readonly PairRecord[] } | null = null;

export function usePairs(caseId: string): readonly PairRecord[] | undefined {
  const stamp = useLiveQuery(async () => (await db.cases.get(caseId))?.matchedAt ?? 0, [caseId]);
  const [loaded, setLoaded] = useState<{ key: string; pairs: readonly PairRecord[] } | null>(null);
  const key = `${caseId}@${stamp ?? 'pending'}`;
  useEffect(() => {
    if (stamp === undefined || lastLoaded?.key === key) return;
    let current = true;
    void loadPairsInChunks(caseId, () => current).then((pairs) => {
      if (!pairs) return;
      lastLoaded = { key, pairs: Object.freeze(pairs) };
      setLoaded(lastLoaded);
    });
    return () => {
      current = false;
    };
  }, [caseId, stamp, key]);
  if (loaded?.key === key) return loaded.pairs;
  return lastLoaded?.key === key ? lastLoaded.pairs : undefined;
}
