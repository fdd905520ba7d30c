/**
 * Case operations. Deleting is undoable: it marks the case, the UI offers Undo, and marked cases are
 * purged (with their articles and texts, in one transaction) the next time the app starts.
 */
import { caseKeyPrefix, type AppDB } from './AppDB';
import type { CaseRecord } from './records';

/** Creates a case with a trimmed, non-empty name and returns it. */
export async function createCase(db: AppDB, name: string, now = Date.now()): Promise<CaseRecord> {
  const record: CaseRecord = { id: crypto.randomUUID(), name: cleanName(name), createdAt: now, updatedAt: now, deletedAt: null };
  await db.cases.add(record);
  return record;
}

export async function renameCase(db: AppDB, id: string, name: string, now = Date.now()): Promise<void> {
  await db.cases.update(id, { name: cleanName(name), updatedAt: now });
}

/** Marks a case deleted; it disappears from lists at once and can be restored with `restoreCase`. */
export async function deleteCase(db: AppDB, id: string, now = Date.now()): Promise<void> {
  await db.cases.update(id, { deletedAt: now });
}

export async function restoreCase(db: AppDB, id: string): Promise<void> {
  await db.cases.update(id, { deletedAt: null });
}

/** Removes cases marked deleted, and everything in them, atomically. Returns how many were purged. */
export async function purgeDeletedCases(db: AppDB): Promise<number> {
  return db.transaction('rw', [db.cases, db.articles, db.texts, db.pairs, db.verdicts, db.history, db.clusters, db.drafts, db.opinions, db.merges], async () => {
    const doomed = (await db.cases.toArray()).filter((c) => c.deletedAt !== null).map((c) => c.id);
    for (const caseId of doomed) {
      await db.articles.where(':id').startsWith(caseKeyPrefix(caseId)).delete();
      await db.texts.where(':id').startsWith(caseKeyPrefix(caseId)).delete();
      await db.pairs.where(':id').startsWith(caseKeyPrefix(caseId)).delete();
      await db.verdicts.where(':id').startsWith(caseKeyPrefix(caseId)).delete();
      await db.clusters.where(':id').startsWith(caseKeyPrefix(caseId)).delete();
      for (const table of [db.drafts, db.opinions, db.merges]) await table.where(':id').startsWith(caseKeyPrefix(caseId)).delete();
      await db.history.where('caseId').equals(caseId).delete();
    }
    await db.cases.bulkDelete(doomed);
    return doomed.length;
  });
}

/** Live (not deleted) cases, most recently changed first. */
export async function listCases(db: AppDB): Promise<CaseRecord[]> {
  const all = await db.cases.orderBy('updatedAt').reverse().toArray();
  return all.filter((c) => c.deletedAt === null);
}

function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!clean) throw new Error('A case needs a name.');
  return clean;
}
