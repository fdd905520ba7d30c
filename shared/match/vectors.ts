/**
 * Claims as IDF-weighted vectors over one vocabulary: content stems at full weight, synonym tokens at
 * half (a synonym is weaker evidence than the same word). Built once per matching run over the case's
 * distinct claims, so the same claims always get the same weights, whatever order they arrived in.
 */
import type { WordTokens } from './lexicon';
import type { PreparedClaim } from './prepare';

/** The weight of a synonym token against a shared stem. */
const SENSE_WEIGHT = 0.5;

export interface Vector {
  /** Token ids, ascending. */
  ids: Int32Array;
  /** Weights (IDF, times SENSE_WEIGHT for synonym tokens), squared, by position in ids. */
  w2: Float64Array;
  norm: number;
}

export class Vectors {
  readonly vocabulary = new Map<string, number>();
  /** Document frequency by token id, over the claims given. */
  df: Int32Array = new Int32Array(0);
  /** IDF by token id. */
  idf: Float64Array = new Float64Array(0);
  /** Token ids that are synonym tokens. */
  sense: Uint8Array = new Uint8Array(0);
  readonly vectors: Vector[] = [];

  constructor(claims: readonly PreparedClaim[]) {
    const lists: Int32Array[] = claims.map((c) => {
      const ids: number[] = [];
      for (const s of c.stems) {
        if (s.startsWith('~')) this.mixed = true;
        ids.push(this.id(s, false));
      }
      for (const s of c.senses) ids.push(this.id(s, true));
      return Int32Array.from(new Set(ids)).sort();
    });
    const n = claims.length;
    this.sense = Uint8Array.from(this.senseFlags);
    this.df = new Int32Array(this.vocabulary.size);
    for (const ids of lists) for (const id of ids) this.df[id]!++;
    this.idf = new Float64Array(this.vocabulary.size);
    for (let id = 0; id < this.df.length; id++) this.idf[id] = Math.log(1 + (n + 1) / (this.df[id]! + 1));
    for (const ids of lists) {
      const w2 = new Float64Array(ids.length);
      let sum = 0;
      for (let j = 0; j < ids.length; j++) {
        const w = this.idf[ids[j]!]! * (this.sense[ids[j]!] ? SENSE_WEIGHT : 1);
        w2[j] = w * w;
        sum += w * w;
      }
      this.vectors.push({ ids, w2, norm: Math.sqrt(sum) || 1 });
    }
  }

  private senseFlags: number[] = [];

  private id(token: string, sense: boolean): number {
    let id = this.vocabulary.get(token);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(token, id);
      this.senseFlags.push(sense ? 1 : 0);
    }
    return id;
  }

  /**
   * One claim's weights spread by token id (zero elsewhere): the channels and features score one claim
   * against many in a row, so each cosine reads only the other claim's ids instead of merging two lists.
   */
  private readonly dense: Array<Float64Array | null> = [null, null];
  /** The claims spread in the two slots (-1: none), and the slot used last. */
  private readonly focused = [-1, -1];
  private recent = 0;

  /**
   * Cosine of two claims' vectors (by their positions). The shared tokens' weights are added in
   * ascending id order whichever claim is spread (a token's weight is the same in every vector), so
   * the value is the same as a merge of the two id lists gives, and cosine(x, y) === cosine(y, x).
   */
  cosine(x: number, y: number): number {
    if (x !== this.focused[0] && x !== this.focused[1] && (y === this.focused[0] || y === this.focused[1])) {
      const t = x;
      x = y;
      y = t;
    }
    const a = this.vectors[x]!;
    const b = this.vectors[y]!;
    const dense = this.focusOn(x);
    const ids = b.ids;
    let sum = 0;
    // Adding the zeros of tokens the spread claim lacks leaves the sum exactly as it was.
    for (let j = 0; j < ids.length; j++) sum += dense[ids[j]!]!;
    return sum / (a.norm * b.norm);
  }

  /**
   * How many of `words` (one claim's content words) claim y holds a token of, as the same stem or a
   * shared synonym token: each word's tokens as ids (once per word per run), read against y's spread
   * weights (every weight is positive, so a token y lacks reads 0). Stems and synonym tokens ("~ship")
   * are told apart by their spelling, so this is the count a lookup of stems among y's stems and senses
   * among its senses gives; a word whose tokens break that rule is left to the caller (null).
   */
  heldWords(words: readonly WordTokens[], y: number): number | null {
    if (this.mixed) return null;
    const dense = this.focusOn(y);
    let n = 0;
    for (const w of words) {
      let ids = this.wordIds.get(w);
      if (ids === undefined) this.wordIds.set(w, (ids = this.idsOf(w)));
      if (ids === null) return null;
      for (let i = 0; i < ids.length; i++) {
        if (dense[ids[i]!] !== 0) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private readonly wordIds = new Map<WordTokens, Int32Array | null>();
  /** Some claim has a stem spelled like a synonym token: heldWords leaves every count to the caller. */
  private mixed = false;

  private idsOf(w: WordTokens): Int32Array | null {
    const ids: number[] = [];
    for (const s of w.stems) {
      const id = this.vocabulary.get(s);
      if (id === undefined || s.startsWith('~') || this.sense[id]) return null;
      ids.push(id);
    }
    for (const s of w.senses) {
      const id = this.vocabulary.get(s);
      if (id === undefined || !s.startsWith('~') || !this.sense[id]) return null;
      ids.push(id);
    }
    return Int32Array.from(ids);
  }

  /**
   * Of claim x's stems (not synonym tokens), how many claim y holds too whose document frequency is at
   * most `maxDf`; null when some stem is spelled like a synonym token (the caller counts by spelling).
   */
  sharedRareStems(x: number, y: number, maxDf: number): number | null {
    if (this.mixed) return null;
    const dense = this.focusOn(y);
    const ids = this.vectors[x]!.ids;
    let n = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (dense[id] !== 0 && this.sense[id] === 0 && this.df[id]! <= maxDf) n++;
    }
    return n;
  }

  /** Claim x's weights spread in one of two slots (the claim scored against many stays, the other turns over). */
  private focusOn(x: number): Float64Array {
    const { focused } = this;
    if (focused[0] === x) return this.slot(0);
    if (focused[1] === x) return this.slot(1);
    const s = 1 - this.recent;
    const dense = this.slot(s);
    if (focused[s]! >= 0) for (const id of this.vectors[focused[s]!]!.ids) dense[id] = 0;
    const v = this.vectors[x]!;
    for (let i = 0; i < v.ids.length; i++) dense[v.ids[i]!] = v.w2[i]!;
    focused[s] = x;
    this.recent = s;
    return dense;
  }

  private slot(s: number): Float64Array {
    this.recent = s;
    return (this.dense[s] ??= new Float64Array(this.vocabulary.size));
  }
}

/**
 * The positions of the claims holding each token: the inverted index the channels read. Tokens held by
 * more than `maxDf` claims are left out (their weight is small and their lists long); the exact cosine of
 * each candidate still counts them.
 */
export function postings(vectors: Vectors, maxDf: number): Array<Int32Array | null> {
  const lists: number[][] = Array.from({ length: vectors.vocabulary.size }, () => []);
  vectors.vectors.forEach((v, x) => {
    for (const id of v.ids) if (vectors.df[id]! <= maxDf) lists[id]!.push(x);
  });
  return lists.map((l) => (l.length > 1 ? Int32Array.from(l) : null));
}
