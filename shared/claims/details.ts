/**
 * Checkable details of a claim: numbers and quantities with units ("130,000 troops", "five-hour",
 * "30-minute", "$1.3 billion", "22-foot", "1,600 feet"), dates and weekdays resolved against the
 * article's date ("on Monday" in an article of Tuesday 2022-02-08 is 2022-02-07), and negation.
 */
import type { ClaimDetails, DateMention, NumberMention } from './types';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };

/** Unit words folded to one form, so "feet", "foot" and "ft" agree. */
const UNITS: Record<string, string> = {
  ft: 'foot', feet: 'foot', foot: 'foot', m: 'metre', meter: 'metre', meters: 'metre', metre: 'metre', metres: 'metre',
  km: 'kilometre', kilometers: 'kilometre', kilometres: 'kilometre', mile: 'mile', miles: 'mile', nautical: 'mile',
  hour: 'hour', hours: 'hour', hr: 'hour', minute: 'minute', minutes: 'minute', min: 'minute', second: 'second', seconds: 'second',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  percent: 'percent', '%': 'percent', people: 'person', person: 'person', persons: 'person', men: 'person', passengers: 'person',
  troops: 'troop', soldiers: 'troop', pounds: 'pound', lb: 'pound', tons: 'ton', tonnes: 'ton',
};

const NUMBER_WORD = Object.keys(WORD_NUMBERS).join('|');
const NUMBER_RE = new RegExp(
  `(\\$|€|£)?\\b(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMBER_WORD})\\b(?:[\\s-]?(thousand|million|billion|trillion|bn|k)\\b)?(?:[\\s-](?:and[\\s-])?(?:a[\\s-]half[\\s-])?([a-z%]+))?`,
  'gi',
);

/** "one hour and 45 minutes", "an hour and 45 minutes", "2 hours 10 minutes": one duration. */
const DURATION_RE = /\b(an|a|one|two|three|four|five|six|\d+)[\s-]hours?,?\s+(?:and\s+)?(\d+|fifteen|thirty|forty-five)[\s-]minutes?\b/gi;

/** Numbers and their units, in order of appearance. Years and days of the month are left to dates. */
export function findNumbers(text: string): NumberMention[] {
  const out: Array<NumberMention & { at?: number }> = [];
  const taken: Array<[number, number]> = [];
  // Both hour expressions need the word: most sentences skip two scans.
  const hasHour = /hour/i.test(text);
  for (const m of hasHour ? text.matchAll(DURATION_RE) : []) {
    const hours = /^an?$/i.test(m[1]!) ? 1 : (WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]));
    const minutes = ({ fifteen: 15, thirty: 30, 'forty-five': 45 } as Record<string, number>)[m[2]!.toLowerCase()] ?? Number(m[2]);
    out.push({ text: m[0], value: hours * 60 + minutes, unit: 'minute', at: m.index });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of hasHour ? text.matchAll(/\b(?:an|a)\s+hour\b/gi) : []) {
    if (taken.some(([x, y]) => m.index >= x && m.index < y)) continue;
    out.push({ text: m[0], value: 1, unit: 'hour', at: m.index });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(NUMBER_RE)) {
    if (taken.some(([x, y]) => m.index >= x && m.index < y)) continue;
    const [whole, currency, digits, scale, unitWord] = m;
    const start = m.index;
    const raw = digits!.toLowerCase();
    let value = WORD_NUMBERS[raw] ?? Number(raw.replace(/,/g, ''));
    if (Number.isNaN(value)) continue;
    if (scale) value *= SCALES[scale.toLowerCase()]!;
    const unitKey = unitWord?.toLowerCase();
    const unit = currency ? { $: 'usd', '€': 'eur', '£': 'gbp' }[currency]! : unitKey ? (UNITS[unitKey] ?? null) : null;
    // A four-digit year or a day after a month name is a date, not a quantity.
    if (!unit && /^(1[89]|20)\d{2}$/.test(raw)) continue;
    if (!unit && /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$/.test(text.slice(Math.max(0, start - 10), start))) continue;
    if (!unit && WORD_NUMBERS[raw] === 1 && !scale) continue; // "one of the", "no one"
    const shown = unit && unitKey && UNITS[unitKey] ? whole : whole.replace(/[\s-][a-z%]+$/i, (w) => (UNITS[w.trim().replace(/^-/, '').toLowerCase()] ? w : ''));
    out.push({ text: shown.trim(), value, unit, at: start });
  }
  return out.sort((x, y) => (x.at ?? 0) - (y.at ?? 0)).map(({ at: _at, ...n }) => n);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DATE_RE =
  /\b(?:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(\d{4}))?|(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(yesterday|today|last night|this morning))\b/gi;

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

