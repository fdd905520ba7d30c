/**
 * The candidate index: an inverted index from token to claims, with document frequencies for IDF.
 * Adding an article looks its claims up against the claims already indexed and returns only the new
 * candidate pairs, so importing one more article never recomputes the case (sub-quadratic: each claim
 * visits the postings of its rarer tokens only, and keeps its best candidates).
 */
import type { Claim } from '../claims/types';
import { speakerKey } from '../claims/quotes';
import { conflictingMeasurement, figuresOf } from './quantities';
import { isNegated, resolvedDates, type PairSide } from './pairs';
import { SPEAKER_LIFT, adjustForSpeakers } from './score';
import { contentTokens, copyKey, CopyKeys, type PreparedClaim } from './tokens';

/** A claim as the index holds it: its side of any pair (speaker key, figures, dates), and its tokens. */
export interface IndexedClaim extends PairSide {
  tokens: string[];
  /** The tokens as ids in the index's vocabulary, ascending. */
  ids: Int32Array;
  /** Position in the index of the claim these ids were indexed for (a copy's first), -1 before. */
  at: number;
}

export interface Candidate {
  a: IndexedClaim;
  b: IndexedClaim;
  score: number;
  /** True when `b` has the same words as `a` (a copy); copies are grouped, never indexed again. */
  copy: boolean;
  /** The number of `a`'s article (see articleNumber), read while `a` was at hand. */
  article: number;
}

export { copyKey };

