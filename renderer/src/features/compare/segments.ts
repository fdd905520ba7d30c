/**
 * Splitting an article's text into plain runs and highlighted claim runs for the compare view. Ranges
 * that overlap an earlier one (a sentence around a quote) are dropped so marks never nest.
 */
export interface Mark {
  start: number;
  end: number;
  /** 1-based number shown on both sides of the pair. */
  n: number;
}

export type Segment = { text: string; mark: null } | { text: string; mark: Mark };

/** Segments of `text` with `marks` highlighted, in order. */
export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const sorted = [...marks].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Mark[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const m of kept) {
    if (m.start > pos) out.push({ text: text.slice(pos, m.start), mark: null });
    out.push({ text: text.slice(m.start, m.end), mark: m });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: null });
  return out;
}

interface Side {
  articleId: string;
  start: number;
  end: number;
}

/** What the counting functions read of a pair. */
export interface ComparablePair {
  a: Side;
  b: Side;
  priority: number;
}

/**
 * The claims two articles share, as the compare view shows them: their pairs with `left`'s claim as
 * `a`, the most important of any that overlap on either side (a sentence and the quote inside it are
 * one match), in reading order of the left side. This is the one definition of "matched claims" that
 * the header, the right-hand picker and the choice of the busiest pair all count (issue 19: the picker
 * said "11 shared" where the header said "6 matched claims").
 */
export function matchedClaims<T extends ComparablePair>(pairs: readonly T[], left: string, right: string, preferred?: string): T[] {
  const between: T[] = [];
  for (const p of pairs) {
    if (p.a.articleId === left && p.b.articleId === right) between.push(p);
    else if (p.a.articleId === right && p.b.articleId === left) between.push({ ...p, a: p.b, b: p.a });
  }
  return nonOverlapping(between, preferred);
}

/** Pairs grouped by the two articles they join, whichever side each article is on. */
function byArticlePair<T extends ComparablePair>(pairs: readonly T[], only?: string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const p of pairs) {
    const [x, y] = [p.a.articleId, p.b.articleId];
    if (only !== undefined && x !== only && y !== only) continue;
    const key = x < y ? `${x}\n${y}` : `${y}\n${x}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return groups;
}

/** The two articles sharing the most matched claims, as [earlier id, later id] (as their first pair has them). */
export function busiestArticlePair(pairs: readonly ComparablePair[]): [string, string] | null {
  let best: [string, string] | null = null;
  let most = 0;
  for (const group of byArticlePair(pairs).values()) {
    if (group.length <= most) continue; // matchedClaims never counts more than the group holds
    const { a, b } = group[0]!;
    const n = matchedClaims(group, a.articleId, b.articleId).length;
    if (n > most) [best, most] = [[a.articleId, b.articleId], n];
  }
  return best;
}

/**
 * The article sharing the most matched claims with `articleId`, or null when none does. `keep` wins
 * when it shares any: choosing a new left article keeps the right one if the two still overlap.
 */
export function partnerFor(pairs: readonly ComparablePair[], articleId: string, keep?: string): string | null {
  const counts = partnerCounts(pairs, articleId);
  if (keep !== undefined && counts.has(keep)) return keep;
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

/** How many matched claims (see matchedClaims) each other article shares with `articleId`. */
export function partnerCounts(pairs: readonly ComparablePair[], articleId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of byArticlePair(pairs, articleId).values()) {
    const { a, b } = group[0]!;
    const other = a.articleId === articleId ? b.articleId : a.articleId;
    counts.set(other, matchedClaims(group, articleId, other).length);
  }
  return counts;
}

interface Ranged {
  a: { start: number; end: number };
  b: { start: number; end: number };
  priority: number;
}

/**
 * The pairs to show between two articles: the most important first, skipping any that overlaps one
 * already chosen on either side (they stay in the review queue), then in reading order of the left side.
 * A preferred pair (the one Review asked Compare to show) goes first.
 */
export function nonOverlapping<T extends Ranged & { id?: string }>(pairs: readonly T[], preferred?: string): T[] {
  const kept: T[] = [];
  const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && y.start < x.end;
  // A pair asked for (from Review) is shown itself, in place of those it overlaps.
  const rank = (p: T) => (preferred !== undefined && p.id === preferred ? Infinity : p.priority);
  for (const p of [...pairs].sort((x, y) => rank(y) - rank(x))) {
    if (kept.some((k) => overlaps(k.a, p.a) || overlaps(k.b, p.b))) continue;
    kept.push(p);
  }
  return kept.sort((x, y) => x.a.start - y.a.start);
}
