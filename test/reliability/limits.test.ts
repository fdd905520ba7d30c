/**
 * Pathological pairs and articles: the word diff must stop at its edit bound and say "too different"
 * instead of hanging, and claim extraction and matching must finish on absurd articles. Nothing here
 * reads a clock: the diff's bound is on edits, so its outcome is the same on any machine, and a hang
 * shows as the test's timeout.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract';
import { collapseSpaces, diffClaims } from '../../shared/diff/pair-diff';
import { matchArticles } from '../../shared/match/case-matcher';
import { trial } from './ledger';

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * seed + 7) % 9973}`).join(' ');

const PAIRS: [string, () => [string, string], { tooDifferent?: boolean }][] = [
  ['10,000 unrelated words on each side', () => [words(10_000, 7), words(10_000, 13)], { tooDifferent: true }],
  ['long runs of spaces', () => [`Contact was lost${' '.repeat(200_000)}on Sunday.`, `Contact${' '.repeat(150_000)}was lost on Monday${' '.repeat(50_000)}.`], { tooDifferent: false }],
  ['one token repeated against another repeated', () => ['the '.repeat(20_000), 'a '.repeat(20_000)], { tooDifferent: true }],
  ['the same 5,000 words shuffled', () => {
    const base = words(5_000, 3).split(' ');
    return [base.join(' '), [...base].reverse().join(' ')];
  }, { tooDifferent: true }],
  ['a 1 MB claim against a short one', () => [`${'Debris was found near the Titanic. '.repeat(30_000)}`, 'Debris was found.'], {}],
  ['repeated tokens with one change', () => [`${'implosion '.repeat(5_000)}confirmed`, `${'implosion '.repeat(5_000)}denied`], { tooDifferent: false }],
];

describe('pair diff limits', () => {
  for (const [name, make, want] of PAIRS) {
    it(`${name}: finishes${want.tooDifferent ? ' and says the texts are too different' : ' with a diff'}`, async () => {
      await trial('diff and matching limits', 'input', `diff: ${name}`, () => {
        const [a, b] = make();
        const diff = diffClaims(a, b);
        if (want.tooDifferent !== undefined) expect(diff.tooDifferent).toBe(want.tooDifferent);
        // Either way the ops rebuild both sides: nothing but extra spaces is dropped from what the reviewer sees.
        expect(diff.ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('') === collapseSpaces(a)).toBe(true);
        expect(diff.ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('') === collapseSpaces(b)).toBe(true);
        return 0;
      });
    });
  }
});

const ARTICLES: [string, () => string][] = [
  ['a 1 MB single line', () => 'The Coast Guard said the debris was consistent with an implosion. '.repeat(16_000)],
  ['100,000 tiny paragraphs', () => Array.from({ length: 100_000 }, (_, i) => `Line ${i} here.`).join('\n\n')],
  ['one 200,000-word sentence without punctuation', () => words(200_000, 11)],
  ['100,000 quotation marks', () => '"'.repeat(100_000) + ' he said.'],
  ['deeply nested quotes', () => `${'He said “'.repeat(2_000)}stop${'”'.repeat(2_000)}.`],
];

describe('matching limits', () => {
  for (const [name, make] of ARTICLES) {
    it(`extracts and matches ${name} against a normal article`, async () => {
      await trial('diff and matching limits', 'input', `matching: ${name}`, () => {
        const text = make();
        const claims = extractClaims({ id: 'big', text, date: null });
        const matcher = matchArticles([
          { id: 'big', text, date: null },
          { id: 'normal', text: 'The Coast Guard said on Thursday the debris was consistent with a catastrophic implosion. Line 7 here.', date: null },
        ]);
        const pairs = matcher.allPairs();
        for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
        expect(pairs.every((p) => p.a.articleId !== p.b.articleId)).toBe(true);
        return 0;
      });
    });
  }
});
