/**
 * Candidate channels: each finds pairs of claims (from different articles) for one kind of evidence,
 * cheaply, and says so; their union is scored by the ranker. A channel reads the prepared claims and
 * their vectors and adds candidates to one shared table.
 *
 * - lexical: the claims sharing the most IDF-weighted words and synonyms (an inverted index);
 * - figures: claims stating a quantity of the same dimension and a similar size ("985-foot vessel",
 *   "948ft container ship"), whatever their other words;
 * - speaker: quotes and statements of the same speaker, even at low word overlap;
 * - names: claims sharing rare names (people, ships, places, organisations).
 * Claims in other languages take part in all four through their translated words, names and figures.
 */
import type { Figure, FigureLanguage } from '../claims/figures';
import { headCountTotals } from './assess';
import type { StoryAliases } from './entities';
import { thingTokens } from './lexicon';
import type { PreparedClaim } from './prepare';
import { postings, type Vectors } from './vectors';

export const CHANNELS = ['lexical', 'figures', 'speaker', 'names'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_BIT: Record<Channel, number> = { lexical: 1, figures: 2, speaker: 4, names: 8 };

export interface CandidateTable {
  /** x * n + y (x < y, positions in the claims) to the channels that found the pair, as bits. */
  readonly found: Map<number, number>;
  readonly n: number;
}

/** The channels of a candidate's bits: one shared, frozen list per combination (a large case has 700,000 candidates and 15 combinations). */
export function channelsOf(bits: number): Channel[] {
  return (CHANNEL_LISTS[bits] ??= Object.freeze(CHANNELS.filter((c) => bits & CHANNEL_BIT[c])) as Channel[]);
}
const CHANNEL_LISTS: Array<Channel[] | undefined> = [];

function add(table: CandidateTable, x: number, y: number, channel: Channel): void {
  const key = x < y ? x * table.n + y : y * table.n + x;
  table.found.set(key, (table.found.get(key) ?? 0) | CHANNEL_BIT[channel]);
}

/** The `k` best (highest score) of `items`, ties by position: a partial selection, then a sort. */
function best(items: Array<[number, number]>, k: number): Array<[number, number]> {
  return items.sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, k);
}

export interface ChannelOptions {
  /** Lexical neighbours kept per claim. */
  lexicalK: number;
  /** Lexical cosine a neighbour needs. */
  lexicalMin: number;
  /** Candidates per claim from the figures channel (a story's figures are told by many claims). */
  figureK: number;
  /** Candidates per claim from each of the other channels. */
  otherK: number;
}

export const DEFAULT_CHANNELS: ChannelOptions = { lexicalK: 12, lexicalMin: 0.06, figureK: 12, otherK: 8 };

/** Runs every channel over `claims` (one article's claims never pair with each other). */
export function findCandidates(claims: readonly PreparedClaim[], vectors: Vectors, options: ChannelOptions = DEFAULT_CHANNELS): CandidateTable {
  const table: CandidateTable = { found: new Map(), n: claims.length };
  // Each claim's best lexical estimates, which the figures channel reads for sizes many claims share.
  const nearby: number[][] = [];
  lexical(claims, vectors, table, options, nearby);
  figures(claims, vectors, table, options, nearby);
  speakers(claims, vectors, table, options);
  names(claims, vectors, table, options);
  return table;
}

/**
 * The lexical channel: an inverted index read into a reused accumulator, then exact cosines.
 *
 * An estimate is symmetric (the same shared tokens added in the same order, ascending token id, on
 * either side), so each pair is accumulated once, from its lower claim: a claim reads only the holders
 * after it in each list, and offers every estimate to both claims' bounded heaps. Each claim's heap
 * then holds what a full sort of all its estimates would keep.
 */
