/**
 * Stores parsed drafts in a case, atomically per chunk: each chunk is one read-write transaction that
 * adds the new articles with their texts, so a failure (quota, abort, crash) rolls the whole chunk
 * back and earlier chunks stay whole. Cancelling stops between chunks.
 *
 * Dedupe: an article's key is articleId(caseId, sha256). The case's existing keys are read once up
 * front (a per-chunk lookup cost 1.5 s of 5 in the 10,000-article benchmark); if another tab adds the
 * same article meanwhile, bulkAdd fails with a ConstraintError and that chunk is redone with an
 * in-transaction lookup, so nothing is ever stored twice.
 */
import type { ArticleDraft, ParseError } from '../../../shared/article/types';
import { articleId, caseKeyPrefix, type AppDB } from './AppDB';
import type { ArticleRecord, TextRecord } from './records';

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

interface ChunkResult {
  fresh: ArticleRecord[];
  dupes: StoreSummary['duplicates'];
}

/** Stores `drafts` in case `caseId`; never throws for a storage failure, it reports it. */
export async function storeArticles(
  db: AppDB,
  caseId: string,
  drafts: readonly ArticleDraft[],
  options: StoreOptions = {},
): Promise<StoreSummary> {
  const chunkSize = options.chunkSize ?? 1000;
  const now = options.now ?? Date.now;
  const summary: StoreSummary = { imported: [], duplicates: [], failed: [], cancelled: false };
  const existingKeys = await db.articles.where(':id').startsWith(caseKeyPrefix(caseId)).primaryKeys();
  // Keys stored in this case, before and during this import.
  const known = new Set<string>(existingKeys);

  /** One chunk in one transaction; `lookup` re-reads the keys inside it (after a race). */
  const writeChunk = (chunk: readonly ArticleDraft[], lookup: boolean): Promise<ChunkResult> =>
    db.transaction('rw', db.articles, db.texts, db.cases, async () => {
      const titles = new Map<string, string>();
      if (lookup) {
        const rows = await db.articles.bulkGet(chunk.map((d) => articleId(caseId, d.sha256)));
        for (const row of rows) if (row) titles.set(row.id, row.title);
      }
      const fresh: ArticleRecord[] = [];
      const texts: TextRecord[] = [];
      const dupes: StoreSummary['duplicates'] = [];
      const inChunk = new Set<string>();
      const importedAt = now();
      for (const draft of chunk) {
        const id = articleId(caseId, draft.sha256);
        if (known.has(id) || titles.has(id) || inChunk.has(id)) {
          dupes.push({ path: draft.sourcePath, title: titles.get(id) ?? draft.title });
          continue;
        }
        inChunk.add(id);
        const { text, ...meta } = draft;
        fresh.push({ ...meta, id, caseId, importedAt });
        texts.push({ id, caseId, text });
      }
      await db.articles.bulkAdd(fresh);
      await db.texts.bulkAdd(texts);
      if (fresh.length) await db.cases.update(caseId, { updatedAt: importedAt });
      return { fresh, dupes };
    });

  for (let start = 0; start < drafts.length; start += chunkSize) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      for (const d of drafts.slice(start)) summary.failed.push({ path: d.sourcePath, error: 'not imported: import cancelled' });
      break;
    }
    // Storing has begun (the first chunk is on its way): say so before its transaction, which may wait.
    if (start === 0) options.onProgress?.(0, drafts.length);
    const chunk = drafts.slice(start, start + chunkSize);
    try {
      let result: ChunkResult;
      try {
        result = await writeChunk(chunk, false);
      } catch (err) {
        if (innerName(err) !== 'ConstraintError' && innerName(err) !== 'BulkError') throw err;
        result = await writeChunk(chunk, true);
      }
      for (const a of result.fresh) known.add(a.id);
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
