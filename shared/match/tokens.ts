/**
 * Claim text to matching tokens: lower-cased words, synonyms folded (synonyms.ts), Porter2 stems,
 * stop words dropped, numbers kept as their value. Shared by the candidate index and the scorer so
 * both see the same vocabulary.
 */
import stem from 'wink-porter2-stemmer';
import { SYNONYM_GROUPS } from './synonyms';

/** Function words that carry no claim ("the", "was", "for"), plus reporting filler. */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours ourselves out over
  own same she should so some such than that the their theirs them themselves then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  s t don now us also according reportedly however notably earlier later still even already`.split(/\s+/),
);

const synonymStem = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const canonical = stem(group[0]!);
  for (const word of group) synonymStem.set(stem(word), canonical);
}

const stemCache = new Map<string, string>();

/** The canonical stem of one lower-cased word. */
export function canonicalStem(word: string): string {
  let out = stemCache.get(word);
  if (out === undefined) {
    const s = stem(word);
    out = synonymStem.get(s) ?? s;
    if (stemCache.size < 200_000) stemCache.set(word, out);
  }
  return out;
}

/** Text whose only non-ASCII characters are spaces, dashes and curly quotes (most news copy). */
const mostlyAscii = (text: string) => !/[^\t\n\r\x20-\x7e\u00a0\u2000-\u206f]/.test(text);

const WORD_ASCII = /[0-9][0-9,.]*[0-9]|[0-9]|[a-z]+(?:['’][a-z]+)?/g;
const WORD_UNICODE = /\d[\d,.]*\d|\d|[\p{L}]+(?:['’][\p{L}]+)?/gu;

/** The distinct content tokens of a text. Negations are kept: "not" matters to a claim. */
export function contentTokens(text: string): string[] {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  // The ASCII expression finds the same words several times faster than the Unicode one.
  // One native match for all the words: a loop of exec made an array per word.
  for (let w of lower.match(mostlyAscii(lower) ? WORD_ASCII : WORD_UNICODE) ?? []) {
    const first = w.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      out.add(`#${w.includes(',') ? w.replace(/,/g, '') : w}`);
      continue;
    }
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    if (w.endsWith("n't") || w.endsWith('n’t') || w === 'not' || w === 'never' || w === 'no') {
      out.add('¬');
      continue;
    }
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.add(canonicalStem(w));
  }
  return [...out];
}

/** Claims with this key have the same words: case, punctuation and spacing aside. */
export function copyKey(text: string): string {
  // Text whose only non-ASCII characters are spaces, dashes and curly quotes (most news copy) takes the
  // quick expression: the Unicode one is several times slower.
  const ascii = mostlyAscii(text);
  return text.toLowerCase().replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** copyKey, remembered by exact text: syndicated copies mostly repeat a sentence exactly. */
export class CopyKeys {
  private readonly byText = new Map<string, string>();

  of(text: string): string {
    let key = this.byText.get(text);
    if (key === undefined) {
      key = copyKey(text);
      if (this.byText.size >= 500_000) this.byText.clear();
      this.byText.set(text, key);
    }
    return key;
  }
}

/**
 * A claim made ready for MatchIndex.addArticle elsewhere (on another thread): its copy key, and its
 * tokens the first time its key is prepared (null after: the index holds them by then).
 */
export interface PreparedClaim {
  key: string;
  tokens: string[] | null;
}

/** Prepares the claims of articles in the order the index will receive them. */
export class ClaimPreparer {
  private readonly keys = new CopyKeys();
  private readonly tokenized = new Set<string>();

  prepare(claims: readonly { text: string }[]): PreparedClaim[] {
    return claims.map(({ text }) => {
      const key = this.keys.of(text);
      if (this.tokenized.has(key)) return { key, tokens: null };
      // Bounded like CopyKeys: after a clear, tokens are sent again, which the index does not need but takes.
      if (this.tokenized.size >= 500_000) this.tokenized.clear();
      this.tokenized.add(key);
      return { key, tokens: contentTokens(text) };
    });
  }
}
