/**
 * Matching for a whole case, as a pipeline of named stages over the case's claims:
 *   claims (extracted once per article, kept) → copies grouped (the same words in several articles:
 *   one claim stands for them) → prepared (tokens, synonyms, translations, names, figures) → vectors
 *   (IDF over the case) → channels (lexical, figures, speaker, names: candidates with the evidence
 *   that found them) → features → ranker (one score) → checks (flags, suggestion, reason) → review order.
 *
 * The result depends only on the set of articles, never on the order they were added in: articles
 * are taken in order of id, and every stage after extraction runs over the whole case when pairs are
 * read. Adding an article extracts only that article; the rest is recomputed (a 100-article case in a
 * fraction of a second).
 */
import { englishPlaceAdjective } from '../lexicon';
import { CALENDAR_WORD } from '../claims/dates';
import { extractClaims, type ClaimSource } from '../claims/extract';
import type { Claim } from '../claims/types';
import { assess, figureConflict, SIZE_DIMENSIONS } from './assess';
import { findCandidates, DEFAULT_CHANNELS, type ChannelOptions } from './channels';
import { storyAliases } from './entities';
import { clusterRecords } from './cluster-records';
import { candidateFeatures, FEATURES, type CandidateFeatures } from './features';
import { byId, sortForReview } from './order';
import { priorityOf, type MatchPair } from './pairs';
import { prepareClaim, type PreparedClaim } from './prepare';
import { DEFAULT_MODEL, rankAll, type RankerModel } from './ranker';
import { toPairRecord } from './records';
import { copyKey } from './tokens';
import { Vectors } from './vectors';

export interface MatchCluster {
  id: string;
  pairs: string[];
  claims: Claim[];
}

export interface MatchOptions {
  model?: RankerModel;
  channels?: ChannelOptions;
  /** Pairs the ranker scores below this are not proposed (copies always are). */
  minScore?: number;
  /** At most this many pairs (besides copies) per claim, its best. */
  perClaim?: number;
}

/** A candidate pair with what the ranker and the checks were given: for `npm run fit` and the eval. */
export interface ScoredCandidate {
  a: PreparedClaim;
  b: PreparedClaim;
  features: CandidateFeatures;
  score: number;
}

interface Run {
  pairs: MatchPair[];
  candidates: ScoredCandidate[];
  /** Claims standing for a group of copies, by the id of each claim in the group. */
  copyOf: Map<string, Claim>;
  members: Map<string, Claim[]>;
}

export const DEFAULT_MIN_SCORE = 0.01;
export const DEFAULT_PER_CLAIM = 10;

export class CaseMatcher {
  readonly claimsByArticle = new Map<string, Claim[]>();
  private readonly dates = new Map<string, string | null>();
  private run: Run | null = null;
  private readonly options: Required<MatchOptions>;

  constructor(options: MatchOptions = {}) {
    this.options = {
      model: options.model ?? DEFAULT_MODEL,
      channels: options.channels ?? DEFAULT_CHANNELS,
      minScore: options.minScore ?? DEFAULT_MIN_SCORE,
      perClaim: options.perClaim ?? DEFAULT_PER_CLAIM,
    };
  }

  /** Adds one article (extracting its claims); returns how many claims it has. */
  addArticle(article: ClaimSource): number {
    if (this.claimsByArticle.has(article.id)) return 0;
    return this.addExtracted(article, extractClaims(article));
  }

  /** addArticle for claims already extracted from the article (`extractClaims(article)`), e.g. on another thread. */
  addExtracted(article: ClaimSource, claims: Claim[]): number {
    if (this.claimsByArticle.has(article.id)) return 0;
    this.claimsByArticle.set(article.id, claims);
    this.dates.set(article.id, article.date);
    this.run = null;
    return claims.length;
  }

  /** Removes an article and its claims; the next read recomputes the case without it. */
  removeArticle(articleId: string): void {
    if (this.claimsByArticle.delete(articleId)) {
      this.dates.delete(articleId);
      this.run = null;
    }
  }

  /** Every pair, in review order. The same articles always give the same pairs. */
  allPairs(): MatchPair[] {
    return this.compute().pairs;
  }

