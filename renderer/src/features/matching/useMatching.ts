/**
 * Keeps a case's pairs up to date: when its articles change (an import, a deletion), the texts are
 * handed to the matching Worker, its progress is shown, and the result replaces the stored pairs.
 * Runs are debounced so a chunked import triggers one run, and a stale result is never stored.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { caseKeyPrefix, db } from '../../db/AppDB';
import type { ArticleRecord } from '../../db/records';
import { matchingDate } from '../../db/articles';
import { replacePairs } from '../../db/store-pairs';
import type { MatchRequest, MatchWorkerOut } from '../../workers/match.worker';

export interface MatchingState {
  running: { done: number; total: number } | null;
  error: string | null;
  /** The last result stored: for which case and articles, and how many pairs it has. */
  matched: { caseId: string; articleIds: ReadonlySet<string>; pairs: number } | null;
}

let worker: Worker | null = null;
function getWorker(): Worker {
  worker ??= new Worker(new URL('../../workers/match.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

const DEBOUNCE_MS = 400;
let nextRequestId = 1;

export function useMatching(caseId: string | null, articles: readonly ArticleRecord[] | undefined): MatchingState {
  const key = caseId && articles ? `${caseId}|${articles.map((a) => a.id).sort().join(',')}` : null;
  // The article set whose pairs are stored; while it differs from `key`, matching is under way.
  const [matchedKey, setMatchedKey] = useState<string | null>(null);
  const [matched, setMatched] = useState<MatchingState['matched']>(null);
  const [progress, setProgress] = useState<{ key: string; done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runId = useRef(0);

  useEffect(() => {
    if (!caseId || !articles || !key) return;
    const run = ++runId.current;
    const timer = setTimeout(async () => {
      const texts = await db.texts.where(':id').startsWith(caseKeyPrefix(caseId)).toArray();
      const dates = new Map(articles.map((a) => [a.id, matchingDate(a)]));
      const request: MatchRequest = {
        requestId: nextRequestId++,
        caseId,
        articles: texts.filter((t) => dates.has(t.id)).map((t) => ({ id: t.id, text: t.text, date: dates.get(t.id) ?? null })),
      };
      const w = getWorker();
      const onMessage = (event: MessageEvent<MatchWorkerOut>) => {
        const message = event.data;
        if (message.requestId !== request.requestId) return;
        if (message.type === 'done') w.removeEventListener('message', onMessage);
        // A newer run for this case supersedes this one: its result is not stored.
        if (run !== runId.current) return;
        if (message.type === 'progress') {
          setProgress({ key, done: message.done, total: message.total });
          return;
        }
        replacePairs(db, caseId, message.pairs, message.clusters)
          .then(() => {
            setError(null);
            if (run !== runId.current) return;
            setMatchedKey(key);
            setMatched({ caseId, articleIds: new Set(request.articles.map((a) => a.id)), pairs: message.pairs.length });
          })
          .catch((err: unknown) => setError(`pairs not stored: ${err instanceof Error ? err.message : String(err)}`));
      };
      w.addEventListener('message', onMessage);
      w.postMessage(request);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `key` stands for the case and its article set: re-run only when that changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const running =
    key && key !== matchedKey && !error
      ? { done: progress?.key === key ? progress.done : 0, total: progress?.key === key ? progress.total : (articles?.length ?? 0) }
      : null;
  return { running, error, matched };
}

/** How many pairs a case has, and how many are possible conflicts (live). */
export function usePairCounts(caseId: string | null): { pairs: number; conflicts: number } | undefined {
  return useLiveQuery(async () => {
    if (!caseId) return { pairs: 0, conflicts: 0 };
    let pairs = 0;
    let conflicts = 0;
    await db.pairs.where(':id').startsWith(caseKeyPrefix(caseId)).each((p) => {
      pairs++;
      if (p.suggestion === 'conflict') conflicts++;
    });
    return { pairs, conflicts };
  }, [caseId]);
}
