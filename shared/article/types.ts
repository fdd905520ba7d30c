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
  /** Language the file declares (html lang, JSON field), or the one detected (see `sources`); null when unknown. */
  language: string | null;
  /** Where a dateline puts the report ("BALTIMORE (AP) —" → "Baltimore"); absent or null when it has none. */
  place?: string | null;
  /**
   * Where each metadata value came from when not from the file itself: the folder's manifest, the
   * person who pasted the text, a detector, the URL, the sender's address or the dateline. A field
   * missing here was stated in the file (`titleInferred` and `dateInferred` keep their own flags).
   */
  sources?: MetadataSources;
  /** The manifest whose values were applied (its path), when one was. */
  manifest?: string;
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

export type ArticleFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl' | 'pdf' | 'docx' | 'mhtml' | 'eml';

/** Every format, for validators (bundles) and the file pickers. */
export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['txt', 'md', 'html', 'json', 'jsonl', 'pdf', 'docx', 'mhtml', 'eml'];

/** The metadata fields whose origin is recorded. */
export type MetadataField = 'title' | 'date' | 'outlet' | 'url' | 'byline' | 'language' | 'place';

/** Where a value came from, when not stated in the file itself. */
export type MetadataSource = 'manifest' | 'you' | 'detected' | 'url' | 'sender' | 'dateline';

export type MetadataSources = Partial<Record<MetadataField, MetadataSource>>;

/** A file (or one record of it) that could not become an article, and why. */
export interface ParseError {
  path: string;
  error: string;
}

/** A file that is not an article and was meant not to be (a manifest, a table of evaluation data). */
export interface ParseNote {
  path: string;
  note: string;
}

/** The result of parsing a set of files: drafts and errors, never one at the cost of the other. */
export interface ParsedBatch {
  articles: ArticleDraft[];
  errors: ParseError[];
  /** Files read on purpose as something other than an article, with what was done with them. */
  notes?: ParseNote[];
}

/** Bumped whenever parsing changes what it produces for the same bytes. */
export const IMPORTER_VERSION = 'corroborate-import/3';
