import { describe, expect, it } from 'vitest';
import { busiestArticlePair, matchedClaims, partnerCounts, partnerFor, segmentText } from '../../../renderer/src/features/compare/segments';

describe('compare view segments', () => {
  it('splits text into plain and marked runs that rebuild it exactly', () => {
    const text = 'Macron said: "freeze the game". Putin agreed.';
    const segments = segmentText(text, [{ start: 13, end: 30, n: 1 }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['"freeze the game"']);
  });

  it('drops a mark that overlaps an earlier one, so marks never nest', () => {
    const segments = segmentText('abcdefghij', [{ start: 0, end: 6, n: 1 }, { start: 2, end: 4, n: 2 }, { start: 7, end: 9, n: 3 }]);
    expect(segments.map((s) => (s.mark ? `[${s.mark.n}:${s.text}]` : s.text)).join('')).toBe('[1:abcdef]g[3:hi]j');
  });

  // Each pair on its own stretch of text, unless `at` says otherwise.
  let next = 0;
  const p = (a: string, b: string, at = (next += 10)) => ({ a: { articleId: a, start: at, end: at + 5 }, b: { articleId: b, start: at, end: at + 5 }, priority: 1 });

  it('picks the two articles with the most pairs between them', () => {
    expect(busiestArticlePair([p('x', 'y'), p('x', 'z'), p('x', 'y')])).toEqual(['x', 'y']);
    expect(busiestArticlePair([])).toBeNull();
  });

  it('counts matched claims as the compare view shows them: overlapping pairs once, either side first', () => {
    // x–y: three pairs over the same stretch are one matched claim; x–z: two apart, one of them z-first.
    const pairs = [p('x', 'y', 0), p('x', 'y', 2), p('y', 'x', 1), p('x', 'z', 100), p('z', 'x', 200)];
    expect(matchedClaims(pairs, 'x', 'y')).toHaveLength(1);
    expect(matchedClaims(pairs, 'z', 'x')).toHaveLength(2);
    expect(matchedClaims(pairs, 'z', 'x').every((m) => m.a.articleId === 'z')).toBe(true);
    expect(partnerCounts(pairs, 'x')).toEqual(new Map([['y', 1], ['z', 2]]));
    expect(busiestArticlePair(pairs)).toEqual(['x', 'z']);
    expect(partnerFor(pairs, 'y')).toBe('x');
  });

  it('gives a newly chosen left article its busiest partner, keeping the right one if it still overlaps', () => {
    const pairs = [p('x', 'y'), p('z', 'x'), p('z', 'x'), p('w', 'y')];
    expect(partnerFor(pairs, 'x')).toBe('z');
    expect(partnerFor(pairs, 'x', 'y')).toBe('y');
    expect(partnerFor(pairs, 'x', 'w')).toBe('z');
    expect(partnerFor(pairs, 'v', 'y')).toBeNull();
  });
});

describe('pairs shown in the compare view', () => {
  it('keeps the most important of overlapping pairs and numbers them in reading order', async () => {
    const { nonOverlapping } = await import('../../../renderer/src/features/compare/segments');
    const pair = (id: string, a: [number, number], b: [number, number], priority: number) => ({ id, a: { start: a[0], end: a[1] }, b: { start: b[0], end: b[1] }, priority });
    const shown = nonOverlapping([pair('sentence', [0, 50], [0, 40], 1), pair('quote', [10, 30], [5, 20], 5), pair('later', [60, 80], [50, 70], 2)]);
    expect(shown.map((p) => p.id)).toEqual(['quote', 'later']);
    // The pair Review asked Compare to show is shown itself, in place of the ones it overlaps.
    const asked = nonOverlapping([pair('sentence', [0, 50], [0, 40], 1), pair('quote', [10, 30], [5, 20], 5), pair('later', [60, 80], [50, 70], 2)], 'sentence');
    expect(asked.map((p) => p.id)).toEqual(['sentence', 'later']);
  });
});

describe('the reader highlights', () => {
  it('marks each stretch of an article once, with every pair that touches it, in reading order', async () => {
    const { claimMarks, markAt } = await import('../../../renderer/src/features/library/claim-marks');
    const side = (articleId: string, start: number, end: number) => ({ articleId, start, end, text: '', kind: 'statement' as const, speaker: null, via: null });
    const pair = (id: string, a: ReturnType<typeof side>, b: ReturnType<typeof side>) => ({ id, caseId: 'c', a, b, score: 1, kind: 'statement' as const, flags: [], suggestion: null, reason: '', priority: 0 });
    const pairs = [
      pair('sentence', side('x', 10, 60), side('y', 0, 50)),
      pair('quote', side('x', 20, 40), side('z', 5, 25)),
      pair('later', side('w', 0, 9), side('x', 100, 120)),
      pair('elsewhere', side('y', 0, 9), side('z', 0, 9)),
    ];
    const marks = claimMarks(pairs, 'x');
    expect(marks.map((m) => [m.n, m.start, m.end, m.pairs.map((p) => p.id)])).toEqual([
      [1, 10, 60, ['sentence', 'quote']],
      [2, 100, 120, ['later']],
    ]);
    expect(markAt(marks, 30)?.n).toBe(1);
    expect(markAt(marks, 70)).toBeUndefined();
  });
});
