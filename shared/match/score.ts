/**
 * The richer score of a candidate pair: IDF-weighted cosine of the two claims' token sets, moved up when
 * both name the same speaker and down when they name different ones. 0 means nothing in common, 1 the
 * same words. Used both on the index's candidates and by the exhaustive scorer the bench compares to.
 */
import { speakerKey } from '../claims/quotes';

export interface ScoredClaim {
  tokens: readonly string[];
  speaker: string | null;
}

/** Cosine of IDF-weighted binary vectors. */
export function tokenSimilarity(a: readonly string[], b: readonly string[], idf: (t: string) => number): number {
  if (a.length === 0 || b.length === 0) return 0;
  const small = a.length <= b.length ? a : b;
  const large = new Set(a.length <= b.length ? b : a);
  let shared = 0;
  for (const t of small) if (large.has(t)) shared += idf(t) ** 2;
  if (shared === 0) return 0;
  const norm = (ts: readonly string[]) => ts.reduce((n, t) => n + idf(t) ** 2, 0);
  return shared / Math.sqrt(norm(a) * norm(b));
}

/** Pair score in 0..1. */
export function pairScore(a: ScoredClaim, b: ScoredClaim, idf: (t: string) => number): number {
  return speakerAdjusted(tokenSimilarity(a.tokens, b.tokens, idf), a.speaker, b.speaker);
}

/** The share of the gap to 1 that naming the same speaker closes. */
export const SPEAKER_LIFT = 0.1;

/** A text similarity moved for the two claims' speakers. */
export function speakerAdjusted(base: number, a: string | null, b: string | null): number {
  return adjustForSpeakers(base, speakerKey(a), speakerKey(b));
}

/** speakerAdjusted for speakers already reduced to their keys (speakerKey). */
export function adjustForSpeakers(base: number, ka: string | null, kb: string | null): number {
  // Agreement closes a tenth of the gap to 1 (a paraphrase must not look identical); disagreement costs 15%.
  if (ka && kb) return ka === kb ? base + (1 - base) * SPEAKER_LIFT : base * 0.85;
  return base;
}
