import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchArticles } from '../../../shared/match/case-matcher';
import { toPairRecord, type PairRecord } from '../../../shared/match/records';
import { anchorClaim, canonicalAnchors, verdictId } from '../../../shared/review/anchors';
import { attachVerdicts, PairIndex } from '../../../shared/review/attach';
import { migrateLegacyVerdicts, parseLegacyPairId } from '../../../shared/review/legacy';
import type { Verdict } from '../../../shared/review/verdicts';
import { titanArticles } from '../../support/articles';

/** Titan matched in Node as the app matches it: article ids `${case}:${sha256}`. */
const CASE = 'case-1';
let texts: Map<string, string>;
let pairs: PairRecord[];
const shaOf = (id: string) => id.slice(CASE.length + 1);

beforeAll(async () => {
  const articles = (await titanArticles()).map((a) => ({ ...a, id: `${CASE}:${createHash('sha256').update(a.text).digest('hex')}` }));
  texts = new Map(articles.map((a) => [a.id, a.text]));
  pairs = matchArticles(articles).allPairs().map((p) => toPairRecord(CASE, p));
});

/** A verdict given on `p` as the app gives it (anchors from the stored texts). */
function verdictOn(p: PairRecord, at: number, note = `note ${at}`): Verdict {
  const anchors = canonicalAnchors(anchorClaim(shaOf(p.a.articleId), p.a, texts.get(p.a.articleId)), anchorClaim(shaOf(p.b.articleId), p.b, texts.get(p.b.articleId)));
  return { id: verdictId(CASE, anchors), caseId: CASE, anchors, verdict: 'conflicting', note, reviewer: 'Ana', at };
}

/** Whether pair `p` joins exactly the verdict's two claims, in either order. */
const joins = (p: PairRecord, v: Verdict) =>
  [[p.a, p.b], [p.b, p.a]].some(([x, y]) =>
    [x!, y!].every((c, i) => shaOf(c.articleId) === v.anchors[i]!.sha256 && c.text === v.anchors[i]!.exact),
  );