  /** Every candidate the channels found, with its features and score (also those not proposed). */
  candidates(): ScoredCandidate[] {
    return this.compute().candidates;
  }

  /** The claims with the same words as `claim` in other articles (its copies), itself included. */
  copiesOf(claim: Claim): Claim[] {
    const run = this.compute();
    const standing = run.copyOf.get(claim.id) ?? claim;
    return run.members.get(standing.id) ?? [claim];
  }

  clusters(minScore = 0.5): MatchCluster[] {
    return clusterPairs(this.allPairs(), minScore);
  }

  private compute(): Run {
    if (this.run) return this.run;
    const { model, channels, minScore, perClaim } = this.options;
    const articleIds = [...this.claimsByArticle.keys()].sort();
    const articleNumber = new Map(articleIds.map((id, i) => [id, i]));
    // Earlier article first: by date, then by id.
    const order = (x: string, y: string) => {
      const dx = this.dates.get(x) ?? '9999';
      const dy = this.dates.get(y) ?? '9999';
      return dx < dy ? -1 : dx > dy ? 1 : x < y ? -1 : x > y ? 1 : 0;
    };

    // Copies: one claim stands for each group of claims with the same words, the earliest.
    const groups = new Map<string, Claim[]>();
    const keyOf = new Map<Claim, string>();
    for (const id of articleIds) {
      for (const c of this.claimsByArticle.get(id)!) {
        const key = copyKey(c.text);
        keyOf.set(c, key);
        let g = groups.get(key);
        if (!g) groups.set(key, (g = []));
        // The same words twice in one article (a pull quote) are one claim.
        if (!g.some((x) => x.articleId === c.articleId)) g.push(c);
      }
    }
    const copyOf = new Map<string, Claim>();
    const members = new Map<string, Claim[]>();
    const copyPairs: Array<[Claim, Claim]> = [];
    for (const g of groups.values()) {
      g.sort((x, y) => order(x.articleId, y.articleId) || x.start - y.start);
      const first = g[0]!;
      members.set(first.id, g);
      for (const c of g) copyOf.set(c.id, first);
      for (const c of g.slice(1)) copyPairs.push([first, c]);
    }

    // The claims that stand for themselves or for their copies, prepared, in canonical order.
    const prepared: PreparedClaim[] = [];
    for (const id of articleIds) {
      const claims = this.claimsByArticle.get(id)!;
      const last = Math.max(1, (claims[claims.length - 1]?.end ?? 1) - 1);
      for (const c of claims) {
        if (copyOf.get(c.id) !== c) continue;
        prepared.push(prepareClaim(c, prepared.length, articleNumber.get(id)!, c.start / last, keyOf.get(c)));
      }
    }
    // The story's names for its things, from its English claims (German capitalises every noun).
    const aliases = storyAliases(prepared.filter((p) => p.claim.language === 'en').map((p) => p.claim.text));
    for (const p of prepared) p.aliases = aliases;
    const vectors = new Vectors(prepared);
    const table = findCandidates(prepared, vectors, channels);
    const rareDf = Math.max(3, Math.ceil(prepared.length * 0.01));
    const candidates: ScoredCandidate[] = [];
    const n = table.n;
    // Each article's place in `order` (a total order of distinct ids), so a pair's earlier claim is found
    // without two date lookups per candidate.
    const rank = new Int32Array(articleIds.length);
    [...articleIds.keys()].sort((i, j) => order(articleIds[i]!, articleIds[j]!)).forEach((i, r) => (rank[i] = r));
    // Candidates by key (x * n + y), each key with its channel bits below it (bits < 16): one numeric sort
    // and no lookup per key. Exact while n * n * 16 is a safe integer (n up to 23 million claims).
    const packed = new Float64Array(table.found.size);
    let k = 0;
    for (const [key, bits] of table.found) packed[k++] = key * 16 + bits;
    packed.sort();
    for (const v of packed) {
      const bits = v % 16;
      const key = (v - bits) / 16;
      const x = Math.floor(key / n);
      const y = key % n;
      const px = prepared[x]!;
      const py = prepared[y]!;
      const first = rank[px.article]! <= rank[py.article]!;
      const a = first ? px : py;
      const b = first ? py : px;
      const features = candidateFeatures(a, b, a.index, b.index, vectors, bits, rareDf);
      candidates.push({ a, b, features, score: 0 });
    }
    const scores = rankAll(model, candidates.map((c) => ({ x: c.a.index, y: c.b.index, values: c.features.values })), n);
    candidates.forEach((c, i) => (c.score = scores[i]!));

    // Proposed: above the floor, a claim's best few, one pair per overlapping stretch of two articles
    // (a sentence and the quote inside it, or the same quote repeated further down).
    // Of a sentence and the quote inside it, the quotes are shown when they score about as well.
    const keepOrder = (c: ScoredCandidate) => c.score * (c.a.claim.kind === 'quote' && c.b.claim.kind === 'quote' ? 1.3 : 1);
    // Two sizes of one thing are what a fact-checker looks for: a candidate whose checks find two
    // lengths, areas, weights, volumes or speeds of a thing both claims name is proposed whatever its
    // score. A size does not change and is told by several reports. So is a duration both claims say
    // is of one thing ("40 more hours of oxygen", "twenty-four hours away from a depleted oxygen
    // supply"; "a week-long search", "a five-day search"); sums, ages and head counts belong to many
    // people and moments of a story, so those wait for the ranker. They are few.
    const dateOf = (c: PreparedClaim) => this.dates.get(c.claim.articleId) ?? null;
    // Each article's names, from all its claims: a copy's are those of the claim standing for it.
    const byKey = new Map(prepared.map((p) => [p.copyKey, p]));
    const related = sharedNamesBetweenArticles(articleIds.map((id) => this.claimsByArticle.get(id)!.map((c) => byKey.get(keyOf.get(c)!)!.names)));
    const figureFlagged = new Set(
      candidates.filter((c) => {
        // Cheap first: a size of one thing (words shared or aliased) that disagrees.
        if (c.score >= minScore || !c.features.evidence.figures.some((f) => !f.agrees && f.thing > 0 && TOLD_OF_ONE_THING.has(f.a.dimension)) || !related(c.a.article, c.b.article)) return false;
        const cosine = c.features.values[FEATURES.indexOf('cosine')]!;
        const conflict = figureConflict({ a: c.a, b: c.b, dateA: dateOf(c.a), dateB: dateOf(c.b), evidence: c.features.evidence, score: c.score, cosine, verbatim: false });
        return conflict !== null && !conflict.changing && conflict.match.thing > 0 && TOLD_OF_ONE_THING.has(conflict.match.a.dimension);
      }),
    );
    const kept = candidates.filter((c) => c.score >= minScore || figureFlagged.has(c)).sort((p, q) => keepOrder(q) - keepOrder(p) || p.a.index - q.a.index || p.b.index - q.b.index);
    const perClaimCount = new Int32Array(n);
    const byArticles = new Map<string, ScoredCandidate[]>();
    const proposed: ScoredCandidate[] = [];
    for (const c of kept) {
      if (perClaimCount[c.a.index]! >= perClaim && perClaimCount[c.b.index]! >= perClaim && !figureFlagged.has(c)) continue;
      const pairKey = `${c.a.article}|${c.b.article}`;
      const same = byArticles.get(pairKey) ?? [];
      if (same.some((k) => sameStretch(k.a, c.a, vectors) && sameStretch(k.b, c.b, vectors))) continue;
      same.push(c);
      byArticles.set(pairKey, same);
      perClaimCount[c.a.index]!++;
      perClaimCount[c.b.index]!++;
      proposed.push(c);
    }
    // A pair repeating one above it (the same two wordings in other articles: near-copies on both
    // sides) is kept but moved down, so the queue's top shows each finding once.
    const nearCopy = nearCopyGroups(prepared, vectors, table);
    const shownGroups = new Set<string>();
    const repeats = new Set<ScoredCandidate>();
    // And the queue spreads over the case: a claim already paired above counts for less each time
    // (a reviewer learns more from a claim's best partner than from its fourth), but never for
    // nothing: a quote many outlets carry keeps a place for the one that rewords it (SPREAD_RATE).
    const pairedAbove = new Map<number, number>();
    const spread = new Map<ScoredCandidate, number>();
    for (const c of proposed) {
      const ga = nearCopy[c.a.index]!;
      const gb = nearCopy[c.b.index]!;
      const key = ga < gb ? `${ga}|${gb}` : `${gb}|${ga}`;
      if (shownGroups.has(key)) repeats.add(c);
      else shownGroups.add(key);
      const k = (pairedAbove.get(ga) ?? 0) + (pairedAbove.get(gb) ?? 0);
      spread.set(c, 1 / (1 + SPREAD_RATE * k));
      pairedAbove.set(ga, (pairedAbove.get(ga) ?? 0) + 1);
      pairedAbove.set(gb, (pairedAbove.get(gb) ?? 0) + 1);
    }

    const pairs: MatchPair[] = proposed.map((c) => {
      const cosine = c.features.values[FEATURES.indexOf('cosine')]!;
      const otherEvent = !related(c.a.article, c.b.article);
      const verdict = assess({ a: c.a, b: c.b, dateA: dateOf(c.a), dateB: dateOf(c.b), evidence: c.features.evidence, score: c.score, cosine, verbatim: false, otherEvent });
      const score = round(c.score);
      return {
        id: `${c.a.claim.id}|${c.b.claim.id}`,
        a: c.a.claim,
        b: c.b.claim,
        score,
        kind: verdict.kind,
        flags: verdict.flags,
        suggestion: verdict.suggestion,
        reason: verdict.reason,
        evidence: verdict.evidence,
        similarity: round(cosine),
        priority: otherEvent ? OTHER_EVENT_PRIORITY + score : repeats.has(c) ? REPEAT_PRIORITY + score : priorityOf(verdict.kind, verdict.suggestion, score, c.features.evidence.sameSpeaker !== null, c.a.claim.kind === 'quote' || c.b.claim.kind === 'quote', score * spread.get(c)!, verdict.changing),
      };
    });
    // Copies are certain pairs with nothing to weigh but the one thing a reviewer must know: these two
    // reports are not independent. They head the rewordings, each further copy between the same two
    // articles a little lower (SPREAD).
    const copiesBetween = new Map<string, number>();
    for (const [first, copy] of copyPairs) {
      const articles = first.articleId < copy.articleId ? `${first.articleId}|${copy.articleId}` : `${copy.articleId}|${first.articleId}`;
      const earlier = copiesBetween.get(articles) ?? 0;
      copiesBetween.set(articles, earlier + 1);
      pairs.push({
        id: `${first.id}|${copy.id}`,
        a: first,
        b: copy,
        score: 1,
        kind: 'verbatim',
        flags: [],
        suggestion: 'consistent',
        reason: 'same words (a copy or syndicated text)',
        evidence: ['same words (a copy or syndicated text)'],
        similarity: 1,
        // Boilerplate in reports of two events ("did not respond to a request for comment") goes last too.
        priority: related(articleNumber.get(first.articleId)!, articleNumber.get(copy.articleId)!) ? priorityOf('verbatim', 'consistent', 1, false, false, SPREAD ** earlier) : OTHER_EVENT_PRIORITY + 1,
      });
    }
    this.run = { pairs: sortForReview(pairs), candidates, copyOf, members };
    return this.run;
  }
}


