import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { CaseMatcher, matchArticles } from '../../../shared/match/case-matcher';
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

  it('matches a case on threads (claims prepared on the worker) to the same pairs as on one thread', async () => {
    const articles = await generateMatchArticles(260, 5);
    // From 0 articles: threads whatever the case's size.
    const threaded = (await matchOnThreads(articles, {}, 2, 0)).allPairs();
    const serial = matchArticles(articles).allPairs();
    expect(threaded.length).toBeGreaterThan(500);
    expect(threaded.map((p) => [p.id, p.score, p.flags])).toEqual(serial.map((p) => [p.id, p.score, p.flags]));
  }, 60_000);

  it('finds the same pairs from claims prepared on the worker (copy keys, tokens once a key) as from claims alone', async () => {
    const articles = await generateMatchArticles(400, 7);
    const matcher = new CaseMatcher();
    let prepared = 0;
    for await (const { article, claims, prepared: ready } of extractOnThreads(articles, 2)) {
      // A slow caller at first, so the worker gets most batches.
      if (matcher.claimsByArticle.size < 100) await new Promise((resolve) => setTimeout(resolve, 10));
      if (ready) prepared++;
      matcher.addExtracted(article, claims, ready);
    }
    expect(prepared).toBeGreaterThan(100);
    const serial = matchArticles(articles).allPairs();
    expect(serial.length).toBeGreaterThan(500);
    expect(matcher.allPairs().map((p) => [p.id, p.score, p.kind, p.flags])).toEqual(serial.map((p) => [p.id, p.score, p.kind, p.flags]));
  }, 60_000);
});
