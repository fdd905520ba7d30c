/**
 * The ranker: one score for a candidate pair from its features, a logistic model fitted on the dev
 * corpora's gold pairs by `npm run fit` (scripts/fit-ranker.ts), which writes ranker-model.json with
 * the coefficients, what they were fitted on, and the held-out figures. The engine only reads it.
 */
import model from './ranker-model.json';
import { FEATURES } from './features';

export interface LinearModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
}

/**
 * Two stages: `pair` scores each candidate on its own features; `context` then weighs that score
 * against the claims' other candidates (a claim's best partner is likelier the one a reviewer wants
 * than its fifth, however close their scores).
 */
export interface RankerModel extends LinearModel {
  context?: LinearModel;
}

/** The model fitted on every dev corpus (what the engine uses). */
export const DEFAULT_MODEL: RankerModel = model.model;

/** What the second stage reads of a candidate among its claims' other candidates. */
export const CONTEXT_FEATURES = ['logit', 'bestForOne', 'bestForBoth', 'secondForOne', 'relative'] as const;

/** The second stage's inputs for every candidate (x, y positions of its claims; p its first-stage score). */
export function contextFeatures(pairs: ReadonlyArray<{ x: number; y: number; p: number }>, claims: number): Float64Array[] {
  const best = new Float64Array(claims);
  const second = new Float64Array(claims);
  const offer = (c: number, p: number) => {
    if (p > best[c]!) {
      second[c] = best[c]!;
      best[c] = p;
    } else if (p > second[c]!) second[c] = p;
  };
  for (const { x, y, p } of pairs) {
    offer(x, p);
    offer(y, p);
  }
  const out: Float64Array[] = new Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const { x, y, p } = pairs[i]!;
    const bestX = p >= best[x]!;
    const bestY = p >= best[y]!;
    const secondX = !bestX && p >= second[x]!;
    const secondY = !bestY && p >= second[y]!;
    const row = new Float64Array(CONTEXT_FEATURES.length);
    row[0] = Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));
    row[1] = bestX || bestY ? 1 : 0;
    row[2] = bestX && bestY ? 1 : 0;
    row[3] = secondX || secondY ? 1 : 0;
    row[4] = Math.max(p / (best[x] || 1), p / (best[y] || 1));
    out[i] = row;
  }
  return out;
}

/**
 * Where each of `names` sits in the model's features (-1: the model does not weigh it), worked out once
 * per model and list of names rather than per candidate.
 */
function columnsOf(model: LinearModel, names: readonly string[]): Int32Array {
  let byNames = COLUMNS.get(model);
  if (!byNames) COLUMNS.set(model, (byNames = new Map()));
  let columns = byNames.get(names);
  if (!columns) byNames.set(names, (columns = Int32Array.from(names, (name) => model.features.indexOf(name))));
  return columns;
}
const COLUMNS = new WeakMap<LinearModel, Map<readonly string[], Int32Array>>();

/** A linear model's probability for one row of its features. */
export function linear(model: LinearModel, names: readonly string[], values: ArrayLike<number>): number {
  const columns = columnsOf(model, names);
  let z = model.bias;
  for (let i = 0; i < names.length; i++) {
    const j = columns[i]!;
    if (j >= 0) z += model.weights[j]! * values[i]!;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Final scores: the first stage, then the second where the model has one. */
export function rankAll(model: RankerModel, rows: ReadonlyArray<{ x: number; y: number; values: Float64Array }>, claims: number): Float64Array {
  const first = rows.map((r) => ({ x: r.x, y: r.y, p: linear(model, FEATURES, r.values) }));
  if (!model.context) return Float64Array.from(first, (r) => r.p);
  const ctx = contextFeatures(first, claims);
  return Float64Array.from(ctx, (v) => linear(model.context!, CONTEXT_FEATURES, v));
}

/** The first stage's probability for one candidate. */
export function rank(model: LinearModel, values: Float64Array): number {
  return linear(model, FEATURES, values);
}
