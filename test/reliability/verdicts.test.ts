/**
 * Reviewers' work against everything that used to strand it (issue 16): pairs rebuilt by another
 * engine version, claims moved in their texts, crafted review bundles, two tabs on one verdict. After
 * each, every verdict stored before must still be stored unchanged, and shown: on a pair that joins
 * its two claims, or as reviewed, no longer proposed.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { PairRecord } from '../../shared/match/records';
import { parseBundle, serialiseBundle, type ReviewBundle } from '../../shared/report/bundle';
import { attachVerdicts, PairIndex } from '../../shared/review/attach';
import type { Verdict } from '../../shared/review/verdicts';
import { AppDB, caseKeyPrefix, shaOfArticleId } from '../../renderer/src/db/AppDB';
import { exportBundle, importBundle } from '../../renderer/src/db/bundles';
import { replacePairs } from '../../renderer/src/db/store-pairs';
import { setNote, setVerdict, undoLast } from '../../renderer/src/db/verdicts';
import { TITAN_DIR } from '../support/corpus';
import { fingerprint, lostOrChanged, matchedCase } from '../support/library';
import { trial } from './ledger';

const AREA = 'verdicts';
const open: AppDB[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The Titan case stored and matched, with a verdict and a note on every fifth of its first 100 pairs. */
async function reviewedTitan() {
  const db = new AppDB(`verdicts-${crypto.randomUUID()}`);
  open.push(db);
  const { case: c, pairs } = await matchedCase(db, TITAN_DIR, 'Titan');
  const judged = pairs.slice(0, 100).filter((_, i) => i % 5 === 0);
  for (const [i, p] of judged.entries()) {
    const v = await setVerdict(db, { caseId: c.id, target: { pair: p }, verdict: i % 2 ? 'consistent' : 'conflicting', reviewer: 'Ana', tab: 'A' }, 1000 + i);
    await setNote(db, { verdictId: v.id, note: `note ${i}`, reviewer: 'Ana', tab: 'A' }, 2000 + i);
  }
  return { db, caseId: c.id, pairs, judged, before: await fingerprint(db) };
}

/** Whether `p` joins exactly the verdict's two claims, in either order. */
const joins = (caseId: string, p: PairRecord, v: Verdict) =>
  [[p.a, p.b], [p.b, p.a]].some((sides) => sides.every((c, i) => shaOfArticleId(caseId, c.articleId) === v.anchors[i]!.sha256 && c.text === v.anchors[i]!.exact));

/** Verdicts neither on a pair joining their claims nor listed as orphans: lost to the reviewer. */
async function unshown(db: AppDB, caseId: string): Promise<number> {
  const pairs = await db.pairs.where(':id').startsWith(caseKeyPrefix(caseId)).toArray();
  const verdicts = await db.verdicts.where(':id').startsWith(caseKeyPrefix(caseId)).toArray();
  const { pairOf, orphans } = attachVerdicts(new PairIndex(pairs, (id) => shaOfArticleId(caseId, id)), verdicts);
  const byId = new Map(pairs.map((p) => [p.id, p]));
  return verdicts.filter((v) => {
    const pair = byId.get(pairOf.get(v.id) ?? '');
    return pair ? !joins(caseId, pair, v) : !orphans.includes(v);
  }).length;
}

describe('matching that changes under the verdicts', () => {
  it('every verdict re-attaches or is listed as no longer proposed when another engine rebuilds every pair', async () => {
    await trial(AREA, 'fault', 'every pair rebuilt by another engine version (new ids, sides swapped, a third dropped)', async () => {
      const { db, caseId, pairs, judged, before } = await reviewedTitan();
      const rebuilt = pairs.filter((_, i) => i % 3 !== 1).map((p) => ({ ...p, id: `${p.id}|engine-2`, a: p.b, b: p.a }));
      await replacePairs(db, caseId, rebuilt);
      const verdicts = await db.verdicts.toArray();
      const { byPair, orphans, via } = attachVerdicts(new PairIndex(rebuilt, (id) => shaOfArticleId(caseId, id)), verdicts);
      expect(byPair.size + orphans.length).toBe(judged.length);
      expect(orphans.length).toBe(judged.filter((p) => pairs.indexOf(p) % 3 === 1).length);
      expect([...via.values()].every((how) => how === 'position')).toBe(true);
      return lostOrChanged(before, await fingerprint(db)) + (await unshown(db, caseId));
    });
  });

  it('verdicts follow their claims by quote when a new normaliser moves every claim', async () => {
    await trial(AREA, 'fault', 'every claim moved in its text (positions shifted), pairs rebuilt', async () => {
      const { db, caseId, pairs, judged, before } = await reviewedTitan();
      const shift = (c: PairRecord['a']) => ({ ...c, start: c.start + 3, end: c.end + 3 });
      const moved = pairs.map((p) => ({ ...p, id: `${p.id}|moved`, a: shift(p.a), b: shift(p.b) }));
      await replacePairs(db, caseId, moved);
      const verdicts = await db.verdicts.toArray();
      const { byPair, orphans, via } = attachVerdicts(new PairIndex(moved, (id) => shaOfArticleId(caseId, id)), verdicts);
      expect(orphans).toEqual([]);
      expect(byPair.size).toBe(judged.length);
      expect([...via.values()].every((how) => how === 'quote')).toBe(true);
      return lostOrChanged(before, await fingerprint(db)) + (await unshown(db, caseId));
    });
  });
});

