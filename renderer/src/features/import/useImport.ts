/**
 * The import flow both front doors share: get parsed drafts from the edition's bridge (picker, drop or
 * files opened from outside), then store them in the case chunk by chunk, with progress and cancel.
 */
import { useCallback, useRef, useState } from 'react';
import type { ProgressListener } from '../../../../shared/api/contract';
import type { ParseNote, ParsedBatch } from '../../../../shared/article/types';
import { db } from '../../db/AppDB';
import { storeArticles, type StoreSummary } from '../../db/store-articles';

export type ImportPhase = { phase: 'reading'; done: number; total: number } | { phase: 'storing'; done: number; total: number };

/** What an import did: the store's summary, and the files read as something other than articles. */
export interface ImportResult extends StoreSummary {
  notes: ParseNote[];
}

export interface ImportState {
  progress: ImportPhase | null;
  summary: ImportResult | null;
}

/** Import into the case `ensureCase()` resolves to (creating one if there is none). */
export function useImport(ensureCase: () => Promise<string>) {
  const [state, setState] = useState<ImportState>({ progress: null, summary: null });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (getBatch: (onProgress: ProgressListener) => Promise<ParsedBatch>) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ progress: { phase: 'reading', done: 0, total: 0 }, summary: null });
      try {
        const parsed = await getBatch((p) => setState((s) => ({ ...s, progress: { phase: 'reading', ...p } })));
        if (parsed.articles.length === 0 && parsed.errors.length === 0 && !parsed.notes?.length) {
          setState({ progress: null, summary: null });
          return;
        }
        const caseId = await ensureCase();
        const summary = await storeArticles(db, caseId, parsed.articles, {
          signal: abort.signal,
          chunkSize: 1000,
          onProgress: (done, total) => setState((s) => ({ ...s, progress: { phase: 'storing', done, total } })),
        });
        summary.failed.unshift(...parsed.errors);
        setState({ progress: null, summary: { ...summary, notes: parsed.notes ?? [] } });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        setState({ progress: null, summary: { imported: [], duplicates: [], failed: [{ path: 'import', error: message }], cancelled: false, notes: [] } });
      } finally {
        controller.current = null;
      }
    },
    [ensureCase],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState({ progress: null, summary: null }), []);
  return { ...state, run, cancel, dismiss };
}
