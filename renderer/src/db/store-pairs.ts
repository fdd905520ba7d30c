/**
 * Replaces a case's pairs with a fresh matching result in one transaction, so the stored pairs are
 * always one whole result, never a mix of two runs. Pairs are derived data; verdicts live apart.
 */
import type { PairRecord } from '../../../shared/match/records';
import { caseKeyPrefix, type AppDB } from './AppDB';

export async function replacePairs(db: AppDB, caseId: string, pairs: readonly PairRecord[]): Promise<void> {
  await db.transaction('rw', db.pairs, async () => {
    await db.pairs.where(':id').startsWith(caseKeyPrefix(caseId)).delete();
    await db.pairs.bulkPut(pairs as PairRecord[]);
  });
}
