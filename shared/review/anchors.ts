/**
 * Anchoring a verdict to the claims it judges, as the W3C Web Annotation model and Hypothesis anchor
 * an annotation to text: the source is the article's SHA-256 (the same bytes in any case, profile or
 * bundle), located by a TextPositionSelector (start/end in the stored, normalised text) and a
 * TextQuoteSelector (the exact text with up to 32 characters before and after it). The position finds
 * the claim when the text and claim boundaries are unchanged; the quote finds it when they moved.
 */

/** How many characters of context the quote keeps either side. */
export const QUOTE_CONTEXT = 32;

export interface ClaimAnchor {
  /** The article's SHA-256 (hex), as in its provenance. */
  sha256: string;
  /** TextPositionSelector: character offsets in the article's stored text. */
  start: number;
  end: number;
  /** TextQuoteSelector: the claim's text and what surrounds it. */
  exact: string;
  prefix: string;
  suffix: string;
}

/** The claim-like shape anchors are made from and matched against (a ClaimRef has these fields). */
export interface ClaimSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * The anchor of `claim` in the article with `sha256`. `articleText` gives the quote's prefix and
 * suffix; without it (text unavailable) they are empty and the exact text alone identifies the claim.
 */
export function anchorClaim(sha256: string, claim: ClaimSpan, articleText?: string): ClaimAnchor {
  const text = articleText ?? '';
  return {
    sha256,
    start: claim.start,
    end: claim.end,
    exact: claim.text,
    prefix: text.slice(Math.max(0, claim.start - QUOTE_CONTEXT), claim.start),
    suffix: text.slice(claim.end, claim.end + QUOTE_CONTEXT),
  };
}

/** `${sha256}#${start}-${end}`: one side's position, as it appears in verdict ids. */
export function positionKey(side: { sha256: string; start: number; end: number }): string {
  return `${side.sha256}#${side.start}-${side.end}`;
}

/** The canonical order of two sides: by article hash, then start, then end. */
export function compareSides(x: { sha256: string; start: number; end: number }, y: { sha256: string; start: number; end: number }): number {
  return x.sha256 < y.sha256 ? -1 : x.sha256 > y.sha256 ? 1 : x.start - y.start || x.end - y.end;
}

/** The two anchors in canonical order, so a pair judged as (a, b) or (b, a) has one verdict. */
export function canonicalAnchors(x: ClaimAnchor, y: ClaimAnchor): [ClaimAnchor, ClaimAnchor] {
  return compareSides(x, y) <= 0 ? [x, y] : [y, x];
}

/** The key of an unordered pair of positions: the same whichever side is given first. */
export function pairKey(x: { sha256: string; start: number; end: number }, y: { sha256: string; start: number; end: number }): string {
  return compareSides(x, y) <= 0 ? `${positionKey(x)}|${positionKey(y)}` : `${positionKey(y)}|${positionKey(x)}`;
}

/** A verdict's id: the case's key prefix and the two claims' positions, canonical order. */
export function verdictId(caseId: string, anchors: readonly [ClaimAnchor, ClaimAnchor]): string {
  return `${caseId}:${pairKey(anchors[0], anchors[1])}`;
}

/**
 * How well a place in `text` fits the anchor's quote context: characters of prefix (read backwards)
 * and suffix that agree. Used to choose among several claims with the anchor's exact text.
 */
export function contextAgreement(anchor: ClaimAnchor, text: string, start: number, end: number): number {
  let score = 0;
  for (let i = 1; i <= anchor.prefix.length && start - i >= 0; i++) {
    if (anchor.prefix[anchor.prefix.length - i] !== text[start - i]) break;
    score++;
  }
  for (let i = 0; i < anchor.suffix.length && end + i < text.length; i++) {
    if (anchor.suffix[i] !== text[end + i]) break;
    score++;
  }
  return score;
}
