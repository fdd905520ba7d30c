/**
 * What the ranker knows about a candidate pair, as numbers (features) and as the facts behind them
 * (evidence), so the pair can say in words why it was proposed. Every feature is story-independent:
 * word overlap weighted by rarity, who speaks, what kinds of claims, figures of the same dimension and
 * what they measure, names, languages, where the claims sit in their articles.
 */
import type { Figure } from '../claims/figures';
import { englishNounKind, type NounKind } from '../lexicon/english';
import { CHANNEL_BIT, channelsOf, figureInterest, sharesContext, thingOverlap, type Channel } from './channels';
import { headCountTotals } from './assess';
import type { PreparedClaim } from './prepare';
import type { Vectors } from './vectors';

export const FEATURES = [
  'cosine',
  'coverage',
  'rareShared',
  'sameSpeaker',
  'otherSpeaker',
  'bothQuotes',
  'quoteAndStatement',
  'sharedNames',
  'figureSameDimension',
  'figureAgrees',
  'figureDiffers',
  'figureSameThing',
  'figureToldDifferently',
  'figureContext',
  'sameNumber',
  'lengthRatio',
  'shortest',
  'otherLanguage',
  'otherLanguageCoverage',
  'lead',
  'viaLexical',
  'viaFigures',
  'viaSpeaker',
  'viaNames',
  'cosineSameSpeaker',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** Each feature's position in FEATURES. */
export const F = Object.fromEntries(FEATURES.map((name, i) => [name, i])) as Record<FeatureName, number>;

/** The figures of two claims that measure one dimension, and how they compare. */
export interface FigureMatch {
  a: Figure;
  b: Figure;
  agrees: boolean;
  /** Words of what is measured that both name ("vessel"/"ship" do not; "bridge"/"bridge" do). */
  thing: number;
}

export interface Evidence {
  /** Content words of the shorter claim found in the other, as words or synonyms, and of how many. */
  aligned: number;
  of: number;
  sameSpeaker: string | null;
  names: string[];
  figures: FigureMatch[];
  channels: Channel[];
  otherLanguage: boolean;
}

export interface CandidateFeatures {
  values: Float64Array;
  evidence: Evidence;
}

const MEASURED = new Set(['length', 'area', 'speed', 'mass', 'volume', 'duration', 'age', 'people', 'money', 'percent', 'count']);

/**
 * What an English figure measures, when its first word for it says: a person ("49-year-old
 * grandfather") or a made thing ("the 47-year-old bridge"). Head counts count people whatever their
 * words; a word written only with a capital is a name ("the 22-foot Titan"), whatever WordNet says of
 * "titan". Kept per figure: a figure is compared with many.
 */
function kindOf(f: Figure, claim: PreparedClaim): NounKind | null {
  let kind = KINDS.get(f);
  if (kind === undefined) {
    const word = f.thing[0];
    const english = claim.claim.language === 'en' && f.dimension !== 'people' && f.dimension !== 'count';
    kind = english && word && writtenLowerCase(claim.claim.text, word) ? englishNounKind(word) : null;
    KINDS.set(f, kind);
  }
  return kind;
}
const KINDS = new WeakMap<Figure, NounKind | null>();

/** `word` (lower-case) starts a word of `text` as written, without a capital. */
function writtenLowerCase(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (i === 0 || !/\p{L}/u.test(text[i - 1]!)) return true;
  return false;
}

/** Figure pairs of one dimension between two claims, the closest first; never a person's against a thing's. */
export function figureMatches(a: PreparedClaim, b: PreparedClaim): FigureMatch[] {
  const ofA = measuredFigures(a);
  if (!ofA.length) return NO_FIGURES;
  const ofB = measuredFigures(b);
  if (!ofB.length) return NO_FIGURES;
  const out: FigureMatch[] = [];
  for (const fa of ofA) {
    const ka = kindOf(fa, a);
    for (const fb of ofB) {
      if (fb.dimension !== fa.dimension || (fa.dimension === 'count' && fa.unit !== fb.unit)) continue;
      // A length and a width are two figures, however close: "400 metros de largo", "300 mètres de largeur".
      if (fa.measure && fb.measure && fa.measure !== fb.measure) continue;
      if (ka) {
        const kb = kindOf(fb, b);
        if (kb && kb !== ka) continue;
      }
      out.push({ a: fa, b: fb, agrees: fa.low <= fb.high && fb.low <= fa.high, thing: thingOverlap(fa, fb, a.claim.language, b.claim.language, a.aliases) });
    }
  }
  if (out.length > 1) out.sort(closestFirst);
  return out.length ? out : NO_FIGURES;
}

const logRatio = (m: FigureMatch) => Math.abs(Math.log(Math.max(m.a.base, 1e-9) / Math.max(m.b.base, 1e-9)));
const closestFirst = (x: FigureMatch, y: FigureMatch) => Number(y.agrees) - Number(x.agrees) || y.thing - x.thing || logRatio(x) - logRatio(y);

/**
 * A claim's figures of the dimensions compared, with the total of its head counts when it has two or
 * more ("17 crew and 24 others" is 41): worked out once per claim, as a claim meets many candidates.
 */
function measuredFigures(c: PreparedClaim): readonly Figure[] {
  let out = MEASURED_OF.get(c);
  if (!out) {
    const figures = c.claim.details.figures;
    out = (figures.length > 1 ? [...figures, ...headCountTotals(figures)] : figures).filter((f) => MEASURED.has(f.dimension));
    MEASURED_OF.set(c, out);
  }
  return out;
}
const MEASURED_OF = new WeakMap<PreparedClaim, readonly Figure[]>();

/** The names in both lists (a few each). */
function sharedNames(a: readonly string[], b: readonly string[]): string[] {
  if (!a.length || !b.length) return NO_NAMES;
  const out: string[] = [];
  for (const n of a) if (b.includes(n)) out.push(n);
  return out.length ? out : NO_NAMES;
}
/** The one empty list of names and of figure matches that candidates without any share (read-only). */
const NO_NAMES = Object.freeze([]) as unknown as string[];
const NO_FIGURES = Object.freeze([]) as unknown as FigureMatch[];

/** `a` has a number token of two digits or more that `b` has. */
function sharesNumber(a: readonly string[], b: ReadonlySet<string>): boolean {
  for (const s of a) if (s.length > 2 && s.charCodeAt(0) === 35 && b.has(s)) return true;
  return false;
}

/** Content words of `a` that `b` has, as the same stem or a shared synonym token. */
function alignedWords(a: PreparedClaim, b: PreparedClaim): number {
  const { stemSet, senseSet } = b;
  let n = 0;
  for (const w of a.words) if (w.stems.some((s) => stemSet.has(s)) || w.senses.some((s) => senseSet.has(s))) n++;
  return n;
}

/**
 * A zeroed row of FEATURES.length values, a view into a shared block: a typed array of its own has a
 * buffer of its own (allocated outside the heap and tracked by the collector), which at hundreds of
 * thousands of candidates cost more than computing the features. (A row's .buffer is the block's.)
 */
function featureRow(): Float64Array {
  if (rowsUsed === ROWS_PER_BLOCK) {
    rowBlock = new ArrayBuffer(ROWS_PER_BLOCK * FEATURES.length * 8);
    rowsUsed = 0;
  }
  return new Float64Array(rowBlock, rowsUsed++ * FEATURES.length * 8, FEATURES.length);
}
const ROWS_PER_BLOCK = 4096;
let rowBlock = new ArrayBuffer(0);
let rowsUsed = ROWS_PER_BLOCK;

export function candidateFeatures(a: PreparedClaim, b: PreparedClaim, x: number, y: number, vectors: Vectors, bits: number, rareDf: number): CandidateFeatures {
  const cosine = vectors.cosine(x, y);
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const aligned = vectors.heldWords(short.words, long === a ? x : y) ?? alignedWords(short, long);
  const of = Math.max(1, short.words.length);
  const bStems = b.stemSet;
  let rare = vectors.sharedRareStems(x, y, rareDf);
  if (rare === null) {
    rare = 0;
    for (const s of a.stems) {
      if (!bStems.has(s)) continue;
      const id = vectors.vocabulary.get(s);
      if (id !== undefined && vectors.df[id]! <= rareDf) rare++;
    }
  }
  const names = sharedNames(a.names, b.names);
  const figures = figureMatches(a, b);
  const sameSpeaker = a.speaker !== null && a.speaker === b.speaker;
  const otherSpeaker = a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker;
  const ka = a.claim.kind;
  const kb = b.claim.kind;
  const sameNumber = sharesNumber(a.stems, bStems);
  const channels = channelsOf(bits);
  const otherLanguage = a.claim.language !== b.claim.language;
  let agrees = false;
  let sameThing = false;
  let interest = 0;
  let context = false;
  for (const f of figures) {
    if (f.agrees) agrees = true;
    if (f.thing > 0) sameThing = true;
    interest = Math.max(interest, figureInterest(f.a, f.b));
    if (!context && sharesContext(f.a, f.b)) context = true;
  }
  // Written by position (a candidate is scored hundreds of thousands of times in a large case).
  const values = featureRow();
  values[F.cosine] = cosine;
  values[F.coverage] = aligned / of;
  values[F.rareShared] = Math.min(rare, 4) / 4;
  values[F.sameSpeaker] = sameSpeaker ? 1 : 0;
  values[F.otherSpeaker] = otherSpeaker ? 1 : 0;
  values[F.bothQuotes] = ka === 'quote' && kb === 'quote' ? 1 : 0;
  values[F.quoteAndStatement] = ka !== kb ? 1 : 0;
  values[F.sharedNames] = Math.min(names.length, 3) / 3;
  values[F.figureSameDimension] = figures.length ? 1 : 0;
  values[F.figureAgrees] = agrees ? 1 : 0;
  values[F.figureDiffers] = figures.length && !agrees ? 1 : 0;
  values[F.figureSameThing] = sameThing ? 1 : 0;
  values[F.figureToldDifferently] = interest;
  values[F.figureContext] = context ? 1 : 0;
  values[F.sameNumber] = sameNumber ? 1 : 0;
  values[F.lengthRatio] = short.words.length / Math.max(1, long.words.length);
  values[F.shortest] = Math.min(short.words.length, 12) / 12;
  values[F.otherLanguage] = otherLanguage ? 1 : 0;
  values[F.otherLanguageCoverage] = otherLanguage ? aligned / of : 0;
  values[F.lead] = 1 - Math.min(a.position, b.position);
  values[F.viaLexical] = bits & CHANNEL_BIT.lexical ? 1 : 0;
  values[F.viaFigures] = bits & CHANNEL_BIT.figures ? 1 : 0;
  values[F.viaSpeaker] = bits & CHANNEL_BIT.speaker ? 1 : 0;
  values[F.viaNames] = bits & CHANNEL_BIT.names ? 1 : 0;
  values[F.cosineSameSpeaker] = sameSpeaker ? cosine : 0;
  return { values, evidence: { aligned, of, sameSpeaker: sameSpeaker ? (a.claim.speaker ?? b.claim.speaker) : null, names, figures, channels, otherLanguage } };
}
