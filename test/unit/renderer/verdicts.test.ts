import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB, shaOfArticleId } from '../../../renderer/src/db/AppDB';
import { setClusterVerdict, setNote, setVerdict, undoLast } from '../../../renderer/src/db/verdicts';
import { filterOrphans, filterQueue, NO_FILTER } from '../../../renderer/src/features/review/filter';
import type { PairRecord } from '../../../shared/match/records';
import { verdictId } from '../../../shared/review/anchors';
import { MAX_NOTE_CHARS, type Verdict } from '../../../shared/review/verdicts';
import { matchedCase } from '../../support/library';

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/** The Macron pair of the seed case ("locking the game" / "freeze the game"). */
async function macron() {
  const seeded = await matchedCase(db);
  const pair = seeded.pairs.find((p) => /locking the game/.test(p.a.text + p.b.text))!;
  return { ...seeded, caseId: seeded.case.id, pair };
}

/** A pair of two other stretches of the same two articles (the seeds match into few pairs). */
function otherPair(p: PairRecord, texts: ReadonlyMap<string, string>, n: number): PairRecord {
  const at = (c: PairRecord['a']) => ({ ...c, start: n * 10, end: n * 10 + 8, text: texts.get(c.articleId)!.slice(n * 10, n * 10 + 8) });
  return { ...p, id: `${p.id}~${n}`, a: at(p.a), b: at(p.b) };
}

/** The same two claims as the pair, sides swapped, under another id: what another engine may propose. */
const swapped = (p: PairRecord): PairRecord => ({ ...p, id: `${p.id}~other-engine`, a: p.b, b: p.a });