function lexical(claims: readonly PreparedClaim[], vectors: Vectors, table: CandidateTable, options: ChannelOptions, nearby: number[][]): void {
  const n = claims.length;
  // Words held by more claims than this are left to the exact cosine of the best estimates. The same
  // number whatever the case's size: a story's telling words are held by a few dozen claims however many
  // other stories the case holds, and commoner words fill each claim's estimates with other stories'
  // claims. (Until 2 December it grew to 500 with the case: at 10,000 generated articles the engine then
  // put 137,000 true partners within 10 pairs per article, and 245,000 with 40.)
  const maxDf = LEXICAL_MAX_DF;
  const lists = postings(vectors, maxDf);
  // Where the claim being read sits in each list: claims are read in order, so each list's next holder.
  const cursor = new Int32Array(lists.length);
  // What the loops read of each claim y, side by side (one cache line, not four arrays): its estimate
  // being accumulated, its norm, its article, and the worst estimate its heap keeps.
  const slot = new Float64Array(n * SLOT);
  for (let y = 0; y < n; y++) {
    slot[y * SLOT + NORM] = vectors.vectors[y]!.norm;
    slot[y * SLOT + ARTICLE] = claims[y]!.article;
  }
  const touched = new Int32Array(n);
  const floor = options.lexicalMin * 0.5;
  const heaps = new TopK(n, options.lexicalK * 3, slot, SLOT, WORST);
  for (let x = 0; x < n; x++) {
    const v = vectors.vectors[x]!;
    let count = 0;
    for (let j = 0; j < v.ids.length; j++) {
      const id = v.ids[j]!;
      const list = lists[id];
      if (!list) continue;
      const w = v.w2[j]!;
      // x itself is at the cursor: read the holders after it.
      for (let p = ++cursor[id]!; p < list.length; p++) {
        const y = list[p]!;
        const at = y * SLOT;
        if (slot[at] === 0) touched[count++] = y;
        slot[at] = slot[at]! + w;
      }
    }
    const article = slot[x * SLOT + ARTICLE]!;
    const norm = v.norm;
    const worstX = x * SLOT + WORST;
    for (let t = 0; t < count; t++) {
      const y = touched[t]!;
      const at = y * SLOT;
      const partial = slot[at]! / (norm * slot[at + NORM]!);
      slot[at] = 0;
      if (slot[at + ARTICLE] === article || partial < floor) continue;
      // (Most estimates are below both heaps' worst kept: turned away here, without a call.)
      if (partial >= slot[worstX]!) heaps.offer(x, y, partial);
      if (partial >= slot[at + WORST]!) heaps.offer(y, x, partial);
    }
  }
  for (let x = 0; x < n; x++) {
    // The best estimates, scored exactly (the estimate leaves out the commonest tokens).
    const estimates = heaps.sorted(x);
    nearby[x] = estimates.map(([y]) => y);
    const top = estimates.map(([y]) => [y, vectors.cosine(x, y)] as [number, number]);
    for (const [y, cos] of best(top, options.lexicalK)) if (cos >= options.lexicalMin) add(table, x, y, 'lexical');
  }
}

/** Words in more claims than this are not read from the index (see lexical). */
const LEXICAL_MAX_DF = 40;

/** The lexical channel's slots per claim: estimate, norm, article, worst kept estimate. */
const SLOT = 4;
const NORM = 1;
const ARTICLE = 2;
const WORST = 3;

/**
 * For each of `n` owners, the `k` best items offered to it (higher score first, ties by lower
 * position), in a heap per owner whose root is the worst kept: what `best` returns for the same items,
 * whatever order they are offered in, without holding them all.
 */
class TopK {
  private readonly ys: Int32Array;
  private readonly scores: Float64Array;
  private readonly sizes: Int32Array;
  /**
   * Each owner's worst kept score once its heap is full (-Infinity before), at floor[x * stride + at]:
   * most offers are below it, and the caller can turn those away without reading the heaps (a cache
   * miss each, in a large case).
   */
  constructor(
    n: number,
    private readonly k: number,
    readonly floor: Float64Array,
    private readonly stride: number,
    private readonly at: number,
  ) {
    this.ys = new Int32Array(n * k);
    this.scores = new Float64Array(n * k);
    this.sizes = new Int32Array(n);
    for (let x = 0; x < n; x++) floor[x * stride + at] = -Infinity;
  }

