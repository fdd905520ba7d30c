import { describe, expect, it } from 'vitest';
import { busiestArticlePair, partnerFor, segmentText } from '../../../renderer/src/features/compare/segments';

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

  it('picks the two articles with the most pairs between them', () => {
    const p = (a: string, b: string) => ({ a: { articleId: a }, b: { articleId: b } });
    expect(busiestArticlePair([p('x', 'y'), p('x', 'z'), p('x', 'y')])).toEqual(['x', 'y']);
    expect(busiestArticlePair([])).toBeNull();
  });

  it('gives a newly chosen left article its busiest partner, keeping the right one if it still overlaps', () => {
    const p = (a: string, b: string) => ({ a: { articleId: a }, b: { articleId: b } });
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
  });
});
