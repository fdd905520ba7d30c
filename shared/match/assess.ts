/**
 * What a reviewer is told about a candidate pair: its kind, its flags, a suggestion with its reason,
 * and its evidence in words. The checks are meant to be trusted, so each needs what a careful reader
 * would need before saying "possible conflict":
 * - numbers: figures of one dimension about the same thing (shared words for what is measured, or a
 *   close paraphrase), whose values disagree after unit conversion, rounding and "about"/"at least";
 *   a figure that changes over time (people missing, air left, a toll) reported on different days
 *   "may have changed" rather than conflicts;
 * - dates and negation: only where the word diff aligns them: a changed stretch holding a date on each
 *   side, or a negation on one side only ("no degradation or escalation" / "no degradation nor
 *   escalation" is not one, nor "not definitive" / "inconclusive").
 */
import { isPeopleGroup, type Figure, type FigureLanguage } from '../claims/figures';
import { englishPlaceAdjective } from '../lexicon';
import { isNameAt } from './prepare';
import { findNegations } from '../claims/negation';
import { diffClaims, type DiffOp } from '../diff/pair-diff';
import type { Evidence, FigureMatch } from './features';
import type { PreparedClaim } from './prepare';

export type PairFlag = 'number' | 'date' | 'negation' | 'speaker' | 'attribution';
export type PairKind = 'quote' | 'statement' | 'verbatim';
export type Suggestion = 'consistent' | 'conflict' | null;

export interface Assessment {
  /** A possible conflict that may be a change over time (a head count reported days apart). */
  changing: boolean;
  kind: PairKind;
  flags: PairFlag[];
  suggestion: Suggestion;
  reason: string;
  evidence: string[];
}

const DIMENSION_NAMES: Record<string, string> = {
  length: 'length',
  area: 'area',
  speed: 'speed',
  mass: 'weight',
  volume: 'volume',
  duration: 'duration',
  age: 'age',
  people: 'number of people',
  money: 'amount',
  percent: 'share',
  count: 'number',
};

/**
 * Who a head count counts, by the words of its clause: the missing, the dead, the rescued, the
 * injured, those aboard or at work. Two counts of people compare only within one role ("two people
 * were rescued" and "six others were missing" count different people).
 */
const ROLES: Array<[role: string, words: RegExp]> = [
  ['missing', /^(?:missing|unaccounted|search|searching|sought|trapped|looking|vermisst|vermissten|desaparecidos|desaparecidas|dispersi|disparus)$/],
  ['dead', /^(?:dead|died|killed|deaths?|bodies|body|perished|fatalities|toll|presumed|tot|tote|toten|getötet|muertos|muertas|fallecidos|morti|morts|décès)$/],
  ['rescued', /^(?:rescued|survived|survivors?|saved|pulled|gerettet|rescatados|rescatadas|salvati|sauvés)$/],
  ['injured', /^(?:injured|hurt|wounded|injuries|verletzt|verletzte|heridos|feriti|blessés)$/],
  ['family', /^(?:children|sons|daughters|kids|grandchildren|father|mother|parent|siblings|kinder|hijos|figli|enfants)$/],
  // Workers before those aboard: "eight workers … part of a construction crew" are at work.
  ['at work', /^(?:employed|working|employees|workers|staff|arbeiter|trabajadores|operai|lavoratori|ouvriers)$/],
  ['aboard', /^(?:aboard|board|onboard|crew|passengers|members|team|besatzung|crew|tripulación|equipaggio|équipage)$/],
];

/**
 * The words that tell one group from another between a head count and its group noun: "eight-man
 * construction crew" against "22-member Indian crew". Null when no group noun follows closely.
 */
function groupWords(text: string, f: Figure): string[] | null {
  const words = [...text.slice(f.start, f.end + 40).matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => m[0].toLowerCase());
  // The count itself ("eight-man", "22-member", "eight") is not a group word.
  const from = /^\d/.test(f.text) ? 0 : 1;
  for (let i = from; i < Math.min(words.length, from + 4); i++) {
    if (GROUP_NOUNS.test(words[i]!)) return words.slice(from, i).filter((w) => !GROUP_FILLER.test(w) && !ROLES.some(([, re]) => re.test(w)));
  }
  return null;
}
const GROUP_NOUNS = /^(?:crew|crews|team|teams|members|passengers|workers|employees|staff|people|persons|personen|personas|persone|personnes|besatzung|mitarbeiter|arbeiter|tripulación|trabajadores|equipaggio|operai|lavoratori|équipage|ouvriers)$/;
const GROUP_FILLER = /^(?:man|men|member|person|strong|köpfige[nmr]?|of|the|a|an|and|other|others|more|some|all|crew)$|-(?:man|member|person|strong)$/;

