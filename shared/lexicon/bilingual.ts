/**
 * Word lookup in a compiled bilingual table (shared/lexicon/{de,es,it}-en.json): the word itself, then
 * the dictionary forms the normaliser guesses, then, for German, the compound's parts
 * ("Containerschiff" → "container" + "schiff" → "container ship"). The build script uses the same
 * lookup to leave out words the table can rebuild, so what it drops is exactly what this finds again.
 */
import { lemmaCandidates, type Language } from './normalise';

export type Table = ReadonlyMap<string, readonly string[]>;

/** Parses a table's `entries`: one line per key, `key<TAB>translation|translation…`. */
export function parseEntries(text: string): Map<string, readonly string[]> {
  const table = new Map<string, readonly string[]>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1).split('|'));
  }
  return table;
}

const NONE: readonly string[] = [];
/**
 * German linking elements between a compound's parts (Arbeit·s·platz, Brücke·n·einsturz,
 * Hund·e·hütte), longest first and none last, so "Brückeneinsturz" reads "Brücke", not "Brücken".
 */
const LINKS = ['es', 'en', 's', 'n', 'e', ''];
const MIN_PART = 3;
const MIN_COMPOUND = 7;

/** The word's translations through its own form or a guessed dictionary form. */
export function lookupForms(table: Table, lang: Language, word: string, skip?: string): readonly string[] {
  for (const form of lemmaCandidates(lang, word)) {
    if (form === skip) continue;
    const hit = table.get(form);
    if (hit) return hit;
  }
  return NONE;
}

/**
 * A German compound read as modifier + head, the head being the longest known last part, and its
 * translations made from theirs: the head's first two one-word translations, each after the
 * modifier's first ("Containerschiff" → "container vessel", "container ship"). `stop` lists words that are not
 * modifiers (articles, prepositions); `skip` a key to ignore (the build checks a word without itself).
 */
export function lookupCompound(
  table: Table,
  word: string,
  stop: ReadonlySet<string>,
  skip?: string,
): readonly string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_COMPOUND) return NONE;
  for (let cut = MIN_PART; cut <= w.length - MIN_PART; cut++) {
    const head = lookupForms(table, 'de', w.slice(cut), skip);
    if (!head.length) continue;
    const left = w.slice(0, cut);
    for (const link of LINKS) {
      if (!left.endsWith(link) || left.length - link.length < MIN_PART) continue;
      const modifierWord = left.slice(0, left.length - link.length);
      if (stop.has(modifierWord)) continue;
      const modifier =
        table.get(modifierWord) ?? (link === '' ? lookupForms(table, 'de', modifierWord, skip) : NONE);
      if (!modifier.length || modifierWord === skip) continue;
      // one word from each part: "Hafenbehörde" is "harbor authority", not "harbor public authority"
      const m = modifier.find((t) => !t.includes(' ')) ?? modifier[0]!;
      const heads = head.filter((t) => !t.includes(' '));
      return (heads.length ? heads : head).slice(0, 2).map((h) => `${m} ${h}`);
    }
  }
  return NONE;
}

/** Translations of one word: its own entry, a guessed dictionary form's, or (German) its parts'. */
export function lookupWord(
  table: Table,
  lang: Language,
  word: string,
  stop: ReadonlySet<string>,
  skip?: string,
): readonly string[] {
  const direct = lookupForms(table, lang, word, skip);
  if (direct.length || lang !== 'de') return direct;
  return lookupCompound(table, word, stop, skip);
}
