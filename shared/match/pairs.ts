/**
 * From a scored candidate to a reviewable pair: the flags (number, date, negation,
 * speaker, attribution), the kind (quote, statement, verbatim copy), and a suggested status with its
 * reason. The suggestion is advice; the reviewer decides.
 */
import { speakerKey } from '../claims/quotes';
import type { Claim } from '../claims/types';
import { diffClaims, type PairDiff } from '../diff/pair-diff';
import { copyKey } from './tokens';
import { conflictingMeasurement, disagreeingNumbers, figuresOf, roughlyEqualNumbers, type Figures } from './quantities';

export type PairFlag = 'number' | 'date' | 'negation' | 'speaker' | 'attribution';
export type PairKind = 'quote' | 'statement' | 'verbatim';
export type Suggestion = 'consistent' | 'conflict' | null;

/** What matching says about a pair, the same in memory (MatchPair) and stored (PairRecord). */
export interface PairAssessment {
  score: number;
  kind: PairKind;
  flags: PairFlag[];
  suggestion: Suggestion;
  reason: string;
  /** What the score is made of, in plain phrases ("same speaker (Moore)"), when the engine says. */ evidence?: string[];
  /** Higher is reviewed earlier. */
  priority: number;
}

export interface MatchPair extends PairAssessment {
  /** `${a.id}|${b.id}`: stable for the same claims, so verdicts stay attached across re-matching. */
  id: string;
  a: Claim;
  b: Claim;
}

/** What building a pair reads of each claim beyond its text, prepared once per claim (the index keeps it). */
export interface PairSide {
  claim: Claim;
  /** speakerKey(claim.speaker). */
  speaker: string | null;
  figures: Figures;
  /** The claim's resolved dates ("YYYY-MM-DD"). */
  dates: string[];
  /** An odd number of negations: the claim says the opposite of its words without them. */
  negated: boolean;
}

const NO_DATES: string[] = [];

/** The claim's dates that resolve to a day. */
export function resolvedDates(claim: Claim): string[] {
  return claim.details.dates.length ? claim.details.dates.flatMap((d) => (d.iso ? [d.iso] : [])) : NO_DATES;
}

/** An odd number of negation cues. */
export const isNegated = (claim: Claim) => claim.details.negations.length % 2 === 1;

/**
 * A claim's side of any pair. MatchIndex builds its IndexedClaim with these same fields written out
 * (spreading this object into it made the index's hottest objects slow).
 */
export function pairSide(claim: Claim): PairSide {
  return { claim, speaker: speakerKey(claim.speaker), figures: figuresOf(claim), dates: resolvedDates(claim), negated: isNegated(claim) };
}

/** Builds the pair; `a` should be the earlier article's claim. `verbatim` when the caller already knows. */
export function buildPair(a: Claim, b: Claim, score: number, verbatim?: boolean): MatchPair {
  return buildSidePair(pairSide(a), pairSide(b), score, verbatim);
}

/** The flags of most pairs: none. Frozen, as every such pair shares it. */
const NO_FLAGS: PairFlag[] = Object.freeze([]) as unknown as PairFlag[];

/** buildPair for claims already prepared (pairSide). */
export function buildSidePair(sa: PairSide, sb: PairSide, score: number, verbatim = copyKey(sa.claim.text) === copyKey(sb.claim.text)): MatchPair {
  return assessPair(unassessedPair(sa.claim, sb.claim), sa, sb, score, verbatim);
}

/** The pair of two claims, to be assessed (assessPair) before anyone reads it. */
export function unassessedPair(a: Claim, b: Claim): MatchPair {
  return { id: `${a.id}|${b.id}`, a, b, score: 0, kind: 'statement', flags: NO_FLAGS, suggestion: null, reason: '', priority: 0 };
}

/** Reasons of most pairs: constants, so a pair with nothing to note gets no new string. */
const SAME_QUOTE = 'the same quote in other words';
const SAME_CLAIM = 'the same claim in other words';
const RELATED = 'related: shares key terms';
const READ_BOTH = 'read both to decide';
const RELATED_READ_BOTH = `${RELATED}; ${READ_BOTH}`;

/**
 * Assesses `pair` (its claims prepared as `sa` and `sb`) at `score`, in place: the matcher assesses
 * hundreds of thousands of pairs, and again when their scores move, so this allocates nothing for a
 * pair with nothing to flag. Its flags array is new whenever it has flags, never changed later.
 */
