/**
 * Matching for a whole case, incrementally: `addArticle` extracts the article's claims, finds their
 * pairs in the earlier articles through the index, and keeps the pairs in review order. Pairs whose
 * claims both overlap a better pair between the same two articles (a sentence and the quote inside it)
 * are dropped so the reviewer sees each overlap once.
 */
import { extractClaims, type ClaimSource } from '../claims/extract';
import type { Claim } from '../claims/types';
import { FACT_MIN_SCORE, MatchIndex, type Candidate, type IndexedClaim, type IndexOptions } from './index';
import { byId, sortForReview } from './order';
import { assessPair, buildSidePair, unassessedPair, type MatchPair } from './pairs';
import type { PreparedClaim } from './tokens';

export interface MatchCluster {
  id: string;
  pairs: string[];
  claims: Claim[];
}

/**
 * The pairs the matcher keeps, column by column (one object per pair cost more in garbage collection
 * than the work they hold): the claims as indexed, earlier article first; whether it is a copy; the
 * MatchPair, made when pairs are first read and assessed again in place whenever its score moves; the
 * exact score it was last assessed at.
 */
class KeptPairs {
  readonly first: IndexedClaim[] = [];
  readonly second: IndexedClaim[] = [];
  readonly copy: boolean[] = [];
  readonly pair: Array<MatchPair | null> = [];
  readonly assessedAt: number[] = [];

  push(first: IndexedClaim, second: IndexedClaim, copy: boolean): void {
    this.first.push(first);
    this.second.push(second);
    this.copy.push(copy);
    this.pair.push(null);
    this.assessedAt.push(NaN);
  }
}

export class CaseMatcher {
  readonly index: MatchIndex;
  /** Each indexed article's date, by its number in the index: a pair's first claim is the earlier one. */
  private readonly dates: Array<string | null> = [];
  /** Every kept pair; MatchPairs are built when pairs are read. */
  private readonly kept = new KeptPairs();
  readonly claimsByArticle = new Map<string, Claim[]>();

  constructor(options: IndexOptions = {}) {
    this.index = new MatchIndex(options);
  }

  /** Adds one article; returns how many pairs it created (they appear in `allPairs()`). */
  addArticle(article: ClaimSource): number {
    if (this.claimsByArticle.has(article.id)) return 0;
    return this.addExtracted(article, extractClaims(article));
  }

  /**
   * addArticle for claims already extracted from the article (`extractClaims(article)`), so extraction
   * can run elsewhere: on other threads, or at import. `prepared` as MatchIndex.addArticle takes it.
   */
  addExtracted(article: ClaimSource, claims: Claim[], prepared?: readonly PreparedClaim[]): number {
    if (this.claimsByArticle.has(article.id)) return 0;
    this.claimsByArticle.set(article.id, claims);
    const found = this.index.addArticle(claims, prepared);
    const number = this.index.articleNumber(article.id);
    if (number !== undefined) this.dates[number] = article.date;
    // Ranks worked out once, not twice a comparison (a fifth of this method's time).
    const ranks = new Float64Array(found.length);
    for (let i = 0; i < found.length; i++) ranks[i] = rank(found[i]!);
    const order = Uint32Array.from(found.keys()).sort((x, y) => ranks[y]! - ranks[x]! || x - y);
    // Every pair joins this article (b) to an earlier one (a), so the overlap check stays within this call.
    const byOther = new Map<number, Candidate[]>();
    let added = 0;
    for (const i of order) {
      const c = found[i]!;
      const other = c.article;
      let kept = byOther.get(other);
      if (!kept) byOther.set(other, (kept = []));
      // A pair whose claims both overlap those of a better pair between the same two articles.
      if (kept.some((k) => overlaps(k.a.claim, c.a.claim) && overlaps(k.b.claim, c.b.claim))) continue;
      kept.push(c);
      // The earlier article's claim first: by date, else by arrival (a arrived first).
      const date = this.dates[other];
      const aFirst = !date || !article.date || date <= article.date;
      // The pair is made when read (allPairs), at the IDF of the whole case: scores move as articles
      // arrive. Making pair objects here cost more in all: every garbage collection until the case is
      // complete then has to walk them.
      this.kept.push(aFirst ? c.a : c.b, aFirst ? c.b : c.a, c.copy);
      added++;
    }
    return added;
  }

