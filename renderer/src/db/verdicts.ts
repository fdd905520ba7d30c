/**
 * Setting, clearing and undoing verdicts. A verdict is anchored to the two claims of the pair it was
 * given on (shared/review/anchors.ts) and keyed by their positions, so re-matching never touches it.
 * Each change and its history entry are written in one transaction, so undo always finds the state
 * that was there before. Undo belongs to the tab that made the change, and never overwrites a change
 * made since in another tab; a note saved elsewhere while a draft was open is never silently replaced.
 */
import { anchorClaim, canonicalAnchors, verdictId, type ClaimAnchor } from '../../../shared/review/anchors';
import type { PairLike } from '../../../shared/review/attach';
import { MAX_REVIEWER_CHARS, noteProblem, VERDICT_LABELS, type Verdict, type VerdictChange, type VerdictValue } from '../../../shared/review/verdicts';
import { shaOfArticleId, type AppDB } from './AppDB';

/** What a verdict is given to: an existing verdict (attached to a pair, or an orphan), or a pair's two claims. */
export type VerdictTarget = { verdictId: string; pair?: PairLike } | { verdictId?: undefined; pair: PairLike };

/** The anchors of a pair's two claims, reading the articles' texts for the quotes' context. */
export async function anchorsOf(db: AppDB, caseId: string, pair: PairLike): Promise<[ClaimAnchor, ClaimAnchor]> {
  const [ta, tb] = await db.texts.bulkGet([pair.a.articleId, pair.b.articleId]);
  return canonicalAnchors(
    anchorClaim(shaOfArticleId(caseId, pair.a.articleId), pair.a, ta?.text),
    anchorClaim(shaOfArticleId(caseId, pair.b.articleId), pair.b, tb?.text),
  );
}

/** The stored verdict for `target` (by id, else by the pair's claims), and the id and anchors to write. */
async function resolve(db: AppDB, caseId: string, target: VerdictTarget): Promise<{ id: string; anchors: [ClaimAnchor, ClaimAnchor]; before: Verdict | null }> {
  if (target.verdictId !== undefined) {
    const before = (await db.verdicts.get(target.verdictId)) ?? null;
    if (before) return { id: before.id, anchors: before.anchors, before };
    // Undone in another tab since this one showed it: give the verdict to the pair's claims again.
    if (!target.pair) throw new Error('This verdict was removed in another tab or window; reload to see the current review.');
  }
  const anchors = await anchorsOf(db, caseId, target.pair!);
  const id = verdictId(caseId, anchors);
  return { id, anchors, before: (await db.verdicts.get(id)) ?? null };
}

function checkReviewer(reviewer: string): void {
  if (!reviewer.trim()) throw new Error('A verdict needs the reviewer’s name.');
  if (reviewer.length > MAX_REVIEWER_CHARS) throw new Error(`The reviewer’s name is limited to ${MAX_REVIEWER_CHARS} characters.`);
}

/** Records `verdict` (with `note`) for a pair or an existing verdict; returns the stored verdict. */
export async function setVerdict(
  db: AppDB,
  input: { caseId: string; target: VerdictTarget; verdict: VerdictValue; note?: string; reviewer: string; tab?: string },
  now = Date.now(),
): Promise<Verdict> {
  checkReviewer(input.reviewer);
  const problem = input.note === undefined ? null : noteProblem(input.note);
  if (problem) throw new Error(`Not saved: ${problem}.`);
  return db.transaction('rw', [db.verdicts, db.history, db.texts, db.drafts], async () => {
    const { id, anchors, before } = await resolve(db, input.caseId, input.target);
    // A note typed before the verdict (issue 19) becomes the verdict's note.
    const draft = before ? undefined : await db.drafts.get(id);
    if (draft) await db.drafts.delete(id);
    const after: Verdict = {
      ...before,
      id,
      caseId: input.caseId,
      anchors,
      verdict: input.verdict,
      note: input.note ?? before?.note ?? draft?.note ?? '',
      reviewer: input.reviewer,
      at: now,
    };
    await db.verdicts.put(after);
    await db.history.add(change(input.caseId, id, before, after, now, input.tab));
    return after;
  });
}

export type NoteResult =
  | { status: 'saved'; verdict: Verdict }
  /** The note was changed elsewhere (another tab) since the draft began: nothing written. */
  | { status: 'conflict'; stored: Verdict }
  /** There is no verdict to put the note on (undone elsewhere): nothing written. */
  | { status: 'no-verdict' };

/**
 * Changes the note of a verdict. `base` is the stored note the draft started from: when the stored
 * note is no longer that (saved in another tab meanwhile), nothing is written and the stored verdict is
 * returned, so the page can show both and let the reviewer choose.
 */
export async function setNote(
  db: AppDB,
  input: { verdictId: string; note: string; base?: string; reviewer: string; tab?: string; session?: string },
  now = Date.now(),
): Promise<NoteResult> {
  const problem = noteProblem(input.note);
  if (problem) throw new Error(`Not saved: ${problem}.`);
  checkReviewer(input.reviewer);
  return db.transaction('rw', db.verdicts, db.history, async (): Promise<NoteResult> => {
    const before = await db.verdicts.get(input.verdictId);
    if (!before) return { status: 'no-verdict' };
    if (before.note === input.note) return { status: 'saved', verdict: before };
    if (input.base !== undefined && before.note !== input.base) return { status: 'conflict', stored: before };
    const after: Verdict = { ...before, note: input.note, reviewer: input.reviewer, at: now };
    await db.verdicts.put(after);
    // Saves of one editing session (notes save as they are typed) are one change for undo.
    const last = input.session === undefined ? undefined : await db.history.where('caseId').equals(before.caseId).last();
    if (last && last.session === input.session && last.verdictId === before.id && last.tab === input.tab) await db.history.update(last.seq!, { after, at: now });
    else await db.history.add({ ...change(before.caseId, before.id, before, after, now, input.tab), ...(input.session === undefined ? {} : { session: input.session }) });
    return { status: 'saved', verdict: after };
  });
}

