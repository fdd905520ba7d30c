/**
 * Setting, clearing and undoing verdicts. Each change and its history entry are written in one
 * transaction, so undo always finds the state that was there before.
 */
import type { Verdict, VerdictValue } from '../../../shared/review/verdicts';
import type { AppDB } from './AppDB';

/** Records `verdict` (with `note`) for a pair; returns the stored verdict. */
export async function setVerdict(
  db: AppDB,
  input: { caseId: string; pairId: string; verdict: VerdictValue; note?: string; reviewer: string },
  now = Date.now(),
): Promise<Verdict> {
  return db.transaction('rw', db.verdicts, db.history, async () => {
    const before = (await db.verdicts.get(input.pairId)) ?? null;
    const after: Verdict = {
      id: input.pairId,
      caseId: input.caseId,
      verdict: input.verdict,
      note: input.note ?? before?.note ?? '',
      reviewer: input.reviewer,
      at: now,
    };
    await db.verdicts.put(after);
    await db.history.add({ caseId: input.caseId, pairId: input.pairId, before, after, at: now });
    return after;
  });
}

/** Changes only the note of a pair's verdict (a pair needs a verdict before it has a note). */
export async function setNote(db: AppDB, pairId: string, note: string, reviewer: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.verdicts, db.history, async () => {
    const before = await db.verdicts.get(pairId);
    if (!before || before.note === note) return;
    const after: Verdict = { ...before, note, reviewer, at: now };
    await db.verdicts.put(after);
    await db.history.add({ caseId: before.caseId, pairId, before, after, at: now });
  });
}

/** Gives every pair of a cluster the same verdict, as one change that undo reverts whole. */
export async function setClusterVerdict(
  db: AppDB,
  input: { caseId: string; pairIds: readonly string[]; verdict: VerdictValue; reviewer: string },
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.verdicts, db.history, async () => {
    const befores = await db.verdicts.bulkGet([...input.pairIds]);
    const afters: Verdict[] = input.pairIds.map((id, i) => ({
      id,
      caseId: input.caseId,
      verdict: input.verdict,
      note: befores[i]?.note ?? '',
      reviewer: input.reviewer,
      at: now,
    }));
    await db.verdicts.bulkPut(afters);
    await db.history.bulkAdd(
      afters.map((after, i) => ({ caseId: input.caseId, pairId: after.id, before: befores[i] ?? null, after, at: now, batch: now })),
    );
  });
}

/**
 * Reverts the case's latest change (all of it, for a cluster verdict); returns a pair it touched, or
 * null when there is nothing to undo.
 */
export async function undoLast(db: AppDB, caseId: string): Promise<string | null> {
  return db.transaction('rw', db.verdicts, db.history, async () => {
    const last = await db.history.where('caseId').equals(caseId).last();
    if (!last) return null;
    const group =
      last.batch === undefined
        ? [last]
        : (await db.history.where('caseId').equals(caseId).reverse().limit(10_000).toArray()).filter((h) => h.batch === last.batch);
    // Newest first, so a pair changed twice in one batch ends at its oldest "before".
    for (const change of group.sort((x, y) => y.seq! - x.seq!)) {
      if (change.before) await db.verdicts.put(change.before);
      else await db.verdicts.delete(change.pairId);
      await db.history.delete(change.seq!);
    }
    return last.pairId;
  });
}
