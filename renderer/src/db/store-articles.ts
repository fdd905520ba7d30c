/**
 * Stores parsed drafts in a case, atomically per chunk: each chunk is one read-write transaction that
 * checks content hashes and adds the new articles with their texts, so a failure (quota, abort,
 * crash) rolls the whole chunk back and earlier chunks stay whole. Cancelling stops between chunks.
 */
import type { ArticleDraft, ParseError } from '../../../shared/article/types';
import type { AppDB } from './AppDB';
import type { ArticleRecord } from './records';

export interface StoreSummary {
  imported: Array<{ id: string; path: string; title: string }>;
  duplicates: Array<{ path: string; title: string }>;
  failed: ParseError[];
  cancelled: boolean;
}

export interface StoreOptions {
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (stored: number, total: number) => void;
  now?: () => number;
}

/** Stores `drafts` in case `caseId`; never throws for a storage failure, it reports it. */
export async function storeArticles(
  db: AppDB,
  caseId: string,
  drafts: readonly ArticleDraft[],
  options: StoreOptions = {},
): Promise<StoreSummary> {
  const chunkSize = options.chunkSize ?? 500;
  const now = options.now ?? Date.now;
  const summary: StoreSummary = { imported: [], duplicates: [], failed: [], cancelled: false };
  const seen = new Set<string>();
  for (let start = 0; start < drafts.length; start += chunkSize) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      for (const d of drafts.slice(start)) summary.failed.push({ path: d.sourcePath, error: 'not imported: import cancelled' });
      break;
    }
    const chunk = drafts.slice(start, start + chunkSize);
    // Hashes first met in this chunk; they join `seen` only once the chunk has committed.
    const chunkSeen = new Set<string>();
    try {
      const result = await db.transaction('rw', db.articles, db.texts, db.cases, async () => {
        const existing = await db.articles
          .where('[caseId+sha256]')
          .anyOf(chunk.map((d) => [caseId, d.sha256]))
          .toArray();
        const stored = new Map(existing.map((a) => [a.sha256, a.title]));
        const fresh: ArticleRecord[] = [];
        const texts: Array<{ id: string; caseId: string; text: string }> = [];
        const dupes: StoreSummary['duplicates'] = [];
        const importedAt = now();
        for (const draft of chunk) {
          if (stored.has(draft.sha256) || seen.has(draft.sha256) || chunkSeen.has(draft.sha256)) {
            dupes.push({ path: draft.sourcePath, title: stored.get(draft.sha256) ?? draft.title });
            continue;
          }
          chunkSeen.add(draft.sha256);
          const { text, ...meta } = draft;
          const id = crypto.randomUUID();
          fresh.push({ ...meta, id, caseId, importedAt });
          texts.push({ id, caseId, text });
        }
        await db.articles.bulkAdd(fresh);
        await db.texts.bulkAdd(texts);
        if (fresh.length) await db.cases.update(caseId, { updatedAt: importedAt });
        return { fresh, dupes };
      });
      for (const sha of chunkSeen) seen.add(sha);
      summary.imported.push(...result.fresh.map((a) => ({ id: a.id, path: a.sourcePath, title: a.title })));
      summary.duplicates.push(...result.dupes);
    } catch (err) {
      // The transaction rolled back: none of this chunk is stored, and nothing stored before is touched.
      const reason = describeStorageError(err);
      for (const d of chunk) summary.failed.push({ path: d.sourcePath, error: `not stored: ${reason}` });
      if (isFatalStorageError(err)) {
        for (const d of drafts.slice(start + chunkSize)) summary.failed.push({ path: d.sourcePath, error: `not stored: ${reason}` });
        break;
      }
    }
    options.onProgress?.(Math.min(start + chunkSize, drafts.length), drafts.length);
  }
  return summary;
}

/** Dexie wraps the browser's errors; find the quota error inside an AbortError too. */
function innerName(err: unknown): string {
  const e = err as { name?: string; inner?: { name?: string } } | null;
  return e?.inner?.name ?? e?.name ?? '';
}

function isFatalStorageError(err: unknown): boolean {
  return ['QuotaExceededError', 'DatabaseClosedError', 'InvalidStateError'].includes(innerName(err));
}

/** A sentence a person can act on. */
export function describeStorageError(err: unknown): string {
  switch (innerName(err)) {
    case 'QuotaExceededError':
      return 'storage is full (the browser refused more data); free space or delete a case, then import again';
    case 'DatabaseClosedError':
      return 'the database was closed (another window upgraded it?); reload and import again';
    default:
      return `storage error (${err instanceof Error ? err.message : String(err)})`;
  }
}
