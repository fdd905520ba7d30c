/**
 * The candidate index: an inverted index from token to claims, with document frequencies for IDF.
 * Adding an article looks its claims up against the claims already indexed and returns only the new
 * candidate pairs, so importing one more article never recomputes the case (sub-quadratic: each claim
 * visits the postings of its rarer tokens only, and keeps its best candidates).
 */
import type { Claim } from '../claims/types';
import { conflictingMeasurement, factKeys } from './quantities';
import { pairScore, speakerAdjusted } from './score';
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

/**
 * Candidates whose estimated cosine falls this far under the keep threshold are not scored: the
 * estimate uses norms from when each claim was indexed, and a shared speaker can lift the score.
 */
const ESTIMATE_MARGIN = 0.5;

export interface IndexOptions {
  /** Candidates kept per claim before scoring (default 24). */
  perClaim?: number;
  /** Pairs scoring below this are dropped (default 0.35). */
  minScore?: number;
  /** Rarest tokens looked up per claim (default: all below the near-stop-word frequency). */
  probes?: number;
}

/** Two claims must share this many content tokens: one common word ("know") is not a match. */
export function minShared(a: number, b: number): number {
  return Math.min(a, b) <= 3 ? 2 : 3;
}

function countShared(a: readonly string[], b: readonly string[] | ReadonlySet<string>): number {
  const set = b instanceof Set ? b : new Set(b);
  let n = 0;
  for (const t of a) if (set.has(t)) n++;
  return n;
}

