import { describe, expect, it } from 'vitest';
import { matchArticles } from '../../../shared/match/case-matcher';
import { clusterRecords, earliestArticle } from '../../../shared/match/cluster-records';
import { toPairRecord } from '../../../shared/match/records';
import { titanArticles } from '../../support/articles';

describe('clusters from stored pairs', () => {
  it('shows OceanGate’s "true explorers" statement as one cluster of several wordings across many outlets', async () => {
    const articles = await titanArticles();
    const records = matchArticles(articles).allPairs().map((p) => toPairRecord('c', p));
    const clusters = clusterRecords(records);
    const explorers = clusters.find((c) => c.wordings.some((w) => /true explorers/.test(w.text)))!;
    expect(explorers.articleIds.length).toBeGreaterThanOrEqual(4);
    expect(explorers.wordings.length).toBeGreaterThanOrEqual(2);
    // Every claim is in exactly one wording, and wordings hold claims with the same words.
    expect(explorers.wordings.reduce((n, w) => n + w.claims.length, 0)).toBe(explorers.claims.length);
    const dates = new Map(articles.map((a) => [a.id, a.date]));
    const earliest = earliestArticle(explorers.articleIds, (id) => dates.get(id) ?? null);
    const dated = explorers.articleIds.map((id) => dates.get(id)).filter((d): d is string => !!d).sort();
    if (dated.length) expect(dates.get(earliest!)).toBe(dated[0]);
  });

  it('marks no earliest article when none is dated', () => {
    expect(earliestArticle(['a', 'b'], () => null)).toBeNull();
    expect(earliestArticle(['a', 'b', 'c'], (id) => ({ a: '2023-06-22', b: '2023-06-20', c: null })[id] ?? null)).toBe('b');
  });
});
