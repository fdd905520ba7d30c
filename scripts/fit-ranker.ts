/**
 * `npm run fit`: fits the ranker (shared/match/ranker.ts) on the dev corpora's gold pairs and writes
 * shared/match/ranker-model.json: the model the engine uses (fitted on every dev corpus), one model per
 * dev corpus fitted on the others only (so `npm run eval -- --cross` shows what carries to a story the
 * ranker has not seen), and the figures of each.
 *
 * Data: every candidate the channels find on a corpus (matchArticles(...).candidates()), labelled 1
 * when it covers a gold pair (test/eval/score.ts), else 0: unlabelled candidates count as negatives.
 * Model: logistic regression with an L2 penalty, fitted by Newton's method (a few dozen features, a
 * few thousand candidates: exact and deterministic). Held-out corpora (test/eval/held-out.ts) are never
 * read here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchArticles, type ScoredCandidate } from '../shared/match/case-matcher';
import { FEATURES } from '../shared/match/features';
import { CONTEXT_FEATURES, contextFeatures, linear } from '../shared/match/ranker';
import type { Claim } from '../shared/claims/types';
import { DEV_CORPORA } from '../test/eval/held-out';
import { loadCorpus } from '../test/eval/corpora';
import { pairCovers } from '../test/eval/score';

const L2 = 1.0;

interface Example {
  x: Float64Array;
  y: number;
  /** The candidate's claims, by position in the corpus's claims; corpus: which corpus. */
  a: number;
  b: number;
  corpus: string;
  claims: number;
}

const span = (c: Claim) => ({ article: c.articleId, start: c.start, end: c.end, text: c.text });

async function examples(name: string): Promise<Example[]> {
  const corpus = await loadCorpus(name);
  const matcher = matchArticles(corpus.articles, { minScore: 0 });
  const candidates: ScoredCandidate[] = matcher.candidates();
  const ranked = candidates.map((c) => ({ a: span(c.a.claim), b: span(c.b.claim), aCopies: matcher.copiesOf(c.a.claim).map(span), bCopies: matcher.copiesOf(c.b.claim).map(span) }));
  // Every candidate covering a gold pair is positive (a sentence and the quote inside it may both).
  const claims = Math.max(0, ...candidates.map((c) => Math.max(c.a.index, c.b.index))) + 1;
  return candidates.map((c, j) => ({ x: c.features.values, y: corpus.gold.some((g) => pairCovers(ranked[j]!, g.left, g.right)) ? 1 : 0, a: c.a.index, b: c.b.index, corpus: name, claims }));
}

/** Both stages: the pair model, then the context model over its scores within each corpus. */
function fitRanker(data: readonly Example[]) {
  const pair = fit(data, FEATURES.length);
  const model = { features: [...FEATURES], ...pair };
  const rows: Array<{ x: Float64Array; y: number }> = [];
  for (const corpus of new Set(data.map((e) => e.corpus))) {
    const mine = data.filter((e) => e.corpus === corpus);
    const first = mine.map((e) => ({ x: e.a, y: e.b, p: linear(model, FEATURES, e.x) }));
    contextFeatures(first, mine[0]!.claims).forEach((v, i) => rows.push({ x: v, y: mine[i]!.y }));
  }
  return { ...model, context: { features: [...CONTEXT_FEATURES], ...fit(rows, CONTEXT_FEATURES.length) } };
}

/** Logistic regression by Newton's method with an L2 penalty (the bias is not penalised). */
function fit(data: ReadonlyArray<{ x: ArrayLike<number>; y: number }>, features: number): { weights: number[]; bias: number } {
  const d = features + 1;
  const w = new Float64Array(d);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    for (const { x, y } of data) {
      let z = w[d - 1]!;
      for (let i = 0; i < d - 1; i++) z += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = p * (1 - p);
      const xi = (i: number) => (i === d - 1 ? 1 : x[i]!);
      for (let i = 0; i < d; i++) {
        grad[i] = grad[i]! + (p - y) * xi(i);
        for (let j = 0; j <= i; j++) hess[i]![j] = hess[i]![j]! + r * xi(i) * xi(j);
      }
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < i; j++) hess[j]![i] = hess[i]![j]!;
      if (i < d - 1) {
        grad[i] = grad[i]! + L2 * w[i]!;
        hess[i]![i] = hess[i]![i]! + L2;
      }
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let i = 0; i < d; i++) {
      w[i] = w[i]! - step[i]!;
      change = Math.max(change, Math.abs(step[i]!));
    }
    if (change < 1e-7) break;
  }
  return { weights: Array.from(w.subarray(0, d - 1), (v) => Math.round(v * 1e4) / 1e4), bias: Math.round(w[d - 1]! * 1e4) / 1e4 };
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / p;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k] = m[r]![k]! - f * m[c]![k]!;
    }
  }
  return Float64Array.from(m.map((row, i) => row[n]! / (row[i] || 1e-12)));
}

const byCorpus = new Map<string, Example[]>();
for (const name of DEV_CORPORA) {
  byCorpus.set(name, await examples(name));
  const data = byCorpus.get(name)!;
  console.log(`${name}: ${data.length} candidates, ${data.filter((e) => e.y).length} covering gold pairs`);
}
const all = [...byCorpus.values()].flat();
const model = fitRanker(all);
const heldOut: Record<string, ReturnType<typeof fitRanker> & { fittedOn: string[] }> = {};
for (const name of DEV_CORPORA) {
  const others = DEV_CORPORA.filter((n) => n !== name);
  heldOut[name] = { ...fitRanker(others.flatMap((n) => byCorpus.get(n)!)), fittedOn: others };
}
const out = {
  note: 'Written by `npm run fit` (scripts/fit-ranker.ts): logistic regression over the features of shared/match/features.ts, fitted on the dev corpora\'s gold pairs. `model` is fitted on all of them; `heldOut[corpus]` on the others only, for `npm run eval -- --cross`.',
  fittedOn: DEV_CORPORA,
  l2: L2,
  model,
  heldOut,
};
writeFileSync(join(import.meta.dirname, '../shared/match/ranker-model.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log('weights:');
FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(22)} ${model.weights[i]!.toFixed(3).padStart(8)}`));
console.log(`  ${'bias'.padEnd(22)} ${model.bias.toFixed(3).padStart(8)}`);
console.log('context stage:');
CONTEXT_FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(22)} ${model.context.weights[i]!.toFixed(3).padStart(8)}`));
console.log(`  ${'bias'.padEnd(22)} ${model.context.bias.toFixed(3).padStart(8)}`);
console.log('written to shared/match/ranker-model.json; run npm run eval (and -- --cross) to see what it does');