/** Gives every pair of a cluster the same verdict, as one change that undo reverts whole. */
export async function setClusterVerdict(
  db: AppDB,
  input: { caseId: string; targets: readonly VerdictTarget[]; verdict: VerdictValue; reviewer: string; tab?: string },
  now = Date.now(),
): Promise<void> {
  checkReviewer(input.reviewer);
  await db.transaction('rw', [db.verdicts, db.history, db.texts, db.drafts], async () => {
    const changes: VerdictChange[] = [];
    const seen = new Set<string>();
    for (const target of input.targets) {
      const { id, anchors, before } = await resolve(db, input.caseId, target);
      if (seen.has(id)) continue;
      seen.add(id);
      const draft = before ? undefined : await db.drafts.get(id);
      if (draft) await db.drafts.delete(id);
      const after: Verdict = { ...before, id, caseId: input.caseId, anchors, verdict: input.verdict, note: before?.note ?? draft?.note ?? '', reviewer: input.reviewer, at: now };
      changes.push({ ...change(input.caseId, id, before, after, now, input.tab), batch: now });
    }
    await db.verdicts.bulkPut(changes.map((c) => c.after!));
    await db.history.bulkAdd(changes);
  });
}

function change(caseId: string, id: string, before: Verdict | null, after: Verdict | null, at: number, tab: string | undefined): VerdictChange {
  return { caseId, verdictId: id, before, after, at, ...(tab === undefined ? {} : { tab }) };
}

/** The same decision, note, reviewer and time: what undo checks before reverting a change. */
function sameVerdict(x: Verdict | null | undefined, y: Verdict | null | undefined): boolean {
  if (!x || !y) return !x && !y;
  return x.id === y.id && x.verdict === y.verdict && x.note === y.note && x.reviewer === y.reviewer && x.at === y.at;
}

export interface UndoResult {
  /** A verdict the undone change touched (the view selects it). */
  verdictId: string;
  /** Changes left as they are because another tab or window changed the verdict since. */
  keptNewer: number;
  /** The changes reverted, so the page can say what it undid (issue 19). */
  undone: Array<Pick<VerdictChange, 'before' | 'after'>>;
}

/** What undoing `undone` did, in a sentence ("Undid the verdict Conflicting; the note stays as a draft."). */
export function describeUndo(undone: UndoResult['undone']): string {
  if (undone.length === 0) return 'Nothing was undone: another tab or window changed it since.';
  if (undone.length > 1) return `Undid ${undone.length.toLocaleString('en')} verdicts given together.`;
  const { before, after } = undone[0]!;
  const label = (v: Verdict) => VERDICT_LABELS[v.verdict];
  if (!before && after) return `Undid the verdict ${label(after)}${after.note ? '; its note stays as a draft' : ''}.`;
  if (before && after && before.verdict !== after.verdict) return `Undid ${label(after)}: back to ${label(before)}.`;
  if (before && after && before.note !== after.note) return before.note ? 'Undid the note change: the earlier note is back.' : 'Undid the note.';
  return 'Undid the last change.';
}

/**
 * Reverts this tab's latest change in the case (all of it, for a cluster verdict); entries without a
 * tab (from before v5, or restored from a bundle) belong to any tab. A verdict changed since by
 * someone else keeps that newer change: its entry is dropped and counted in `keptNewer`. Returns null
 * when there is nothing to undo.
 */
export async function undoLast(db: AppDB, caseId: string, tab?: string): Promise<UndoResult | null> {
  return db.transaction('rw', [db.verdicts, db.history, db.drafts], async () => {
    const mine = (h: VerdictChange) => h.tab === undefined || h.tab === tab;
    const last = await db.history.where('caseId').equals(caseId).reverse().filter(mine).first();
    if (!last) return null;
    const group =
      last.batch === undefined
        ? [last]
        : await db.history.where('caseId').equals(caseId).filter((h) => h.batch === last.batch && mine(h)).toArray();
    let keptNewer = 0;
    const undone: UndoResult['undone'] = [];
    // Newest first, so a verdict changed twice in one batch ends at its oldest "before".
    for (const c of group.sort((x, y) => y.seq! - x.seq!)) {
      const current = await db.verdicts.get(c.verdictId);
      if (!sameVerdict(current, c.after)) keptNewer++;
      else if (c.before) await db.verdicts.put(c.before);
      else {
        await db.verdicts.delete(c.verdictId);
        // Undoing a first verdict never takes its note along: the note goes back to being a draft.
        if (c.after?.note) await db.drafts.put({ id: c.verdictId, caseId: c.caseId, anchors: c.after.anchors, note: c.after.note, at: c.at });
      }
      if (sameVerdict(current, c.after)) undone.push({ before: c.before, after: c.after });
      await db.history.delete(c.seq!);
    }
    return { verdictId: last.verdictId, keptNewer, undone };
  });
}
