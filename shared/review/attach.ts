/**
 * Re-attaching verdicts to the pairs of a matching run, whatever produced it (an incremental run, one
 * from scratch, another engine version, a bundle opened elsewhere). Each verdict looks for the pair
 * joining its two claims, in either order: first by position (the same article, start and end, with
 * the same exact text), then by quote (a claim of that article with the anchor's exact text, the one
 * whose surroundings agree best with the anchor's prefix and suffix, then the nearest). A verdict that
 * finds no pair is an orphan: reviewed, no longer proposed, and still shown, counted and exported.
 * Nothing here changes a verdict; attachment is recomputed from the stored pairs and verdicts.
 */
import { compareSides, contextAgreement, pairKey, type ClaimAnchor, type ClaimSpan } from './anchors';
import type { Verdict } from './verdicts';

/** What attachment reads of a pair: its id and its two claims (a PairRecord has these). */
export interface PairLike {
  id: string;
  a: ClaimSpan & { articleId: string };
  b: ClaimSpan & { articleId: string };
}

export type AttachedBy = 'position' | 'quote';

export interface Attachment {
  /** The verdict shown with each proposed pair that has one. */
  byPair: ReadonlyMap<string, Verdict>;
  /** The pair each attached verdict is shown with. */
  pairOf: ReadonlyMap<string, string>;
  /** How each attached verdict found its pair. */
  via: ReadonlyMap<string, AttachedBy>;
  /** Verdicts that no proposed pair carries (newest first): reviewed, no longer proposed. */
  orphans: Verdict[];
  /**
   * Articles (SHA-256) whose text would have decided between several claims with a verdict's quote,
   * when `textOf` did not give it: attach again with those texts for the answer a report gives.
   */
  needsText: ReadonlySet<string>;
}

interface Side<P> {
  pair: P;
  claim: ClaimSpan;
  other: ClaimSpan;
  otherSha: string | undefined;
}

/**
 * The pairs of one matching run, indexed for attachment. Build it once per set of pairs (it reads
 * every pair) and attach verdicts to it as often as they change.
 */
export class PairIndex<P extends PairLike = PairLike> {
  private readonly byKey = new Map<string, P>();
  private byQuote: Map<string, Side<P>[]> | null = null;

  /** `shaOf` gives an article id's SHA-256 (undefined for an article the caller does not know). */
  constructor(
    readonly pairs: readonly P[],
    readonly shaOf: (articleId: string) => string | undefined,
    /** How many of `pairs` to index now; `inChunks` indexes the rest. */
    indexed: number = pairs.length,
  ) {
    this.indexRange(0, indexed);
  }

  /**
   * The same index built `chunk` pairs at a time, awaiting `pause()` between chunks, so a caller on a
   * UI thread can let the page breathe (issue 18: indexing 16,774 pairs at once was a 50–80 ms task).
   * Pairs are indexed in order, so the first pair of a key wins as in the constructor. Null when
   * `isCurrent()` turns false (the caller no longer wants it).
   */
  static async inChunks<P extends PairLike>(
    pairs: readonly P[],
    shaOf: (articleId: string) => string | undefined,
    pause: () => Promise<unknown>,
    chunk = 2000,
    isCurrent: () => boolean = () => true,
  ): Promise<PairIndex<P> | null> {
    const index = new PairIndex(pairs, shaOf, 0);
    for (let from = 0; from < pairs.length; from += chunk) {
      if (from > 0) {
        await pause();
        if (!isCurrent()) return null;
      }
      index.indexRange(from, Math.min(pairs.length, from + chunk));
    }
    return index;
  }

  private indexRange(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const p = this.pairs[i]!;
      const sa = this.shaOf(p.a.articleId);
      const sb = this.shaOf(p.b.articleId);
      if (sa === undefined || sb === undefined) continue;
      const key = pairKey({ sha256: sa, start: p.a.start, end: p.a.end }, { sha256: sb, start: p.b.start, end: p.b.end });
      if (!this.byKey.has(key)) this.byKey.set(key, p);
    }
  }

  /** The pair joining exactly these two positions, in either order. */
  atPositions(x: ClaimAnchor, y: ClaimAnchor): P | undefined {
    return this.byKey.get(pairKey(x, y));
  }

  /** Every pair side whose claim, in the article with `sha256`, reads exactly `text`. Built on first use. */
  withQuote(sha256: string, text: string): readonly Side<P>[] {
    if (!this.byQuote) {
      this.byQuote = new Map();
      for (const p of this.pairs) {
        const sa = this.shaOf(p.a.articleId);
        const sb = this.shaOf(p.b.articleId);
        if (sa === undefined || sb === undefined) continue;
        this.addQuote(sa, { pair: p, claim: p.a, other: p.b, otherSha: sb });
        this.addQuote(sb, { pair: p, claim: p.b, other: p.a, otherSha: sa });
      }
    }
    return this.byQuote.get(`${sha256}\u0000${text}`) ?? [];
  }

  private addQuote(sha256: string, side: Side<P>): void {
    const key = `${sha256}\u0000${side.claim.text}`;
    const list = this.byQuote!.get(key);
    if (list) list.push(side);
    else this.byQuote!.set(key, [side]);
  }
}