/**
 * Two head counts name different groups: a word telling the group on one side ("construction crew")
 * that the other claim never uses ("22 crew members on board the cargo ship").
 */
function differentGroups(input: AssessInput, m: FigureMatch): boolean {
  const ta = input.a.claim.text.toLowerCase();
  const tb = input.b.claim.text.toLowerCase();
  const ga = groupWords(ta, m.a) ?? [];
  const gb = groupWords(tb, m.b) ?? [];
  if (ga.length && gb.length) return !ga.some((w) => gb.includes(w));
  return ga.some((w) => !tb.includes(w)) || gb.some((w) => !ta.includes(w));
}

const tonAndTonne = (m: FigureMatch) => m.a.dimension === 'mass' && m.a.unit !== m.b.unit && [m.a.unit, m.b.unit].every((x) => x === 'tons' || x === 't');

/** A short ton in kilograms: a "ton" read as a tonne has its base scaled by 1,000 / this. */
const SHORT_TON_KG = 907.18474;

/** Whether a figure in tons and one in tonnes agree when the tons are read as tonnes (each as rounded). */
function agreeAsTonnes(m: FigureMatch): boolean {
  const asTonnes = (f: Figure) => (f.unit === 'tons' ? [f.low * (1000 / SHORT_TON_KG), f.high * (1000 / SHORT_TON_KG)] : [f.low, f.high]);
  const [aLow, aHigh] = asTonnes(m.a);
  const [bLow, bHigh] = asTonnes(m.b);
  return aLow! <= bHigh! && bLow! <= aHigh!;
}

/** "$5.1 billion westbound and $4.5 billion eastbound": the sum of a claim's amounts in one currency. */
function sumTotals(figures: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const unit of new Set(figures.filter((f) => f.dimension === 'money').map((f) => f.unit))) {
    const parts = figures.filter((f) => f.dimension === 'money' && f.unit === unit);
    if (parts.length < 2) continue;
    const sum = (k: 'base' | 'low' | 'high') => parts.reduce((s, f) => s + f[k], 0);
    const total = { ...parts[0]!, text: `${sum('base')} in all`, value: sum('base'), base: sum('base'), low: sum('low'), high: sum('high') };
    TOTALS.add(total);
    out.push(total);
  }
  return out;
}

/** A head count joined to another group: "a pilot and four passengers", "four passengers plus crew". */
function partOfGroup(text: string, f: Figure): boolean {
  // "… were all Indians and 22 in total": the whole, said after "and".
  if (/^\s+(?:in total|in all|altogether)\b/i.test(text.slice(f.end, f.end + 20))) return false;
  return /\b(?:and|plus|as well as|y|und|e|et)\s+$/i.test(text.slice(Math.max(0, f.start - 12), f.start)) || /^\s+(?:and|plus|as well as)\s+(?:a|an|the|its|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(text.slice(f.end, f.end + 30));
}

const TOTALS = new WeakSet<Figure>();

function roleOf(f: Figure, text = ''): string | null {
  // The figure's own words ("eight workers"), its clause and the thing it measures.
  const own = f.text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let found: string | null = null;
  for (const [role, words] of ROLES) {
    if (own.some((w) => words.test(w)) || f.context.some((w) => words.test(w)) || f.thing.some((w) => words.test(w))) {
      found = role;
      break;
    }
  }
  if (found && !GROUP_ROLES.has(found)) return found;
  // What became of a group is often said past a comma: "Six construction workers, who were repairing
  // potholes on the bridge, are currently unaccounted for."
  const later = text.slice(f.end).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const [role, words] of ROLES) if (!GROUP_ROLES.has(role) && later.some((w) => words.test(w))) return role;
  return found;
}
const GROUP_ROLES = new Set(['family', 'at work', 'aboard']);