  /** Offers position y at `score` to owner x's heap. */
  offer(x: number, y: number, score: number): void {
    if (score < this.floor[x * this.stride + this.at]!) return;
    const { ys, scores, k } = this;
    if (k === 0) return;
    const base = x * k;
    const size = this.sizes[x]!;
    if (size < k) {
      // Sift up from the end. (a ranks below b: a lower score, or the same score at a later position.)
      let i = size;
      this.sizes[x] = size + 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const ps = scores[base + parent]!;
        if (!(score < ps || (score === ps && y > ys[base + parent]!))) break;
        ys[base + i] = ys[base + parent]!;
        scores[base + i] = ps;
        i = parent;
      }
      ys[base + i] = y;
      scores[base + i] = score;
      if (size + 1 === k) this.floor[x * this.stride + this.at] = scores[base]!;
      return;
    }
    const rs = scores[base]!;
    if (!(rs < score || (rs === score && ys[base]! > y))) return;
    // Replace the root (the worst kept) and sift down.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let c = l;
      if (r < size) {
        const sr = scores[base + r]!;
        const sl = scores[base + l]!;
        if (sr < sl || (sr === sl && ys[base + r]! > ys[base + l]!)) c = r;
      }
      const cs = scores[base + c]!;
      if (!(cs < score || (cs === score && ys[base + c]! > y))) break;
      ys[base + i] = ys[base + c]!;
      scores[base + i] = cs;
      i = c;
    }
    ys[base + i] = y;
    scores[base + i] = score;
    this.floor[x * this.stride + this.at] = scores[base]!;
  }

  /** Owner x's items, best first. */
  sorted(x: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const base = x * this.k;
    for (let i = 0; i < this.sizes[x]!; i++) out.push([this.ys[base + i]!, this.scores[base + i]!]);
    return out.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
  }
}

/** Dimensions the figures channel pairs on; counts pair only when they count the same noun. */
const FIGURE_DIMENSIONS = new Set(['length', 'area', 'speed', 'mass', 'volume', 'duration', 'age', 'people', 'money', 'percent', 'count']);

/** Buckets of size: a factor of 1.3 each, so neighbours ±2 buckets span values up to ~2.2× apart (40 and 24 hours). */
function bucketOf(f: Figure): number {
  return Math.floor(Math.log(Math.max(f.base, 1e-9)) / Math.log(1.3));
}

function figureKey(f: Figure, bucket: number): string {
  return f.dimension === 'count' ? `count:${f.unit}:${bucket}` : `${f.dimension}:${bucket}`;
}

/**
 * Words naming what two figures measure that match: the same word, a synonym, a translation, or a
 * broader or narrower term ("vessel" and "ship"). Each figure's words are read in its claim's language.
 */
export function thingOverlap(a: Figure, b: Figure, la: FigureLanguage = 'en', lb: FigureLanguage = 'en', aliases?: StoryAliases): number {
  const ta = thingsOf(a, la, aliases);
  const tb = thingsOf(b, lb, aliases);
  const memo = ta.scope === tb.scope ? ta.scope.matches : null;
  let shared = 0;
  for (let i = 0; i < a.thing.length; i++) {
    const set = ta.sets[i]!;
    const ia = ta.ids[i]!;
    for (let j = 0; j < b.thing.length; j++) {
      if (a.thing[i] === b.thing[j]) {
        shared++;
        break;
      }
      // Whether b's j-th word's tokens meet a's i-th word's depends only on the two words and their
      // languages (and the case's aliases): remembered per pair of numbered words.
      const ib = tb.ids[j]!;
      const key = memo && ia >= 0 && ib >= 0 ? ia * WORD_IDS + ib : -1;
      let meets = key >= 0 ? memo!.get(key) : undefined;
      if (meets === undefined) {
        meets = tb.lists[j]!.some((t) => set.has(t));
        if (key >= 0) {
          if (memo!.size >= MATCH_MEMO_LIMIT) memo!.clear();
          memo!.set(key, meets);
        }
      }
      if (meets) {
        shared++;
        break;
      }
    }
  }
  return shared;
}

/** Thing words are numbered per case (aliases) below this, so a pair of them is one small integer (a Map's fastest key). */
const WORD_IDS = 2 ** 15;
const MATCH_MEMO_LIMIT = 2_000_000;

/** Per set of aliases (a run's), the number of each language's thing word and what pairs of them match. */
interface ThingScope {
  ids: Map<string, number>;
  matches: Map<number, boolean>;
}
const scopes = new WeakMap<StoryAliases, ThingScope>();
const NO_ALIASES: StoryAliases = new Map();

