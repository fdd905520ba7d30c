/**
 * Finding and ordering the review queue, as pure functions over pairs, verdicts and article metadata:
 * search the claims' text; filter by verdict, flag, speaker, article and outlet; sort by review order
 * (the default), score, date or outlet.
 */
import type { PairFlag, PairKind, PairRecord } from '../../../../shared/match/records';
import type { Verdict } from '../../../../shared/review/verdicts';
import { searchWords } from '../library/sort-filter';

/** 'orphaned': verdicts whose claims the current matching no longer pairs; 'disagreements': verdicts a merged colleague judged otherwise. */
export type StatusFilter = 'all' | 'unreviewed' | 'consistent' | 'conflicting' | 'unclear' | 'orphaned' | 'disagreements';
export type QueueSort = 'review' | 'score' | 'date' | 'outlet';

export const STATUSES: readonly StatusFilter[] = ['all', 'unreviewed', 'consistent', 'conflicting', 'unclear', 'orphaned', 'disagreements'];
export const FLAGS: readonly PairFlag[] = ['number', 'date', 'negation', 'attribution', 'speaker'];
export const SORTS: readonly QueueSort[] = ['review', 'score', 'date', 'outlet'];

export interface QueueFilter {
  status: StatusFilter;
  flag: PairFlag | 'any';
  /** Quotes, statements or verbatim copies only. */
  kind: PairKind | 'any';
  /** Matches either claim's speaker, case-insensitively; empty matches all. */
  speaker: string;
  /** Every word must appear in one of the two claims; empty matches all. */
  text: string;
  /** An article id either claim comes from; empty matches all. */
  article: string;
  /** An outlet either article has (NO_OUTLET for "outlet unknown"); empty matches all. */
  outlet: string;
}

export const NO_FILTER: QueueFilter = { status: 'all', flag: 'any', kind: 'any', speaker: '', text: '', article: '', outlet: '' };
export const KINDS: readonly PairKind[] = ['quote', 'statement', 'verbatim'];

/** The outlet filter's value for articles whose outlet is not known. */
export const NO_OUTLET = '\u0000unknown';

/** What sorting and filtering read of an article. */
export interface ArticleFacts {
  date: string | null;
  outlet: string | null;
}

/** True when `value` is a QueueFilter (a stored one may come from an older release). */
export function isQueueFilter(value: unknown): value is QueueFilter {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const strings = ['speaker', 'text', 'article', 'outlet'].every((k) => typeof v[k] === 'string');
  return strings && STATUSES.includes(v.status as StatusFilter) && (v.flag === 'any' || FLAGS.includes(v.flag as PairFlag)) && (v.kind === 'any' || KINDS.includes(v.kind as PairKind));
}

/** A filter as stored, with any field it lacks (an older release stored fewer) at its default. */
export function withDefaults(value: unknown): QueueFilter {
  const merged = { ...NO_FILTER, ...(value && typeof value === 'object' ? value : {}) };
  return isQueueFilter(merged) ? merged : NO_FILTER;
}

/** True when `filter` lets every pair through. */
function isNoFilter(filter: QueueFilter): boolean {
  return filter.status === 'all' && filter.flag === 'any' && filter.kind === 'any' && !filter.speaker.trim() && !searchWords(filter.text).length && !filter.article && !filter.outlet;
}

