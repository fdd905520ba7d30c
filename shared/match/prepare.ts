/**
 * A claim made ready for every channel and feature, once per claim text: its content tokens (stems,
 * with synonym tokens from the general lexicon, and for German, Spanish and Italian claims the stems of
 * their English translations), the names it mentions, its figures, its speaker's key, its copy key.
 */
import { speakerKey } from '../claims/quotes';
import type { Claim } from '../claims/types';
import type { StoryAliases } from './entities';
import { wordTokens, isFunctionWord, type WordTokens } from './lexicon';
import { copyKey } from './tokens';
import { translateToEnglish } from '../lexicon';

export interface PreparedClaim {
  claim: Claim;
  /** Position in the matcher's canonical order of claims. */
  index: number;
  /** The article's position in the canonical order of articles. */
  article: number;
  /** Distinct content stems ("vessel", "#948"), English stems of translations for other languages. */
  stems: string[];
  /** Distinct synonym tokens ("~ship"): a word's own stem and its synonyms', so synonyms share one. */
  senses: string[];
  /** stems and senses as sets, for the features' lookups. */
  stemSet: ReadonlySet<string>;
  senseSet: ReadonlySet<string>;
  /** Distinct lower-cased names (capitalised words inside a sentence): "dali", "moore", "maersk". */
  names: string[];
  /** Content words in order, with their stems and synonym tokens, for aligned-word similarity. */
  words: WordTokens[];
  speaker: string | null;
  copyKey: string;
  /** Where the claim sits in its article, 0 (first) to 1 (last). */
  position: number;
  /** The case's names for its things (entities.ts), the same object for every claim of a run. */
  aliases?: StoryAliases;
}

const WORD_RE = /\d+(?:[.,:]\d+)*|[\p{L}]+(?:['’-][\p{L}]+)*/gu;

/** Words that are capitalised at the start of a sentence, a quote or after a colon are not names. */
export function isNameAt(text: string, at: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || word.length < 2) return false;
  const before = text.slice(Math.max(0, at - 3), at);
  if (at === 0 || /[.!?:"“‘(]\s*$|^\s*$/.test(before) || /^[\s"“‘]*$/.test(text.slice(0, at))) return false;
  return true;
}

export function prepareClaim(claim: Claim, index: number, article: number, position: number): PreparedClaim {
  const stems = new Set<string>();
  const senses = new Set<string>();
  const names = new Set<string>();
  const words: WordTokens[] = [];
  const { text, language } = claim;
  for (const m of text.matchAll(WORD_RE)) {
    const raw = m[0];
    if (/^\d/.test(raw)) {
      const token = `#${raw.replace(/,(?=\d{3}\b)/g, '')}`;
      stems.add(token);
      words.push({ word: raw, stems: [token], senses: [] });
      continue;
    }
    const lower = raw.toLowerCase();
    // German capitalises every noun: a capitalised German word the dictionary knows is a word
    // ("Brücke", "Besatzung"), one it does not know is a name ("Dali", "Reuters").
    const name = isNameAt(text, m.index, raw) && !(language === 'de' && translateToEnglish('de', lower).length > 0);
    if (name) names.add(lower);
    if (!name && isFunctionWord(language, lower)) continue;
    const tokens = wordTokens(language, lower, name);
    if (tokens.stems.length === 0) continue;
    words.push(tokens);
    for (const s of tokens.stems) stems.add(s);
    for (const s of tokens.senses) senses.add(s);
  }
  // Every figure's stated value as a number token, so "seven people", "sieben Personen" and "7 people"
  // share one, and "2,5 Kilometer" meets "2.5 km".
  for (const f of claim.details.figures) if (f.dimension !== 'clock') stems.add(`#${+f.value.toPrecision(6)}`);
  return {
    claim,
    index,
    article,
    stems: [...stems],
    senses: [...senses],
    stemSet: stems,
    senseSet: senses,
    names: [...names],
    words,
    speaker: speakerKey(claim.speaker),
    copyKey: copyKey(text),
    position,
  };
}