let lastOwner: StoryAliases | null = null;
let lastScope: ThingScope | null = null;

function scopeOf(aliases: StoryAliases | undefined): ThingScope {
  const owner = aliases ?? NO_ALIASES;
  if (owner === lastOwner) return lastScope!;
  let scope = scopes.get(owner);
  if (!scope) scopes.set(owner, (scope = { ids: new Map(), matches: new Map() }));
  lastOwner = owner;
  lastScope = scope;
  return scope;
}

/**
 * A figure's thing words as tokens, looked up once per figure (the figures channel compares many
 * pairs), with the tokens of the story's other names for the same thing ("titan" and "submersible").
 */
const figureThings = new WeakMap<
  Figure,
  { language: FigureLanguage; aliases: StoryAliases | undefined; lists: ReadonlyArray<readonly string[]>; sets: ReadonlyArray<ReadonlySet<string>>; scope: ThingScope; ids: readonly number[] }
>();
function thingsOf(f: Figure, language: FigureLanguage, aliases: StoryAliases | undefined) {
  let t = figureThings.get(f);
  const scope = scopeOf(aliases);
  if (!t || t.language !== language || t.aliases !== aliases || t.scope !== scope) {
    const lists = f.thing.map((w) => {
      const own = thingTokens(language, w);
      const other = aliases?.get(w);
      return other ? [...own, ...[...other].flatMap((x) => thingTokens('en', x))] : own;
    });
    // Words past the first WORD_IDS of a case get no number (-1) and are compared token by token.
    const ids = f.thing.map((w) => {
      const key = `${language}:${w}`;
      let id = scope.ids.get(key);
      if (id === undefined && scope.ids.size < WORD_IDS) scope.ids.set(key, (id = scope.ids.size));
      return id ?? -1;
    });
    t = { language, aliases, lists, sets: lists.map((l) => new Set(l)), scope, ids };
    figureThings.set(f, t);
  }
  return t;
}

/** Two figures whose clauses share a content word of four letters or more ("missing", "crew", "long"). */
export function sharesContext(a: Figure, b: Figure): boolean {
  const wa = contextWords(a);
  if (!wa.size) return false;
  const wb = contextWords(b);
  if (!wb.size) return false;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  for (const w of small) if (large.has(w)) return true;
  return false;
}

/** A figure's clause words of four letters or more, as a set made once per figure (it meets many). */
function contextWords(f: Figure): ReadonlySet<string> {
  let words = CONTEXT_WORDS.get(f);
  if (!words) CONTEXT_WORDS.set(f, (words = new Set(f.context.filter((w) => w.length >= 4))));
  return words;
}
const CONTEXT_WORDS = new WeakMap<Figure, ReadonlySet<string>>();

/**
 * How much a reviewer gains from seeing two figures of one dimension side by side: the same quantity
 * told differently (other units, other words: "1.6-mile" and "2.6 km") or two values that disagree
 * ("985-foot" and "948ft") are the findings; the same figure in the same words is not.
 */
export function figureInterest(f: Figure, g: Figure): number {
  const agrees = f.low <= g.high && g.low <= f.high;
  const ratio = Math.max(f.base, g.base) / Math.max(1e-9, Math.min(f.base, g.base));
  if (agrees) return f.unit !== g.unit ? 1 : f.text.toLowerCase() !== g.text.toLowerCase() ? 0.4 : 0;
  return ratio <= 1.7 ? 0.8 : 0;
}

/** A claim's figures and, when it counts people twice or more, their total ("17 crew and 24 others" is 41). */
function figuresOf(c: PreparedClaim): readonly Figure[] {
  const figures = c.claim.details.figures;
  return figures.length > 1 ? [...figures, ...headCountTotals(figures)] : figures;
}

/** Claims holding figures of one size are this many or more: only those that also share words pair. */
const CROWDED = 120;

