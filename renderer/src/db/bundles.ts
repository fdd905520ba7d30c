/**
 * Exporting a case as a review bundle and restoring one. Restoring writes every table in one
 * transaction and refuses a case that is already in the library, so it never overwrites or mixes; the
 * pairs are stored as the bundle holds them and stamped as matched for its articles, so the review
 * opens exactly as it was exported. Storage errors come back as sentences, never raw database errors.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ReviewBundle } from '../../../shared/report/bundle';
import { caseKeyPrefix, type AppDB } from './AppDB';
import { articleSetKey } from './article-set';
import { describeStorageError } from './store-articles';

export async function exportBundle(db: AppDB, caseId: string, now = Date.now()): Promise<ReviewBundle> {
  const prefix = caseKeyPrefix(caseId);
  return db.transaction('r', [db.cases, db.articles, db.texts, db.pairs, db.verdicts, db.history, db.clusters, db.opinions, db.drafts], async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new Error('This case no longer exists.');
    const [articles, texts, pairs, verdicts, history, clusters, opinions, drafts] = await Promise.all([
      db.articles.where(':id').startsWith(prefix).toArray(),
      db.texts.where(':id').startsWith(prefix).toArray(),
      db.pairs.where(':id').startsWith(prefix).toArray(),
      db.verdicts.where(':id').startsWith(prefix).toArray(),
      db.history.where('caseId').equals(caseId).sortBy('seq'),
      db.clusters.where(':id').startsWith(prefix).toArray(),
      db.opinions.where(':id').startsWith(prefix).toArray(),
      db.drafts.where(':id').startsWith(prefix).toArray(),
    ]);
    const textOf = new Map(texts.map((t) => [t.id, t.text]));
    return {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: now,
      case: { id: record.id, name: record.name, createdAt: record.createdAt, updatedAt: record.updatedAt },
      articles: articles.map((a) => ({ ...a, text: textOf.get(a.id) ?? '' })),
      pairs,
      verdicts,
      // Sequence numbers and tabs belong to this database; order is what matters for undo.
      history: history.map(({ seq: _seq, tab: _tab, session: _session, ...change }) => change),
      clusters,
      // Only when there are any, so a bundle without them reads as before (and round-trips byte for byte).
      ...(opinions.length ? { opinions } : {}),
      ...(drafts.length ? { drafts } : {}),
    };
  });
}

/** Restores a bundle as a case; throws (storing nothing) if that case is already in the library. */
export async function importBundle(db: AppDB, bundle: ReviewBundle): Promise<void> {
  try {
    await db.transaction('rw', [db.cases, db.articles, db.texts, db.pairs, db.verdicts, db.history, db.clusters, db.opinions, db.drafts], async () => {
      const existing = await db.cases.get(bundle.case.id);
      if (existing && existing.deletedAt === null) throw new BundleRefused(`“${existing.name}” is already in your library; delete it first to restore this bundle.`);
      if (existing) {
        // A deleted, not yet purged, copy of this case: clear it so the restored one replaces it whole.
        const prefix = caseKeyPrefix(existing.id);
        for (const table of [db.articles, db.texts, db.pairs, db.verdicts, db.clusters, db.opinions, db.drafts]) await table.where(':id').startsWith(prefix).delete();
        await db.history.where('caseId').equals(existing.id).delete();
        await db.cases.delete(existing.id);
      }
      await db.cases.add({
        ...bundle.case,
        deletedAt: null,
        matchedAt: bundle.exportedAt,
        matchedArticles: articleSetKey(bundle.articles),
      });
      await db.articles.bulkAdd(bundle.articles.map(({ text: _text, ...meta }) => meta));
      await db.texts.bulkAdd(bundle.articles.map((a) => ({ id: a.id, caseId: a.caseId, text: a.text })));
      await db.pairs.bulkAdd(bundle.pairs);
      await db.verdicts.bulkAdd(bundle.verdicts);
      await db.history.bulkAdd(bundle.history);
      await db.clusters.bulkAdd(bundle.clusters);
      await db.opinions.bulkAdd(bundle.opinions ?? []);
      await db.drafts.bulkAdd(bundle.drafts ?? []);
    });
  } catch (err) {
    if (err instanceof BundleRefused) throw err;
    // parseBundle has checked every record; what is left is the storage itself (full, closed).
    throw new Error(`The bundle could not be stored, and nothing of it was kept: ${describeStorageError(err)}.`, { cause: err });
  }
}

/** A refusal worded for the person (the case is already there). */
class BundleRefused extends Error {}
