import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/article/words';
import { splitSentences } from '../../../shared/claims/sentences';
import { copyKey } from '../../../shared/match/tokens';
import { seedArticles, titanArticles } from '../../support/articles';

/** Every sentence of both corpora. */
async function corpusSentences(): Promise<string[]> {
  const articles = [...(await seedArticles()), ...(await titanArticles())];
  return articles.flatMap((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end)));
}

describe('copy keys', () => {
  it('the ASCII fast path gives what the Unicode expression gives, on every corpus sentence', async () => {
    for (const s of await corpusSentences()) expect(copyKey(`${s} Ñandú`)).toBe(`${copyKey(s)} ñandú`.trim());
  });

  it('ignores case, punctuation and spacing, and nothing else', () => {
    expect(copyKey('“These people are heroes,” Moore said.')).toBe(copyKey('These people are HEROES — Moore said'));
    expect(copyKey('These people are heroes')).not.toBe(copyKey('Those people are heroes'));
  });
});

describe('countWords', () => {
  it('counts what splitting on spaces and keeping pieces with a letter or digit counts, on real text', async () => {
    const naive = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    for (const s of await corpusSentences()) expect(countWords(s)).toBe(naive(s));
    expect(countWords(' — “Yes,” he said … 22-foot ')).toBe(naive(' — “Yes,” he said … 22-foot '));
  });

  it('stops at the limit', () => {
    expect(countWords('one two three four five six', 3)).toBe(3);
  });
});
