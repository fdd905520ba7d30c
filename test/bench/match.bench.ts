/**
 * Matching benchmarks: the candidate index against an exhaustive all-pairs scorer run in the same
 * process on the same claims, for 100, 1,000 and 10,000 articles generated from the Titan corpus by
 * mixing and perturbing sentences; the index's recall of the exhaustive pairs; and pair diff times.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../../shared/claims/extract';
import { splitSentences } from '../../shared/claims/sentences';
import { diffClaims } from '../../shared/diff/pair-diff';
import { CaseMatcher } from '../../shared/match/case-matcher';
import { THREADED_FROM, matchOnThreads } from '../../electron/cli/extract-pool';
import { CLI_NODE_FLAGS } from '../../electron/cli/node-flags';
import { MatchIndex, copyKey, minShared, type Candidate } from '../../shared/match/index';
import { pairScore } from '../../shared/match/score';
import { SYNONYM_GROUPS } from '../../shared/match/synonyms';
import { contentTokens } from '../../shared/match/tokens';
import { titanArticles } from '../support/articles';
import { rng } from './generate';
import { median, ms, percentile } from './stats';

/** Sentences of the Titan corpus, perturbed and mixed into `n` articles of 8-14 sentences. */
export async function generateMatchArticles(n: number, seed = 3) {
  const sentences = (await titanArticles()).flatMap((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end))).filter((s) => s.split(' ').length >= 6);
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const perturb = (s: string) => {
    const r = random();
    if (r < 0.15) {
      const group = pick(SYNONYM_GROUPS);
      const word = group.find((w) => new RegExp(`\\b${w}\\b`).test(s));
      return word ? s.replace(new RegExp(`\\b${word}\\b`), pick(group)) : s;
    }
    if (r < 0.25) return s.replace(/\d+/, (d) => String(Number(d) + 1));
    if (r < 0.35) {
      const words = s.split(' ');
      words.splice(1 + Math.floor(random() * (words.length - 1)), 1);
      return words.join(' ');
    }
    return s;
  };
  return Array.from({ length: n }, (_, i) => {
    const count = 8 + Math.floor(random() * 7);
    const body = Array.from({ length: count }, () => perturb(pick(sentences)));
    const paragraphs = [body.slice(0, 4), body.slice(4, 9), body.slice(9)].filter((p) => p.length).map((p) => p.join(' '));
    return { id: `g${i}`, text: paragraphs.join('\n\n'), date: `2023-06-${18 + (i % 10)}` };
  });
}

/** Index settings under test (defaults unless BENCH_PER_CLAIM / BENCH_PROBES are set). */
export function indexOptions() {
  const env = (k: string) => (process.env[k] ? Number(process.env[k]) : undefined);
  return { perClaim: env('BENCH_PER_CLAIM'), probes: env('BENCH_PROBES') };
}

type Indexed = { articleId: string; tokens: string[]; speaker: string | null };

/** The exhaustive scorer: every claim against every earlier claim of another article. */
function exhaustive(claims: Indexed[], idf: (t: string) => number, minScore: number, queries: number[]): Set<string> {
  const found = new Set<string>();
  for (const j of queries) {
    const b = claims[j]!;
    for (let i = 0; i < j; i++) {
      const a = claims[i]!;
      if (a.articleId === b.articleId) continue;
      const shared = a.tokens.filter((t) => b.tokens.includes(t)).length;
      if (shared < minShared(a.tokens.length, b.tokens.length)) continue;
      if (pairScore(a, b, idf) >= minScore) found.add(`${i}|${j}`);
    }
  }
  return found;
}

/** One timed match of `n` generated articles in a fresh Node process (match-run.ts). */
function matchInFreshProcess(n: number, mode: 'threads' | 'one'): { ms: number; pairs: number } {
  const script = fileURLToPath(new URL('./match-run.ts', import.meta.url));
  // With the node options `npm run cli` runs with.
  const out = execFileSync(process.execPath, [...CLI_NODE_FLAGS, '--import', 'tsx', script, String(n), mode], { encoding: 'utf8', env: process.env });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; pairs: number };
}

