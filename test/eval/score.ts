/**
 * Scoring a ranked list of pairs against gold pairs: a gold pair is found at the first rank whose pair
 * covers both fragments (either way round). A claim covers a fragment when they overlap by at least half
 * of the shorter of the two, so a sentence covers a quoted fragment inside it, and a short quote covers a
 * fragment that is mostly that quote, but a claim elsewhere in the same sentence does not.
 */
import type { Fragment, GoldPair } from './corpora';
import type { RankedSpan } from './baseline';

export function covers(span: RankedSpan, fragment: Fragment): boolean {
  if (span.article !== fragment.article) return false;
  const overlap = Math.min(span.end, fragment.end) - Math.max(span.start, fragment.start);
  return overlap > 0 && overlap >= 0.5 * Math.min(span.end - span.start, fragment.end - fragment.start);
}

/** A side of a pair: its claim, and for the engine the copies it stands for (the same words elsewhere). */
export interface RankedSide {
  a: RankedSpan;
  b: RankedSpan;
  aCopies?: readonly RankedSpan[];
  bCopies?: readonly RankedSpan[];
}

const anyCovers = (span: RankedSpan, copies: readonly RankedSpan[] | undefined, f: Fragment) => covers(span, f) || !!copies?.some((c) => covers(c, f));

export function pairCovers(p: RankedSide, left: Fragment, right: Fragment): boolean {
  return (anyCovers(p.a, p.aCopies, left) && anyCovers(p.b, p.bCopies, right)) || (anyCovers(p.a, p.aCopies, right) && anyCovers(p.b, p.bCopies, left));
}

/** The 0-based rank of each gold pair in `ranked`, or -1 when it is not there. */
export function goldRanks<P extends RankedSide>(ranked: readonly P[], gold: readonly GoldPair[]): number[] {
  // Pairs by article pair (their copies' articles too), so each gold pair looks only at those of its two articles.
  const byArticles = new Map<string, number[]>();
  ranked.forEach((p, i) => {
    const as = new Set([p.a.article, ...(p.aCopies ?? []).map((c) => c.article)]);
    const bs = new Set([p.b.article, ...(p.bCopies ?? []).map((c) => c.article)]);
    const keys = new Set<string>();
    for (const x of as) for (const y of bs) keys.add([x, y].sort().join('|'));
    for (const key of keys) {
      let list = byArticles.get(key);
      if (!list) byArticles.set(key, (list = []));
      list.push(i);
    }
  });
  return gold.map((g) => {
    const candidates = byArticles.get([g.left.article, g.right.article].sort().join('|')) ?? [];
    for (const i of candidates) if (pairCovers(ranked[i]!, g.left, g.right)) return i;
    return -1;
  });
}

/** How many ranks fall within the first `budget` (and are found at all). */
export const within = (ranks: readonly number[], budget: number) => ranks.filter((r) => r >= 0 && r < budget).length;