describe('verdicts anchored to their claims', () => {
  it('stores the two claims as anchors (SHA-256, position, exact text with 32 characters around it)', async () => {
    const { caseId, pair, texts } = await macron();
    const v = await setVerdict(db, { caseId, target: { pair }, verdict: 'conflicting', reviewer: 'Ana' }, 1000);
    expect(v.id).toBe(verdictId(caseId, v.anchors));
    expect(v.id.startsWith(`${caseId}:`)).toBe(true);
    for (const claim of [pair.a, pair.b]) {
      const anchor = v.anchors.find((x) => x.sha256 === shaOfArticleId(caseId, claim.articleId))!;
      const text = texts.get(claim.articleId)!;
      expect(anchor).toEqual({
        sha256: shaOfArticleId(caseId, claim.articleId),
        start: claim.start,
        end: claim.end,
        exact: claim.text,
        prefix: text.slice(Math.max(0, claim.start - 32), claim.start),
        suffix: text.slice(claim.end, claim.end + 32),
      });
      expect(anchor.prefix.length + anchor.suffix.length).toBeGreaterThan(0);
    }
  });

  it('a pair judged with its sides swapped and another id is the same verdict', async () => {
    const { caseId, pair } = await macron();
    const first = await setVerdict(db, { caseId, target: { pair }, verdict: 'conflicting', note: 'check the French original', reviewer: 'Ana' }, 1000);
    const again = await setVerdict(db, { caseId, target: { pair: swapped(pair) }, verdict: 'unclear', reviewer: 'Ben' }, 2000);
    expect(again.id).toBe(first.id);
    expect(await db.verdicts.count()).toBe(1);
    expect(await db.verdicts.get(first.id)).toMatchObject({ verdict: 'unclear', note: 'check the French original', reviewer: 'Ben', at: 2000 });
  });

  it('records verdict, note, reviewer and time, and undo walks back one change at a time', async () => {
    const { caseId, pair } = await macron();
    const v = await setVerdict(db, { caseId, target: { pair }, verdict: 'consistent', reviewer: 'Ana', tab: 'A' }, 1000);
    await setVerdict(db, { caseId, target: { verdictId: v.id }, verdict: 'conflicting', reviewer: 'Ana', tab: 'A' }, 2000);
    await setNote(db, { verdictId: v.id, note: 'locking ≠ freeze: check the French original', reviewer: 'Ana', tab: 'A' }, 3000);
    expect(await db.verdicts.get(v.id)).toMatchObject({ verdict: 'conflicting', note: 'locking ≠ freeze: check the French original', reviewer: 'Ana', at: 3000 });
    expect(await undoLast(db, caseId, 'A')).toMatchObject({ verdictId: v.id, keptNewer: 0 });
    expect(await db.verdicts.get(v.id)).toMatchObject({ verdict: 'conflicting', note: '' });
    await undoLast(db, caseId, 'A');
    expect((await db.verdicts.get(v.id))?.verdict).toBe('consistent');
    await undoLast(db, caseId, 'A');
    expect(await db.verdicts.get(v.id)).toBeUndefined();
    expect(await undoLast(db, caseId, 'A')).toBeNull();
  });

  it('undo belongs to the tab that made the change, and keeps a change made since in another tab', async () => {
    const { caseId, pair, texts } = await macron();
    const other = otherPair(pair, texts, 1);
    const v = await setVerdict(db, { caseId, target: { pair }, verdict: 'consistent', reviewer: 'Ana', tab: 'A' }, 1000);
    const w = await setVerdict(db, { caseId, target: { pair: other }, verdict: 'unclear', reviewer: 'Ben', tab: 'B' }, 2000);
    // Tab A's z undoes A's verdict, not B's newer one.
    expect(await undoLast(db, caseId, 'A')).toMatchObject({ verdictId: v.id, keptNewer: 0 });
    expect(await db.verdicts.get(w.id)).toMatchObject({ verdict: 'unclear' });
    expect(await undoLast(db, caseId, 'A')).toBeNull();
    // A judges the pair again; B then changes that same verdict; A's undo must not wipe B's change.
    await setVerdict(db, { caseId, target: { pair }, verdict: 'conflicting', reviewer: 'Ana', tab: 'A' }, 3000);
    await setVerdict(db, { caseId, target: { pair }, verdict: 'consistent', reviewer: 'Ben', tab: 'B' }, 4000);
    expect(await undoLast(db, caseId, 'A')).toMatchObject({ verdictId: v.id, keptNewer: 1 });
    expect(await db.verdicts.get(v.id)).toMatchObject({ verdict: 'consistent', reviewer: 'Ben' });
    // B's own undo goes back to A's verdict, which was B's "before".
    expect(await undoLast(db, caseId, 'B')).toMatchObject({ verdictId: v.id, keptNewer: 0 });
    expect(await db.verdicts.get(v.id)).toMatchObject({ verdict: 'conflicting', reviewer: 'Ana' });
  });

  it('never overwrites a note saved elsewhere since the draft began: it returns the stored one', async () => {
    const { caseId, pair } = await macron();
    const v = await setVerdict(db, { caseId, target: { pair }, verdict: 'conflicting', reviewer: 'Ana' }, 1000);
    // Both tabs start their draft from the empty note; A saves first.
    expect(await setNote(db, { verdictId: v.id, note: 'A: the French says geler', base: '', reviewer: 'Ana', tab: 'A' }, 2000)).toMatchObject({ status: 'saved' });
    const result = await setNote(db, { verdictId: v.id, note: 'B: ask the desk', base: '', reviewer: 'Ben', tab: 'B' }, 3000);
    expect(result).toMatchObject({ status: 'conflict', stored: { note: 'A: the French says geler' } });
    expect((await db.verdicts.get(v.id))?.note).toBe('A: the French says geler');
    // Keeping both: a save from the note now stored.
    const both = 'A: the French says geler\n\nB: ask the desk';
    expect(await setNote(db, { verdictId: v.id, note: both, base: 'A: the French says geler', reviewer: 'Ben', tab: 'B' }, 4000)).toMatchObject({ status: 'saved' });
    expect((await db.verdicts.get(v.id))?.note).toBe(both);
  });

  it('refuses a note over the limit with the limit named, and keeps the stored one', async () => {
    const { caseId, pair } = await macron();
    const v = await setVerdict(db, { caseId, target: { pair }, verdict: 'conflicting', note: 'short', reviewer: 'Ana' });
    await expect(setNote(db, { verdictId: v.id, note: 'x'.repeat(MAX_NOTE_CHARS + 1), reviewer: 'Ana' })).rejects.toThrow(/limited to 20,000/);
    expect((await db.verdicts.get(v.id))?.note).toBe('short');
  });
});

