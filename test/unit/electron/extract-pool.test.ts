import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { ClaimSource } from '../../../shared/claims/extract';
import { extractClaims } from '../../../shared/claims/extract';
import { CaseMatcher, matchArticles } from '../../../shared/match/case-matcher';
import { extractBatch } from '../../../electron/cli/extract-batch';
import { extractOnThreads, matchOnThreads, type PoolWorker } from '../../../electron/cli/extract-pool';
import { generateMatchArticles } from '../../bench/stories';
import { titanArticles } from '../../support/articles';

/** One turn of the event loop: the pool and the scripted workers below only ever wait for these. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A worker on this thread whose pace the test sets: it says it is ready on the first turn, and sends
 * each batch back `lag` turns after receiving it. Nothing here depends on the machine's speed: the
 * order of events is the order of setImmediate callbacks, which is fixed.
 */
class ScriptedWorker extends EventEmitter implements PoolWorker {
  received: number[] = [];

  constructor(private readonly lag: number) {
    super();
    setImmediate(() => this.emit('message', { ready: true, batch: -1, claims: [] }));
  }

  postMessage({ batch, articles }: { batch: number; articles: ClaimSource[] }): void {
    this.received.push(batch);
    void (async () => {
      for (let i = 0; i <= this.lag; i++) await turn();
      this.emit('message', { batch, ...extractBatch(articles) });
    })();
  }

  async terminate(): Promise<number> {
    return 0;
  }
}

async function titanTimes(n: number) {
  const titan = await titanArticles();
  return Array.from({ length: n }, (_, k) => titan.map((a) => ({ ...a, id: `${a.id}~${k}` }))).flat();
}

describe('extraction on worker threads', () => {
  it('gives every article the claims extractClaims gives it, in the order given, on a real worker thread', async () => {
    const articles = await titanTimes(6);
    const seen: string[] = [];
    for await (const { article, claims } of extractOnThreads(articles, 2)) {
      seen.push(article.id);
      expect(claims).toEqual(extractClaims(article));
    }
    expect(seen).toEqual(articles.map((a) => a.id));
  });

  it('hands batches to a worker that keeps up, and yields them in order', async () => {
    const articles = await titanTimes(6);
    let worker: ScriptedWorker | undefined;
    const got: Array<{ id: string; onWorker: boolean }> = [];
    for await (const { article, claims, onWorker } of extractOnThreads(articles, 2, () => (worker = new ScriptedWorker(0)))) {
      got.push({ id: article.id, onWorker });
      expect(claims).toEqual(extractClaims(article));
    }
    expect(got.map((g) => g.id)).toEqual(articles.map((a) => a.id));
    // The first batch is extracted here while the worker starts; the worker delivers the rest.
    expect(got[0]!.onWorker).toBe(false);
    expect(got.filter((g) => g.onWorker).length).toBeGreaterThan(articles.length / 2);
    expect(worker!.received.length).toBeGreaterThan(2);
  });

  it('extracts on the caller’s thread too when the caller outpaces the worker (work stealing)', async () => {
    const articles = await titanTimes(8);
    const got: Array<{ id: string; claims: unknown; onWorker: boolean }> = [];
    // A worker that needs six turns a batch while this thread needs one: it falls behind.
    for await (const { article, claims, onWorker } of extractOnThreads(articles, 2, () => new ScriptedWorker(6))) {
      got.push({ id: article.id, claims, onWorker });
    }
    const firstFromWorker = got.findIndex((g) => g.onWorker);
    expect(firstFromWorker).toBeGreaterThan(-1);
    // After the worker's first batch, this thread still extracted some batches itself.
    expect(got.slice(firstFromWorker).some((g) => !g.onWorker)).toBe(true);
    expect(got.map((g) => g.id)).toEqual(articles.map((a) => a.id));
    for (const [i, g] of got.entries()) expect(g.claims).toEqual(extractClaims(articles[i]!));
  });

  it('matches a case on threads to the same pairs as on one thread', async () => {
    const articles = await generateMatchArticles(260, 5);
    // From 0 articles: threads whatever the case's size.
    const threaded = (await matchOnThreads(articles, {}, 2, 0)).allPairs();
    const serial = matchArticles(articles).allPairs();
    expect(threaded.length).toBeGreaterThan(500);
    expect(threaded.map((p) => [p.id, p.score, p.flags])).toEqual(serial.map((p) => [p.id, p.score, p.flags]));
  });

  it('finds the same pairs from claims extracted by scripted workers, in any pace, as from the articles', async () => {
    const articles = await generateMatchArticles(300, 7);
    const matcher = new CaseMatcher();
    let fromWorker = 0;
    for await (const { article, claims, onWorker } of extractOnThreads(articles, 2, () => new ScriptedWorker(3))) {
      if (onWorker) fromWorker++;
      matcher.addExtracted(article, claims);
    }
    expect(fromWorker).toBeGreaterThan(0);
    const serial = matchArticles(articles).allPairs();
    expect(serial.length).toBeGreaterThan(500);
    expect(matcher.allPairs().map((p) => [p.id, p.score, p.kind, p.flags])).toEqual(serial.map((p) => [p.id, p.score, p.kind, p.flags]));
  });
});