describe('re-attaching verdicts to a matching run', () => {
  it('finds every verdict’s pair by position when another engine renames the pairs and swaps their sides', () => {
    const judged = pairs.filter((_, i) => i % 7 === 0).slice(0, 40);
    const verdicts = judged.map((p, i) => verdictOn(p, i));
    const renamed = pairs.map((p) => ({ ...p, id: `v2:${p.id}`, a: p.b, b: p.a }));
    const attached = attachVerdicts(new PairIndex(renamed, shaOf), verdicts);
    expect(attached.orphans).toEqual([]);
    expect(attached.byPair.size).toBe(verdicts.length);
    for (const v of verdicts) {
      expect(attached.via.get(v.id)).toBe('position');
      expect(joins(renamed.find((p) => p.id === attached.pairOf.get(v.id))!, v)).toBe(true);
    }
  });

  it('finds a pair by quote when the claims moved in their texts, and lists a verdict whose pair is gone as an orphan', () => {
    const [moved, dropped, kept] = [pairs[3]!, pairs[5]!, pairs[8]!];
    const verdicts = [verdictOn(moved, 1), verdictOn(dropped, 2), verdictOn(kept, 3)];
    // A new normaliser put two more characters before every claim of the moved pair; the dropped pair is not proposed.
    const shift = (c: PairRecord['a']) => ({ ...c, start: c.start + 2, end: c.end + 2 });
    const next = pairs.filter((p) => p !== dropped).map((p) => (p === moved ? { ...p, id: 'moved', a: shift(p.a), b: shift(p.b) } : p));
    const attached = attachVerdicts(new PairIndex(next, shaOf), verdicts);
    expect(attached.pairOf.get(verdicts[0]!.id)).toBe('moved');
    expect(attached.via.get(verdicts[0]!.id)).toBe('quote');
    expect(attached.pairOf.get(verdicts[2]!.id)).toBe(kept.id);
    expect(attached.orphans.map((v) => v.note)).toEqual(['note 2']);
  });

  it('gives a pair one verdict (the newest) when two name the same claims, and keeps the other as an orphan', () => {
    const p = pairs[0]!;
    const older = { ...verdictOn(p, 1, 'older'), id: `${verdictOn(p, 1).id}~2` };
    const newer = verdictOn(p, 2, 'newer');
    const attached = attachVerdicts(new PairIndex(pairs, shaOf), [older, newer]);
    expect(attached.byPair.get(p.id)?.note).toBe('newer');
    expect(attached.orphans.map((v) => v.note)).toEqual(['older']);
  });

  it('between claims with the same text, prefers the one whose surroundings match the quote’s prefix and suffix', () => {
    // Article B says one sentence twice; the verdict was given on the second time, after "officials repeated:".
    const claim = 'The submersible imploded near the wreck of the Titanic.';
    const a = { sha: 'a'.repeat(64), text: `Officials said: ${claim}` };
    const early = `Early reports: ${claim} Later, officials repeated: `;
    const b0 = `${early}${claim} Nothing more.`;
    const side = (text: string, start: number) => ({ articleId: '', start, end: start + claim.length, text: claim });
    const aSide = { ...side(a.text, a.text.indexOf(claim)), articleId: `${CASE}:${a.sha}` };
    const sha = 'b'.repeat(64);
    const judged = { id: 'old', a: aSide, b: { ...side(b0, early.length), articleId: `${CASE}:${sha}` } };
    const anchors = canonicalAnchors(anchorClaim(a.sha, judged.a, a.text), anchorClaim(sha, judged.b, b0));
    const v: Verdict = { id: verdictId(CASE, anchors), caseId: CASE, anchors, verdict: 'consistent', note: '', reviewer: 'Ana', at: 1 };
    // A new normaliser added a header almost as long as the gap between the copies: the first copy now
    // sits just before where the judged one was, the judged one far further on. Matching proposes both.
    const header = 'x'.repeat(early.length - 'Early reports: '.length - 6) + '\n';
    const b1 = header + b0;
    const first = { id: 'first-copy', a: aSide, b: { ...side(b1, header.length + 'Early reports: '.length), articleId: `${CASE}:${sha}` } };
    const second = { id: 'second-copy', a: aSide, b: { ...side(b1, header.length + early.length), articleId: `${CASE}:${sha}` } };
    expect(b1.slice(first.b.start, first.b.end)).toBe(claim);
    expect(b1.slice(second.b.start, second.b.end)).toBe(claim);
    const index = new PairIndex([first, second], shaOf);
    // Without the texts the nearest copy wins, and attachment says which texts would decide.
    const blind = attachVerdicts(index, [v]);
    expect(blind.pairOf.get(v.id)).toBe('first-copy');
    expect(blind.needsText).toEqual(new Set([a.sha, sha]));
    const seeing = attachVerdicts(index, [v], (s) => (s === sha ? b1 : s === a.sha ? a.text : undefined));
    expect(seeing.pairOf.get(v.id)).toBe('second-copy');
    expect(seeing.via.get(v.id)).toBe('quote');
  });
});

