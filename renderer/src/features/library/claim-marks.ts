/**
 * The reader's highlights: an article's claims that are in pairs, one mark per stretch of text (a
 * sentence and the quote inside it are one mark), each with the pairs that touch it.
 */
import type { PairRecord } from '../../../../shared/match/records';

export interface ClaimMark {
  start: number;
  end: number;
  /** 1-based, in reading order. */
  n: number;
  pairs: PairRecord[];
}

/** The marks of article `articleId`: overlapping claims merge into one mark that lists all their pairs. */
export function claimMarks(pairs: readonly PairRecord[], articleId: string): ClaimMark[] {
  const sides: Array<{ start: number; end: number; pair: PairRecord }> = [];
  for (const p of pairs) {
    if (p.a.articleId === articleId) sides.push({ start: p.a.start, end: p.a.end, pair: p });
    if (p.b.articleId === articleId) sides.push({ start: p.b.start, end: p.b.end, pair: p });
  }
  sides.sort((x, y) => x.start - y.start || y.end - x.end);
  const marks: ClaimMark[] = [];
  for (const s of sides) {
    const last = marks[marks.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.pairs.includes(s.pair)) last.pairs.push(s.pair);
    } else marks.push({ start: s.start, end: s.end, n: marks.length + 1, pairs: [s.pair] });
  }
  return marks;
}

/** The mark covering offset `at`, if any. */
export function markAt(marks: readonly ClaimMark[], at: number): ClaimMark | undefined {
  return marks.find((m) => m.start <= at && at < m.end);
}