/** Figures that change as a story unfolds: head counts of the missing, dead, rescued or injured; what is left. */
function changes(f: Figure, text: string): boolean {
  if (f.dimension === 'people' || f.dimension === 'count') return ['missing', 'dead', 'rescued', 'injured'].includes(roleOf(f, text) ?? '');
  return (f.dimension === 'duration' || f.dimension === 'money') && f.context.some((w) => /^(?:left|remaining|remain|more|übrig|restantes|rimasti)$/.test(w));
}

/** "948ft (289m)": a figure with the same quantity in other units right after it, in brackets. */
function shown(f: Figure, all: readonly Figure[], text: string): string {
  const companion = all.find((g) => g !== f && g.dimension === f.dimension && g.start > f.end && g.start - f.end <= 3 && text.slice(f.end, g.start).includes('('));
  // "less than twenty-four hours", "at least 20 people": a bound is part of what the report says.
  const bound = f.approx === 'atMost' || f.approx === 'atLeast' ? (BOUND_BEFORE.exec(text.slice(Math.max(0, f.start - 24), f.start))?.[1] ?? '') : '';
  const own = bound && !f.text.toLowerCase().startsWith(bound.toLowerCase()) ? `${bound} ${f.text}` : f.text;
  return companion ? `${own} (${companion.text})` : own;
}
const BOUND_BEFORE = /\b(less than|fewer than|no more than|not more than|more than|at least|at most|up to|upwards of|under|over)\s+$/i;

function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return null;
  return Math.round(Math.abs(Date.parse(a) - Date.parse(b)) / 864e5);
}

export interface AssessInput {
  a: PreparedClaim;
  b: PreparedClaim;
  dateA: string | null;
  dateB: string | null;
  evidence: Evidence;
  score: number;
  cosine: number;
  verbatim: boolean;
  /** The two articles name nothing in common (no person, place, ship or outlet): perhaps two events. */
  otherEvent?: boolean;
}

/** The figure conflict of a pair, with its reason, or null. */
export function figureConflict(input: AssessInput): { reason: string; changing: boolean; match: FigureMatch } | null {
  const { a, b, evidence, cosine } = input;
  const fa = a.claim.details.figures;
  const fb = b.claim.details.figures;
  const withTotals = (figures: readonly Figure[]) => [...figures, ...headCountTotals(figures), ...sumTotals(figures)];
  // A figure in parentheses is the conversion of the one before it: the one before is named first.
  const converted = (m: FigureMatch) => Number(inParentheses(m.a, a.claim.text)) + Number(inParentheses(m.b, b.claim.text));
  for (const m of [...evidence.figures].sort((x, y) => converted(x) - converted(y))) {
    // A total is read from a claim's counts, not written: it can settle a disagreement, not make one.
    if (m.agrees || TOTALS.has(m.a) || TOTALS.has(m.b) || !sameThing(m, input)) continue;
    // "224,000-ton" and "224,000-tonne", "220 000 tonnes" and "224,000-ton": reports write "ton" for
    // a tonne as often as for a short ton, so the two agree if they would as tonnes.
    if (tonAndTonne(m) && agreeAsTonnes(m)) continue;
    // Sums in two currencies are not compared: the rate is the reporter's, of that day. Nor is a sum
    // converted in parentheses ("200 million euros ($218 million)") with another: it is the rate again.
    if (m.a.dimension === 'money' && (m.a.unit !== m.b.unit || conversionOf(m.a, fa, a.claim.text) || conversionOf(m.b, fb, b.claim.text))) continue;
    // Another figure of the other claim that agrees with this one (or the total of its head counts:
    // "two people died and four others are presumed dead" is six): the claims agree on it.
    if (withTotals(fb).some((g) => g.dimension === m.a.dimension && agree(m.a, g)) || withTotals(fa).some((g) => g.dimension === m.b.dimension && agree(g, m.b))) continue;
    const ratio = Math.max(m.a.base, m.b.base) / Math.max(1e-9, Math.min(m.a.base, m.b.base));
    // Sizes this far apart are two different things, however the words look.
    if (ratio > (cosine >= 0.5 ? 4 : 3)) continue;
    const reason = `${whatIsMeasured(m, a.claim.text)}: ${shown(m.a, fa, a.claim.text)} vs ${shown(m.b, fb, b.claim.text)}`;
    const apart = daysApart(input.dateA, input.dateB);
    if (changes(m.a, a.claim.text) || changes(m.b, b.claim.text)) {
      // A count that moves as a story unfolds: a change, unless both reports are of one day.
      if (apart !== null && apart >= 1) return { reason: `${reason}, reported ${apart} day${apart === 1 ? '' : 's'} apart: may have changed`, changing: true, match: m };
      if (apart === null) return { reason: `${reason}: a count that changes as a story unfolds; check when each was reported`, changing: true, match: m };
    }
    return { reason, changing: false, match: m };
  }
  return null;
}