describe('indexing pairs in chunks (issue 18: no long task opening Review)', () => {
  it('attaches every verdict as an index built at once does, whatever the chunk size', async () => {
    // Verdicts on many pairs, one on a pair no longer proposed, one that must be found by quote, and a
    // duplicate of a pair (the same claims under another id): the first of a key must still win.
    const verdicts = pairs.filter((_, i) => i % 5 === 0).map((p, i) => verdictOn(p, i));
    const shift = (c: PairRecord['a']) => ({ ...c, start: c.start + 2, end: c.end + 2 });
    const next = [...pairs.slice(1).map((p, i) => (i === 9 ? { ...p, id: 'moved', a: shift(p.a), b: shift(p.b) } : p)), { ...pairs[15]!, id: 'duplicate' }];
    const atOnce = attachVerdicts(new PairIndex(next, shaOf), verdicts);
    expect(atOnce.orphans.length).toBeGreaterThan(0);
    expect([...atOnce.via.values()]).toContain('quote');
    let pauses = 0;
    for (const chunk of [1, 7, 100, next.length, next.length + 1]) {
      const index = await PairIndex.inChunks(next, shaOf, async () => pauses++, chunk);
      const chunked = attachVerdicts(index!, verdicts);
      expect(chunked.pairOf).toEqual(atOnce.pairOf);
      expect(chunked.via).toEqual(atOnce.via);
      expect(chunked.orphans).toEqual(atOnce.orphans);
      for (const p of next) expect(index!.atPositions(anchorClaim(shaOf(p.a.articleId), p.a), anchorClaim(shaOf(p.b.articleId), p.b))?.id).toBe(p.id === 'duplicate' ? pairs[15]!.id : p.id);
    }
    // A pause between every two chunks, none after the last: 1-pair chunks pause once per pair but one.
    expect(pauses).toBe(next.length - 1 + Math.ceil(next.length / 7) - 1 + Math.ceil(next.length / 100) - 1);
  });

  it('stops, giving nothing, when the caller no longer wants the index', async () => {
    let wanted = true;
    const index = await PairIndex.inChunks(pairs, shaOf, async () => (wanted = false), 10, () => wanted);
    expect(index).toBeNull();
  });
});

describe('verdicts of the pair-id era', () => {
  it('reads a pair id into its two claim positions, and refuses anything else', () => {
    expect(parseLegacyPairId('c:aa#1-9|c:bb#20-31')).toEqual([{ articleId: 'c:aa', start: 1, end: 9 }, { articleId: 'c:bb', start: 20, end: 31 }]);
    expect(parseLegacyPairId('c:aa#1-9')).toBeNull();
    expect(parseLegacyPairId('c:aa#9-1|c:bb#20-31')).toBeNull();
    expect(parseLegacyPairId('c:aa#1-9|c:bb#20-31|x')).toBeNull();
  });

  it('anchors each old verdict to the claims its pair id named, keeps both of a|b and b|a, and never drops one', () => {
    const p = pairs[2]!;
    const lookup = { shaOf, textOf: (id: string) => texts.get(id) };
    const legacy = [
      { id: p.id, caseId: CASE, verdict: 'consistent' as const, note: 'first', reviewer: 'Ana', at: 1 },
      { id: `${p.b.articleId}#${p.b.start}-${p.b.end}|${p.a.articleId}#${p.a.start}-${p.a.end}`, caseId: CASE, verdict: 'conflicting' as const, note: 'swapped run', reviewer: 'Ben', at: 2 },
      { id: `${CASE}:not a pair id`, caseId: CASE, verdict: 'unclear' as const, note: 'unreadable', reviewer: 'Cy', at: 3 },
    ];
    const history = [{ seq: 7, caseId: CASE, pairId: p.id, before: null, after: legacy[0]!, at: 1 }];
    const { verdicts, history: changes } = migrateLegacyVerdicts(legacy, history, lookup);
    expect(verdicts).toHaveLength(3);
    const expected = verdictOn(p, 2);
    const byNote = new Map(verdicts.map((v) => [v.note, v]));
    expect(byNote.get('swapped run')).toMatchObject({ id: expected.id, anchors: expected.anchors, legacyPairId: legacy[1]!.id });
    expect(byNote.get('first')).toMatchObject({ id: `${expected.id}~2`, anchors: expected.anchors });
    expect(byNote.get('unreadable')).toMatchObject({ id: `${CASE}:legacy:not a pair id`, verdict: 'unclear' });
    expect(changes).toEqual([{ seq: 7, caseId: CASE, verdictId: `${expected.id}~2`, before: null, after: byNote.get('first'), at: 1 }]);
  });
});