/** Newest first, then by id: which of two verdicts on the same claims a pair shows. */
const newestFirst = (x: Verdict, y: Verdict) => y.at - x.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Whether a claim's text is the anchor's (the position selector is checked against the quote). */
const sameText = (anchor: ClaimAnchor, claim: ClaimSpan) => claim.text === anchor.exact;

/**
 * Attaches `verdicts` to the pairs of `index`. `textOf` (an article's text by SHA-256) lets the quote
 * step prefer the claim whose surroundings match the anchor's; without it the nearest one wins.
 */
export function attachVerdicts<P extends PairLike>(
  index: PairIndex<P>,
  verdicts: readonly Verdict[],
  textOf?: (sha256: string) => string | undefined,
): Attachment {
  const byPair = new Map<string, Verdict>();
  const pairOf = new Map<string, string>();
  const via = new Map<string, AttachedBy>();
  const ordered = [...verdicts].sort(newestFirst);
  const waiting: Verdict[] = [];
  for (const v of ordered) {
    const [x, y] = v.anchors;
    const p = index.atPositions(x, y);
    if (p && !byPair.has(p.id)) {
      // The pair's sides may be in either order: compare each anchor with the claim at its position.
      const [cx, cy] = sidesFor(p, x, index);
      if (cx && cy && sameText(x, cx) && sameText(y, cy)) {
        byPair.set(p.id, v);
        pairOf.set(v.id, p.id);
        via.set(v.id, 'position');
        continue;
      }
    }
    waiting.push(v);
  }
  const orphans: Verdict[] = [];
  const needsText = new Set<string>();
  for (const v of waiting) {
    const found = byQuote(index, v, byPair, needsText, textOf);
    if (found) {
      byPair.set(found.id, v);
      pairOf.set(v.id, found.id);
      via.set(v.id, 'quote');
    } else orphans.push(v);
  }
  return { byPair, pairOf, via, orphans, needsText };
}

/** The pair's claim at anchor `x`'s position and the other one, or undefined when it is not there. */
function sidesFor<P extends PairLike>(p: P, x: ClaimAnchor, index: PairIndex<P>): [ClaimSpan | undefined, ClaimSpan | undefined] {
  const at = (c: PairLike['a']) => c.start === x.start && c.end === x.end && index.shaOf(c.articleId) === x.sha256;
  if (at(p.a) && (!at(p.b) || p.a.text === x.exact)) return [p.a, p.b];
  if (at(p.b)) return [p.b, p.a];
  return [undefined, undefined];
}

/** The best free pair whose claims carry the verdict's two quotes, or undefined. */
function byQuote<P extends PairLike>(
  index: PairIndex<P>,
  v: Verdict,
  taken: ReadonlyMap<string, Verdict>,
  needsText: Set<string>,
  textOf?: (sha256: string) => string | undefined,
): P | undefined {
  const [x, y] = v.anchors;
  let best: { pair: P; agreement: number; distance: number } | undefined;
  let candidates = 0;
  for (const side of index.withQuote(x.sha256, x.exact)) {
    if (side.otherSha !== y.sha256 || !sameText(y, side.other) || taken.has(side.pair.id)) continue;
    // Two claims of one article with the same text: the anchors' canonical order decides which is which.
    if (x.sha256 === y.sha256 && compareSides({ sha256: x.sha256, ...side.claim }, { sha256: y.sha256, ...side.other }) > 0) continue;
    candidates++;
    const tx = textOf?.(x.sha256);
    const ty = textOf?.(y.sha256);
    const agreement =
      (tx ? contextAgreement(x, tx, side.claim.start, side.claim.end) : 0) + (ty ? contextAgreement(y, ty, side.other.start, side.other.end) : 0);
    const distance = Math.abs(side.claim.start - x.start) + Math.abs(side.other.start - y.start);
    if (!best || agreement > best.agreement || (agreement === best.agreement && (distance < best.distance || (distance === best.distance && side.pair.id < best.pair.id)))) {
      best = { pair: side.pair, agreement, distance };
    }
  }
  if (candidates > 1) {
    if (!textOf?.(x.sha256)) needsText.add(x.sha256);
    if (!textOf?.(y.sha256)) needsText.add(y.sha256);
  }
  return best?.pair;
}
