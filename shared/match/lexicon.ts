/**
 * The engine's view of the general lexicons (shared/lexicon: WordNet and FreeDict, compiled by
 * committed scripts): for one word of a claim, the tokens it is matched by. English words give their
 * Porter2 stem and synonym tokens ("~" + the stem of each synonym and derived word and of the word
 * itself, so two synonyms share a token); German, Spanish, Italian and French words give the word itself and
 * the stems of their English translations, with those words' synonym tokens; names give themselves.
 * Nothing here knows any story: no word list was written for a corpus.
 */
import stem from 'wink-porter2-stemmer';
import type { FigureLanguage } from '../claims/figures';
import { consonantSkeleton, englishBroader, englishDerived, englishNarrower, englishSynonyms, englishThingNames, isStopword, translateToEnglish } from '../lexicon';

export interface WordTokens {
  word: string;
  stems: string[];
  senses: string[];
}

/** English function words that carry no claim ("the", "was", "for"), plus reporting filler. */
export const ENGLISH_STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself nor of off on once only or other our ours ourselves out over
  own same she should so some such than that the their theirs them themselves then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  s t don now us also according reportedly however notably earlier later still even already said says say told no not never`.split(/\s+/),
);

const OTHER_STOP_WORDS: Record<Exclude<FigureLanguage, 'en'>, Set<string>> = {
  de: new Set('der die das des dem den ein eine einer eines einem einen und oder aber von vom zu zur zum im in am an auf aus bei mit nach seit für über unter vor durch gegen ohne um ist sind war waren wird werden wurde wurden hat haben hatte sein sich es er sie wir ihr ihm ihn ihre ihren sein seine dass nicht auch noch nur so wie als wenn dann'.split(' ')),
  es: new Set('el la los las lo un una unos unas y o pero de del al a en con por para sin sobre entre desde hasta que se su sus es son fue fueron ha han había ser estar está están este esta estos estas ese esa como más muy ya también le les nos'.split(' ')),
  it: new Set('il lo la i gli le un uno una e o ma di del della dei delle da dal in nel nella con su per tra fra che si suo sua suoi sue è sono era erano ha hanno essere stato questo questa come più molto già anche non ci ne'.split(' ')),
  fr: new Set('le la les l un une des du de d et ou mais au aux en dans sur sous par pour avec sans entre vers chez que qu qui se sa son ses leur leurs est sont était étaient a ont avait été être ce cette ces comme plus très déjà aussi ne pas il elle ils elles on y'.split(' ')),
};

const stemCache = new Map<string, string>();
/** Porter2 stem of a lower-cased English word, memoised. */
export function englishStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

export function isFunctionWord(language: FigureLanguage, lower: string): boolean {
  if (lower.length < 2) return true;
  return language === 'en' ? ENGLISH_STOP_WORDS.has(lower) : OTHER_STOP_WORDS[language].has(lower) || isStopword(language, lower) || ENGLISH_STOP_WORDS.has(lower);
}

/** The synonym tokens of an English word: its own stem's, and its synonyms' and derived words'. */
function englishSenses(word: string, own: string): string[] {
  const related = [...englishSynonyms(word), ...englishDerived(word)].filter((w) => !w.includes(' '));
  return [...new Set([own, ...related.map((w) => englishStem(w))])].map((x) => `~${x}`);
}

/** Marks a consonant-skeleton token, so it never equals a word, a number (#) or a sense (~). */
const SKELETON_MARK = '^';

const tokenCache = new Map<string, WordTokens>();

export function wordTokens(language: FigureLanguage, lower: string, name: boolean): WordTokens {
  const key = `${language}:${name ? 'N' : ''}${lower}`;
  let t = tokenCache.get(key);
  if (t) return t;
  if (name) t = { word: lower, stems: [lower], senses: [] };
  else if (language === 'en') {
    const base = lower.replace(/['’]s$/, '');
    const s = englishStem(base);
    t = { word: lower, stems: [s], senses: englishSenses(base, s) };
  } else {
    // The word itself (two reports in one language share it), its English translations' stems, and
    // its consonant skeleton: reports in two other languages share cognates more often than
    // translations ("incendio", "incendie"; "cattedrale", "cathédrale"), and the Italian dictionary is
    // small. English words carry none (measured: it cost Ever Given and the mixed case more than it gave).
    const english = translateToEnglish(language, lower).flatMap((phrase) => phrase.split(' ')).filter((w) => !ENGLISH_STOP_WORDS.has(w));
    const skeleton = consonantSkeleton(lower);
    const stems = [...new Set([lower, ...english.map((w) => englishStem(w)), ...(skeleton ? [`${SKELETON_MARK}${skeleton}`] : [])])];
    t = { word: lower, stems, senses: [...new Set(english.flatMap((w) => englishSenses(w, englishStem(w))))] };
  }
  if (tokenCache.size < 300_000) tokenCache.set(key, t);
  return t;
}

const thingCache = new Map<string, readonly string[]>();

/**
 * What a word naming a measured thing can be matched by: its tokens (stems, synonyms, translations)
 * and, for English nouns, the stems of its broader and narrower terms ("ship" and "vessel", "bridge"
 * and "span"), since two reports name one ship or bridge at different levels.
 */
export function thingTokens(language: FigureLanguage, word: string): readonly string[] {
  const key = `${language}:${word}`;
  let out = thingCache.get(key);
  if (out) return out;
  const t = wordTokens(language, word, false);
  const english = language === 'en' ? [word] : translateToEnglish(language, word).flatMap((p) => p.split(' '));
  const wider = english.flatMap((w) => [...englishBroader(w), ...englishNarrower(w), ...englishThingNames(w)]).filter((w) => !w.includes(' ')).map((w) => englishStem(w));
  out = [...new Set([...t.stems, ...t.senses.map((x) => x.slice(1)), ...wider])];
  if (thingCache.size < 100_000) thingCache.set(key, out);
  return out;
}