export async function benchMatch(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  console.log('\nMatching: articles generated from the Titan corpus (sentences mixed and perturbed)');
  for (const n of (process.env.BENCH_MATCH_SIZES ?? '100,1000,10000').split(',').map(Number)) {
    const articles = await generateMatchArticles(n);
    // Medians of 3 runs up to 1,000 articles; beyond, the exhaustive sample and the one-thread match
    // run once (they take minutes), and the CLI's path, the figure the goal is about, 3 times: runs of
    // the same code on this VM vary by a fifth. From THREADED_FROM articles each run is a fresh process
    // (match-run.ts), as a CLI run is.
    const runs = n <= 1000 ? 3 : 1;
    const fresh = n >= THREADED_FROM;
    const matchTimes: number[] = [];
    const serialTimes: number[] = [];
    let pairCount = 0;
    for (let r = 0; r < 3; r++) {
      if (fresh) {
        const run = matchInFreshProcess(n, 'threads');
        matchTimes.push(run.ms);
        pairCount = run.pairs;
        if (r < runs) serialTimes.push(matchInFreshProcess(n, 'one').ms);
        continue;
      }
      const t0 = performance.now();
      pairCount = (await matchOnThreads(articles, indexOptions())).allPairs().length;
      matchTimes.push(performance.now() - t0);
      if (r >= runs) continue;
      const t1 = performance.now();
      const serial = new CaseMatcher(indexOptions());
      for (const a of articles) serial.addArticle(a);
      serial.allPairs();
      serialTimes.push(performance.now() - t1);
    }
    const total = median(matchTimes);
    const serialTotal = median(serialTimes);

    // Candidate generation alone vs the exhaustive scorer, on the same claims and IDF.
    const claims = articles.flatMap((a) => extractClaims(a));
    const byArticle = new Map<string, typeof claims>();
    for (const c of claims) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
    let index = new MatchIndex(indexOptions());
    let found: Candidate[] = [];
    const indexTimes: number[] = [];
    for (let r = 0; r < runs; r++) {
      index = new MatchIndex(indexOptions());
      found = [];
      const ti = performance.now();
      for (const group of byArticle.values()) for (const c of index.addArticle(group)) found.push(c);
      indexTimes.push(performance.now() - ti);
    }
    const indexMs = median(indexTimes);
    const position = new Map(claims.map((c, i) => [c.id, i]));
    const candidates = new Set(found.map((c) => `${position.get(c.a.claim.id)}|${position.get(c.b.claim.id)}`));
    const indexed: Indexed[] = claims.map((c) => ({ articleId: c.articleId, tokens: contentTokens(c.text), speaker: c.speaker }));
    // Exhaustive on every claim where that is feasible, else on a fixed sample, extrapolated.
    const sampleSize = Math.min(claims.length, n <= 100 ? claims.length : 300);
    const step = claims.length / sampleSize;
    const queries = Array.from({ length: sampleSize }, (_, k) => Math.floor(k * step));
    let truth = new Set<string>();
    const sampleTimes: number[] = [];
    for (let r = 0; r < runs; r++) {
      const te = performance.now();
      truth = exhaustive(indexed, index.idf, index.minScore, queries);
      sampleTimes.push(performance.now() - te);
    }
    const sampleMs = median(sampleTimes);
    // Work grows with j (earlier claims): scale by the full triangle over the sampled part of it.
    const triangle = (claims.length * (claims.length - 1)) / 2;
    const sampledWork = queries.reduce((s, j) => s + j, 0);
    const exhaustiveMs = sampledWork ? (sampleMs * triangle) / sampledWork : sampleMs;
    // Copies are grouped under their first occurrence.
    const firstOf = new Map<string, number>();
    const rep = claims.map((c, i) => {
      const key = copyKey(c.text);
      if (!firstOf.has(key)) firstOf.set(key, i);
      return firstOf.get(key)!;
    });
    const hit = [...truth].filter((p) => {
      const [i, j] = p.split('|').map(Number) as [number, number];
      const [ri, rj] = [rep[i]!, rep[j]!];
      // Found when both are copies of one text, or when the pair or a copy of either side is paired.
      const has = (x: number, y: number) => candidates.has(`${x}|${y}`) || candidates.has(`${y}|${x}`);
      return ri === rj || has(ri, rj) || has(ri, j) || has(i, rj) || has(i, j);
    }).length;
    const recall = truth.size ? hit / truth.size : 1;
    const extrapolated = sampleSize < claims.length;
    const threads = n >= THREADED_FROM ? availableParallelism() : 1;
    console.log(`  ${n.toLocaleString('en')} articles, ${claims.length.toLocaleString('en')} claims: match (extract + index + flags + order; diffs on demand) ${threads > 1 ? `${ms(total)} with extraction on ${threads} threads (median of 3 runs: ${matchTimes.map((t) => ms(t)).join(', ')}), ${ms(serialTotal)} on one${runs > 1 ? ` (median of ${runs})` : ' (one run)'}` : `${ms(serialTotal)} on one thread (the CLI uses more from ${THREADED_FROM.toLocaleString('en')} articles) (median of ${runs})`}, ${pairCount.toLocaleString('en')} pairs${fresh ? ', each run in a fresh process' : ''}`);
    console.log(`    index candidates ${ms(indexMs)} vs exhaustive ${ms(exhaustiveMs)}${runs > 1 ? ` (medians of ${runs})` : ''}${extrapolated ? ` (extrapolated from ${sampleSize} sampled claims)` : ''} → ${(exhaustiveMs / indexMs).toFixed(0)}× faster, recall ${recall.toFixed(3)} of ${truth.size} exhaustive pairs${extrapolated ? ' in the sample' : ''}`);
    out[n] = { claims: claims.length, matchMs: total, matchRunsMs: matchTimes, threads, serialMatchMs: serialTotal, freshProcesses: fresh, pairs: pairCount, indexMs, exhaustiveMs, extrapolated, speedup: exhaustiveMs / indexMs, recall };
  }
  const sample = (await generateMatchArticles(200, 9)).flatMap((a) => extractClaims(a));
  const times: number[] = [];
  for (let i = 0; i + 1 < sample.length && times.length < 2000; i += 1) {
    const t = performance.now();
    diffClaims(sample[i]!.text, sample[(i * 7 + 3) % sample.length]!.text);
    times.push(performance.now() - t);
  }
  console.log(`  pair diff: median ${ms(median(times))}, p95 ${ms(percentile(times, 95))} over ${times.length} pairs (goal: p95 under 5 ms)`);
  out.diff = { median: median(times), p95: percentile(times, 95), pairs: times.length };
  return out;
}
