/**
 * The story's own names for its things: a name and the common nouns the reports use for the same thing
 * ("the Titan submersible", "the submersible Titan", "the Dali, a 984-foot Singapore-flagged vessel,",
 * "the Key Bridge, a 1.6-mile span"). Two figures measuring "the Titan" and "a 21 foot submarine" can
 * then be read as measuring one thing. Read from the case's claims by word patterns; no word list.
 */
import { isNameAt } from './prepare';
import { ENGLISH_STOP_WORDS } from './lexicon';

/** Lower-cased word → the words naming the same thing in this case (names ↔ common nouns). */
export type StoryAliases = ReadonlyMap<string, ReadonlySet<string>>;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  name: boolean;
}

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** A common noun as a pattern can tell one: lower-case, not a function word, not an -ing or -ed form. */
const nounLike = (w: Word | undefined): w is Word =>
  !!w && !w.name && w.lower === w.text && w.lower.length >= 3 && !ENGLISH_STOP_WORDS.has(w.lower) && !/(?:ing|ed|ly)$/.test(w.lower) && !APPOSITION_STOP.has(w.lower);

/** Words ending the noun phrase of an apposition ("Titan, the submersible of OceanGate that …"). */
const APPOSITION_STOP = new Set(['of', 'that', 'which', 'who', 'with', 'in', 'on', 'at', 'from', 'for', 'carrying', 'and', 'or', 'to', 'by', 'named', 'called']);

/** Nothing but spaces between two words. */
const adjacent = (text: string, x: Word, y: Word) => /^ +$/.test(text.slice(x.end, y.start));

/** The pairs (name, noun) one claim states. */
function links(text: string): Array<[string, string]> {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, name: isNameAt(text, m.index, m[0]) }));
  const out: Array<[string, string]> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.name) continue;
    const next = words[i + 1];
    // "the Titan submersible", "the Dali container ship": the name, then a noun ("container" stands
    // in the thing words of "the container ship" as well as "ship" does).
    const prev = words[i - 1];
    if (nounLike(next) && adjacent(text, w, next) && prev && /^the$/i.test(prev.text) && adjacent(text, prev, w)) out.push([w.lower, next.lower]);
    // "the submersible Titan", "the cargo ship Dali": a noun after "the", then the name.
    if (nounLike(prev) && adjacent(text, prev, w) && words[i - 2] && /^(?:the|a|an)$/i.test(words[i - 2]!.text) && !words[i + 1]?.name) out.push([w.lower, prev.lower]);
    // "the Dali, a 984-foot Singapore-flagged vessel," / "Titan, the submersible of OceanGate": the
    // last noun of an apposition opened by an article right after the name's comma.
    if (next && /^\s*,\s*$/.test(text.slice(w.end, next.start)) && /^(?:a|an|the)$/i.test(next.text)) {
      let head: Word | undefined;
      for (let j = i + 2; j < Math.min(words.length, i + 8); j++) {
        const x = words[j]!;
        if (APPOSITION_STOP.has(x.lower)) break;
        if (nounLike(x)) head = x;
        if (/[,;:.)]/.test(text.slice(x.end, x.end + 1))) break;
      }
      if (head) out.push([w.lower, head.lower]);
    }
  }
  return out;
}

/**
 * The case's aliases: a name and a noun are one thing when at least two claims say so (one claim's
 * "the Titan submersible" could be a slip or a pattern misread; two are the story's usage).
 */
export function storyAliases(texts: Iterable<string>): StoryAliases {
  const seen = new Map<string, number>();
  // A name written more often with a bare preposition ("in Baltimore", "of Baltimore") than after
  // "the" is a place: "the Baltimore bridge" says where the bridge is, not what it is called ("the
  // Titan", "the Dali").
  const bare = new Map<string, number>();
  const withThe = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const text of texts) {
    for (const m of text.matchAll(PLACE)) {
      if (m[2]) count(withThe, m[3]!.toLowerCase());
      else count(bare, m[1]!.toLowerCase());
    }
    for (const key of new Set(links(text).map(([n, w]) => `${n}\u0000${w}`))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const isPlace = (name: string) => (bare.get(name) ?? 0) > (withThe.get(name) ?? 0);
  for (const key of [...seen.keys()]) if (isPlace(key.split('\u0000')[0]!)) seen.delete(key);
  const out = new Map<string, Set<string>>();
  const add = (x: string, y: string) => (out.get(x) ?? out.set(x, new Set()).get(x)!).add(y);
  for (const [key, count] of seen) {
    if (count < 2) continue;
    const [name, noun] = key.split('\u0000') as [string, string];
    if (name === noun) continue;
    add(name, noun);
    add(noun, name);
  }
  return out;
}
/** A preposition and a capitalised word (group 1), or "the" and one (group 3). */
const PLACE = /\b(?:(?:in|of|from|at|near|outside|off|aboard|on)\s+(\p{Lu}[\p{L}'’-]*)|(the|The)\s+(\p{Lu}[\p{L}'’-]*))/gu;
