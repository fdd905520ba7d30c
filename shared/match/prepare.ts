/**
 * A claim made ready for every channel and feature, once per claim text: its content tokens (stems,
 * with synonym tokens from the general lexicon, and for German, Spanish and Italian claims the stems of
 * their English translations), the names it mentions, its figures, its speaker's key, its copy key.
 */
import { speakerKey } from '../claims/quotes';
import type { FigureLanguage } from '../claims/figures';
import type { Claim } from '../claims/types';
import type { StoryAliases } from './entities';
import { wordTokens, isFunctionWord, type WordTokens } from './lexicon';
import { copyKey } from './tokens';
import { englishNounKind, translateToEnglish } from '../lexicon';

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

/** A character that may come before a claim's first word without making it inside a sentence. */
const LEADING = /[\s"“‘]/;

/** Words that are capitalised at the start of a sentence, a quote or after a colon are not names. */
export function isNameAt(text: string, at: number, word: string): boolean {
  return /^\p{Lu}/u.test(word) && word.length >= 2 && !startsSentence(text, at);
}

/** Whether a word at `at` starts a sentence, a quote or a clause after a colon (or the text). */
function startsSentence(text: string, at: number): boolean {
  if (at === 0) return true;
  return /[.!?:"“‘(]\s*$|^\s*$/.test(text.slice(Math.max(0, at - 3), at)) || onlyLeadingBefore(text, at);
}

/** Whether everything before `at` is space and opening quotes (the text's first word); stops at the first other character. */
function onlyLeadingBefore(text: string, at: number): boolean {
  for (let i = 0; i < at; i++) if (!LEADING.test(text[i]!)) return false;
  return true;
}

/**
 * What one spelling of a word gives in one language, whatever claim it is in: looked up once per
 * distinct spelling rather than per occurrence. Only whether a capitalised word is a name depends on
 * where it stands.
 */
interface Spelling {
  /** The number token and its word entry, for a number. */
  number: WordTokens | null;
  lower: string;
  /** Capitalised and two letters or more (and for German, unknown to the dictionary): a name, unless it starts a sentence or quote. */
  capitalised: boolean;
  /** The word's tokens when it is not a name, null for a function word or a word without tokens (undefined until needed). */
  tokens?: WordTokens | null;
  /** Its tokens as a name (undefined until needed). */
  nameTokens?: WordTokens;
}

const spellings = new Map<FigureLanguage, Map<string, Spelling>>();
const SPELLING_LIMIT = 200_000;

function spellingOf(language: FigureLanguage, raw: string): Spelling {
  let byRaw = spellings.get(language);
  if (!byRaw) spellings.set(language, (byRaw = new Map()));
  let s = byRaw.get(raw);
  if (s) return s;
  if (/^\d/.test(raw)) {
    const token = `#${raw.replace(/,(?=\d{3}\b)/g, '')}`;
    s = { number: { word: raw, stems: [token], senses: [] }, lower: raw, capitalised: false };
  } else {
    const lower = raw.toLowerCase();
    // German capitalises every noun: a capitalised German word the dictionary knows is a word
    // ("Brücke", "Besatzung"), one it does not know is a name ("Dali", "Reuters").
    const capitalised = /^\p{Lu}/u.test(raw) && raw.length >= 2 && !(language === 'de' && translateToEnglish('de', lower).length > 0);
    s = { number: null, lower, capitalised };
  }
  if (byRaw.size < SPELLING_LIMIT) byRaw.set(raw, s);
  return s;
}

/** A word's tokens when it is not a name: null for a function word or a word without any. */
function tokensOf(language: FigureLanguage, lower: string): WordTokens | null {
  if (isFunctionWord(language, lower)) return null;
  const tokens = wordTokens(language, lower, false);
  return tokens.stems.length > 0 ? tokens : null;
}

/**
 * A capitalised English noun for a person right before a name is a title, not a name: "President
 * Emmanuel Macron", "Fire Chief James Wallace", "Governor Wes Moore" (WordNet's noun.person). Two
 * reports that share only "President" or "Chief" share no one; "Col. Roland Butler" keeps "Butler".
 */
function isTitle(language: FigureLanguage, lower: string, text: string, end: number): boolean {
  // Not a participle read as a noun ("Associated Press" is not an associate's press).
  return language === 'en' && !lower.endsWith('ed') && /^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && englishNounKind(lower) === 'person';
}

/** prepareClaim's `key`: the claim's copy key when the caller has already made it (copyKey(claim.text)). */
export function prepareClaim(claim: Claim, index: number, article: number, position: number, key?: string): PreparedClaim {
  const stems = new Set<string>();
  const senses = new Set<string>();
  const names = new Set<string>();
  const words: WordTokens[] = [];
  const { text, language } = claim;
  for (const m of text.matchAll(WORD_RE)) {
    const w = spellingOf(language, m[0]);
    if (w.number) {
      stems.add(w.number.stems[0]!);
      words.push(w.number);
      continue;
    }
    const name = w.capitalised && !startsSentence(text, m.index);
    // A function word written with a capital ("The Associated Press", "US") names no one either.
    if (name && !isTitle(language, w.lower, text, m.index + m[0].length) && !isFunctionWord(language, w.lower)) names.add(w.lower);
    const tokens = name ? (w.nameTokens ??= wordTokens(language, w.lower, true)) : w.tokens === undefined ? (w.tokens = tokensOf(language, w.lower)) : w.tokens;
    if (!tokens) continue;
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
    copyKey: key ?? copyKey(text),
    position,
  };
}