const round = (n: number) => Math.round(n * 1000) / 1000;

/** Dimensions whose two values for one named thing are proposed whatever the ranker says. */
const TOLD_OF_ONE_THING: ReadonlySet<string> = new Set([...SIZE_DIMENSIONS, 'duration']);

/** Two claims of one article that share some text. */
const overlaps = (x: Claim, y: Claim) => x.start < y.end && y.start < x.end;

/** What each earlier copy between the same two articles leaves of a copy's place in the queue. */
const SPREAD = 0.7;

/**
 * A pair whose claims were paired k times above keeps 1 / (1 + SPREAD_RATE × k) of its score in the
 * queue: 0.67, 0.5, 0.4 for the first pairs (about 0.7^k), a tenth at k = 18 where 0.7^k left 0.2%.
 * Measured (npm run eval): dev within 10 per article 57 → 61 (Titan 27 → 30, Key Bridge 30 → 31),
 * within 3 44 → 43; held-out 27 / 48 unchanged; the mixed case 100 → 104 within 10.
 */
const SPREAD_RATE = 0.5;

/** Pairs that repeat a pair above them: after every other pair but those of two events. */
const REPEAT_PRIORITY = 2000;

/** Pairs between reports that name nothing in common (perhaps two events): last. */
const OTHER_EVENT_PRIORITY = 1000;

