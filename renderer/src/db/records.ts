/**
 * The shapes stored in IndexedDB. Records are plain data (no classes) so they survive structured
 * cloning into Workers and into review bundles unchanged.
 */
import type { ArticleDraft } from '../../../shared/article/types';

/** One review: the articles about one story, with their claims, pairs and verdicts. */
export interface CaseRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Set when the user deletes the case; cleared by undo; purged on the next start. */
  deletedAt: number | null;
}

/**
 * One imported article's metadata and provenance. The text lives in `texts` under the same id, so
 * listing thousands of articles never loads megabytes of text.
 */
export interface ArticleRecord extends Omit<ArticleDraft, 'text'> {
  id: string;
  caseId: string;
  importedAt: number;
}

/** The stored (normalised) text of one article; every character offset refers to it. */
export interface TextRecord {
  id: string;
  caseId: string;
  text: string;
}