/** The group of people a head count counts, as it says: "three children", "a father of five" (children). */
function groupsCounted(f: Figure): string[] {
  const own = f.text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...own, ...f.thing].filter(isPeopleGroup);
}

/** A figure right after an opening parenthesis ("948ft (289m)"). */
const inParentheses = (f: Figure, text: string) => /\(\s*$/.test(text.slice(Math.max(0, f.start - 3), f.start));

/** A sum in parentheses right after a sum in another currency: its conversion ("€200 million ($218 million)"). */
function conversionOf(f: Figure, all: readonly Figure[], text: string): boolean {
  if (!inParentheses(f, text)) return false;
  return all.some((g) => g !== f && g.dimension === 'money' && g.unit !== f.unit && g.end <= f.start && /^\s*\(\s*$/.test(text.slice(g.end, f.start)));
}

/** The group two head counts both count, by the same word: "children". */
function sharedGroup(m: FigureMatch): string | null {
  const b = groupsCounted(m.b);
  return groupsCounted(m.a).find((w) => b.includes(w)) ?? null;
}

const MEASURE_NAMES: Record<string, string> = { long: 'length', wide: 'width', deep: 'depth', high: 'height' };

/** "length of the vessel", "number of people missing": the dimension and, when clear, the thing. */
function whatIsMeasured(m: FigureMatch, textA: string): string {
  // "width of canal": a length both reports say is across (or down, or up).
  const measure = m.a.dimension === 'length' && m.a.measure && m.a.measure === m.b.measure ? MEASURE_NAMES[m.a.measure] : undefined;
  const dimension = measure ?? DIMENSION_NAMES[m.a.dimension] ?? m.a.dimension;
  if (m.a.dimension === 'people') {
    // "five" (a father of) and "three children": the group both count ("number of children"), unless
    // what became of them says more ("number of people missing").
    const role = roleOf(m.a, textA);
    const group = sharedGroup(m);
    if (group && (!role || GROUP_ROLES.has(role))) return `number of ${group}`;
    return role && role !== 'aboard' ? `${dimension} ${role}` : dimension;
  }
  if (m.a.dimension === 'count') return `${dimension} of ${m.a.unit}`;
  const shared = m.a.thing.find((w) => m.b.thing.includes(w));
  return shared ? `${dimension} of ${shared}` : dimension;
}

/** "Two people … and four others": the total a claim's head counts add up to, as one more figure. */
export function headCountTotals(figures: readonly Figure[]): Figure[] {
  const people = figures.filter((f) => f.dimension === 'people' && f.approx === 'exact');
  if (people.length < 2) return [];
  const sum = people.reduce((s, f) => s + f.base, 0);
  const total = { ...people[0]!, text: `${sum} in all`, value: sum, base: sum, low: sum, high: sum };
  TOTALS.add(total);
  return [total];
}

/** Both figures measure the same thing: shared words for it, or a close paraphrase with shared names. */
function sameThing(m: FigureMatch, input: AssessInput): boolean {
  // A count or a sum of an earlier year is of another event: "California's Camp Fire, which killed 85
  // people in 2018", "since a 1960 tsunami killed 61 people", "Windsor Castle's 1992 restoration cost
  // 37 million pounds". Sizes are left to their things (a bridge "built in 1977" is still the bridge).
  if (OF_EVENTS.has(m.a.dimension)) {
    const before = firstYear(input.dateA, input.dateB);
    const ya = earlierYear(input.a.claim.text, m.a, before);
    const yb = earlierYear(input.b.claim.text, m.b, before);
    if ((ya !== null || yb !== null) && ya !== yb) return false;
  }
  // Head counts: the same role, or nothing else will do.
  if (m.a.dimension === 'people' || m.a.dimension === 'count') {
    // "A pilot and four passengers": a part of a group, not the whole of it.
    if (partOfGroup(input.a.claim.text, m.a) || partOfGroup(input.b.claim.text, m.b)) return false;
    const ra = roleOf(m.a, input.a.claim.text);
    if (ra === null || ra !== roleOf(m.b, input.b.claim.text) || differentGroups(input, m)) return false;
    if (m.thing > 0 || input.cosine >= 0.25) return true;
    // Both count one group of one named person: "Luna … a father of five" and "Luna … had three
    // children" (a name is read where either claim writes it inside a sentence). Without a name in
    // common, "eight workers" and "six workers" may be a crew and the part of it that fell.
    return sharedGroup(m) !== null && [...input.a.names, ...input.b.names].some((n) => input.a.stemSet.has(n) && input.b.stemSet.has(n));
  }
  // A distance from one place is not a distance from another ("700 km south of St. John's" and
  // "325 nautical miles south-southeast of Cape Race" can both be true).
  if (m.a.dimension === 'length') {
    const pa = placeMeasuredFrom(input.a.claim.text, m.a);
    const pb = placeMeasuredFrom(input.b.claim.text, m.b);
    if (pa && pb && pa !== pb) return false;
  }
  // Sums given by or to different named parties are different sums ("Pinault pledged €100 million",
  // "Arnault €200 million"). German capitalises every noun, so names are not read there.
  // "French billionaire Bernard Arnault" and "French billionaire François-Henri Pinault" are two
  // parties: an adjective of a place says where a party is from, not which it is.
  if (m.a.dimension === 'money' && input.a.claim.language !== 'de' && input.b.claim.language !== 'de') {
    const na = partiesOf(namesNear(input.a.claim.text, m.a));
    const nb = partiesOf(namesNear(input.b.claim.text, m.b));
    if (na.length && nb.length && !na.some((n) => nb.includes(n))) return false;
    // A clause that names no one ("…, soon followed suit, pledging 200 million euros"): the claims'.
    const ca = partiesOf(input.a.names);
    const cb = partiesOf(input.b.names);
    if ((!na.length || !nb.length) && ca.length && cb.length && !ca.some((n) => cb.includes(n))) return false;
  }
  // Two named things of one kind: "the Ever Given, a 400-metre ship" and "the Dali, a 984-foot ship".
  if (SIZE_DIMENSIONS.has(m.a.dimension) && twoNamedThings(input)) return false;
  if (m.thing > 0) return true;
  // A duration is of something ("18 hours after the collapse", "a day after the ship hit"): words for it, or a close paraphrase.
  if (m.a.dimension === 'duration') return input.cosine >= 0.5;
  if (input.cosine >= 0.45) return true;
  return input.evidence.names.length > 0 && input.cosine >= 0.2;
}

/** Sizes: what a made or named thing measures, told alike by every report of it. */
export const SIZE_DIMENSIONS: ReadonlySet<string> = new Set(['length', 'area', 'mass', 'volume', 'speed']);

/**
 * The two claims name two things the case calls by one noun ("ship": the Ever Given, the Dali), each
 * claim one of them and not the other's: their sizes are of two things.
 */
function twoNamedThings(input: AssessInput): boolean {
  const aliases = input.a.aliases;
  if (!aliases || aliases !== input.b.aliases) return false;
  const named = (names: readonly string[]) => names.filter((n) => aliases.has(n));
  const na = named(input.a.names);
  const nb = named(input.b.names);
  if (!na.length || !nb.length || na.some((n) => input.b.names.includes(n)) || nb.some((n) => input.a.names.includes(n))) return false;
  const nouns = new Set(na.flatMap((n) => [...aliases.get(n)!]));
  return nb.some((n) => [...aliases.get(n)!].some((w) => nouns.has(w)));
}

const MEASURED_FROM = /^\s*(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|[a-z]+-(?:north|south)(?:east|west)|nord|süd|sud|norte|ovest|est|oeste)(?:lich)?\s+(?:of|von|de|del|di|da)|from|off|away\s+from|von|vom|desde|dalla|dal|da)\s+(?:the\s+|der\s+|dem\s+|la\s+|el\s+)?((?:\p{Lu}[\p{L}'’.]*\s*)+|\p{L}+)/u;

/** The place a distance is measured from, lower-case: "325 nautical miles south of Cape Race" → "cape race". */
function placeMeasuredFrom(text: string, f: Figure): string | null {
  const m = MEASURED_FROM.exec(text.slice(f.end, f.end + 80));
  return m ? m[1]!.trim().toLowerCase() : null;
}

/** Names that may be a party to a sum: not adjectives of places ("french", "pakistani"). */
const partiesOf = (names: readonly string[]) => names.filter((n) => !englishPlaceAdjective(n));

/** Dimensions told of an event (what it killed, cost, counted) rather than of a thing's size. */
const OF_EVENTS: ReadonlySet<string> = new Set(['people', 'count', 'money']);

/** The earlier of two reports' years, the one known if only one is, NaN if neither. */
function firstYear(a: string | null, b: string | null): number {
  const years = [a, b].filter((d): d is string => d !== null && /^\d{4}/.test(d)).map((d) => Number(d.slice(0, 4)));
  return years.length ? Math.min(...years) : NaN;
}

/**
 * A year named in the figure's clause that is before both reports' (`own`, the earlier of their years),
 * or null: a follow-up of 2025 telling "the March 2024 collapse killed six" is still of the 2024 story.
 */
function earlierYear(text: string, f: Figure, own: number): number | null {
  if (!Number.isFinite(own)) return null;
  const { start, end } = clauseOf(text, f);
  for (const m of text.slice(start, end).matchAll(/(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)/g)) {
    const year = Number(m[1]);
    if (year < own && (m.index < f.start - start || m.index >= f.end - start)) return year;
  }
  return null;
}

/** The clause around a figure: back to the last comma, colon, dash or parenthesis and on to the next, 90 characters at most each way. */
function clauseOf(text: string, f: Figure): { start: number; end: number } {
  const from = Math.max(0, f.start - 90);
  const before = text.slice(from, f.start);
  const cut = Math.max(...[',', ';', ':', '—', '–', '('].map((c) => before.lastIndexOf(c)));
  const after = text.slice(f.end, f.end + 90).search(/[,;:—–)]/);
  return { start: cut >= 0 ? from + cut + 1 : from, end: after >= 0 ? f.end + after : Math.min(text.length, f.end + 90) };
}

/** Names in the clause of a figure, lower-case. */
function namesNear(text: string, f: Figure): string[] {
  const { start, end } = clauseOf(text, f);
  const out: string[] = [];
  for (const m of text.slice(start, end).matchAll(/[\p{L}][\p{L}'’-]*/gu)) if (isNameAt(text, start + m.index, m[0])) out.push(m[0].toLowerCase());
  return out;
}

/** Two figures of one dimension that can both be true; two lower bounds compare by their values. */
function agree(x: Figure, y: Figure): boolean {
  if (x.approx === 'atLeast' && y.approx === 'atLeast') return Math.abs(x.base - y.base) <= 0.05 * Math.max(x.base, y.base);
  if (x.approx === 'atMost' && y.approx === 'atMost') return Math.abs(x.base - y.base) <= 0.05 * Math.max(x.base, y.base);
  return x.low <= y.high && y.low <= x.high;
}

/** Where each op of a diff sits in the two texts. */
function opSpans(ops: readonly DiffOp[]): Array<{ op: DiffOp; a: number; b: number }> {
  let a = 0;
  let b = 0;
  return ops.map((op) => {
    const at = { op, a, b };
    if (op.op !== 'insert') a += op.text.length;
    if (op.op !== 'delete') b += op.text.length;
    return at;
  });
}

/** Changed stretches of a diff: what one side has there and the other has instead. */
function changedStretches(ops: readonly DiffOp[]): Array<{ removed: string; added: string; aStart: number; bStart: number }> {
  const out: Array<{ removed: string; added: string; aStart: number; bStart: number }> = [];
  const spans = opSpans(ops);
  for (let i = 0; i < spans.length; i++) {
    if (spans[i]!.op.op === 'equal') continue;
    const start = spans[i]!;
    let removed = '';
    let added = '';
    while (i < spans.length && spans[i]!.op.op !== 'equal') {
      if (spans[i]!.op.op === 'delete') removed += spans[i]!.op.text;
      else added += spans[i]!.op.text;
      i++;
    }
    out.push({ removed, added, aStart: start.a, bStart: start.b });
  }
  return out;
}

/** A word with a negative prefix or suffix: "inconclusive", "unable", "nonstop", "careless". */
const NEGATIVE_AFFIX = /\b(?:un|in|im|ir|il|non|dis)[a-z]{4,}|\b[a-z]{3,}less\b/i;

/** Words that go with a negation: auxiliaries and the verb forms a negation brings ("does not want"). */
const NEGATION_FRAME = new Set('do does did is was are were has have had will would can could should be been am no not never nicht kein keine no non'.split(' '));

/** A negation on one side only, in a stretch the diff aligns, or null. */
export function negationFlip(ops: readonly DiffOp[]): string | null {
  for (const c of changedStretches(ops)) {
    const r = findNegations(c.removed);
    const d = findNegations(c.added);
    if ((r.length > 0) === (d.length > 0)) continue;
    const cue = (r[0] ?? d[0])!.text;
    const negated = r.length ? c.removed : c.added;
    const other = r.length ? c.added : c.removed;
    // "not definitive" / "inconclusive": the same negation in other words.
    if (NEGATIVE_AFFIX.test(other)) continue;
    // Aligned: what differs on the negated side is the negation and its auxiliary ("was" / "was not",
    // "wants" / "does not want"), the rest of the statement shared. A clause that only one side has
    // ("have not been recovered" against nothing) is not a flip.
    const words = negated.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
    const otherWords = other.toLowerCase().match(/\p{L}+/gu) ?? [];
    const sameWord = (w: string) => otherWords.some((o) => o.slice(0, 4) === w.slice(0, 4));
    if (words.some((w) => !NEGATION_FRAME.has(w) && !findNegations(w).length && !sameWord(w))) continue;
    if (otherWords.length > 2) continue;
    return cue;
  }
  return null;
}

/** Dates that differ where the diff aligns them: a changed stretch holding a date on each side. */
export function dateChange(ops: readonly DiffOp[], a: PreparedClaim, b: PreparedClaim): string | null {
  const da = a.claim.details.dates.filter((d) => d.iso);
  const db = b.claim.details.dates.filter((d) => d.iso);
  if (!da.length || !db.length || da.some((x) => db.some((y) => y.iso === x.iso))) return null;
  for (const c of changedStretches(ops)) {
    const x = da.find((d) => d.start < c.aStart + c.removed.length && d.end > c.aStart);
    const y = db.find((d) => d.start < c.bStart + c.added.length && d.end > c.bStart);
    if (x && y) return `${x.text} (${x.iso}) vs ${y.text} (${y.iso})`;
  }
  return null;
}

const LANGUAGE_NAMES: Record<FigureLanguage, string> = { en: 'English', de: 'German', es: 'Spanish', it: 'Italian', fr: 'French' };

/** The evidence of a pair in words a reviewer reads at a glance. */
export function describeEvidence(input: AssessInput): string[] {
  const { evidence, a, b } = input;
  const out: string[] = [];
  if (input.verbatim) return ['same words (a copy or syndicated text)'];
  if (evidence.sameSpeaker) out.push(`same speaker (${evidence.sameSpeaker})`);
  if (a.claim.kind === 'quote' && b.claim.kind === 'quote') out.push('both are quotes');
  else if (a.claim.kind !== b.claim.kind) out.push('a quote and a statement');
  out.push(`${evidence.aligned} of ${evidence.of} content words shared or synonymous`);
  if (evidence.names.length) out.push(`names in common: ${evidence.names.slice(0, 3).join(', ')}`);
  const agreeing = evidence.figures.find((f) => f.agrees);
  if (agreeing) out.push(`same figure: ${agreeing.a.text} ≈ ${agreeing.b.text}`);
  else if (evidence.figures[0]) out.push(`figures of one kind: ${evidence.figures[0].a.text} vs ${evidence.figures[0].b.text}`);
  if (evidence.otherLanguage) out.push(`across languages (${LANGUAGE_NAMES[a.claim.language]} and ${LANGUAGE_NAMES[b.claim.language]})`);
  return out;
}

/**
 * The two claims say the same thing in other words: a close paraphrase (most words shared or
 * synonymous), not just a related claim. What the ranker scores is how much a reviewer wants the pair,
 * which is not the same question.
 */
function sameClaim(input: AssessInput): boolean {
  const { aligned, of, sameSpeaker } = input.evidence;
  return input.cosine >= 0.5 || (of >= 4 && aligned / of >= 0.75) || (sameSpeaker !== null && of >= 5 && aligned / of >= 0.6);
}

/** The pair's kind, flags, suggestion and reason. */
export function assess(input: AssessInput): Assessment {
  const { a, b, cosine, verbatim } = input;
  const evidence = describeEvidence(input);
  const kind: PairKind = verbatim ? 'verbatim' : a.claim.kind === 'quote' && b.claim.kind === 'quote' ? 'quote' : 'statement';
  if (verbatim) return { changing: false, kind, flags: [], suggestion: 'consistent', reason: 'same words (a copy or syndicated text)', evidence };
  const flags: PairFlag[] = [];
  const notes: string[] = [];
  let conflict = false;
  const figure = figureConflict(input);
  if (figure && input.otherEvent) {
    // Two sizes of two ships are no conflict: said, not flagged.
    notes.push(`${figure.reason}, but the two reports name nothing in common (two events?)`);
  } else if (figure) {
    flags.push('number');
    notes.push(figure.reason);
    conflict = true;
  }
  // The word diff, only for pairs close enough for a date or a negation to be aligned in it.
  const needsDiff = cosine >= 0.35 && ((a.claim.details.negations.length > 0) !== (b.claim.details.negations.length > 0) || (a.claim.details.dates.length > 0 && b.claim.details.dates.length > 0) || a.claim.details.negations.length !== b.claim.details.negations.length);
  if (needsDiff) {
    const diff = diffClaims(a.claim.text, b.claim.text);
    if (!diff.tooDifferent) {
      const dates = dateChange(diff.ops, a, b);
      if (dates) {
        flags.push('date');
        notes.push(`dates differ: ${dates}`);
        conflict = true;
      }
      // A flip needs a close paraphrase and one negation more on one side than on the other
      // (and more than a word or two in common: "we don't know what they are" is not "here is what we know").
      const cue = cosine >= 0.5 && input.evidence.aligned >= 3 && a.claim.details.negations.length !== b.claim.details.negations.length ? negationFlip(diff.ops) : null;
      if (cue) {
        flags.push('negation');
        notes.push(`one side is negated (“${cue}”)`);
        conflict = true;
      }
    }
  }
  const ka = a.speaker;
  const kb = b.speaker;
  if (ka && kb && ka !== kb) {
    flags.push('speaker');
    notes.push(`attributed to ${a.claim.speaker} vs ${b.claim.speaker}: check who said it`);
  } else if ((a.claim.kind === 'quote' || b.claim.kind === 'quote') && (!!ka !== !!kb || (ka && (a.claim.via ?? '') !== (b.claim.via ?? '')))) {
    flags.push('attribution');
    notes.push(!!ka !== !!kb ? `only one side names the speaker (${a.claim.speaker ?? b.claim.speaker})` : `reported via ${a.claim.via ?? 'no one'} vs ${b.claim.via ?? 'directly'}`);
  }
  const rounding = input.evidence.figures.find((f) => f.agrees && f.a.unit !== f.b.unit);
  if (rounding && !figure) notes.push(`same quantity in other units: ${rounding.a.text} ≈ ${rounding.b.text}`);
  let suggestion: Suggestion = null;
  let reason: string;
  if (conflict) {
    suggestion = 'conflict';
    reason = notes.join('; ');
  } else if (sameClaim(input) && !flags.includes('speaker')) {
    suggestion = 'consistent';
    const same = kind === 'quote' ? 'the same quote in other words' : 'the same claim in other words';
    reason = notes.length ? `${same}; ${notes.join('; ')}` : same;
  } else {
    reason = ['related: shares key terms', ...notes, 'read both to decide'].join('; ');
  }
  return { changing: !!figure?.changing && flags.filter((f) => f === 'date' || f === 'negation').length === 0, kind, flags, suggestion, reason, evidence };
}
