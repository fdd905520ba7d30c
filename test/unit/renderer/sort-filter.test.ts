import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../renderer/src/db/records';
import { filterArticles, sortArticles } from '../../../renderer/src/features/library/sort-filter';

const article = (id: string, title: string, date: string | null, outlet: string | null): ArticleRecord =>
  ({ id, title, date, outlet, byline: null, fileName: `${id}.txt` }) as ArticleRecord;

const list = [
  article('a', 'Navy heard implosion', '2023-06-22', 'wsj.com'),
  article('b', 'Cameron: warnings unheeded', null, 'bbc.co.uk'),
  article('c', 'Coast Guard finds debris', '2023-06-22', null),
  article('d', 'Search begins', '2023-06-19', 'apnews.com'),
];

describe('library sorting and search', () => {
  it('sorts by date, oldest first, undated last', () => {
    expect(sortArticles(list, 'date').map((a) => a.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('sorts by outlet with unknown outlets last', () => {
    expect(sortArticles(list, 'outlet').map((a) => a.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('sorts by title, ignoring case', () => {
    expect(sortArticles(list, 'title').map((a) => a.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('finds articles by every word of the query in title or outlet, or by a text match', () => {
    expect(filterArticles(list, 'navy IMPLOSION', new Set()).map((a) => a.id)).toEqual(['a']);
    expect(filterArticles(list, 'bbc', new Set()).map((a) => a.id)).toEqual(['b']);
    expect(filterArticles(list, 'Mauger', new Set(['c'])).map((a) => a.id)).toEqual(['c']);
    expect(filterArticles(list, '  ', new Set())).toHaveLength(4);
  });
});
