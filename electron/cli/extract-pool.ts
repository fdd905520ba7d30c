/**
 * Claim extraction on worker threads, so a large case uses every core: the pool extracts batches of
 * articles ahead while the caller matches the ones already done (CaseMatcher.addExtracted), in order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractClaims, type ClaimSource } from '../../shared/claims/extract';
import type { Claim } from '../../shared/claims/types';
import { CaseMatcher, matchArticles, type MatchOptions } from '../../shared/match/case-matcher';

const BATCH = 50;

/** A batch's claims by article. */
export interface Extracted {
  claims: Claim[][];
}
/** Batches sent ahead to each worker. */
const IN_FLIGHT = 3;

/**
 * What the pool needs of a worker thread: the messages of extract-worker (`{ ready: true }` once, then
 * `{ batch, claims, prepared }` per batch sent), `postMessage` and `terminate`. Tests pass scripted
 * workers that decide when each batch comes back, so the pool's scheduling is tested deterministically.
 */
export interface PoolWorker {
  on(event: 'message', listener: (message: { ready?: true; batch: number } & Extracted) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  postMessage(message: { batch: number; articles: ClaimSource[] }): void;
  terminate(): Promise<unknown>;
}

/**
 * A worker thread running extract-worker. Run from source (tsx, as `npm run cli` and the bench are), the
 * thread registers tsx's loader before importing it: workers do not inherit the loader hooks.
 */
export function startWorker(): PoolWorker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url));
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

/**
 * The claims of each article, in the order given, extracted on `threads - 1` worker threads and on
 * this one: whenever the batch the caller needs next is not back, the caller's thread extracts one
 * that no worker has been sent (while the workers start, which takes most of a second, or when they
 * fall behind the caller's matching).
 */
export async function* extractOnThreads(
  articles: readonly ClaimSource[],
  threads = availableParallelism(),
  start: () => PoolWorker = startWorker,
): AsyncGenerator<{ article: ClaimSource; claims: Claim[]; onWorker: boolean }> {
  const batches: ClaimSource[][] = [];
  for (let i = 0; i < articles.length; i += BATCH) batches.push(articles.slice(i, i + BATCH));
  const workers = Array.from({ length: Math.max(0, Math.min(threads - 1, batches.length - 1)) }, () => start());
  const results = new Map<number, Extracted>();
  const waiting = new Map<number, (extracted: Extracted) => void>();
  let failure: unknown = null;
  let next = 0;
  const send = (worker: PoolWorker) => {
    if (next < batches.length) worker.postMessage({ batch: next, articles: batches[next++]! });
  };
  for (const worker of workers) {
    worker.on('message', ({ ready, batch, ...extracted }) => {
      send(worker);
      if (ready) {
        // A few batches in flight per thread, so none waits while the caller is busy matching.
        for (let i = 1; i < IN_FLIGHT; i++) send(worker);
        return;
      }
      const resolve = waiting.get(batch);
      waiting.delete(batch);
      if (resolve) resolve(extracted);
      else results.set(batch, extracted);
    });
    worker.on('error', (error) => {
      failure = error;
      for (const resolve of waiting.values()) resolve({ claims: [] });
    });
  }
  try {
    const here = new Set<number>();
    for (let b = 0; b < batches.length; b++) {
      let extracted = results.get(b);
      // Batch b is not back yet. Rather than wait, this thread extracts a batch no worker has been sent:
      // b itself while the workers start, else the next one out (work stealing: the caller's matching
      // outpaced the workers). Then the event loop turns, or the workers' messages would wait behind us.
      while (!extracted && !failure && next < batches.length) {
        const take = Math.max(b, next);
        next = take + 1;
        here.add(take);
        results.set(take, { claims: batches[take]!.map((a) => extractClaims(a)) });
        await new Promise((resolve) => setImmediate(resolve));
        extracted = results.get(b);
      }
      if (failure) throw failure;
      extracted ??= await new Promise<Extracted>((resolve) => waiting.set(b, resolve));
      if (failure) throw failure;
      results.delete(b);
      const onWorker = !here.has(b);
      const { claims } = extracted;
      for (let i = 0; i < batches[b]!.length; i++) yield { article: batches[b]![i]!, claims: claims[i]!, onWorker };
      // Let the workers' finished batches in (and send them more): yields above only run microtasks.
      if (workers.length) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Below this many articles the threads cost more to start than they save: at 1,000 one thread was
 * faster by 0.1-0.3 s in every bench run (1.5 s against 1.6-1.9 s); at 10,000 the threads save 7 s.
 */
export const THREADED_FROM = 2000;

/**
 * matchArticles with extraction on worker threads (one thread per core) once the case has `from`
 * articles.
 */
export async function matchOnThreads(articles: readonly ClaimSource[], options: MatchOptions = {}, threads = availableParallelism(), from = THREADED_FROM): Promise<CaseMatcher> {
  if (articles.length < from || threads < 2) return matchArticles(articles, options);
  const matcher = new CaseMatcher(options);
  for await (const { article, claims } of extractOnThreads(articles, threads)) matcher.addExtracted(article, claims);
  return matcher;
}
