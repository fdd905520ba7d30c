/**
 * Keeps a case's pairs up to date: when its articles change (an import, a deletion), the texts are
 * handed to the matching Worker, its progress is shown, and the result replaces the stored pairs.
 * Runs are debounced so a chunked import triggers one run, and a stale result is never stored. A case
 * whose stored pairs were found for its current articles (after a reload, a restored bundle) is not
 * matched again. When the result cannot be stored (storage full), the failure says what Review shows.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { caseKeyPrefix, db } from '../../db/AppDB';
import { articleSetKey } from '../../db/article-set';
import type { ArticleRecord } from '../../db/records';
import { replacePairs } from '../../db/store-pairs';
import { describeStorageError } from '../../db/store-articles';
import type { MatchRequest, MatchWorkerOut } from '../../workers/match.worker';

/** A matching result that could not be stored: Review keeps the pairs stored before. */
export interface MatchingFailure {
  /** 'storage-full' when the browser refused the data for lack of space. */
  reason: 'storage-full' | 'other';
  /** A sentence for the person. */
  message: string;
  /** How many articles the case has now, and how many the stored pairs were found for (null: none stored). */
  articles: number;
  storedFor: number | null;
}

export interface MatchingState {
  running: { done: number; total: number } | null;
  /** The status-bar line for a failure. */
  error: string | null;
  failure: MatchingFailure | null;
  /** Runs the last matching again (after freeing space). */
  retry: () => void;
  /** The last result stored by this page: for which case and articles, and how many pairs it has. */
  matched: { caseId: string; articleIds: ReadonlySet<string>; pairs: number } | null;
}

let worker: Worker | null = null;
function getWorker(): Worker {
  worker ??= new Worker(new URL('../../workers/match.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

const DEBOUNCE_MS = 400;
let nextRequestId = 1;

/** The article count an articleSetKey stands for. */
const countOf = (key: string | undefined) => (key ? Number(key.slice(0, key.indexOf(':'))) : null);

export function useMatching(caseId: string | null, articles: readonly ArticleRecord[] | undefined): MatchingState {
  const setKey = articles ? articleSetKey(articles) : null;
  const key = caseId && setKey ? `${caseId}|${setKey}` : null;
  // The article set the stored pairs were found for (undefined while loading).
  const stored = useLiveQuery(async () => (caseId ? ((await db.cases.get(caseId))?.matchedArticles ?? null) : null), [caseId]);
  const [matched, setMatched] = useState<MatchingState['matched']>(null);
  const [progress, setProgress] = useState<{ key: string; done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<(MatchingFailure & { key: string }) | null>(null);
  const [attempt, setAttempt] = useState(0);
  const runId = useRef(0);
  const upToDate = stored !== undefined && stored === setKey;

  useEffect(() => {
    if (!caseId || !articles || !key || stored === undefined || upToDate) return;
    const run = ++runId.current;
    const timer = setTimeout(async () => {
      const texts = await db.texts.where(':id').startsWith(caseKeyPrefix(caseId)).toArray();
      // Corrected dates too: verdicts are anchored to claims, so pairs turned around by a date keep theirs.
      const dates = new Map(articles.map((a) => [a.id, a.date]));
      const languages = new Map(articles.map((a) => [a.id, a.language]));
      const request: MatchRequest = {
        requestId: nextRequestId++,
        caseId,
        articles: texts.filter((t) => dates.has(t.id)).map((t) => ({ id: t.id, text: t.text, date: dates.get(t.id) ?? null, language: languages.get(t.id) ?? null })),
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
        replacePairs(db, caseId, message.pairs, message.clusters, setKey!)
          .then(() => {
            setFailure(null);
            if (run !== runId.current) return;
            setMatched({ caseId, articleIds: new Set(request.articles.map((a) => a.id)), pairs: message.pairs.length });
          })
          .catch(async (err: unknown) => {
            const inner = (err as { inner?: { name?: string }; name?: string } | null)?.inner?.name ?? (err as { name?: string } | null)?.name;
            const storedFor = countOf((await db.cases.get(caseId).catch(() => undefined))?.matchedArticles);
            if (run !== runId.current) return;
            const full = inner === 'QuotaExceededError';
            const message = full ? 'storage is full (the browser refused more data); free space or delete a case, then try again' : describeStorageError(err);
            setFailure({ key, reason: full ? 'storage-full' : 'other', message, articles: articles.length, storedFor });
          });
      };
      w.addEventListener('message', onMessage);
      w.postMessage(request);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `key` stands for the case and its article set: re-run only when that changes, or on retry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, upToDate, stored === undefined, attempt]);

  const retry = useCallback(() => {
    setFailure(null);
    setAttempt((n) => n + 1);
  }, []);
  const current = failure && failure.key === key ? failure : null;
  const running =
    key && stored !== undefined && !upToDate && !current
      ? { done: progress?.key === key ? progress.done : 0, total: progress?.key === key ? progress.total : (articles?.length ?? 0) }
      : null;
  return { running, error: current ? `pairs not stored: ${current.message}` : null, failure: current, retry, matched };
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