export function assessPair(pair: MatchPair, sa: PairSide, sb: PairSide, score: number, verbatim: boolean): MatchPair {
  const { claim: a } = sa;
  const { claim: b } = sb;
  let flags = NO_FLAGS;
  // What the reason says besides the verdict (see withNote).
  let notes = '';
  // Prefer the measurement-aware comparison; fall back to same-unit disagreement in close paraphrases.
  const measured = conflictingMeasurement(sa.figures, sb.figures) ?? conflictingMeasurement(sb.figures, sa.figures);
  const numberConflict = measured ?? (score >= 0.5 ? disagreeingNumbers(sa.figures, sb.figures) : null);
  if (numberConflict) {
    flags = withFlag(flags, 'number');
    notes = withNote(notes, `numbers differ: ${numberConflict}`);
  }
  const da = sa.dates;
  const db = sb.dates;
  const dateConflict = da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d));
  if (dateConflict) {
    flags = withFlag(flags, 'date');
    notes = withNote(notes, `dates differ: ${da.join(', ')} vs ${db.join(', ')}`);
  }
  // Only close paraphrases, where a flip means something. When the counts differ, some change in the
  // word diff adds or drops a negation (equal text has equal counts), so the diff is not needed here.
  const negationFlip = score >= 0.5 && sa.negated !== sb.negated;
  if (negationFlip) {
    flags = withFlag(flags, 'negation');
    notes = withNote(notes, `one side is negated (“${(a.details.negations[0] ?? b.details.negations[0])!}”)`);
  }
  const ka = sa.speaker;
  const kb = sb.speaker;
  const otherSpeaker = ka !== null && kb !== null && ka !== kb;
  if (otherSpeaker) {
    flags = withFlag(flags, 'speaker');
    notes = withNote(notes, `attributed to ${a.speaker} vs ${b.speaker}: check who said it`);
  } else if ((a.kind === 'quote' || b.kind === 'quote') && (!!ka !== !!kb || (ka && (a.via ?? '') !== (b.via ?? '')))) {
    flags = withFlag(flags, 'attribution');
    notes = withNote(notes, !!ka !== !!kb ? `only one side names the speaker (${a.speaker ?? b.speaker})` : `reported via ${a.via ?? 'no one'} vs ${b.via ?? 'directly'}`);
  }
  const kind: PairKind = verbatim ? 'verbatim' : a.kind === 'quote' && b.kind === 'quote' ? 'quote' : 'statement';
  // Who said it differs: worth checking, but not a contradiction of the content.
  const conflicting = numberConflict !== null || dateConflict || negationFlip;
  let suggestion: Suggestion = null;
  let reason: string;
  if (verbatim) {
    suggestion = 'consistent';
    reason = 'same words (a copy or syndicated text)';
  } else {
    const rounding = roughlyEqualNumbers(sa.figures, sb.figures);
    if (rounding) notes = withNote(notes, `same quantity in other units: ${rounding}`);
    if (conflicting && (score >= 0.3 || measured)) {
      suggestion = 'conflict';
      reason = notes;
    } else if (score >= 0.5 && !otherSpeaker) {
      suggestion = 'consistent';
      const same = kind === 'quote' ? SAME_QUOTE : SAME_CLAIM;
      reason = notes ? `${same}; ${notes}` : same;
    } else {
      reason = notes ? `${RELATED}; ${notes}; ${READ_BOTH}` : RELATED_READ_BOTH;
    }
  }
  const sameSpeakerQuote = kind === 'quote' && ka !== null && ka === kb;
  pair.score = round(score);
  pair.kind = kind;
  pair.flags = flags;
  pair.suggestion = suggestion;
  pair.reason = reason;
  pair.priority = priorityOf(kind, suggestion, score, sameSpeakerQuote);
  return pair;
}

/** `flags` with one more, in a new array the first time (NO_FLAGS is shared). */
function withFlag(flags: PairFlag[], flag: PairFlag): PairFlag[] {
  if (flags === NO_FLAGS) return [flag];
  flags.push(flag);
  return flags;
}

/** Notes joined by "; ". */
const withNote = (notes: string, note: string) => (notes ? `${notes}; ${note}` : note);

const diffs = new WeakMap<MatchPair, PairDiff>();

/**
 * The word diff of a pair, computed when a reviewer (or an export) needs it and kept: diffing every
 * candidate while matching cost most of the matching time on large cases.
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
 * Review order: likely conflicts first, then quotes of one speaker and other rewordings (the
 * informative differences), then weak or merely related pairs, and copies last.
 */
function priorityOf(kind: PairKind, suggestion: Suggestion, score: number, sameSpeakerQuote: boolean): number {
  if (kind === 'verbatim') return score;
  // Tiers never overlap: the score only orders pairs within a tier.
  if (suggestion === 'conflict' && score >= 0.3) return 6000 + score;
  if (sameSpeakerQuote) return 5000 + score;
  if (suggestion === null && score >= 0.5) return 4000 + score; // same words, different speakers
  if (suggestion === 'consistent') return 3000 + score;
  // A measurement conflict between otherwise different sentences: after the strong rewordings.
  if (suggestion === 'conflict') return 2000 + score;
  return 1000 + score;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
