import { describe, expect, it } from 'vitest';
import type { PairRecord } from '../../../shared/match/records';
import type { Verdict } from '../../../shared/review/verdicts';
import { filterQueue, isQueueFilter, NO_FILTER, NO_OUTLET, sortQueue, withDefaults } from '../../../renderer/src/features/review/filter';

const claim = (articleId: string, text: string, speaker: string | null = null) => ({ articleId, start: 0, end: text.length, text, kind: 'statement' as const, speaker, via: null });
const pair = (id: string, a: string, b: string, score: number, textA: string, textB: string): PairRecord => ({
  id, caseId: 'c', a: claim(a, textA), b: claim(b, textB), score, kind: 'statement', flags: [], suggestion: null, reason: '', priority: 0,
});
// In review order: p1, p2, p3.
const pairs = [
  pair('p1', 'x', 'y', 0.6, 'The ship lost power', 'The vessel lost power before the crash'),
  pair('p2', 'y', 'z', 0.9, 'Six workers are missing', 'Six construction workers remain missing'),
  pair('p3', 'x', 'z', 0.7, 'The bridge collapsed in seconds', 'The Key Bridge fell within seconds'),
];
const articles = new Map([
  ['x', { date: '2024-03-27', outlet: 'wsvn.com' }],
  ['y', { date: '2024-03-26', outlet: null }],
  ['z', { date: null, outlet: 'abcnews.go.com' }],
]);
const ids = (list: PairRecord[]) => list.map((p) => p.id);

describe('finding pairs in the review queue', () => {
  it('lists every pair in review order, reviewed or not, when nothing is filtered (blank search and speaker included)', () => {
    const verdicts = new Map([['p2', { verdict: 'conflicting' } as Verdict]]);
    for (const filter of [NO_FILTER, { ...NO_FILTER, text: '   ', speaker: ' ' }]) {
      const listed = filterQueue(pairs, verdicts, filter, articles);
      expect(ids(listed)).toEqual(['p1', 'p2', 'p3']);
      expect(listed).not.toBe(pairs); // a copy: the caller may sort it
    }
  });

  it('searches both claims for every word, case-insensitively', () => {
    expect(ids(filterQueue(pairs, new Map(), { ...NO_FILTER, text: 'LOST crash' }, articles))).toEqual(['p1']);
    expect(ids(filterQueue(pairs, new Map(), { ...NO_FILTER, text: 'seconds' }, articles))).toEqual(['p3']);
  });

  it('filters by an article on either side and by outlet, unknown outlets included', () => {
    expect(ids(filterQueue(pairs, new Map(), { ...NO_FILTER, article: 'z' }, articles))).toEqual(['p2', 'p3']);
    expect(ids(filterQueue(pairs, new Map(), { ...NO_FILTER, outlet: 'wsvn.com' }, articles))).toEqual(['p1', 'p3']);
    expect(ids(filterQueue(pairs, new Map(), { ...NO_FILTER, outlet: NO_OUTLET }, articles))).toEqual(['p1', 'p2']);
  });

  it('combines filters with the verdict filter', () => {
    const verdicts = new Map<string, Verdict>([['p3', { id: 'p3', caseId: 'c', verdict: 'consistent', note: '', reviewer: 'A', at: 1 } as Verdict]]);
    expect(ids(filterQueue(pairs, verdicts, { ...NO_FILTER, article: 'x', status: 'unreviewed' }, articles))).toEqual(['p1']);
  });

  it('sorts by score, by the earlier article date (undated last) and by outlet, ties in review order', () => {
    expect(ids(sortQueue(pairs, 'review', articles))).toEqual(['p1', 'p2', 'p3']);
    expect(ids(sortQueue(pairs, 'score', articles))).toEqual(['p2', 'p3', 'p1']);
    expect(ids(sortQueue(pairs, 'date', articles))).toEqual(['p1', 'p2', 'p3']);
    expect(ids(sortQueue([pairs[2]!, pairs[1]!, pairs[0]!], 'date', articles))).toEqual(['p2', 'p1', 'p3']);
    // p1 and p3 share A's outlet; B's decides (p1's is unknown, so last).
    expect(ids(sortQueue(pairs, 'outlet', articles))).toEqual(['p3', 'p1', 'p2']);
  });

  it('reads a stored filter of an older release with the new fields at their defaults, and refuses junk', () => {
    expect(withDefaults({ status: 'unreviewed', flag: 'number', speaker: 'Moore' })).toEqual({ ...NO_FILTER, status: 'unreviewed', flag: 'number', speaker: 'Moore' });
    expect(withDefaults({ status: 'maybe' })).toEqual(NO_FILTER);
    expect(withDefaults('nonsense')).toEqual(NO_FILTER);
    expect(isQueueFilter(NO_FILTER)).toBe(true);
  });
});