describe('crafted review bundles', () => {
  /** The reviewed Titan case as a bundle, spoiled by `spoil`, refused with a sentence matching `reason`. */
  const cases: Array<[string, (b: ReviewBundle) => void, RegExp]> = [
    ['history entries carrying another case', (b) => b.history.push({ ...b.history[0]!, caseId: 'another-case' }), /^refused: history entry \d+ belongs to another case/],
    ['a history entry planting a verdict of another case', (b) => (b.history[0]!.after = { ...b.history[0]!.after!, caseId: 'another-case' }), /^refused: history entry 1 \(after\) belongs to another case/],
    ['a duplicate article', (b) => b.articles.push(b.articles[3]!), /^refused: article \d+ \(“.+”\) appears twice in the bundle/],
    ['a verdict on an article the bundle does not hold', (b) => (b.verdicts[0]!.anchors[0] = { ...b.verdicts[0]!.anchors[0], sha256: 'e'.repeat(64) }), /judges a claim in an article this bundle does not contain/],
    ['a 5 MB note', (b) => (b.verdicts[0]!.note = 'n'.repeat(5_000_000)), /has a note of 5,000,000 characters; notes are limited to 20,000/],
    ['a pair of another case', (b) => (b.pairs[0]!.caseId = 'another-case'), /^refused: pair 1 belongs to another case/],
  ];
  for (const [name, spoil, reason] of cases) {
    it(`refuses a bundle with ${name}, naming the record, and stores nothing`, async () => {
      await trial(AREA, 'input', `crafted bundle: ${name}`, async () => {
        const { db, caseId } = await reviewedTitan();
        const bundle = JSON.parse(serialiseBundle(await exportBundle(db, caseId))) as ReviewBundle;
        spoil(bundle);
        const target = new AppDB(`target-${crypto.randomUUID()}`);
        open.push(target);
        const parsed = parseBundle(JSON.stringify(bundle));
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.error).toMatch(reason);
        expect(await target.cases.count()).toBe(0);
        return 0;
      });
    });
  }

  it('a bundle whose pairs no longer join a verdict’s claims restores it, listed as no longer proposed', async () => {
    await trial(AREA, 'input', 'bundle holding a verdict no pair carries', async () => {
      const { db, caseId, judged } = await reviewedTitan();
      const bundle = JSON.parse(serialiseBundle(await exportBundle(db, caseId))) as ReviewBundle;
      bundle.pairs = bundle.pairs.filter((p) => p.id !== judged[0]!.id);
      bundle.clusters = bundle.clusters.filter((c) => !c.pairIds.includes(judged[0]!.id));
      const parsed = parseBundle(JSON.stringify(bundle));
      if (!parsed.ok) throw new Error(parsed.error);
      const target = new AppDB(`target-${crypto.randomUUID()}`);
      open.push(target);
      await importBundle(target, parsed.bundle);
      const restored = await target.verdicts.toArray();
      const { orphans } = attachVerdicts(new PairIndex(await target.pairs.toArray(), (id) => shaOfArticleId(caseId, id)), restored);
      expect(orphans.map((v) => v.note)).toEqual(['note 0']);
      const original = new Map([...(await fingerprint(db))].filter(([key]) => key.startsWith('verdict:')));
      return lostOrChanged(original, await fingerprint(target));
    });
  });
});

describe('two tabs on one verdict', () => {
  it('an older draft saved in one tab never replaces the note another tab saved', async () => {
    await trial(AREA, 'fault', 'older draft of a note saved in a second tab', async () => {
      const { db } = await reviewedTitan();
      const verdict = (await db.verdicts.toArray()).find((v) => v.note === 'note 0')!;
      // Tab B's draft began from the note as it was; tab A has saved another since.
      const base = verdict.note;
      await setNote(db, { verdictId: verdict.id, note: 'A: newer', base, reviewer: 'Ana', tab: 'A' });
      const saved = await fingerprint(db);
      const result = await setNote(db, { verdictId: verdict.id, note: 'B: older draft', base, reviewer: 'Ben', tab: 'B' });
      expect(result.status).toBe('conflict');
      expect((await db.verdicts.get(verdict.id))?.note).toBe('A: newer');
      return lostOrChanged(saved, await fingerprint(db));
    });
  });

  it('undo in one tab leaves a verdict another tab changed since', async () => {
    await trial(AREA, 'fault', 'undo in a tab after another tab changed the same verdict', async () => {
      const { db, caseId } = await reviewedTitan();
      const verdict = (await db.verdicts.toArray()).find((v) => v.note === 'note 0')!;
      const theirs = await setVerdict(db, { caseId, target: { verdictId: verdict.id }, verdict: 'unclear', reviewer: 'Ben', tab: 'B' });
      const after = await fingerprint(db);
      // Tab A's latest change is on another verdict; it undoes that one, never B's.
      const undone = await undoLast(db, caseId, 'A');
      expect(undone?.verdictId).not.toBe(verdict.id);
      expect(await db.verdicts.get(verdict.id)).toEqual(theirs);
      const kept = new Map([...after].filter(([key]) => key === `verdict:${verdict.id}`));
      return lostOrChanged(kept, await fingerprint(db));
    });
  });
});
