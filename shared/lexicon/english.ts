/**
 * English links compiled from WordNet (shared/lexicon/en-synonyms.json, built by
 * scripts/lexicon/build-wordnet.mjs): synonyms, broader terms and derivations, each table parsed on
 * first use. Words are looked up in base form; an inflected word ("notified", "vessels") is tried
 * under the base forms its ending suggests.
 */
import wordnet from './en-synonyms.json';

type Links = Map<string, string[]>;
const NONE: readonly string[] = [];

/** Builds a word → linked words table from pairs; sets while building, so a hub word costs no scans. */
function table(fill: (link: (from: string, to: string) => void) => void): Links {
  const sets = new Map<string, Set<string>>();
  fill((from, to) => {
    if (from === to) return;
    let set = sets.get(from);
    if (!set) sets.set(from, (set = new Set()));
    set.add(to);
  });
  return new Map([...sets].map(([w, set]) => [w, [...set]]));
}

let synonyms: Links | null = null;
let broader: Links | null = null;
let narrower: Links | null = null;
let derived: Links | null = null;

function synonymTable(): Links {
  synonyms ??= table((link) => {
    for (const line of wordnet.synonyms.split('\n')) {
      const words = line.split(' ');
      for (const a of words) for (const b of words) link(a, b);
    }
  });
  return synonyms;
}

function broaderTables(): { up: Links; down: Links } {
  if (!broader || !narrower) {
    const lines = wordnet.broader.split('\n').map((line) => line.split(' '));
    broader = table((link) => {
      for (const [word, ...ups] of lines) for (const up of ups) link(word!, up);
    });
    narrower = table((link) => {
      for (const [word, ...ups] of lines) for (const up of ups) link(up, word!);
    });
  }
  return { up: broader, down: narrower };
}

function derivedTable(): Links {
  derived ??= table((link) => {
    for (const line of wordnet.derived.split('\n')) {
      const [a, b] = line.split(' ');
      link(a!, b!);
      link(b!, a!);
    }
  });
  return derived;
}

/**
 * Base forms an English word may come from, the word first: "notified" → notify, "vessels" → vessel,
 * "stopped" → stop, "ships" → ship, "searching" → search. Guesses; the tables decide.
 */
export function englishBaseForms(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  const add = (f: string) => {
    if (f.length >= 3 && !out.includes(f)) out.push(f);
  };
  const undouble = (s: string) => (/([b-df-hj-np-tv-z])\1$/.test(s) ? s.slice(0, -1) : s);
  if (w.endsWith('ies') || w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ed')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
    add(undouble(w.slice(0, -2)));
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
    add(undouble(w.slice(0, -3)));
  }
  return out;
}

function find(table: Links, word: string): readonly string[] {
  for (const form of englishBaseForms(word)) {
    const hit = table.get(form);
    if (hit) return hit;
  }
  return NONE;
}

/** WordNet synonyms of a word's likely readings (same synset and part of speech), in base form. */
export function englishSynonyms(word: string): readonly string[] {
  return find(synonymTable(), word);
}

/** Broader terms: hypernyms one or two levels up ("vessel" → "vehicle", "ship" → "vessel"). */
export function englishBroader(word: string): readonly string[] {
  return find(broaderTables().up, word);
}

/** Narrower terms: the words whose broader terms include this one ("vehicle" → "vessel", …). */
export function englishNarrower(word: string): readonly string[] {
  return find(broaderTables().down, word);
}

/** Derivationally related words whose stems differ ("die" ↔ "death", "collide" ↔ "collision"). */
export function englishDerived(word: string): readonly string[] {
  return find(derivedTable(), word);
}

let thingNames: Links | null = null;

/**
 * Other names of a made thing, for comparing what two figures measure only: "span" → "bridge" (the
 * words of a noun.artifact synset that read mostly as that thing), and back.
 */
export function englishThingNames(word: string): readonly string[] {
  thingNames ??= table((link) => {
    for (const line of wordnet.things.split('\n')) {
      const [w, ...names] = line.split(' ');
      for (const name of names) {
        link(w!, name);
        link(name, w!);
      }
    }
  });
  return find(thingNames, word);
}

let places: ReadonlySet<string> | null = null;

/**
 * Whether a lower-case word is an adjective of a place ("french", "pakistani", "european"): written
 * with a capital it reads as a name, but it says where someone is from, not who they are.
 */
export function englishPlaceAdjective(word: string): boolean {
  places ??= new Set(wordnet.places.split('\n'));
  return places.has(word);
}

export type NounKind = 'person' | 'artifact';

let kinds: Map<string, NounKind> | null = null;

/**
 * What a noun names, when WordNet reads it mostly one way: a person ("grandfather", "pilots") or a
 * made thing ("bridge", "ships"); null for anything else or when it is read several ways.
 */
export function englishNounKind(word: string): NounKind | null {
  if (!kinds) {
    const built = new Map<string, NounKind>();
    for (const w of wordnet.persons.split('\n')) built.set(w, 'person');
    // At a share of 0.6 or more, no word is in both lists.
    for (const w of wordnet.artifacts.split('\n')) built.set(w, 'artifact');
    kinds = built;
  }
  for (const form of englishBaseForms(word)) {
    const kind = kinds.get(form);
    if (kind) return kind;
  }
  return null;
}

export type EnglishRelation = 'same' | 'synonym' | 'derived' | 'broader' | 'narrower';

/**
 * How WordNet relates two words, closest relation first: 'same' (one base form), 'synonym',
 * 'derived', 'broader' (b is broader than a), 'narrower'; null when unrelated here.
 */
export function englishRelation(a: string, b: string): EnglishRelation | null {
  const as = englishBaseForms(a);
  const bs = englishBaseForms(b);
  if (as.some((f) => bs.includes(f))) return 'same';
  const related = (list: readonly string[]) => list.some((w) => bs.includes(w));
  if (related(englishSynonyms(a))) return 'synonym';
  if (related(englishDerived(a))) return 'derived';
  if (related(englishBroader(a))) return 'broader';
  if (related(englishNarrower(a))) return 'narrower';
  return null;
}
