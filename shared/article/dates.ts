/**
 * Dates as news text writes them ("February 8", "8 Feb. 2022", "26th March 2024", "8. Mai 2024",
 * "June 24, 2023"), in English, German, Spanish, Italian and French, for datelines and lead lines.
 */

const MONTHS: Record<string, number> = {};
const NAMES: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'enero', 'gennaio', 'janvier'],
  ['february', 'feb', 'februar', 'febrero', 'febbraio', 'février', 'fevrier'],
  ['march', 'mar', 'märz', 'marz', 'marzo', 'mars'],
  ['april', 'apr', 'abril', 'aprile', 'avril'],
  ['may', 'mai', 'mayo', 'maggio'],
  ['june', 'jun', 'juni', 'junio', 'giugno', 'juin'],
  ['july', 'jul', 'juli', 'julio', 'luglio', 'juillet'],
  ['august', 'aug', 'agosto', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septiembre', 'settembre', 'septembre'],
  ['october', 'oct', 'oktober', 'octubre', 'ottobre', 'octobre'],
  ['november', 'nov', 'noviembre', 'novembre'],
  ['december', 'dec', 'dezember', 'diciembre', 'dicembre', 'décembre', 'decembre'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/** Each name as written in running text, lower-case or capitalised ("march", "March"). */
const MONTH = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .flatMap((n) => [n, n[0]!.toUpperCase() + n.slice(1)])
  .join('|')})\\.?`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|\\.|º)?';
const YEAR = '(?:19|20)\\d{2}';

/** "8 February 2022", "8. Mai 2024", "26th March", "8 de marzo de 2024". */
const DAY_FIRST = `(${DAY})\\s+(?:de\\s+)?(${MONTH})(?:,?\\s+(?:de\\s+)?(${YEAR}))?`;
/** "February 8, 2022", "Feb. 8", "June 24 2023". */
const MONTH_FIRST = `(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?`;

/** Matches a written date; groups: day-first (day, month, year) then month-first (month, day, year). */
export const WRITTEN_DATE = `(?:${DAY_FIRST}|${MONTH_FIRST})`;

export interface WrittenDate {
  year: number | null;
  month: number;
  day: number;
}

const WHOLE = new RegExp(`^${WRITTEN_DATE}$`, 'iu');

/** Reads a whole string as a written date, or null. */
export function readWrittenDate(text: string): WrittenDate | null {
  const m = WHOLE.exec(text.trim());
  return m ? fromMatch(m, 1) : null;
}

/** The date in a match of a pattern that embeds WRITTEN_DATE, whose first group is at `first`. */
export function fromMatch(m: RegExpExecArray, first: number): WrittenDate | null {
  const [d1, m1, y1, m2, d2, y2] = m.slice(first, first + 6);
  const dayText = d1 ?? d2;
  const monthText = m1 ?? m2;
  if (!dayText || !monthText) return null;
  const month = MONTHS[monthText.toLowerCase().replace(/\.$/, '')];
  const day = Number.parseInt(dayText, 10);
  if (!month || !(day >= 1 && day <= 31)) return null;
  const yearText = y1 ?? y2;
  return { year: yearText ? Number(yearText) : null, month, day };
}

/** "2024-03-26" for a date with a year; null without one (a day and month alone do not make a date). */
export function isoOf(date: WrittenDate | null): string | null {
  if (!date?.year) return null;
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** True when `text` is a month name (a "8." before one is a date, not the end of a sentence). */
export function isMonthName(text: string): boolean {
  return MONTHS[text.toLowerCase().replace(/\.$/, '')] !== undefined;
}
