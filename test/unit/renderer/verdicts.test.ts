import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../../renderer/src/db/AppDB';
import { setNote, setVerdict, undoLast } from '../../../renderer/src/db/verdicts';
import { filterQueue, NO_FILTER } from '../../../renderer/src/features/review/filter';
import type { PairRecord } from '../../../shared/match/records';

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const pairId = 'c1:aaa#0-10|c1:bbb#5-20';

describe('verdicts', () => {
  it('records verdict, note, reviewer and time, and undo walks back one change at a time', async () => {
    await setVerdict(db, { caseId: 'c1', pairId, verdict: 'consistent', reviewer: 'Ana' }, 1000);
    await setVerdict(db, { caseId: 'c1', pairId, verdict: 'conflicting', reviewer: 'Ana' }, 2000);
    await setNote(db, pairId, 'locking ≠ freeze: check the French original', 'Ana', 3000);
    expect(await db.verdicts.get(pairId)).toEqual({ id: pairId, caseId: 'c1', verdict: 'conflicting', note: 'locking ≠ freeze: check the French original', reviewer: 'Ana', at: 3000 });
    expect(await undoLast(db, 'c1')).toBe(pairId);
    expect(await db.verdicts.get(pairId)).toMatchObject({ verdict: 'conflicting', note: '' });
    await undoLast(db, 'c1');
    expect((await db.verdicts.get(pairId))?.verdict).toBe('consistent');
    await undoLast(db, 'c1');
    expect(await db.verdicts.get(pairId)).toBeUndefined();
    expect(await undoLast(db, 'c1')).toBeNull();
  });

  it('keeps the note when the verdict changes, and undo is per case', async () => {
    await setVerdict(db, { caseId: 'c1', pairId, verdict: 'unclear', note: 'ask the desk', reviewer: 'Ana' });
    await setVerdict(db, { caseId: 'c2', pairId: 'c2:x|c2:y', verdict: 'consistent', reviewer: 'Ben' });
    await setVerdict(db, { caseId: 'c1', pairId, verdict: 'conflicting', reviewer: 'Ana' });
    expect((await db.verdicts.get(pairId))?.note).toBe('ask the desk');
    await undoLast(db, 'c2');
    expect((await db.verdicts.get(pairId))?.verdict).toBe('conflicting');
  });
});

describe('review queue filters', () => {
  const pair = (id: string, flags: PairRecord['flags'], speakerA: string | null): PairRecord =>
    ({ id, flags, a: { speaker: speakerA }, b: { speaker: null } }) as unknown as PairRecord;
  const pairs = [pair('p1', ['number'], 'John Mauger'), pair('p2', [], 'Emmanuel Macron'), pair('p3', ['attribution'], null)];
  const verdicts = new Map([['p2', { id: 'p2', caseId: 'c', verdict: 'conflicting' as const, note: '', reviewer: 'a', at: 0 }]]);

  it('filters by review status, flag and speaker, keeping the order', () => {
    expect(filterQueue(pairs, verdicts, { ...NO_FILTER, status: 'unreviewed' }).map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(filterQueue(pairs, verdicts, { ...NO_FILTER, status: 'conflicting' }).map((p) => p.id)).toEqual(['p2']);
    expect(filterQueue(pairs, verdicts, { ...NO_FILTER, flag: 'number' }).map((p) => p.id)).toEqual(['p1']);
    expect(filterQueue(pairs, verdicts, { ...NO_FILTER, speaker: 'macron' }).map((p) => p.id)).toEqual(['p2']);
    expect(filterQueue(pairs, verdicts, NO_FILTER)).toHaveLength(3);
  });
});

describe('cluster verdicts', () => {
  it('gives every pair the verdict in one change, and one undo reverts them all', async () => {
    const { setClusterVerdict } = await import('../../../renderer/src/db/verdicts');
    await setVerdict(db, { caseId: 'c1', pairId: 'c1:p1', verdict: 'unclear', note: 'keep me', reviewer: 'Ana' }, 1);
    await setClusterVerdict(db, { caseId: 'c1', pairIds: ['c1:p1', 'c1:p2', 'c1:p3'], verdict: 'consistent', reviewer: 'Ana' }, 2);
    expect((await db.verdicts.toArray()).map((v) => [v.id, v.verdict, v.note])).toEqual([
      ['c1:p1', 'consistent', 'keep me'],
      ['c1:p2', 'consistent', ''],
      ['c1:p3', 'consistent', ''],
    ]);
    await undoLast(db, 'c1');
    expect((await db.verdicts.toArray()).map((v) => [v.id, v.verdict])).toEqual([['c1:p1', 'unclear']]);
  });
});