function figures(claims: readonly PreparedClaim[], vectors: Vectors, table: CandidateTable, options: ChannelOptions, nearby: readonly number[][]): void {
  const byKey = new Map<string, number[]>();
  const held = claims.map((c) => figuresOf(c).filter((f) => FIGURE_DIMENSIONS.has(f.dimension) && f.base > 0));
  held.forEach((figures, x) => {
    for (const f of figures) {
      const key = figureKey(f, bucketOf(f));
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      if (list[list.length - 1] !== x) list.push(x);
    }
  });
  const members = new Map<number[], Set<number>>();
  const membersOf = (list: number[]) => {
    let set = members.get(list);
    if (!set) members.set(list, (set = new Set(list)));
    return set;
  };
  claims.forEach((c, x) => {
    const scores = new Map<number, number>();
    for (const f of held[x]!) {
      const bucket = bucketOf(f);
      // Head counts of one event range widely as it unfolds ("at least 20" early, "seven" later).
      const reach = f.dimension === 'people' ? 4 : 2;
      for (let b = bucket - reach; b <= bucket + reach; b++) {
        const list = byKey.get(figureKey(f, b));
        if (!list) continue;
        // A long list is a common size (a story's head count, or the same size in many stories): only
        // the claims this one shares words with (its best lexical estimates), not every holder.
        const crowded = list.length >= CROWDED;
        const set = crowded ? membersOf(list) : null;
        for (const y of set ? (nearby[x] ?? []).filter((y) => set.has(y)) : list) {
          if (y === x || claims[y]!.article === c.article) continue;
          const cos = vectors.cosine(x, y);
          if (crowded && cos < 0.1) continue;
          let best = 0;
          for (const g of held[y]!) {
            if (g.dimension !== f.dimension || (f.dimension === 'count' && g.unit !== f.unit)) continue;
            const about = 0.5 * thingOverlap(f, g, c.claim.language, claims[y]!.claim.language, c.aliases) + (sharesContext(f, g) ? 0.5 : 0);
            best = Math.max(best, figureInterest(f, g) + about);
          }
          const score = cos + best + (claims[y]!.claim.language !== c.claim.language ? 0.3 : 0);
          scores.set(y, Math.max(scores.get(y) ?? 0, score));
        }
      }
    }
    for (const [y] of best([...scores], options.figureK)) add(table, x, y, 'figures');
  });
}

/** Speakers with more claims than this are left to the lexical channel. */
const SPEAKER_GROUP_LIMIT = 400;

function speakers(claims: readonly PreparedClaim[], vectors: Vectors, table: CandidateTable, options: ChannelOptions): void {
  const groups = new Map<string, number[]>();
  claims.forEach((c, x) => {
    if (!c.speaker) return;
    let g = groups.get(c.speaker);
    if (!g) groups.set(c.speaker, (g = []));
    g.push(x);
  });
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > SPEAKER_GROUP_LIMIT) continue;
    for (const x of group) {
      const scored: Array<[number, number]> = [];
      for (const y of group) if (y !== x && claims[y]!.article !== claims[x]!.article) scored.push([y, vectors.cosine(x, y) + (claims[y]!.claim.kind === 'quote' ? 0.02 : 0)]);
      for (const [y] of best(scored, options.otherK)) add(table, x, y, 'speaker');
    }
  }
}

/** A name this rare (held by at most this many claims) links claims by itself. */
const RARE_NAME_DF = 30;

function names(claims: readonly PreparedClaim[], vectors: Vectors, table: CandidateTable, options: ChannelOptions): void {
  const holders = new Map<string, number[]>();
  claims.forEach((c, x) => {
    for (const name of c.names) {
      let list = holders.get(name);
      if (!list) holders.set(name, (list = []));
      list.push(x);
    }
  });
  // Each claim's scores in a reused accumulator (names' weights are positive, so 0 is untouched).
  const acc = new Float64Array(claims.length);
  const touched: number[] = [];
  claims.forEach((c, x) => {
    touched.length = 0;
    for (const name of c.names) {
      const list = holders.get(name)!;
      if (list.length > RARE_NAME_DF) continue;
      const weight = Math.log(1 + RARE_NAME_DF / list.length);
      for (const y of list) {
        if (y === x || claims[y]!.article === c.article) continue;
        if (acc[y] === 0) touched.push(y);
        acc[y] = acc[y]! + weight;
      }
    }
    if (touched.length === 0) return;
    const scored = touched.map((y) => [y, acc[y]! + vectors.cosine(x, y)] as [number, number]);
    for (const y of touched) acc[y] = 0;
    for (const [y] of best(scored, options.otherK)) add(table, x, y, 'names');
  });
}