let lastBase: { date: string | null; base: Date | null } = { date: null, base: null };

/** Noon UTC on the article's date, for resolving weekdays (kept for the next claim: same article). */
function baseDate(articleDate: string | null): Date | null {
  if (articleDate !== lastBase.date) {
    const base = articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? new Date(`${articleDate}T12:00:00Z`) : null;
    lastBase = { date: articleDate, base };
  }
  return lastBase.base;
}

/** Dates and weekdays, resolved against `articleDate` ("YYYY-MM-DD") where possible. */
export function findDates(text: string, articleDate: string | null): DateMention[] {
  const base = baseDate(articleDate);
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const [whole, mon1, day1, year1, day2, mon2, year2, weekday, relative] = m;
    let resolved: string | null = null;
    if (mon1 || mon2) {
      const month = MONTHS.indexOf((mon1 ?? mon2)!.slice(0, 3).toLowerCase()) + 1;
      const day = Number(day1 ?? day2);
      const year = Number(year1 ?? year2) || (base ? base.getUTCFullYear() - (month > base.getUTCMonth() + 1 ? 1 : 0) : NaN);
      resolved = day >= 1 && day <= 31 && !Number.isNaN(year) ? iso(year, month, day) : null;
    } else if (weekday && base) {
      // The most recent such weekday on or before the article's date: news reports past days.
      const back = (base.getUTCDay() - WEEKDAYS.indexOf(weekday.toLowerCase()) + 7) % 7;
      const d = new Date(base.getTime() - back * 864e5);
      resolved = iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    } else if (relative && base) {
      const d = new Date(base.getTime() - (/yesterday|last night/i.test(relative) ? 864e5 : 0));
      resolved = iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    out.push({ text: whole, iso: resolved });
  }
  return out;
}

const NEGATION_RE = /\b(?:not|no|never|neither|nor|none|nobody|nothing|without|cannot|denied|denies|deny|refused|refuses|\w+n['’]t)\b/gi;

/** Negation cues; their count's parity is what a flipped claim changes. */
export function findNegations(text: string): string[] {
  return [...text.matchAll(NEGATION_RE)].map((m) => m[0].toLowerCase());
}

/**
 * One empty list and one empty set of details shared by every claim without them (most claims): one
 * object instead of four a claim when claims are sent to another thread, stored or held. Frozen: no
 * caller may change details.
 */
const NONE = Object.freeze([]) as unknown as never[];
const NO_DETAILS: ClaimDetails = Object.freeze({ numbers: NONE, dates: NONE, negations: NONE });

/** The lists themselves, or the shared empty ones. */
function detailsOf(numbers: NumberMention[], dates: DateMention[], negations: string[]): ClaimDetails {
  if (numbers.length + dates.length + negations.length === 0) return NO_DETAILS;
  return { numbers: numbers.length ? numbers : NONE, dates: dates.length ? dates : NONE, negations: negations.length ? negations : NONE };
}

/**
 * Details by claim text: `details` itself when the text has no dates, else its numbers and negations,
 * and the details by article date in `byDate`.
 */
const found = new Map<string, { details: ClaimDetails; byDate: Map<string | null, ClaimDetails> | null }>();

/**
 * The details of one claim's text in an article of `articleDate`. Memoised by text (and shared, so
 * never to be changed): syndicated copies and repeated quotes bring the same sentence many times over,
 * in articles of many dates. Only dates depend on the article's date, and most claims have none: they
 * share one object whatever the date (keying by date and text missed far more often).
 */
export function findDetails(text: string, articleDate: string | null): ClaimDetails {
  let known = found.get(text);
  if (!known) {
    const dated = findDates(text, null).length > 0;
    known = { details: detailsOf(findNumbers(text), NONE, findNegations(text)), byDate: dated ? new Map() : null };
    if (found.size >= 100_000) found.clear();
    found.set(text, known);
  }
  const { details, byDate } = known;
  if (!byDate) return details;
  let resolved = byDate.get(articleDate);
  if (!resolved) {
    resolved = { numbers: details.numbers, dates: findDates(text, articleDate), negations: details.negations };
    byDate.set(articleDate, resolved);
  }
  return resolved;
}