describe('review queue filters', () => {
  const pair = (id: string, flags: PairRecord['flags'], speakerA: string | null): PairRecord =>
    ({ id, flags, a: { speaker: speakerA }, b: { speaker: null } }) as unknown as PairRecord;
  const pairs = [pair('p1', ['number'], 'John Mauger'), pair('p2', [], 'Emmanuel Macron'), pair('p3', ['attribution'], null)];
  const side = (sha: string, exact: string) => ({ sha256: sha, start: 0, end: exact.length, exact, prefix: '', suffix: '' });
  const verdict = (id: string, value: Verdict['verdict']): Verdict => ({
    id, caseId: 'c', anchors: [side('a1', `claim of ${id}`), side('b1', 'the other claim')], verdict: value, note: '', reviewer: 'a', at: 0,
  });
  const verdicts = new Map([['p2', verdict('v2', 'conflicting')]]);

  it('filters by review status, flag and speaker, keeping the order', () => {
    expect(filterQueue(pairs, verdicts, { ...NO_FILTER, status: 'unreviewed' }).map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(filterQueue(pairs, verdicts, { ...NO_FILTER, status: 'conflicting' }).map((p) => p.id)).toEqual(['p2']);
    expect(filterQueue(pairs, verdicts, { ...NO_FILTER, flag: 'number' }).map((p) => p.id)).toEqual(['p1']);
    expect(filterQueue(pairs, verdicts, { ...NO_FILTER, speaker: 'macron' }).map((p) => p.id)).toEqual(['p2']);
    expect(filterQueue(pairs, verdicts, NO_FILTER)).toHaveLength(3);
  });

  it('lists verdicts no longer proposed under their status and under "no longer proposed", never as unreviewed', () => {
    const orphans = [verdict('o1', 'consistent'), verdict('o2', 'unclear')];
    expect(filterOrphans(orphans, NO_FILTER).map((v) => v.id)).toEqual(['o1', 'o2']);
    expect(filterOrphans(orphans, { ...NO_FILTER, status: 'orphaned' }).map((v) => v.id)).toEqual(['o1', 'o2']);
    expect(filterQueue(pairs, verdicts, { ...NO_FILTER, status: 'orphaned' })).toEqual([]);
    expect(filterOrphans(orphans, { ...NO_FILTER, status: 'unclear' }).map((v) => v.id)).toEqual(['o2']);
    expect(filterOrphans(orphans, { ...NO_FILTER, status: 'unreviewed' })).toEqual([]);
    expect(filterOrphans(orphans, { ...NO_FILTER, flag: 'number' })).toEqual([]);
    // Search, article and outlet read the claims' texts and the articles (by SHA-256).
    expect(filterOrphans(orphans, { ...NO_FILTER, text: 'claim of o2' }).map((v) => v.id)).toEqual(['o2']);
    const articleOf = (sha: string) => (sha === 'a1' ? 'article-a' : undefined);
    expect(filterOrphans(orphans, { ...NO_FILTER, article: 'article-a' }, articleOf).map((v) => v.id)).toEqual(['o1', 'o2']);
    expect(filterOrphans(orphans, { ...NO_FILTER, article: 'article-z' }, articleOf)).toEqual([]);
  });
});

describe('cluster verdicts', () => {
  it('gives every pair the verdict in one change, and one undo reverts them all', async () => {
    const { case: c, pairs, texts } = await matchedCase(db);
    const caseId = c.id;
    const [p1, p2, p3] = [pairs[0]!, otherPair(pairs[0]!, texts, 1), otherPair(pairs[0]!, texts, 2)];
    const kept = await setVerdict(db, { caseId, target: { pair: p1! }, verdict: 'unclear', note: 'keep me', reviewer: 'Ana', tab: 'A' }, 1);
    await setClusterVerdict(db, { caseId, targets: [{ verdictId: kept.id, pair: p1! }, { pair: p2! }, { pair: p3! }], verdict: 'consistent', reviewer: 'Ana', tab: 'A' }, 2);
    const all = await db.verdicts.toArray();
    expect(all).toHaveLength(3);
    expect(all.every((v) => v.verdict === 'consistent')).toBe(true);
    expect(all.find((v) => v.id === kept.id)?.note).toBe('keep me');
    await undoLast(db, caseId, 'A');
    expect((await db.verdicts.toArray()).map((v) => [v.id, v.verdict])).toEqual([[kept.id, 'unclear']]);
  });
});
