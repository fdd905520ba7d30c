/**
 * Replaces a case's pairs with a fresh matching result in one transaction, so the stored pairs are
 * always one whole result, never a mix of two runs. Pairs are derived data; verdicts live apart and
 * are never touched here: they re-attach to whatever pairs are stored (shared/review/attach.ts).
 */
import type { ClusterView } from '../../../shared/match/cluster-records';
import type { PairRecord } from '../../../shared/match/records';
import { caseKeyPrefix, type AppDB } from './AppDB';

/**
 * Replaces the case's pairs (and the clusters they form) with one matching result; `articles` is the
 * articleSetKey of the articles matched, stamped on the case with the result.
 */
export async function replacePairs(
  db: AppDB,
  caseId: string,
  pairs: readonly PairRecord[],
  clusters: readonly ClusterView[] = [],
  articles?: string,
): Promise<void> {
  const prefix = caseKeyPrefix(caseId);
  await db.transaction('rw', [db.pairs, db.clusters, db.cases], async () => {
    await db.pairs.where(':id').startsWith(prefix).delete();
    await db.pairs.bulkPut(pairs as PairRecord[]);
    await db.clusters.where(':id').startsWith(prefix).delete();
    await db.clusters.bulkPut(clusters.map((c) => ({ ...c, id: `${prefix}${c.id}`, caseId, size: c.articleIds.length })));
    await db.cases.update(caseId, { matchedAt: Date.now(), ...(articles === undefined ? {} : { matchedArticles: articles }) });
  });
}
