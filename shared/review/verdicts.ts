/**
 * Verdicts: what a reviewer decided about two claims, with a note, who and when. A verdict is anchored
 * to the two claims it judges (see anchors.ts), never to a pair id: the matcher may propose other
 * pairs, order their sides differently or change their ids, and the verdict still finds its claims
 * (attach.ts) or is listed as reviewed but no longer proposed. Every change is also a history entry,
 * for undo by the tab that made it.
 */
import type { ClaimAnchor } from './anchors';

export type VerdictValue = 'consistent' | 'conflicting' | 'unclear';

export interface Verdict {
  /** verdictId(caseId, anchors): the case's key prefix and the two claims' positions, in canonical order. */
  id: string;
  caseId: string;
  /** The two claims judged, in canonical order (canonicalAnchors): an unordered pair. */
  anchors: [ClaimAnchor, ClaimAnchor];
  verdict: VerdictValue;
  note: string;
  reviewer: string;
  /** Epoch milliseconds. */
  at: number;
  /** Set on verdicts migrated from the pair-id era (schema v4, bundle format 1): the pair id they had. */
  legacyPairId?: string;
}

/** One change to a verdict: what it was before and after (null: no verdict). */
export interface VerdictChange {
  seq?: number;
  caseId: string;
  verdictId: string;
  before: Verdict | null;
  after: Verdict | null;
  at: number;
  /** Changes made together (a verdict given to a whole cluster) share a batch and undo together. */
  batch?: number;
  /** The tab (browser tab or window) that made the change: only it undoes it. Absent: any tab may. */
  tab?: string;
  /** The note-editing session a note change came from: its saves as typed are one change for undo. */
  session?: string;
}

export const VERDICT_LABELS: Record<VerdictValue, string> = {
  consistent: 'Consistent',
  conflicting: 'Conflicting',
  unclear: 'Unclear',
};

/** Longest note kept (characters): a page of text; longer notes are refused with this limit named. */
export const MAX_NOTE_CHARS = 20_000;

/** Longest reviewer name kept (characters). */
export const MAX_REVIEWER_CHARS = 200;

/** Why a note cannot be stored, or null when it can. */
export function noteProblem(note: string): string | null {
  return note.length > MAX_NOTE_CHARS
    ? `the note is ${note.length.toLocaleString('en')} characters long; notes are limited to ${MAX_NOTE_CHARS.toLocaleString('en')}`
    : null;
}