/** Two claims of one article that are one stretch of it: overlapping, or the same words told twice. */
function sameStretch(x: PreparedClaim, y: PreparedClaim, vectors: Vectors): boolean {
  if (x === y || overlaps(x.claim, y.claim)) return true;
  return x.claim.articleId === y.claim.articleId && vectors.cosine(x.index, y.index) >= NEAR_COPY;
}

/**
 * Whether two articles (by number) name anything in common: a person, a ship, a place, an outlet, not
 * a weekday or a month. Reports of one event nearly always do (94% of the gold stories' article pairs,
 * in whatever language); reports of two events seldom (10% of the pairs across the four stories). An
 * article naming fewer than NAMES_TO_TELL things counts as sharing.
 */
function sharedNamesBetweenArticles(namesByClaim: ReadonlyArray<ReadonlyArray<readonly string[]>>): (x: number, y: number) => boolean {
  const articles = namesByClaim.length;
  const names = namesByClaim.map((claims) => new Set(claims.flat().filter((name) => !CALENDAR_WORD.test(name) && !englishPlaceAdjective(name))));
  const known = new Map<number, boolean>();
  return (x, y) => {
    const key = x < y ? x * articles + y : y * articles + x;
    let shared = known.get(key);
    if (shared === undefined) {
      const [small, large] = names[x]!.size <= names[y]!.size ? [names[x]!, names[y]!] : [names[y]!, names[x]!];
      // An article too short to tell (a pasted sentence or two) or naming too few things is given the benefit of the doubt.
      shared = small.size < NAMES_TO_TELL || Math.min(namesByClaim[x]!.length, namesByClaim[y]!.length) < CLAIMS_TO_TELL;
      for (const name of small) {
        if (shared) break;
        shared = large.has(name);
      }
      known.set(key, shared);
    }
    return shared;
  };
}

