/**
 * Matching benchmarks on generated cases that look like real ones (stories.ts: every claim has a
 * handful of true partners): the time to match 100, 1,000 and 10,000 articles (extract, channels,
 * ranker, checks, order), with two baselines run in the same process on the same claims: an
 * exhaustive scorer (every pair's cosine, timed on a sample and extrapolated), for speed, and the plain
 * TF-IDF ranking of the eval, for how many true partners each puts within 10 pairs per article. Also
 * the pair diff's time.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../../shared/claims/extract';
import type { Claim } from '../../shared/claims/types';
import { diffClaims } from '../../shared/diff/pair-diff';
import { matchArticles, type CaseMatcher } from '../../shared/match/case-matcher';
import { prepareClaim } from '../../shared/match/prepare';
import { Vectors } from '../../shared/match/vectors';
import { CLI_NODE_FLAGS } from '../../electron/cli/node-flags';
import { tfidfBaseline } from '../eval/baseline';
import { goldCorpusNames, loadCorpus } from '../eval/corpora';
import { factOf, generateStoryArticles, type StoryArticle } from './stories';
import { median, ms, percentile } from './stats';

export { generateMatchArticles } from './stories';

/** One timed match of `n` generated articles in a fresh Node process (match-run.ts), as a CLI run is. */
function matchInFreshProcess(n: number): { ms: number; pairs: number } {
  const script = fileURLToPath(new URL('./match-run.ts', import.meta.url));
  const out = execFileSync(process.execPath, [...CLI_NODE_FLAGS, '--import', 'tsx', script, String(n)], { encoding: 'utf8', env: process.env, maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; pairs: number };
}

/** Pairs of articles and the fact both tell: the true partners a reviewer should be shown. */
function truePartners(articles: readonly StoryArticle[]): Set<string> {
  const byFact = new Map<string, string[]>();
  for (const a of articles) {
    for (const f of new Set(a.facts)) {
      if (!f) continue;
      let list = byFact.get(f);
      if (!list) byFact.set(f, (list = []));
      list.push(a.id);
    }
  }
  const out = new Set<string>();
  for (const [f, ids] of byFact) for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.add(`${f}|${ids[i]}|${ids[j]}`);
  return out;
}

/** The true partners found within the first `budget` pairs of `ranked` (each pair's sides with their copies). */
function found(ranked: ReadonlyArray<{ a: readonly Claim[]; b: readonly Claim[] }>, budget: number, byId: Map<string, StoryArticle>, truth: Set<string>): number {
  const hits = new Set<string>();
  for (const p of ranked.slice(0, budget)) {
    for (const x of p.a) {
      for (const y of p.b) {
        const fx = factOf(byId.get(x.articleId)!, x.start);
        if (!fx || fx !== factOf(byId.get(y.articleId)!, y.start)) continue;
        const [u, v] = x.articleId < y.articleId ? [x.articleId, y.articleId] : [y.articleId, x.articleId];
        const key = `${fx}|${u}|${v}`;
        if (truth.has(key)) hits.add(key);
      }
    }
  }
  return hits.size;
}

export async function benchMatch(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  console.log('\nMatching: generated cases of many stories, 20-60 articles each, every claim with a handful of true partners');
  for (const n of (process.env.BENCH_MATCH_SIZES ?? '100,1000,10000').split(',').map(Number)) {
    const articles = await generateStoryArticles(n);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const truth = truePartners(articles);
    // In this process up to 1,000 articles (medians of 3); 10,000 in a fresh process per run, as the CLI.
    const times: number[] = [];
    let matcher: CaseMatcher | null = null;
    let pairs = 0;
    for (let r = 0; r < 3; r++) {
      if (n > 1000) {
        const run = matchInFreshProcess(n);
        times.push(run.ms);
        pairs = run.pairs;
        continue;
      }
      const t0 = performance.now();
      matcher = matchArticles(articles);
      pairs = matcher.allPairs().length;
      times.push(performance.now() - t0);
    }
    const total = median(times);
    const claims = articles.flatMap((a) => extractClaims(a));
    const line = [`  ${n.toLocaleString('en')} articles, ${claims.length.toLocaleString('en')} claims: match ${ms(total)} (median of ${times.map((t) => ms(t)).join(', ')}${n > 1000 ? ', each a fresh process' : ''}), ${pairs.toLocaleString('en')} pairs (${(pairs / n).toFixed(1)} per article)`];
    const result: Record<string, unknown> = { claims: claims.length, matchMs: total, runsMs: times, pairs, truePartners: truth.size };

    // Speed baseline: the cosine of every pair of claims, timed on a sample of claims and extrapolated.
    const prepared = claims.map((c, i) => prepareClaim(c, i, 0, 0));
    const vectors = new Vectors(prepared);
    const sample = Math.min(claims.length, 200);
    const t1 = performance.now();
    let sink = 0;
    for (let k = 0; k < sample; k++) {
      const x = Math.floor((k * claims.length) / sample);
      for (let y = 0; y < claims.length; y++) if (y !== x) sink += vectors.cosine(x, y);
    }
    const exhaustiveMs = ((performance.now() - t1) * claims.length) / sample / 2;
    line.push(`    exhaustive scoring of every pair: ${ms(exhaustiveMs)} (extrapolated from ${sample} claims${sink < 0 ? '' : ''}) → the whole match is ${(exhaustiveMs / total).toFixed(1)}× faster than scoring alone`);
    result.exhaustiveMs = exhaustiveMs;

    // Quality: true partners within 10 pairs per article, engine against the TF-IDF ranking.
    if (matcher) {
      const m = matcher;
      const ranked = m.allPairs().map((p) => ({ a: m.copiesOf(p.a), b: m.copiesOf(p.b) }));
      const engine10 = found(ranked, 10 * n, byId, truth);
      const baseline = tfidfBaseline(articles.map((a) => ({ ...a, file: a.id, prefix: a.id, outlet: null, language: 'en' })), 10 * n);
      const base10 = found(baseline.map((p) => ({ a: [asClaim(p.a)], b: [asClaim(p.b)] })), 10 * n, byId, truth);
      line.push(`    true partners within 10 pairs per article: engine ${engine10} of ${truth.size} (${pct(engine10, truth.size)}), TF-IDF baseline ${base10} (${pct(base10, truth.size)}): ${(engine10 / Math.max(1, base10)).toFixed(2)}×`);
      Object.assign(result, { engineWithin10: engine10, baselineWithin10: base10 });
    }
    console.log(line.join('\n'));
    out[n] = result;
  }
  // The pair diff as a reviewer meets it: on the pairs the engine proposes for the real stories.
  const times: number[] = [];
  for (const name of goldCorpusNames()) {
    const corpus = await loadCorpus(name);
    for (const p of matchArticles(corpus.articles).allPairs()) {
      const t = performance.now();
      diffClaims(p.a.text, p.b.text);
      times.push(performance.now() - t);
    }
  }
  console.log(`  pair diff: median ${ms(median(times))}, p95 ${ms(percentile(times, 95))} over the ${times.length.toLocaleString('en')} pairs proposed for the fixture stories (goal: p95 under 5 ms)`);
  out.diff = { median: median(times), p95: percentile(times, 95), pairs: times.length };
  return out;
}

const pct = (x: number, of: number) => `${((100 * x) / Math.max(1, of)).toFixed(0)}%`;

function asClaim(s: { article: string; start: number; end: number; text: string }): Claim {
  return { id: `${s.article}#${s.start}-${s.end}`, articleId: s.article, kind: 'statement', start: s.start, end: s.end, text: s.text, speaker: null, via: null, language: 'en', details: { figures: [], dates: [], negations: [] } };
}
