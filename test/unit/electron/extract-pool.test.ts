import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { matchArticles } from '../../../shared/match/case-matcher';
import { extractOnThreads, matchOnThreads } from '../../../electron/cli/extract-pool';
import { generateMatchArticles } from '../../bench/match.bench';
import { titanArticles } from '../../support/articles';

describe('extraction on worker threads', () => {
  it('gives every article the claims extractClaims gives it, in the order given, some from a worker', async () => {
    const titan = await titanArticles();
    // The Titan corpus six times over under other ids: enough batches for a worker to take some.
    const articles = Array.from({ length: 6 }, (_, k) => titan.map((a) => ({ ...a, id: `${a.id}~${k}` }))).flat();
    const seen: string[] = [];
    let onWorkers = 0;
    for await (const { article, claims, onWorker } of extractOnThreads(articles, 2)) {
      // A caller busy matching (here: waiting) while the worker starts, so the worker gets batches.
      if (seen.length < 150) await new Promise((resolve) => setTimeout(resolve, 10));
      seen.push(article.id);
      if (onWorker) onWorkers++;
      expect(claims).toEqual(extractClaims(article));
    }
    expect(seen).toEqual(articles.map((a) => a.id));
    expect(onWorkers).toBeGreaterThan(0);
  }, 60_000);

  it('extracts on the caller’s thread too when the caller outpaces the worker (work stealing)', async () => {
    const titan = await titanArticles();
    const articles = Array.from({ length: 8 }, (_, k) => titan.map((a) => ({ ...a, id: `${a.id}~${k}` }))).flat();
    const got: Array<{ id: string; claims: unknown; onWorker: boolean }> = [];
    for await (const { article, claims, onWorker } of extractOnThreads(articles, 2)) {
      // Slow until the worker has delivered, then as fast as it can go: the worker falls behind.
      if (!got.some((g) => g.onWorker)) await new Promise((resolve) => setTimeout(resolve, 10));
      got.push({ id: article.id, claims, onWorker });
    }
    const firstFromWorker = got.findIndex((g) => g.onWorker);
    expect(firstFromWorker).toBeGreaterThan(-1);
    // After the worker's first batch, this thread still extracted some batches itself.
    expect(got.slice(firstFromWorker).some((g) => !g.onWorker)).toBe(true);
    expect(got.map((g) => g.id)).toEqual(articles.map((a) => a.id));
    for (const [i, g] of got.entries()) expect(g.claims).toEqual(extractClaims(articles[i]!));
  }, 60_000);

  it('matches a large case to the same pairs as matching on one thread', async () => {
    const articles = await generateMatchArticles(260, 5);
    const threaded = (await matchOnThreads(articles, {}, 2)).allPairs();
    const serial = matchArticles(articles).allPairs();
    expect(threaded.length).toBeGreaterThan(500);
    expect(threaded.map((p) => [p.id, p.score, p.flags])).toEqual(serial.map((p) => [p.id, p.score, p.flags]));
  }, 60_000);
});
