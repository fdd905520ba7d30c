/**
 * Matching for a whole case, incrementally: `addArticle` extracts the article's claims, finds their
 * pairs in the earlier articles through the index, and keeps the pairs in review order. Pairs whose
 * claims both overlap a better pair between the same two articles (a sentence and the quote inside it)
 * are dropped so the reviewer sees each overlap once.
 */
import { extractClaims, type ClaimSource } from '../claims/extract';
import type { Claim } from '../claims/types';
import { FACT_MIN_SCORE, MatchIndex, type IndexedClaim, type IndexOptions } from './index';
import { byId, sortForReview } from './order';
import { buildPair, type MatchPair } from './pairs';

export interface MatchCluster {
  id: string;
  pairs: string[];
  claims: Claim[];
}

export class CaseMatcher {
  readonly index: MatchIndex;
  private readonly articleOrder = new Map<string, { position: number; date: string | null }>();
  /** Every kept pair (rescored in place by allPairs), and its two claims as indexed, a then b. */
  private kept: MatchPair[] = [];
  private readonly keptClaims: IndexedClaim[] = [];
  readonly claimsByArticle = new Map<string, Claim[]>();

  constructor(options: IndexOptions = {}) {
    this.index = new MatchIndex(options);
  }

  /** Adds one article; returns the pairs it created (already merged into `allPairs()`). */
  addArticle(article: ClaimSource): MatchPair[] {
    if (this.claimsByArticle.has(article.id)) return [];
    return this.addExtracted(article, extractClaims(article));
  }

  /**
   * addArticle for claims already extracted from the article (`extractClaims(article)`), so extraction
   * can run elsewhere: on other threads, or at import.
   */
  addExtracted(article: ClaimSource, claims: Claim[]): MatchPair[] {
    if (this.claimsByArticle.has(article.id)) return [];
    this.articleOrder.set(article.id, { position: this.articleOrder.size, date: article.date });
    this.claimsByArticle.set(article.id, claims);
    const fresh = this.index.addArticle(claims).map((c) => {
      const [first, second] = this.isEarlier(c.a.claim, c.b.claim) ? [c.a, c.b] : [c.b, c.a];
      // The index pairs a claim with another of the same words only as a copy.
      return { pair: buildPair(first.claim, second.claim, c.score, c.copy === true), first, second };
    });
    // Every pair joins this article to an earlier one, so the overlap check stays within this call.
    const byOther = new Map<string, MatchPair[]>();
    const added: MatchPair[] = [];
    for (const { pair: p, first, second } of fresh.sort((x, y) => rank(y.pair) - rank(x.pair))) {
      const other = p.a.articleId === article.id ? p.b.articleId : p.a.articleId;
      let kept = byOther.get(other);
      if (!kept) byOther.set(other, (kept = []));
      if (kept.some((k) => covers(k, p))) continue;
      kept.push(p);
      added.push(p);
      this.kept.push(p);
      this.keptClaims.push(first, second);
    }
    return added;
  }

  /**
   * Every pair, in review order, scored with the IDF of the case as it is now: pairs found early with
   * a provisional score are rescored, rebuilt when the score moved, and left out below the threshold.
   */
  allPairs(): MatchPair[] {
    const out: MatchPair[] = [];
    const { kept } = this;
    for (let j = 0; j < kept.length; j++) {
      const p = kept[j]!;
      if (p.kind === 'verbatim') {
        out.push(p);
        continue;
      }
      const score = this.index.scoreOf(this.keptClaims[2 * j]!, this.keptClaims[2 * j + 1]!);
      const rescored = Math.abs(score - p.score) > 0.005 ? buildPair(p.a, p.b, score, false) : p;
      kept[j] = rescored;
      const floor = rescored.flags.includes('number') && rescored.suggestion === 'conflict' ? FACT_MIN_SCORE : this.index.minScore;
      // Kept below the floor: more articles may lift it back (the IDF keeps moving).
      if (score >= floor) out.push(rescored);
    }
    return sortForReview(out);
  }

  clusters(minScore = 0.5): MatchCluster[] {
    return clusterPairs(this.allPairs(), minScore);
  }

  private isEarlier(a: Claim, b: Claim): boolean {
    const oa = this.articleOrder.get(a.articleId)!;
    const ob = this.articleOrder.get(b.articleId)!;
    if (oa.date && ob.date && oa.date !== ob.date) return oa.date < ob.date;
    return oa.position < ob.position || (oa.position === ob.position && a.start <= b.start);
  }
}

const overlaps = (x: Claim, y: Claim) => x.articleId === y.articleId && x.start < y.end && y.start < x.end;

/** Copies, then quote pairs, then statement pairs, then by score: which of two overlapping pairs to keep. */
const rank = (p: MatchPair) => (p.kind === 'verbatim' ? 4 : p.kind === 'quote' ? 2 : 0) + p.score;

/** True when pair `k` already covers the stretch of both articles that `p` joins. */
function covers(k: MatchPair, p: MatchPair): boolean {
  return (overlaps(k.a, p.a) && overlaps(k.b, p.b)) || (overlaps(k.a, p.b) && overlaps(k.b, p.a));
}

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
