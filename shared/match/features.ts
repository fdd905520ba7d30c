/**
 * What the ranker knows about a candidate pair, as numbers (features) and as the facts behind them
 * (evidence), so the pair can say in words why it was proposed. Every feature is story-independent:
 * word overlap weighted by rarity, who speaks, what kinds of claims, figures of the same dimension and
 * what they measure, names, languages, where the claims sit in their articles.
 */
import type { Figure } from '../claims/figures';
import { englishNounKind, type NounKind } from '../lexicon/english';
import { channelsOf, figureInterest, thingOverlap, type Channel } from './channels';
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
  const out: FigureMatch[] = [];
  const withTotals = (c: PreparedClaim) => (c.claim.details.figures.length > 1 ? [...c.claim.details.figures, ...headCountTotals(c.claim.details.figures)] : c.claim.details.figures);
  for (const fa of withTotals(a)) {
    if (!MEASURED.has(fa.dimension)) continue;
    const ka = kindOf(fa, a);
    for (const fb of withTotals(b)) {
      if (fb.dimension !== fa.dimension || (fa.dimension === 'count' && fa.unit !== fb.unit)) continue;
      if (ka) {
        const kb = kindOf(fb, b);
        if (kb && kb !== ka) continue;
      }
      out.push({ a: fa, b: fb, agrees: fa.low <= fb.high && fb.low <= fa.high, thing: thingOverlap(fa, fb, a.claim.language, b.claim.language, a.aliases) });
    }
  }
  const ratio = (m: FigureMatch) => Math.abs(Math.log(Math.max(m.a.base, 1e-9) / Math.max(m.b.base, 1e-9)));
  return out.sort((x, y) => Number(y.agrees) - Number(x.agrees) || y.thing - x.thing || ratio(x) - ratio(y));
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
  const bNames = new Set(b.names);
  const names = a.names.filter((n) => bNames.has(n));
  const figures = figureMatches(a, b);
  const sameSpeaker = a.speaker !== null && a.speaker === b.speaker;
  const otherSpeaker = a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker;
  const ka = a.claim.kind;
  const kb = b.claim.kind;
  const sameNumber = a.stems.some((s) => s.startsWith('#') && s.length > 2 && bStems.has(s));
  const channels = channelsOf(bits);
  const otherLanguage = a.claim.language !== b.claim.language;
  const values = featureRow();
  const set = (name: FeatureName, v: number) => (values[FEATURES.indexOf(name)] = v);
  set('cosine', cosine);
  set('coverage', aligned / of);
  set('rareShared', Math.min(rare, 4) / 4);
  set('sameSpeaker', sameSpeaker ? 1 : 0);
  set('otherSpeaker', otherSpeaker ? 1 : 0);
  set('bothQuotes', ka === 'quote' && kb === 'quote' ? 1 : 0);
  set('quoteAndStatement', ka !== kb ? 1 : 0);
  set('sharedNames', Math.min(names.length, 3) / 3);
  set('figureSameDimension', figures.length ? 1 : 0);
  set('figureAgrees', figures.some((f) => f.agrees) ? 1 : 0);
  set('figureDiffers', figures.length && !figures.some((f) => f.agrees) ? 1 : 0);
  set('figureSameThing', figures.some((f) => f.thing > 0) ? 1 : 0);
  set('figureToldDifferently', figures.length ? Math.max(...figures.map((f) => figureInterest(f.a, f.b))) : 0);
  set('figureContext', figures.some((f) => f.a.context.some((w) => w.length >= 4 && f.b.context.includes(w))) ? 1 : 0);
  set('sameNumber', sameNumber ? 1 : 0);
  set('lengthRatio', short.words.length / Math.max(1, long.words.length));
  set('shortest', Math.min(short.words.length, 12) / 12);
  set('otherLanguage', otherLanguage ? 1 : 0);
  set('otherLanguageCoverage', otherLanguage ? aligned / of : 0);
  set('lead', 1 - Math.min(a.position, b.position));
  set('viaLexical', channels.includes('lexical') ? 1 : 0);
  set('viaFigures', channels.includes('figures') ? 1 : 0);
  set('viaSpeaker', channels.includes('speaker') ? 1 : 0);
  set('viaNames', channels.includes('names') ? 1 : 0);
  set('cosineSameSpeaker', sameSpeaker ? cosine : 0);
  return { values, evidence: { aligned, of, sameSpeaker: sameSpeaker ? (a.claim.speaker ?? b.claim.speaker) : null, names, figures, channels, otherLanguage } };
}
