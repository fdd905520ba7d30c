/**
 * Merging a colleague's bundle into the same case (issue 19), and undoing the merge. The plan
 * (shared/review/merge.ts) is made inside the write transaction from what is stored then, so what is
 * written is exactly what the plan says; the merge record lists what was added, and undo removes that
 * and only that (a merged verdict changed since is left as it is).
 */
import type { ReviewBundle } from '../../../shared/report/bundle';
import { planMerge, type MergePlan } from '../../../shared/review/merge';
import type { Verdict } from '../../../shared/review/verdicts';
import { caseKeyPrefix, type AppDB } from './AppDB';
import type { MergeRecord } from './records';

type BundleArticle = ReviewBundle['articles'][number];

/** What merging `bundle` into case `caseId` would add, from what is stored now. */
export async function previewMerge(db: AppDB, caseId: string, bundle: ReviewBundle, source: string, now = Date.now()): Promise<MergePlan<BundleArticle>> {
  return db.transaction('r', [db.articles, db.verdicts, db.opinions], async () => plan(db, caseId, bundle, source, now));
}

async function plan(db: AppDB, caseId: string, bundle: ReviewBundle, source: string, now: number): Promise<MergePlan<BundleArticle>> {
  const prefix = caseKeyPrefix(caseId);
  const [articles, verdicts, opinions] = await Promise.all([
    db.articles.where(':id').startsWith(prefix).toArray(),
    db.verdicts.where(':id').startsWith(prefix).toArray(),
    db.opinions.where(':id').startsWith(prefix).toArray(),
  ]);
  return planMerge(caseId, { shas: new Set(articles.map((a) => a.sha256)), verdicts, opinions }, bundle, source, now);
}

/** Merges `bundle` into case `caseId` in one transaction; returns the merge (for undo) and its plan. */
export async function mergeBundle(db: AppDB, caseId: string, bundle: ReviewBundle, source: string, now = Date.now()): Promise<{ merge: MergeRecord; plan: MergePlan<BundleArticle> }> {
  return db.transaction('rw', [db.cases, db.articles, db.texts, db.verdicts, db.opinions, db.merges], async () => {
    const record = await db.cases.get(caseId);
    if (!record || record.deletedAt !== null) throw new Error('This case is no longer in the library.');
    const p = await plan(db, caseId, bundle, source, now);
    await db.articles.bulkAdd(p.articles.map(({ text: _text, ...meta }) => meta));
    await db.texts.bulkAdd(p.articles.map((a) => ({ id: a.id, caseId, text: a.text })));
    await db.verdicts.bulkAdd(p.verdicts);
    await db.opinions.bulkAdd(p.opinions);
    const merge: MergeRecord = {
      id: `${caseKeyPrefix(caseId)}merge-${now}-${crypto.randomUUID()}`,
      caseId,
      at: now,
      source,
      reviewers: p.reviewers,
      articleIds: p.articles.map((a) => a.id),
      verdicts: p.verdicts,
      opinionIds: p.opinions.map((o) => o.id),
    };
    await db.merges.add(merge);
    await db.cases.update(caseId, { updatedAt: now });
    return { merge, plan: p };
  });
}

const unchanged = (now: Verdict | undefined, then: Verdict) => !!now && now.verdict === then.verdict && now.note === then.note && now.reviewer === then.reviewer && now.at === then.at;

/**
 * Undoes merge `mergeId`: removes the articles, opinions and verdicts it added. A merged verdict
 * changed here since is kept (it is this reviewer's work now), and so is an article that a verdict
 * given since still judges. Returns how many verdicts were kept for that reason.
 */
export async function undoMerge(db: AppDB, mergeId: string): Promise<{ keptNewer: number }> {
  return db.transaction('rw', [db.articles, db.texts, db.verdicts, db.opinions, db.merges], async () => {
    const merge = await db.merges.get(mergeId);
    if (!merge) return { keptNewer: 0 };
    let keptNewer = 0;
    for (const v of merge.verdicts) {
      if (unchanged(await db.verdicts.get(v.id), v)) await db.verdicts.delete(v.id);
      else keptNewer++;
    }
    await db.opinions.bulkDelete(merge.opinionIds);
    // Articles go unless a verdict still stands on one of their claims.
    const remaining = await db.verdicts.where(':id').startsWith(caseKeyPrefix(merge.caseId)).toArray();
    const judged = new Set(remaining.flatMap((v) => v.anchors.map((a) => `${caseKeyPrefix(merge.caseId)}${a.sha256}`)));
    const doomed = merge.articleIds.filter((id) => !judged.has(id));
    await db.articles.bulkDelete(doomed);
    await db.texts.bulkDelete(doomed);
    await db.merges.delete(mergeId);
    return { keptNewer };
  });
}