/**
 * Candidates whose estimated cosine falls this far under the keep threshold are not scored: the
 * estimate uses norms refreshed only when the index grows by a quarter, reads only the postings probed,
 * and a shared speaker can lift the score.
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
  /** Token to id; `postings[id]` lists the positions of the claims holding it. */
  private readonly vocabulary = new Map<string, number>();
  private readonly postings: number[][] = [];
  private readonly factPostings = new Map<string, number[]>();
  /** First claim with each copy key: later claims with the key are copies of it. */
  private readonly firstByKey = new Map<string, IndexedClaim>();
  private readonly copyKeys = new CopyKeys();
  private readonly perClaim: number;
  private readonly probes: number;
  readonly minScore: number;
  /** Similar claims in the same article, by indexed claim (see linkSiblings). */
  private readonly siblings = new Map<IndexedClaim, { other: IndexedClaim; score: number }[]>();
  /** Each article's number, and the article number of the claim at each position. */
  private readonly articles = new Map<string, number>();
  private articleAt = new Int32Array(1024);
  /** Each indexed claim's IDF norm, by position: recomputed whenever the index grows by a quarter. */
  private norms = new Float64Array(1024);
  private normsAt = 0;
  /** IDF squared by token id, valid while `weightAt[id]` is the index size (see weight). */
  private weights = new Float64Array(1024);
  private weightAt = new Int32Array(1024).fill(-1);
  /** Norms at today's IDF by position, valid while `exactNormAt[i]` is the index size. */
  private exactNorms = new Float64Array(1024);
  private exactNormAt = new Int32Array(1024).fill(-1);
  /** Shared-weight accumulator and shared-token counter, reused across lookups (zeroed after each). */
  private acc = new Float64Array(1024);
  private sharedCount = new Uint16Array(1024);
  private touched = new Int32Array(1024);
  /**
   * Exact scores against the claim being looked up, by position, valid while `scoredIn[i]` is the
   * lookup's number: the bar (reachableBar) and the final pick score many of the same claims.
   */
  private scored = new Float64Array(1024);
  private scoredIn = new Int32Array(1024).fill(-1);
  private lookups = 0;
  /** The best estimates of one lookup. */
  private readonly top = new TopK();

  constructor(options: IndexOptions = {}) {
    this.perClaim = options.perClaim ?? 24;
    this.minScore = options.minScore ?? 0.35;
    this.probes = options.probes ?? Infinity;
  }

  /** The score of two claims the index has seen at today's IDF, as pairScore gives it. */
  scoreOf(a: IndexedClaim, b: IndexedClaim): number {
    return this.score(a, this.normOf(a), b, this.normOf(b));
  }

  /**
   * A claim's norm at today's IDF. (A method, not a closure in scoreOf: making a named closure for each
   * of 456,000 pairs cost 0.4 s in tsx, which names every function it makes.)
   */
  private normOf(x: IndexedClaim): number {
    return x.at >= 0 ? this.exactNorm(x.at) : this.normNow(x.ids);
  }

  /** Inverse document frequency of a token over the claims indexed so far (smoothed). */
  idf = (token: string): number => {
    const id = this.vocabulary.get(token);
    return id === undefined ? Math.log(2 + this.claims.length) : Math.sqrt(this.weight(id));
  };

  /** IDF squared of a token id, memoised while the index does not change (between articles). */
  private weight(id: number): number {
    const n = this.claims.length;
    if (this.weightAt[id] === n) return this.weights[id]!;
    const idf = Math.log(1 + (n + 1) / (this.postings[id]!.length + 1));
    this.weights[id] = idf * idf;
    this.weightAt[id] = n;
    return idf * idf;
  }

  /** A claim's IDF norm as the index is now. */
  private normNow(ids: Int32Array): number {
    let sum = 0;
    for (const id of ids) sum += this.weight(id);
    return Math.sqrt(sum) || 1;
  }

  /** The norm of the claim at `position` at today's IDF, memoised between articles. */
  private exactNorm(position: number): number {
    if (this.exactNormAt[position] !== this.claims.length) {
      this.exactNorms[position] = this.normNow(this.claims[position]!.ids);
      this.exactNormAt[position] = this.claims.length;
    }
    return this.exactNorms[position]!;
  }

  /** Shared IDF weight of two claims (a merge of their ascending ids) and how many tokens they share. */
  private sharedWeight(a: Int32Array, b: Int32Array): number {
    let sum = 0;
    let x = 0;
    let y = 0;
    while (x < a.length && y < b.length) {
      const u = a[x]!;
      const v = b[y]!;
      if (u === v) {
        sum += this.weight(u);
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
    return sum;
  }

  /** pairScore at today's IDF, on ids; `normA`/`normB` as normNow gives them. */
  private score(a: IndexedClaim, normA: number, b: IndexedClaim, normB: number): number {
    return adjustForSpeakers(this.sharedWeight(a.ids, b.ids) / (normA * normB), a.speaker, b.speaker);
  }

  /** Ids for a claim's tokens, adding new tokens to the vocabulary with empty postings. */
  private idsOf(tokens: readonly string[]): Int32Array {
    const ids = new Int32Array(tokens.length);
    tokens.forEach((t, j) => {
      let id = this.vocabulary.get(t);
      if (id === undefined) {
        id = this.postings.length;
        this.vocabulary.set(t, id);
        this.postings.push([]);
      }
      ids[j] = id;
    });
    if (this.postings.length > this.weights.length) {
      this.weights = grow(this.weights, this.postings.length);
      this.weightAt = grow(this.weightAt, this.postings.length, -1);
    }
    return ids.sort();
  }

  /**
   * An indexed article's number: 0 for the first article with a claim indexed, and so on; undefined
   * when none of its claims was indexed.
   */
  articleNumber(articleId: string): number | undefined {
    return this.articles.get(articleId);
  }

  /**
   * Indexes one article's claims and returns its new pairs with earlier articles, scored. In each,
   * `b` is the new article's claim and `a` an indexed claim of an earlier article. `prepared[i]`, when
   * given, is claim i prepared on another thread (ClaimPreparer, fed the articles in this order).
   */
  addArticle(claims: readonly Claim[], prepared?: readonly PreparedClaim[]): Candidate[] {
    const found: Candidate[] = [];
    const incoming: { item: IndexedClaim; key: string }[] = [];
    const seenHere = new Set<string>();
    for (let c = 0; c < claims.length; c++) {
      const claim = claims[c]!;
      const key = prepared?.[c]?.key ?? this.copyKeys.of(claim.text);
      const first = this.firstByKey.get(key);
      const tokens = first?.tokens ?? prepared?.[c]?.tokens ?? contentTokens(claim.text);
      // pairSide's fields, written out (see pairSide). The same text has the same figures (dates
      // differ: they resolve against each article's date).
      const item: IndexedClaim = {
        claim,
        speaker: speakerKey(claim.speaker),
        figures: first && first.claim.text === claim.text ? first.figures : figuresOf(claim),
        dates: resolvedDates(claim),
        negated: isNegated(claim),
        tokens,
        ids: first?.ids ?? this.idsOf(tokens),
        at: first?.at ?? -1,
      };
      if (first) {
        // A copy (syndication, a repeated quote): one pair to the first, grouped, not indexed again.
        if (first.claim.articleId !== claim.articleId) {
          found.push({ a: first, b: item, score: 1, copy: true, article: this.articleAt[first.at]! });
          // Claims near the first one in its own article were never paired with it: pair them with the copy.
          for (const { other, score } of this.siblings.get(first) ?? []) {
            if (other.claim.articleId !== claim.articleId) found.push({ a: other, b: item, score, copy: false, article: this.articleAt[other.at]! });
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
    if (incoming.length === 0) return found;
    const article = this.articles.size;
    this.articles.set(incoming[0]!.item.claim.articleId, article);
    const size = this.claims.length + incoming.length;
    if (size > this.norms.length) {
      const capacity = Math.max(size, this.norms.length * 2);
      this.norms = grow(this.norms, capacity);
      this.articleAt = grow(this.articleAt, capacity);
      this.exactNorms = grow(this.exactNorms, capacity);
      this.exactNormAt = grow(this.exactNormAt, capacity, -1);
      this.acc = grow(this.acc, capacity);
      this.scored = grow(this.scored, capacity);
      this.scoredIn = grow(this.scoredIn, capacity, -1);
      this.sharedCount = grow(this.sharedCount, capacity);
    }
    for (const { item, key } of incoming) {
      this.firstByKey.set(key, item);
      const position = this.claims.length;
      item.at = position;
      this.claims.push(item);
      this.articleAt[position] = article;
      for (const id of item.ids) this.postings[id]!.push(position);
      for (const f of item.figures.facts) {
        let list = this.factPostings.get(f);
        if (!list) this.factPostings.set(f, (list = []));
        list.push(position);
      }
    }
    // IDF drifts as the index grows: norms taken long ago would skew the estimates (old claims look closer).
    const from = this.claims.length >= this.normsAt * 1.25 ? 0 : this.claims.length - incoming.length;
    for (let i = from; i < this.claims.length; i++) this.norms[i] = this.normNow(this.claims[i]!.ids);
    if (from === 0) this.normsAt = this.claims.length;
    return found;
  }

  /**
   * Similar claims within one article (a headline and the body sentence it repeats) are not a pair, but
   * a copy of one of them in another article pairs with the other: remember them.
   */
  private linkSiblings(items: readonly IndexedClaim[]): void {
    // Quadratic in the article's claims: an article this long is not a headline and its body.
    if (items.length > SIBLING_LIMIT) return;
    const norms = items.map((item) => this.normNow(item.ids));
    for (let x = 0; x < items.length; x++) {
      for (let y = x + 1; y < items.length; y++) {
        const a = items[x]!;
        const b = items[y]!;
        if (sharedCount(a.ids, b.ids) < minShared(a.ids.length, b.ids.length)) continue;
        const score = this.score(a, norms[x]!, b, norms[y]!);
        if (score < this.minScore - IDF_SLACK) continue;
        for (const [from, other] of [[a, b], [b, a]] as const) {
          const list = this.siblings.get(from) ?? [];
          list.push({ other, score });
          this.siblings.set(from, list);
        }
      }
    }
  }

  /**
   * The ids with postings of at most `maxDf` claims, rarest first (ties by id), at most `probes` of
   * them: one native sort of keys packing each id's frequency with its place in `ids`.
   */
  private byRarity(ids: Int32Array, maxDf: number): Int32Array {
    const span = 2 ** Math.ceil(Math.log2(ids.length + 1));
    const keys = new Float64Array(ids.length);
    let count = 0;
    for (let j = 0; j < ids.length; j++) {
      const df = this.postings[ids[j]!]!.length;
      if (df > 0 && df <= maxDf) keys[count++] = df * span + j;
    }
    const sorted = keys.subarray(0, count).sort();
    const out = new Int32Array(Math.min(count, this.probes));
    for (let j = 0; j < out.length; j++) out[j] = ids[sorted[j]! % span]!;
    return out;
  }

  /** The score of the claim at position `i` against the claim being looked up (see scored). */
  private scoreAt(i: number, item: IndexedClaim, queryNorm: number): number {
    if (this.scoredIn[i] === this.lookups) return this.scored[i]!;
    const score = this.score(this.claims[i]!, this.norms[i]!, item, queryNorm);
    this.scored[i] = score;
    this.scoredIn[i] = this.lookups;
    return score;
  }

  /** The best-scoring earlier claims for one claim. */
  private lookup(item: IndexedClaim): Candidate[] {
    const n = this.claims.length;
    if (n === 0 || item.ids.length === 0) return [];
    this.lookups++;
    // Tokens present in more than a fifth of all claims are skipped as near-stop-words (beyond 500 claims).
    const maxDf = n > 500 ? n / 5 : Infinity;
    const { acc, sharedCount: counts, norms, articleAt } = this;
    // Positions with a non-zero accumulator, in `touched[0..touchedCount)` (a buffer reused across lookups).
    if (this.touched.length < n) this.touched = grow(this.touched, n);
    const touched = this.touched;
    let touchedCount = 0;
    const queryNorm = this.normNow(item.ids);
    const floor = (this.minScore - IDF_SLACK) * ESTIMATE_MARGIN;
    const sorted = this.byRarity(item.ids, maxDf);
    let remaining = 0;
    for (const id of sorted) remaining += this.weight(id);
    // Read the rarest tokens' postings: the shared IDF weight and token count with every earlier claim
    // in one pass. A claim in none of the lists still to read shares at most `remaining` weight, so its
    // cosine is at most sqrt(remaining) / queryNorm: reading stops once that cannot reach the bar. The
    // bar starts at the floor (prefix filtering) and, once the rarest lists carry most of the weight,
    // rises to the k-th best exact score so far (top-k pruning: the commonest lists are rarely read).
    const k = this.perClaim + 4;
    const half = (queryNorm * queryNorm) / 2;
    let bar = floor;
    let raised = false;
    for (const id of sorted) {
      if (remaining < (bar * queryNorm) ** 2) break;
      const w = this.weight(id);
      remaining -= w;
      const list = this.postings[id]!;
      for (let p = 0; p < list.length; p++) {
        const i = list[p]!;
        if (acc[i] === 0) touched[touchedCount++] = i;
        acc[i] = acc[i]! + w;
        counts[i] = counts[i]! + 1;
      }
      if (!raised && remaining < half && touchedCount >= k) {
        raised = true;
        bar = Math.max(bar, this.reachableBar(item, touched, touchedCount, queryNorm, k));
      }
    }
    // Shared weight over both norms estimates the cosine; only the best estimates are scored on every
    // token. Their norms are the refreshed ones: the score is provisional (CaseMatcher.allPairs rescores
    // each kept pair exactly), and exact norms here cost a tenth of the index's time.
    const top = this.top.reset(k);
    const minCount = minShared(item.ids.length, item.ids.length);
    const article = this.articles.get(item.claim.articleId) ?? -1;
    for (let t = 0; t < touchedCount; t++) {
      const i = touched[t]!;
      const shared = acc[i]!;
      const count = counts[i]!;
      acc[i] = 0;
      counts[i] = 0;
      // Cheap tests first: most touched claims share one or two common words and fall here.
      if (count < 2) continue;
      const estimate = shared / (queryNorm * norms[i]!);
      if (estimate < floor || estimate + (1 - estimate) * SPEAKER_LIFT <= top.min || articleAt[i] === article) continue;
      if (count < minCount && count < minShared(item.ids.length, this.claims[i]!.ids.length)) continue;
      // Only two claims with speakers can be moved by them.
      top.offer(i, item.speaker ? adjustForSpeakers(estimate, this.claims[i]!.speaker, item.speaker) : estimate);
    }
    const out: Candidate[] = [];
    for (let j = 0; j < top.count; j++) {
      const i = top.item(j);
      const score = this.scoreAt(i, item, queryNorm);
      if (score >= this.minScore - IDF_SLACK) out.push({ a: this.claims[i]!, b: item, score, copy: false, article: articleAt[i]! });
    }
    const best = out.sort((x, y) => y.score - x.score).slice(0, this.perClaim);
    // Most claims measure nothing: no set of the best to check against.
    if (item.figures.facts.length === 0) return best;
    return [...best, ...this.factConflicts(item, queryNorm, new Set(best.map((c) => c.a)))];
  }

  /**
   * The bar an unseen claim must be able to reach: the k-th best exact score among the k claims with
   * the best estimates so far (k real candidates score at least that), less what a shared speaker
   * could add.
   */
  private reachableBar(item: IndexedClaim, touched: Int32Array, touchedCount: number, queryNorm: number, k: number): number {
    const { acc, norms, sharedCount: counts } = this;
    const top = this.top.reset(k);
    for (let t = 0; t < touchedCount; t++) {
      const i = touched[t]!;
      // Most touched claims share one word: never a candidate (see lookup), skipped before dividing.
      if (counts[i]! < 2) continue;
      const estimate = acc[i]! / norms[i]!;
      if (estimate > top.min) top.offer(i, estimate);
    }
    if (top.count < k) return 0;
    let kth = Infinity;
    for (let j = 0; j < top.count; j++) {
      const i = top.item(j);
      kth = Math.min(kth, this.scoreAt(i, item, queryNorm));
    }
    return (kth - SPEAKER_LIFT) / (1 - SPEAKER_LIFT);
  }

  /**
   * Earlier claims reporting the same kind of measurement of the same thing with another value
   * ("21-foot Titan" vs "22-foot vessel"): candidates even when the rest of the wording differs.
   */
  private factConflicts(item: IndexedClaim, queryNorm: number, already: Set<IndexedClaim>): Candidate[] {
    const seen = new Set<number>();
    const out: Candidate[] = [];
    for (const f of item.figures.facts) {
      const list = this.factPostings.get(f);
      if (!list || list.length > 200) continue;
      for (const i of list) {
        if (seen.has(i)) continue;
        seen.add(i);
        const other = this.claims[i]!;
        if (already.has(other) || other.claim.articleId === item.claim.articleId) continue;
        if (!conflictingMeasurement(other.figures, item.figures)) continue;
        const score = this.scoreAt(i, item, queryNorm);
        if (score >= FACT_MIN_SCORE) out.push({ a: other, b: item, score, copy: false, article: this.articleAt[i]! });
      }
    }
    return out.sort((x, y) => y.score - x.score).slice(0, this.perClaim);
  }
}

/** How many ids two ascending id lists share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let n = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    if (a[x] === b[y]) {
      n++;
      x++;
      y++;
    } else if (a[x]! < b[y]!) x++;
    else y++;
  }
  return n;
}

/** A copy of `array` with room for `size` entries, new entries set to `fill`. */
function grow<T extends Float64Array | Int32Array | Uint16Array>(array: T, size: number, fill = 0): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  if (fill !== 0) bigger.fill(fill, array.length);
  return bigger;
}

/**
 * The k highest-scoring positions offered, in a binary min-heap over typed arrays: a lookup offers
 * thousands of candidates and keeps a couple of dozen, so sorting them all was most of its time.
 */
class TopK {
  private scores = new Float64Array(0);
  private items = new Int32Array(0);
  private size = 0;
  private k = 0;

  reset(k: number): this {
    if (this.scores.length < k) [this.scores, this.items] = [new Float64Array(k), new Int32Array(k)];
    this.k = k;
    this.size = 0;
    return this;
  }

  /** How many positions are kept. */
  get count(): number {
    return this.size;
  }

  /** The score an offer must beat once the heap is full (-Infinity before). */
  get min(): number {
    return this.size < this.k ? -Infinity : this.scores[0]!;
  }

  offer(item: number, score: number): void {
    const { scores, items } = this;
    if (this.size < this.k) {
      // Sift up.
      let at = this.size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (scores[parent]! <= score) break;
        scores[at] = scores[parent]!;
        items[at] = items[parent]!;
        at = parent;
      }
      scores[at] = score;
      items[at] = item;
      return;
    }
    if (score <= scores[0]!) return;
    // Replace the root and sift down.
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && scores[right]! < scores[left]! ? right : left;
      if (scores[child]! >= score) break;
      scores[at] = scores[child]!;
      items[at] = items[child]!;
      at = child;
    }
    scores[at] = score;
    items[at] = item;
  }

  /**
   * The j-th kept position (0 ≤ j < count), in heap order, not by score: the callers sort what they
   * keep or take its minimum, and sorting here cost a twentieth of the index's time.
   */
  item(j: number): number {
    return this.items[j]!;
  }
}
