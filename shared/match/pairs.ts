/**
 * A reviewable pair: two claims (the earlier article's first), what the ranker scored, and what the
 * checks say (assess.ts). The suggestion is advice; the reviewer decides.
 */
import type { Claim } from '../claims/types';
import { diffClaims, type PairDiff } from '../diff/pair-diff';
import type { PairFlag, PairKind, Suggestion } from './assess';

export type { PairFlag, PairKind, Suggestion };

/** What matching says about a pair, the same in memory (MatchPair) and stored (PairRecord). */
export interface PairAssessment {
  /** The ranker's probability that a reviewer wants to see this pair (0–1). */
  score: number;
  kind: PairKind;
  flags: PairFlag[];
  suggestion: Suggestion;
  reason: string;
  /** Why the pair was proposed, in words ("same speaker (Moore)", "7 of 9 content words shared…"). */
  evidence?: string[];
  /** How alike the two claims' words are (IDF cosine over words and synonyms, 0–1): what clusters join on. */
  similarity?: number;
  /** Higher is reviewed earlier. */
  priority: number;
}

export interface MatchPair extends PairAssessment {
  /** `${a.id}|${b.id}`. Verdicts are anchored to the claims, not to this id (see shared/review). */
  id: string;
  a: Claim;
  b: Claim;
}

const diffs = new WeakMap<MatchPair, PairDiff>();

/**
 * The word diff of a pair, computed when a reviewer (or an export) needs it and kept: diffing every
 * candidate while matching would cost most of the matching time on large cases.
 */
export function pairDiff(pair: MatchPair): PairDiff {
  let diff = diffs.get(pair);
  if (!diff) {
    diff = diffClaims(pair.a.text, pair.b.text);
    diffs.set(pair, diff);
  }
  return diff;
}

/**
 * Review order: possible conflicts that survive the checks first, then quotes of one speaker, then
 * copies and other rewordings by score (a copy counts as certain). Tiers never overlap: the score orders
 * pairs within one.
 */
export function priorityOf(kind: PairKind, suggestion: Suggestion, score: number, sameSpeaker: boolean, quote: boolean, place = score, changing = false): number {
  if (kind === 'verbatim') return 3000 + place;
  // Within a tier, `place`: the score, less for a claim already paired above (see CaseMatcher). A
  // possible conflict comes first whatever its score: its checks are evidence of their own (measured:
  // requiring a score of 0.02 kept 4 dev gold pairs outside 10 per article, and all 59 dev badges are
  // real). A conflict the checks say may be a change over time stays among the others, by its score.
  if (suggestion === 'conflict' && !changing) return 6000 + place;
  if (sameSpeaker && quote && score >= TIER_SCORE) return 5000 + place;
  return 3000 + place;
}

/** The score a pair needs for the same-speaker tier. */
export const TIER_SCORE = 0.1;
