/**
 * The shapes stored in IndexedDB. Records are plain data (no classes) so they survive structured
 * cloning into Workers and into review bundles unchanged.
 */

/** One review: the articles about one story, with their claims, pairs and verdicts. */
export interface CaseRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Set when the user deletes the case; cleared by undo; purged on the next start. */
  deletedAt: number | null;
}

/** One imported article, with its text and provenance. */
export interface ArticleRecord {
  id: string;
  caseId: string;
  title: string;
  text: string;
  /** ISO date, "YYYY-MM-DD" or "YYYY-MM", or null when unknown. */
  date: string | null;
  /** True when the date was inferred (file name, text) rather than stated in the file's metadata. */
  dateInferred: boolean;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  language: string | null;
  fileName: string;
  sha256: string;
  format: string;
  encoding: string;
  chars: number;
  importedAt: number;
  importerVersion: string;
}
