/** Sorting and searching the library, as pure functions over article metadata. */
import type { ArticleRecord } from '../../db/records';

export type SortKey = 'date' | 'outlet' | 'title';

// Leading quotes and dashes ("'Catastrophic…'", "- World News…") must not decide the order.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

/** Sorts a copy: by date (oldest first, undated last), outlet (unknown last) or title. */
export function sortArticles(articles: readonly ArticleRecord[], key: SortKey): ArticleRecord[] {
  const byTitle = (a: ArticleRecord, b: ArticleRecord) => collator.compare(a.title, b.title);
  const nullsLast = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : collator.compare(x, y));
  const compare: Record<SortKey, (a: ArticleRecord, b: ArticleRecord) => number> = {
    date: (a, b) => nullsLast(a.date, b.date) || byTitle(a, b),
    outlet: (a, b) => nullsLast(a.outlet, b.outlet) || nullsLast(a.date, b.date) || byTitle(a, b),
    title: byTitle,
  };
  return [...articles].sort(compare[key]);
}

/**
 * Keeps articles whose title, outlet, byline or file name contains every word of `query`, or whose id
 * is in `textMatches` (ids whose text contains the query, found separately so texts load only then).
 */
export function filterArticles(articles: readonly ArticleRecord[], query: string, textMatches: ReadonlySet<string>): ArticleRecord[] {
  const words = searchWords(query);
  if (words.length === 0) return [...articles];
  return articles.filter((a) => {
    if (textMatches.has(a.id)) return true;
    const haystack = `${a.title} ${a.outlet ?? ''} ${a.byline ?? ''} ${a.fileName}`.toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Lower-cased words of a search query. */
export function searchWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** True when `text` contains every word of the query. */
export function textMatches(text: string, words: readonly string[]): boolean {
  const lower = text.toLocaleLowerCase();
  return words.every((w) => lower.includes(w));
}
