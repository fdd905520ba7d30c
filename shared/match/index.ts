/**
 * The candidate index: an inverted index from token to claims, with document frequencies for IDF.
 * Adding an article looks its claims up against the claims already indexed and returns only the new
 * candidate pairs, so importing one more article never recomputes the case (sub-quadratic: each claim
 * visits the postings of its rarer tokens only, and keeps its best candidates).
 */
import type { Claim } from '../claims/types';
import { conflictingMeasurement, factKeys } from './quantities';
import { pairScore } from './score';
import { contentTokens } from './tokens';

export interface IndexedClaim {
  claim: Claim;
  tokens: string[];
  facts: string[];
}

export interface Candidate {
  a: IndexedClaim;
  b: IndexedClaim;
  score: number;
  /** True when `b` has the same words as `a` (a copy); copies are grouped, never indexed again. */
  copy?: boolean;
}

/** Claims with this key have the same words: case, punctuation and spacing aside. */
export function copyKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** How many of a claim's rarest tokens are looked up (prefix filtering): bounds the postings read. */
const PROBES = 8;

export interface IndexOptions {
  /** Candidates kept per claim before scoring (default 24). */
  perClaim?: number;
  /** Pairs scoring below this are dropped (default 0.35). */
  minScore?: number;
  /** Rarest tokens looked up per claim (default 8). */
  probes?: number;
}

/** Two claims must share this many content tokens: one common word ("know") is not a match. */
export function minShared(a: number, b: number): number {
  return Math.min(a, b) <= 3 ? 2 : 3;
}

function countShared(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  let n = 0;
  for (const t of a) if (set.has(t)) n++;
  return n;
}

/** Claims about the same measurement pair from this text similarity up. */
export const FACT_MIN_SCORE = 0.15;

/**
 * Candidates are kept down to this much below minScore: IDF keeps changing as articles arrive, so a
 * pair scored early may pass once the case is complete. CaseMatcher rescores them when pairs are read.
 */
export const IDF_SLACK = 0.1;

export class MatchIndex {
  readonly claims: IndexedClaim[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly factPostings = new Map<string, number[]>();
  /** First claim with each copy key: later claims with the key are copies of it. */
  private readonly firstByKey = new Map<string, IndexedClaim>();
  /** How many copies each indexed claim has (including itself). */
  readonly copies = new Map<IndexedClaim, IndexedClaim[]>();
  private readonly tokensById = new Map<string, string[]>();
  private readonly perClaim: number;
  private readonly probes: number;
  readonly minScore: number;

  constructor(options: IndexOptions = {}) {
    this.perClaim = options.perClaim ?? 24;
    this.minScore = options.minScore ?? 0.35;
    this.probes = options.probes ?? PROBES;
  }

  /** Tokens of an indexed claim (copies share their first occurrence's), by claim id. */
  tokensOf(claimId: string): string[] | undefined {
    return this.tokensById.get(claimId);
  }

  /** Inverse document frequency of a token over the claims indexed so far (smoothed). */
  idf = (token: string): number => {
    const df = this.postings.get(token)?.length ?? 0;
    return Math.log(1 + (this.claims.length + 1) / (df + 1));
  };

  /** Indexes one article's claims and returns its new pairs with earlier articles, scored. */
  addArticle(claims: readonly Claim[]): Candidate[] {
    const found: Candidate[] = [];
    const incoming: IndexedClaim[] = [];
    for (const claim of claims) {
      const key = copyKey(claim.text);
      const first = this.firstByKey.get(key);
      const item: IndexedClaim = { claim, tokens: first?.tokens ?? contentTokens(claim.text), facts: first?.facts ?? factKeys(claim) };
      this.tokensById.set(claim.id, item.tokens);
      if (first) {
        // A copy (syndication, a repeated quote): one pair to the first, grouped, not indexed again.
        if (first.claim.articleId !== claim.articleId) {
          this.copies.get(first)!.push(item);
          found.push({ a: first, b: item, score: 1, copy: true });
        }
        continue;
      }
      for (const candidate of this.lookup(item)) found.push(candidate);
      incoming.push(item);
    }
    for (const item of incoming) {
      this.firstByKey.set(copyKey(item.claim.text), item);
      this.copies.set(item, [item]);
      const position = this.claims.length;
      this.claims.push(item);
      for (const t of item.tokens) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push(position);
      }
      for (const f of item.facts) {
        let list = this.factPostings.get(f);
        if (!list) this.factPostings.set(f, (list = []));
        list.push(position);
      }
    }
    return found;
  }

  /** The best-scoring earlier claims for one claim. */
  private lookup(item: IndexedClaim): Candidate[] {
    const n = this.claims.length;
    if (n === 0 || item.tokens.length === 0) return [];
    // Tokens present in more than a fifth of all claims are skipped as near-stop-words (beyond 500 claims).
    const maxDf = n > 500 ? n / 5 : Infinity;
    const acc = new Map<number, number>();
    // Probe the rarest tokens only: a claim worth pairing shares at least one of them.
    const probes = item.tokens
      .map((t) => ({ t, list: this.postings.get(t) }))
      .filter((x): x is { t: string; list: number[] } => !!x.list && x.list.length <= maxDf)
      .sort((x, y) => x.list.length - y.list.length)
      .slice(0, this.probes);
    for (const { t, list } of probes) {
      const w = this.idf(t) ** 2;
      for (const i of list) acc.set(i, (acc.get(i) ?? 0) + w);
    }
    const ranked = [...acc.entries()].sort((x, y) => y[1] - x[1]).slice(0, this.perClaim * 2);
    const out: Candidate[] = [];
    for (const [i] of ranked) {
      const other = this.claims[i]!;
      if (other.claim.articleId === item.claim.articleId) continue;
      if (countShared(item.tokens, other.tokens) < minShared(item.tokens.length, other.tokens.length)) continue;
      const score = pairScore({ tokens: other.tokens, speaker: other.claim.speaker }, { tokens: item.tokens, speaker: item.claim.speaker }, this.idf);
      if (score >= this.minScore - IDF_SLACK) out.push({ a: other, b: item, score });
    }
    const best = out.sort((x, y) => y.score - x.score).slice(0, this.perClaim);
    return [...best, ...this.factConflicts(item, new Set(best.map((c) => c.a)))];
  }

  /**
   * Earlier claims reporting the same kind of measurement of the same thing with another value
   * ("21-foot Titan" vs "22-foot vessel"): candidates even when the rest of the wording differs.
   */
  private factConflicts(item: IndexedClaim, already: Set<IndexedClaim>): Candidate[] {
    const seen = new Set<number>();
    const out: Candidate[] = [];
    for (const f of item.facts) {
      const list = this.factPostings.get(f);
      if (!list || list.length > 200) continue;
      for (const i of list) {
        if (seen.has(i)) continue;
        seen.add(i);
        const other = this.claims[i]!;
        if (already.has(other) || other.claim.articleId === item.claim.articleId) continue;
        if (!conflictingMeasurement(other.claim, item.claim)) continue;
        const score = pairScore({ tokens: other.tokens, speaker: other.claim.speaker }, { tokens: item.tokens, speaker: item.claim.speaker }, this.idf);
        if (score >= FACT_MIN_SCORE) out.push({ a: other, b: item, score });
      }
    }
    return out.sort((x, y) => y.score - x.score).slice(0, this.perClaim);
  }
}
