/**
 * An ArticleDraft is what parsing a file yields: the normalised text and everything known about where
 * it came from. Storage adds the ids and the import time; nothing else changes the text afterwards, so
 * every character offset computed later refers to `text` exactly.
 */
export interface ArticleDraft {
  title: string;
  /** True when the title was taken from the first sentence because the file names none. */
  titleInferred: boolean;
  /** NFC-normalised text with LF line endings; paragraphs separated by blank lines. */
  text: string;
  /** "YYYY-MM-DD" or "YYYY-MM", or null when unknown. */
  date: string | null;
  /** False when the file states the date (header, metadata); true when inferred (file name). */
  dateInferred: boolean;
  /** The publication, from the file's own metadata or the URL's domain; null rather than a guess. */
  outlet: string | null;
  url: string | null;
  byline: string | null;
  /** Language the file declares (html lang, JSON field); null when it declares none. */
  language: string | null;
  /** The file name as chosen by the user (with "#n" for the n-th article of a JSON file). */
  fileName: string;
  /** Where the file was read from: a path, or a folder-relative path in the browser. */
  sourcePath: string;
  /** SHA-256 of the raw bytes of the file (plus the record index for multi-article files). */
  sha256: string;
  format: ArticleFormat;
  encoding: string;
  chars: number;
  importerVersion: string;
}

export type ArticleFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

/** A file (or one record of it) that could not become an article, and why. */
export interface ParseError {
  path: string;
  error: string;
}

/** The result of parsing a set of files: drafts and errors, never one at the cost of the other. */
export interface ParsedBatch {
  articles: ArticleDraft[];
  errors: ParseError[];
}

/** Bumped whenever parsing changes what it produces for the same bytes. */
export const IMPORTER_VERSION = 'corroborate-import/2';
