/**
 * Plain text and Markdown articles, including the corpus format: an optional leading " date YYYY-MM-DD"
 * (or YYYY-MM) header, then the text. A short first line is the title; a "By …" line near the top is
 * the byline.
 */
import { cleanField, isoDate, titleFromText } from './metadata';

export interface TextFields {
  title: string;
  titleInferred: boolean;
  text: string;
  date: string | null;
  byline: string | null;
}

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*\n?/i;
const BYLINE = /^by\s+([\p{Lu}][^\n]{1,80})$/iu;

/** Splits header, title and byline off normalised text. `markdown` strips heading marks from the title. */
export function parseTextArticle(normalised: string, markdown: boolean): TextFields {
  let text = normalised;
  let date: string | null = null;
  const header = DATE_HEADER.exec(text);
  if (header) {
    date = isoDate(header[1]);
    text = text.slice(header[0].length).trimStart();
  }
  const lines = text.split('\n');
  // A byline on the first line ("By Osa Mbonu-Amadi") is not the title.
  const titleLine = BYLINE.test((lines[0] ?? '').trim()) ? 1 : 0;
  const first = (lines[titleLine] ?? '').trim();
  const headingText = markdown ? first.replace(/^#{1,6}\s+/, '') : first;
  // A title is a short first line followed by more text, and not itself a sentence of the article.
  const looksLikeTitle =
    lines.length > titleLine + 1 && headingText.length > 0 && headingText.length <= 200 && !/[.:]$/.test(headingText);
  const title = looksLikeTitle ? headingText : titleFromText(lines.slice(titleLine).join('\n'));
  let byline: string | null = null;
  for (const line of lines.slice(0, 6)) {
    const match = BYLINE.exec(line.trim());
    if (match) {
      byline = cleanField(match[1]);
      break;
    }
  }
  return { title: cleanField(title) ?? 'Untitled', titleInferred: !looksLikeTitle, text, date, byline };
}
