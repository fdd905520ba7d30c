import { describe, expect, it } from 'vitest';
import type { PairRecord } from '../../../shared/match/records';
import { anchorClaim, canonicalAnchors, verdictId } from '../../../shared/review/anchors';
import { attachVerdicts, PairIndex } from '../../../shared/review/attach';
import type { Verdict } from '../../../shared/review/verdicts';
import { itemOfVerdict } from '../../../renderer/src/features/review/item-of-verdict';

// Two articles each holding two claims; the article id is its SHA-256 here.
const texts = new Map([
  ['x', 'The ship lost power. Six workers are missing.'],
  ['y', 'The vessel lost power before the crash. Six construction workers remain missing.'],
]);
const claim = (articleId: string, text: string) => {
  const start = texts.get(articleId)!.indexOf(text);
  return { articleId, start, end: start + text.length, text, kind: 'statement' as const, speaker: null, via: null };
};
const pair = (id: string, a: ReturnType<typeof claim>, b: ReturnType<typeof claim>): PairRecord => ({
  id, caseId: 'c', a, b, score: 0.8, kind: 'statement', flags: [], suggestion: null, reason: '', priority: 0,
});
const pairs = [
  pair('p1', claim('x', 'The ship lost power.'), claim('y', 'The vessel lost power before the crash.')),
  pair('p2', claim('x', 'Six workers are missing.'), claim('y', 'Six construction workers remain missing.')),
];
const index = new PairIndex(pairs, (id) => id);

/** A verdict given on `p` as the app gives it. */
function verdictOn(p: PairRecord): Verdict {
  const anchors = canonicalAnchors(anchorClaim(p.a.articleId, p.a, texts.get(p.a.articleId)), anchorClaim(p.b.articleId, p.b, texts.get(p.b.articleId)));
  return { id: verdictId('c', anchors), caseId: 'c', anchors, verdict: 'consistent', note: '', reviewer: 'Ana', at: 1 };
}

describe('the queue row undo selects', () => {
  it('is the pair a verdict is shown with', () => {
    const v = verdictOn(pairs[1]!);
    expect(itemOfVerdict({ attachment: attachVerdicts(index, [v]), index }, v.id, v)).toBe('p2');
  });

  it('is the verdict’s pair when the queue has not shown the verdict yet, or no longer has it', () => {
    const v = verdictOn(pairs[1]!);
    // The live query answered before the verdict was written (or after the undo removed it).
    expect(itemOfVerdict({ attachment: attachVerdicts(index, []), index }, v.id, v)).toBe('p2');
  });

  it('is the row of verdicts no longer proposed when no pair joins the verdict’s claims', () => {
    const v = verdictOn(pairs[1]!);
    const without = new PairIndex([pairs[0]!], (id) => id);
    expect(itemOfVerdict({ attachment: attachVerdicts(without, [v]), index: without }, v.id, v)).toBe(`orphan:${v.id}`);
    expect(itemOfVerdict(undefined, v.id, v)).toBe(`orphan:${v.id}`);
  });
});
