/**
 * Plain text and Markdown articles, including the corpus format: an optional leading " date YYYY-MM-DD"
 * (or YYYY-MM) header, then the text. The headline, byline and dateline come from the first lines
 * (lead.ts), past any site chrome copied with the text.
 */
import { readLead } from './lead';
import { isoDate } from './metadata';

export interface TextFields {
  title: string;
  titleInferred: boolean;
  text: string;
  date: string | null;
  /** True when the date came from a dateline in the text rather than the header. */
  dateFromDateline: boolean;
  byline: string | null;
  place: string | null;
}

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*\n?/i;

/** The " date YYYY-MM-DD" header's date, and the text after it. */
export function splitDateHeader(normalised: string): { date: string | null; text: string } {
  const header = DATE_HEADER.exec(normalised);
  if (!header) return { date: null, text: normalised };
  return { date: isoDate(header[1]), text: normalised.slice(header[0].length).trimStart() };
}

/** Splits header, title and byline off normalised text. `markdown` strips heading marks from the title. */
export function parseTextArticle(normalised: string, markdown: boolean): TextFields {
  const { date, text } = splitDateHeader(normalised);
  const lead = readLead(text, markdown);
  return {
    title: lead.title,
    titleInferred: lead.titleInferred,
    text,
    date: date ?? lead.date,
    dateFromDateline: !date && lead.date !== null,
    byline: lead.byline,
    place: lead.place,
  };
}
