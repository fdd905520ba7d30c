/**
 * The shapes stored in IndexedDB. Records are plain data (no classes) so they survive structured
 * cloning into Workers and into review bundles unchanged.
 */
import type { ArticleDraft } from '../../../shared/article/types';
import type { ClusterView } from '../../../shared/match/cluster-records';
import type { ClaimAnchor } from '../../../shared/review/anchors';
import type { Verdict } from '../../../shared/review/verdicts';

/** One review: the articles about one story, with their claims, pairs and verdicts. */
export interface CaseRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Set when the user deletes the case; cleared by undo; purged on the next start. */
  deletedAt: number | null;
  /** When the case's pairs were last replaced by matching (views reload their pairs on change). */
  matchedAt?: number;
  /** The article set the stored pairs were found for (articleSetKey): matching skips a case that has them. */
  matchedArticles?: string;
}

/**
 * One imported article's metadata and provenance. The text lives in `texts` under the same id, so
 * listing thousands of articles never loads megabytes of text.
 */
export interface ArticleRecord extends Omit<ArticleDraft, 'text'> {
  id: string;
  caseId: string;
  importedAt: number;
  /** The values as imported of the details the reviewer corrected (only those fields). */
  original?: Partial<Pick<ArticleDraft, EditableField>>;
  /** When the details were last corrected. */
  editedAt?: number;
}

/** The details a reviewer may correct in the reader. */
export type EditableField = 'title' | 'outlet' | 'date' | 'url';

/** The stored (normalised) text of one article; every character offset refers to it. */
export interface TextRecord {
  id: string;
  caseId: string;
  text: string;
}

/** A stored cluster: its id is the case's key prefix plus the cluster's own id. */
export interface ClusterRecord extends ClusterView {
  caseId: string;
  /** Number of articles, for ordering without loading every cluster's claims. */
  size: number;
}

/** One setting of the library, such as the reviewer's name. */
export interface SettingRecord {
  key: string;
  value: string;
}

/**
 * A note typed on two claims that have no verdict yet. Its id is the verdict id those claims would
 * have (the case and the claims' positions), so re-matching keeps it and a verdict takes it over.
 */
export interface DraftRecord {
  id: string;
  caseId: string;
  anchors: [ClaimAnchor, ClaimAnchor];
  note: string;
  at: number;
}

/** One merge of a colleague's bundle: what it added, so undo removes exactly that. */
export interface MergeRecord {
  id: string;
  caseId: string;
  at: number;
  /** The bundle's file name and its reviewers. */
  source: string;
  reviewers: string[];
  articleIds: string[];
  /** The verdicts added, as they were added (undo leaves any changed since). */
  verdicts: Verdict[];
  opinionIds: string[];
}