  /**
   * Every pair, in review order, scored with the IDF of the case as it is now: pairs found early with
   * a provisional score are rescored, assessed again when the score moved, and left out below the
   * threshold. The pairs are the matcher's own: a later call updates those it returns again.
   */
  allPairs(): MatchPair[] {
    const out: MatchPair[] = [];
    const { first, second, copy, pair, assessedAt } = this.kept;
    for (let k = 0; k < first.length; k++) {
      if (copy[k]) {
        out.push((pair[k] ??= buildSidePair(first[k]!, second[k]!, 1, true)));
        continue;
      }
      const a = first[k]!.claim;
      const b = second[k]!.claim;
      const score = this.index.scoreOf(first[k]!, second[k]!);
      // Kept below the floor: more articles may lift it back (the IDF keeps moving). Under the
      // threshold only a conflict of numbers keeps a pair, and that needs numbers on both sides.
      if (score < FACT_MIN_SCORE || (score < this.index.minScore && (a.details.numbers.length === 0 || b.details.numbers.length === 0))) continue;
      const p = (pair[k] ??= unassessedPair(a, b));
      if (score !== assessedAt[k]) {
        assessPair(p, first[k]!, second[k]!, score, false);
        assessedAt[k] = score;
      }
      if (score >= this.index.minScore || (p.flags.includes('number') && p.suggestion === 'conflict')) out.push(p);
    }
    return sortForReview(out);
  }

  clusters(minScore = 0.5): MatchCluster[] {
    return clusterPairs(this.allPairs(), minScore);
  }
}

/** Copies, then quote pairs, then statement pairs, then by score: which of two overlapping pairs to keep. */
function rank(c: Candidate): number {
  return (c.copy ? 4 : c.a.claim.kind === 'quote' && c.b.claim.kind === 'quote' ? 2 : 0) + c.score;
}

/** Two claims of one article that share some text. */
const overlaps = (x: Claim, y: Claim) => x.start < y.end && y.start < x.end;

/** Connected groups of claims linked by strong pairs, spanning three claims or more. */
export function clusterPairs(pairs: readonly MatchPair[], minScore = 0.5): MatchCluster[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const claims = new Map<string, Claim>();
  const strong = pairs.filter((p) => p.score >= minScore || p.kind === 'verbatim');
  for (const p of strong) {
    for (const c of [p.a, p.b]) {
      if (!parent.has(c.id)) parent.set(c.id, c.id);
      claims.set(c.id, c);
    }
    parent.set(find(p.a.id), find(p.b.id));
  }
  const groups = new Map<string, { pairs: string[]; claims: Set<string> }>();
  for (const p of strong) {
    const root = find(p.a.id);
    const g = groups.get(root) ?? { pairs: [], claims: new Set<string>() };
    g.pairs.push(p.id);
    g.claims.add(p.a.id).add(p.b.id);
    groups.set(root, g);
  }
  return [...groups.values()]
    .filter((g) => g.claims.size >= 3)
    .map((g) => {
      const members = [...g.claims].map((id) => claims.get(id)!).sort(byId);
      return { id: `cluster:${members[0]!.id}`, pairs: g.pairs, claims: members };
    })
    .sort((x, y) => y.claims.length - x.claims.length);
}

/** Matches a set of articles from scratch (the CLI, tests and benchmarks). */
export function matchArticles(articles: readonly ClaimSource[], options: IndexOptions = {}): CaseMatcher {
  const matcher = new CaseMatcher(options);
  for (const a of articles) matcher.addArticle(a);
  return matcher;
}