/** The pairs that pass `filter`, keeping their order. */
export function filterQueue(
  pairs: readonly PairRecord[],
  verdicts: ReadonlyMap<string, Verdict>,
  filter: QueueFilter,
  articles: ReadonlyMap<string, ArticleFacts> = new Map(),
  /** Ids of verdicts a merged colleague judged otherwise (for the "disagreements" status). */
  disagreeing: ReadonlySet<string> = new Set(),
): PairRecord[] {
  if (filter.status === 'orphaned') return [];
  // Nothing to filter: every pair passes (the common case on opening Review, 16,774 pairs; issue 18).
  if (isNoFilter(filter)) return [...pairs];
  const speaker = filter.speaker.trim().toLocaleLowerCase();
  const words = searchWords(filter.text);
  const outletOf = (id: string) => articles.get(id)?.outlet ?? NO_OUTLET;
  return pairs.filter((p) => {
    const v = verdicts.get(p.id);
    if (filter.status === 'unreviewed' && v) return false;
    if (filter.status === 'disagreements') {
      if (!v || !disagreeing.has(v.id)) return false;
    } else if (filter.status !== 'all' && filter.status !== 'unreviewed' && v?.verdict !== filter.status) return false;
    if (filter.flag !== 'any' && !p.flags.includes(filter.flag)) return false;
    if (filter.kind !== 'any' && p.kind !== filter.kind) return false;
    if (speaker && ![p.a.speaker, p.b.speaker].some((s) => s?.toLocaleLowerCase().includes(speaker))) return false;
    if (filter.article && p.a.articleId !== filter.article && p.b.articleId !== filter.article) return false;
    if (filter.outlet && outletOf(p.a.articleId) !== filter.outlet && outletOf(p.b.articleId) !== filter.outlet) return false;
    if (words.length) {
      const text = `${p.a.text}\n${p.b.text}`.toLocaleLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

/**
 * The verdicts no longer proposed that pass `filter` (issue 16): they keep their verdict and their two
 * claims' texts and articles (by SHA-256, `articleOf` gives the id), but no flags or speakers, which
 * belong to a pair; so a flag or speaker filter leaves them out.
 */
export function filterOrphans(
  orphans: readonly Verdict[],
  filter: QueueFilter,
  articleOf: (sha256: string) => string | undefined = () => undefined,
  articles: ReadonlyMap<string, ArticleFacts> = new Map(),
  /** Ids of verdicts a merged colleague judged otherwise (for the "disagreements" status). */
  disagreeing: ReadonlySet<string> = new Set(),
): Verdict[] {
  if (filter.status === 'unreviewed' || filter.flag !== 'any' || filter.kind !== 'any' || filter.speaker.trim()) return [];
  if (filter.status === 'disagreements') return orphans.filter((v) => disagreeing.has(v.id));
  const words = searchWords(filter.text);
  return orphans.filter((v) => {
    if (filter.status !== 'all' && filter.status !== 'orphaned' && v.verdict !== filter.status) return false;
    const ids = v.anchors.map((a) => articleOf(a.sha256));
    if (filter.article && !ids.includes(filter.article)) return false;
    if (filter.outlet && !ids.some((id) => (id ? (articles.get(id)?.outlet ?? NO_OUTLET) : NO_OUTLET) === filter.outlet)) return false;
    if (words.length) {
      const text = `${v.anchors[0].exact}\n${v.anchors[1].exact}`.toLocaleLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const nullsLast = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : collator.compare(x, y));

/**
 * A sorted copy of `pairs` (given in review order, which breaks every tie): by score, highest first;
 * by date, the pair's earlier article first, undated last; by outlet, A's then B's, unknown last.
 */
export function sortQueue(pairs: readonly PairRecord[], sort: QueueSort, articles: ReadonlyMap<string, ArticleFacts>): PairRecord[] {
  if (sort === 'review') return [...pairs];
  const rank = new Map(pairs.map((p, i) => [p, i]));
  const fact = (id: string) => articles.get(id) ?? { date: null, outlet: null };
  const earliest = (p: PairRecord) => [fact(p.a.articleId).date, fact(p.b.articleId).date].sort(nullsLast)[0] ?? null;
  const compare: Record<Exclude<QueueSort, 'review'>, (x: PairRecord, y: PairRecord) => number> = {
    score: (x, y) => y.score - x.score,
    date: (x, y) => nullsLast(earliest(x), earliest(y)),
    outlet: (x, y) => nullsLast(fact(x.a.articleId).outlet, fact(y.a.articleId).outlet) || nullsLast(fact(x.b.articleId).outlet, fact(y.b.articleId).outlet),
  };
  return [...pairs].sort((x, y) => compare[sort](x, y) || rank.get(x)! - rank.get(y)!);
}
