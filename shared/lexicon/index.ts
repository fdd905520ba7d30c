/**
 * General, story-independent lexical resources for matching (issue 18: the lexical and other-languages
 * channels). Pure: the compiled tables are JSON imported by the bundle, parsed on first use, so this
 * runs in Node, in a Worker and in the page alike. Formats and figures: docs/lexicon.md.
 *
 * - English (WordNet 3.1): englishSynonyms, englishBroader, englishNarrower, englishDerived,
 *   englishRelation, englishBaseForms.
 * - Reporting verbs: isReportingVerb, reportingVerbBase, reportingPhraseAt.
 * - German, Spanish, Italian, French → English (FreeDict): translateToEnglish, isStopword, lemmaCandidates.
 */
import { stopwords as frenchStopwords } from '@orama/stopwords/french';
import { stopwords as germanStopwords } from '@orama/stopwords/german';
import { stopwords as italianStopwords } from '@orama/stopwords/italian';
import { stopwords as spanishStopwords } from '@orama/stopwords/spanish';
import { lookupWord, parseEntries, type Table } from './bilingual';
import de from './de-en.json';
import es from './es-en.json';
import fr from './fr-en.json';
import it from './it-en.json';
import type { Language } from './normalise';

export {
  englishBaseForms,
  englishBroader,
  englishDerived,
  englishNarrower,
  englishNounKind,
  englishPlaceAdjective,
  englishRelation,
  englishSynonyms,
  englishThingNames,
} from './english';
export type { EnglishRelation, NounKind } from './english';
export { consonantSkeleton, lemmaCandidates } from './normalise';
export type { Language } from './normalise';
export {
  AMBIGUOUS_FORMS,
  REPORTING_PHRASES,
  REPORTING_VERBS,
  isReportingVerb,
  reportingPhraseAt,
  reportingVerbBase,
} from './reporting';

/** The languages translateToEnglish reads. */
export const TRANSLATED_LANGUAGES: readonly Language[] = ['de', 'es', 'it', 'fr'];

const SOURCES: Record<Language, { entries: string }> = { de, es, it, fr };
const STOPWORDS: Record<Language, readonly string[]> = {
  de: germanStopwords,
  es: spanishStopwords,
  it: italianStopwords,
  fr: frenchStopwords,
};
const tables = new Map<Language, Table>();
const stopSets = new Map<Language, ReadonlySet<string>>();
const NONE: readonly string[] = [];
const MEMO_LIMIT = 50_000;
const memo = new Map<string, readonly string[]>();

function table(lang: Language): Table {
  let t = tables.get(lang);
  if (!t) tables.set(lang, (t = parseEntries(SOURCES[lang].entries)));
  return t;
}

function stops(lang: Language): ReadonlySet<string> {
  let s = stopSets.get(lang);
  if (!s) stopSets.set(lang, (s = new Set(STOPWORDS[lang])));
  return s;
}

/** Whether a word is a function word of the language (articles, prepositions, pronouns, auxiliaries). */
export function isStopword(lang: Language, word: string): boolean {
  return stops(lang).has(word.toLowerCase());
}

/**
 * A few English translations of a German, Spanish, Italian or French word, best first, lower-case: single
 * words, or two for a compound ("Containerschiff" → "container ship"). Empty for function words,
 * names and words the dictionaries lack. The word may be inflected ("trabajadores", "gestürzt").
 */
export function translateToEnglish(lang: Language, word: string): readonly string[] {
  const key = `${lang}:${word}`;
  const known = memo.get(key);
  if (known) return known;
  const found = isStopword(lang, word) ? NONE : lookupWord(table(lang), lang, word, stops(lang));
  // News copy repeats its words, and a compound's lookup tries every cut: remember, within a bound.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, found);
  return found;
}
