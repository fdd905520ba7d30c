/**
 * What a document format (PDF, DOCX, MHTML, e-mail) hands to the common article builder in parse.ts:
 * the text and whatever the file states about it. A format that cannot read a file throws FormatError,
 * whose message is the reason a person reads.
 */
import { cleanField } from './metadata';
import type { MetadataSources } from './types';

export interface DocumentFields {
  /** Paragraphs separated by blank lines; normalised later, once, with every other format. */
  text: string;
  title: string | null;
  byline: string | null;
  date: string | null;
  language: string | null;
  url: string | null;
  outlet: string | null;
  /** Where values came from when not stated as such (an e-mail's outlet is its sender's domain). */
  sources?: MetadataSources;
}

/** A file of a known format that cannot be read as an article; the message says why. */
export class FormatError extends Error {
  override name = 'FormatError';
}

/** A title worth showing: not a file name or a word processor's placeholder. */
export function documentTitle(value: unknown): string | null {
  const title = cleanField(Array.isArray(value) ? value[0] : value)?.replace(/^Microsoft Word - /, '') ?? null;
  if (!title || /^(?:untitled|document\d*|title)$/i.test(title) || /\.(?:docx?|pdf|rtf|odt|pages|indd)$/i.test(title)) return null;
  return title;
}
