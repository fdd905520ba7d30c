/**
 * Verdicts: what a reviewer decided about a pair, with a note, who and when. Kept apart from the pairs
 * (which matching may recompute) and keyed by pair id, which stays the same for the same two claims,
 * so a verdict stays attached across re-matching. Every change is also a history entry, for undo.
 */
export type VerdictValue = 'consistent' | 'conflicting' | 'unclear';

export interface Verdict {
  /** The pair's id. */
  id: string;
  caseId: string;
  verdict: VerdictValue;
  note: string;
  reviewer: string;
  /** Epoch milliseconds. */
  at: number;
}

/** One change to a pair's verdict: what it was before and after (null: no verdict). */
export interface VerdictChange {
  seq?: number;
  caseId: string;
  pairId: string;
  before: Verdict | null;
  after: Verdict | null;
  at: number;
  /** Changes made together (a verdict given to a whole cluster) share a batch and undo together. */
  batch?: number;
}

export const VERDICT_LABELS: Record<VerdictValue, string> = {
  consistent: 'Consistent',
  conflicting: 'Conflicting',
  unclear: 'Unclear',
};