/** The names an article needs before sharing none of them says it is about another event. */
const NAMES_TO_TELL = 4;

/** The claims an article needs before sharing no name says it is about another event. */
const CLAIMS_TO_TELL = 3;

/** Claims this close (IDF cosine) are near-copies: a quote with and without "he said", a typo fixed. */
const NEAR_COPY = 0.85;

/** Each claim's group of near-copies (union of candidate pairs at NEAR_COPY or more), as the group's first claim. */
function nearCopyGroups(claims: readonly PreparedClaim[], vectors: Vectors, table: { found: Map<number, number>; n: number }): Int32Array {
  const parent = Int32Array.from(claims.keys());
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const key of table.found.keys()) {
    const x = Math.floor(key / table.n);
    const y = key % table.n;
    if (vectors.cosine(x, y) < NEAR_COPY) continue;
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  }
  return Int32Array.from(claims.keys(), find);
}

/** Connected groups of claims (see clusters.ts), for the CLI. */
export function clusterPairs(pairs: readonly MatchPair[], minScore = 0.5): MatchCluster[] {
  const byPair = new Map(pairs.map((p) => [p.id, p]));
  return clusterRecords(pairs.map((p) => toPairRecord('', p)), minScore).map((c) => {
    const claims = c.pairIds.flatMap((id) => [byPair.get(id)!.a, byPair.get(id)!.b]);
    return { id: c.id, pairs: c.pairIds, claims: [...new Map(claims.map((x) => [x.id, x])).values()].sort(byId) };
  });
}

/** Matches a set of articles from scratch (the CLI, tests and benchmarks). */
export function matchArticles(articles: readonly ClaimSource[], options: MatchOptions = {}): CaseMatcher {
  const matcher = new CaseMatcher(options);
  for (const a of articles) matcher.addArticle(a);
  return matcher;
}
