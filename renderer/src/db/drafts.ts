/**
 * Notes typed before a verdict (issue 19: a note typed on an unreviewed pair was lost on Esc, another
 * pair or a reload). A draft is stored under the verdict id its two claims would have, so it survives
 * re-matching like a verdict does, and the verdict given later takes it as its note (setVerdict).
 */
import type { PairLike } from '../../../shared/review/attach';
import { verdictId } from '../../../shared/review/anchors';
import { noteProblem } from '../../../shared/review/verdicts';
import type { AppDB } from './AppDB';
import type { DraftRecord } from './records';
import { anchorsOf } from './verdicts';

/** The id a verdict on the pair's two claims has (or would have). */
export async function claimsId(db: AppDB, caseId: string, pair: PairLike): Promise<string> {
  return verdictId(caseId, await anchorsOf(db, caseId, pair));
}

/**
 * Stores `note` as the draft of the pair's claims (an empty note removes the draft). Returns false,
 * writing nothing, when the claims have a verdict by now: the note then belongs on it (setNote).
 */
export async function saveDraft(db: AppDB, input: { caseId: string; pair: PairLike; note: string }, now = Date.now()): Promise<boolean> {
  const problem = noteProblem(input.note);
  if (problem) throw new Error(`Not saved: ${problem}.`);
  const anchors = await anchorsOf(db, input.caseId, input.pair);
  const id = verdictId(input.caseId, anchors);
  return db.transaction('rw', db.drafts, db.verdicts, async () => {
    if (await db.verdicts.get(id)) return false;
    if (input.note === '') await db.drafts.delete(id);
    else await db.drafts.put({ id, caseId: input.caseId, anchors, note: input.note, at: now } satisfies DraftRecord);
    return true;
  });
}
