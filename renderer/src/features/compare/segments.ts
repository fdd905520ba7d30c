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

/** The pair of articles with the most pairs between them, as [earlier id, later id]. */
export function busiestArticlePair(pairs: ReadonlyArray<{ a: { articleId: string }; b: { articleId: string } }>): [string, string] | null {
  const counts = new Map<string, number>();
  for (const p of pairs) {
    const key = `${p.a.articleId}\n${p.b.articleId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, n] of counts) if (best === null || n > counts.get(best)!) best = key;
  return best ? (best.split('\n') as [string, string]) : null;
}

/**
 * The article sharing the most pairs with `articleId`, or null when none does. `keep` wins when it
 * shares any: choosing a new left article keeps the right one if the two still overlap.
 */
export function partnerFor(pairs: ReadonlyArray<{ a: { articleId: string }; b: { articleId: string } }>, articleId: string, keep?: string): string | null {
  const counts = partnerCounts(pairs, articleId);
  if (keep !== undefined && counts.has(keep)) return keep;
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

/** How many pairs each other article shares with `articleId`. */
export function partnerCounts(pairs: ReadonlyArray<{ a: { articleId: string }; b: { articleId: string } }>, articleId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of pairs) {
    const other = p.a.articleId === articleId ? p.b.articleId : p.b.articleId === articleId ? p.a.articleId : null;
    if (other) counts.set(other, (counts.get(other) ?? 0) + 1);
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
 */
export function nonOverlapping<T extends Ranged>(pairs: readonly T[]): T[] {
  const kept: T[] = [];
  const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && y.start < x.end;
  for (const p of [...pairs].sort((x, y) => y.priority - x.priority)) {
    if (kept.some((k) => overlaps(k.a, p.a) || overlaps(k.b, p.b))) continue;
    kept.push(p);
  }
  return kept.sort((x, y) => x.a.start - y.a.start);
}
