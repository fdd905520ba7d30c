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

/** A common noun as a pattern can tell one: lower-case, not a function word, not an -ing, -ed or -ly form. */
const nounLike = (w: string | undefined): w is string =>
  w !== undefined && w.length >= 3 && w === w.toLowerCase() && !ENGLISH_STOP_WORDS.has(w) && !APPOSITION_STOP.has(w) && !/(?:ing|ed|ly)$/.test(w);

/** Words ending the noun phrase of an apposition ("Titan, the submersible of OceanGate that …"). */
const APPOSITION_STOP = new Set(['of', 'that', 'which', 'who', 'with', 'in', 'on', 'at', 'from', 'for', 'carrying', 'and', 'or', 'to', 'by', 'named', 'called']);

/** A claim that may state a link: "the Name", "the noun Name", "Name, a …". Most claims do not. */
const MAY_LINK = /\b[Tt]he (?:\p{Ll}[\p{L}'’-]* )?\p{Lu}|\p{Lu}[\p{L}'’-]*, (?:a|an|the) /u;
/** Capitalised words: the only places a link can start from. */
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;
/** The word right after a name, one space apart. */
const NEXT = /^ (\p{L}[\p{L}'’-]*)/u;
const WHOLE_WORD = /^\p{L}[\p{L}'’-]*$/u;
/** The word `back` words before position `at`, one space apart each ("the submersible Titan"). */
function wordBefore(text: string, at: number, back: 1 | 2): string | undefined {
  const parts = text.slice(Math.max(0, at - 40), at).split(' ');
  // The text before a name ends with one space: its last part is empty.
  if (parts.length < back + 1 || parts[parts.length - 1] !== '') return undefined;
  if (back === 2 && !WHOLE_WORD.test(parts[parts.length - 2]!)) return undefined;
  const i = parts.length - 1 - back;
  // The first part may be a word cut by the slice.
  if (i < 0 || (i === 0 && at > 40)) return undefined;
  return WHOLE_WORD.test(parts[i]!) ? parts[i] : undefined;
}
/** An apposition opening after a name: ", a", ", an", ", the". */
const APPOSITION = /^\s*,\s*(?:a|an|the)\s/iu;
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** The pairs (name, noun) one claim states. */
function links(text: string): Array<[string, string]> {
  if (!MAY_LINK.test(text)) return [];
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const at = m.index;
    const word = m[0];
    if (!isNameAt(text, at, word)) continue;
    const name = word.toLowerCase();
    const end = at + word.length;
    const after = text.slice(end, end + 120);
    const next = NEXT.exec(after)?.[1];
    const prev = wordBefore(text, at, 1);
    const prevPrev = prev === undefined ? undefined : wordBefore(text, at, 2);
    // "the Titan submersible", "the Dali container ship": "the", the name, then a noun ("container"
    // stands in the thing words of "the container ship" as well as "ship" does).
    if (prev !== undefined && /^the$/i.test(prev) && nounLike(next)) out.push([name, next]);
    // "the submersible Titan", "the cargo ship Dali": "the", a noun, then the name.
    if (nounLike(prev) && prevPrev !== undefined && /^(?:the|a|an)$/i.test(prevPrev) && !(next && /^\p{Lu}/u.test(next))) out.push([name, prev]);
    // "the Dali, a 984-foot Singapore-flagged vessel," / "Titan, the submersible of OceanGate": the
    // last noun of an apposition opened by an article right after the name's comma.
    const opening = APPOSITION.exec(after);
    if (opening) {
      const rest = after.slice(opening[0].length);
      let head: string | undefined;
      let count = 0;
      for (const w of rest.matchAll(WORD)) {
        const lower = w[0].toLowerCase();
        if (APPOSITION_STOP.has(lower) || ++count > 6) break;
        if (nounLike(w[0])) head = w[0];
        if (/[,;:.)]/.test(rest.charAt(w.index + w[0].length))) break;
      }
      if (head) out.push([name, head]);
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