/** Articles with more distinct claims than this get no sibling links (see linkSiblings). */
const SIBLING_LIMIT = 400;

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
  /** Similar claims in the same article, by indexed claim (see linkSiblings). */
  private readonly siblings = new Map<IndexedClaim, { other: IndexedClaim; score: number }[]>();
  /** Each indexed claim's IDF norm when it was indexed, by position. */
  private readonly norms: number[] = [];
  /** Shared-weight accumulator reused across lookups (zeroed after each). */
  private acc = new Float64Array(0);
  /** Shared-token counter, alongside `acc`. */
  private sharedCount = new Uint16Array(0);

  constructor(options: IndexOptions = {}) {
    this.perClaim = options.perClaim ?? 24;
    this.minScore = options.minScore ?? 0.35;
    this.probes = options.probes ?? Infinity;
  }

  /** Tokens of an indexed claim (copies share their first occurrence's), by claim id. */
  tokensOf(claimId: string): string[] | undefined {
    return this.tokensById.get(claimId);
  }

  /** Inverse document frequency of a token over the claims indexed so far (smoothed). */
  idf = (token: string): number => {
    this.dropStaleMemos();
    let value = this.idfMemo.get(token);
    if (value === undefined) {
      const df = this.postings.get(token)?.length ?? 0;
      value = Math.log(1 + (this.claims.length + 1) / (df + 1));
      this.idfMemo.set(token, value);
    }
    return value;
  };
  private readonly idfMemo = new Map<string, number>();
  private idfMemoAt = -1;
  private readonly normMemo = new Map<IndexedClaim, number>();

  /** IDF and norms are memoised while the index does not change (between articles). */
  private dropStaleMemos(): void {
    if (this.idfMemoAt === this.claims.length) return;
    this.idfMemo.clear();
    this.normMemo.clear();
    this.idfMemoAt = this.claims.length;
  }

  /** A claim's IDF norm as the index is now (memoised with the IDF, between articles). */
  private currentNorm(item: IndexedClaim): number {
    this.dropStaleMemos();
    let norm = this.normMemo.get(item);
    if (norm === undefined) {
      norm = Math.sqrt(item.tokens.reduce((sum, t) => sum + this.idf(t) ** 2, 0)) || 1;
      this.normMemo.set(item, norm);
    }
    return norm;
  }

  /** Indexes one article's claims and returns its new pairs with earlier articles, scored. */
  addArticle(claims: readonly Claim[]): Candidate[] {
    const found: Candidate[] = [];
    const incoming: { item: IndexedClaim; key: string }[] = [];
    const seenHere = new Set<string>();
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
          // Claims near the first one in its own article were never paired with it: pair them with the copy.
          for (const { other, score } of this.siblings.get(first) ?? []) {
            if (other.claim.articleId !== claim.articleId) found.push({ a: other, b: item, score });
          }
        }
        continue;
      }
      // The same words twice in one article (a pull quote): one claim to index and pair.
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      for (const candidate of this.lookup(item)) found.push(candidate);
      incoming.push({ item, key });
    }
    this.linkSiblings(incoming.map((x) => x.item));
    for (const { item, key } of incoming) {
      this.firstByKey.set(key, item);
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
    for (const { item } of incoming) this.norms.push(Math.sqrt(item.tokens.reduce((sum, t) => sum + this.idf(t) ** 2, 0)) || 1);
    return found;
  }

  /**
   * Similar claims within one article (a headline and the body sentence it repeats) are not a pair, but
   * a copy of one of them in another article pairs with the other: remember them.
   */
  private linkSiblings(items: readonly IndexedClaim[]): void {
    // Quadratic in the article's claims: an article this long is not a headline and its body.
    if (items.length > SIBLING_LIMIT) return;
    for (let x = 0; x < items.length; x++) {
      for (let y = x + 1; y < items.length; y++) {
        const a = items[x]!;
        const b = items[y]!;
        if (countShared(a.tokens, b.tokens) < minShared(a.tokens.length, b.tokens.length)) continue;
        const score = pairScore({ tokens: a.tokens, speaker: a.claim.speaker }, { tokens: b.tokens, speaker: b.claim.speaker }, this.idf);
        if (score < this.minScore - IDF_SLACK) continue;
        for (const [from, other] of [[a, b], [b, a]] as const) {
          const list = this.siblings.get(from) ?? [];
          list.push({ other, score });
          this.siblings.set(from, list);
        }
      }
    }
  }

  /** The best-scoring earlier claims for one claim. */
  private lookup(item: IndexedClaim): Candidate[] {
    const n = this.claims.length;
    if (n === 0 || item.tokens.length === 0) return [];
    // Tokens present in more than a fifth of all claims are skipped as near-stop-words (beyond 500 claims).
    const maxDf = n > 500 ? n / 5 : Infinity;
    if (this.acc.length < n) {
      const size = Math.max(n, this.acc.length * 2, 1024);
      const acc = new Float64Array(size);
      acc.set(this.acc);
      const shared = new Uint16Array(size);
      shared.set(this.sharedCount);
      [this.acc, this.sharedCount] = [acc, shared];
    }
    const { acc, sharedCount } = this;
    const touched: number[] = [];
    // Probe the rarest tokens: the shared IDF weight and token count with every earlier claim, in one
    // pass over the postings. The commonest tokens are left out while the weight they carry could not
    // lift a claim sharing only them over the floor (prefix filtering).
    const queryNorm = Math.sqrt(item.tokens.reduce((s, t) => s + this.idf(t) ** 2, 0));
    const floor = (this.minScore - IDF_SLACK) * ESTIMATE_MARGIN;
    const sorted = item.tokens
      .map((t) => ({ t, list: this.postings.get(t), w: this.idf(t) ** 2 }))
      .filter((x): x is { t: string; list: number[]; w: number } => !!x.list && x.list.length <= maxDf)
      .sort((x, y) => x.list.length - y.list.length)
      .slice(0, this.probes);
    let remaining = sorted.reduce((s, x) => s + x.w, 0);
    const enough = (floor * queryNorm) ** 2;
    const probes: typeof sorted = [];
    for (const x of sorted) {
      if (remaining < enough) break;
      probes.push(x);
      remaining -= x.w;
    }
    for (const { list, w } of probes) {
      for (const i of list) {
        if (acc[i] === 0) touched.push(i);
        acc[i] = acc[i]! + w;
        sharedCount[i] = sharedCount[i]! + 1;
      }
    }
    // Shared weight over both norms estimates the cosine (norms taken when each claim was indexed);
    // only the best estimates get the exact score.
    const estimated: { i: number; estimate: number }[] = [];
    for (const i of touched) {
      const estimate = acc[i]! / (queryNorm * this.norms[i]!);
      const count = sharedCount[i]!;
      acc[i] = 0;
      sharedCount[i] = 0;
      if (estimate < floor) continue;
      const other = this.claims[i]!;
      if (other.claim.articleId === item.claim.articleId) continue;
      if (count < minShared(item.tokens.length, other.tokens.length)) continue;
      estimated.push({ i, estimate: speakerAdjusted(estimate, other.claim.speaker, item.claim.speaker) });
    }
    const ranked = estimated.sort((x, y) => y.estimate - x.estimate).slice(0, this.perClaim + 4);
    const out: Candidate[] = [];
    const own = new Set(item.tokens);
    for (const { i } of ranked) {
      const other = this.claims[i]!;
      // pairScore's cosine, with both norms at today's IDF (the candidate's memoised per article).
      let shared = 0;
      for (const t of other.tokens) if (own.has(t)) shared += this.idf(t) ** 2;
      const cosine = shared / (queryNorm * this.currentNorm(other));
      const score = speakerAdjusted(cosine, other.claim.speaker, item.claim.speaker);
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
