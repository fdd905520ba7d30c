import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/article/words';
import { splitSentences } from '../../../shared/claims/sentences';
import { contentTokens, copyKey } from '../../../shared/match/tokens';
import { seedArticles, titanArticles } from '../../support/articles';

/** Every sentence of both corpora. */
async function corpusSentences(): Promise<string[]> {
  const articles = [...(await seedArticles()), ...(await titanArticles())];
  return articles.flatMap((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end)));
}

describe('tokens: the ASCII fast paths give what the Unicode expressions give', () => {
  it('contentTokens, on every corpus sentence', async () => {
    const sentences = await corpusSentences();
    expect(sentences.length).toBeGreaterThan(500);
    for (const s of sentences) {
      // A word with a non-ASCII letter sends the text down the Unicode path.
      const unicode = contentTokens(`${s} Ñandú`).filter((t) => t !== contentTokens('Ñandú')[0]);
      expect(contentTokens(s)).toEqual(unicode);
    }
  });

  it('copyKey, on every corpus sentence', async () => {
    for (const s of await corpusSentences()) expect(copyKey(`${s} Ñandú`)).toBe(`${copyKey(s)} ñandú`.trim());
  });

  it('keeps words with accents, apostrophes and numbers', () => {
    expect(contentTokens('Macron’s café, 1,600 feet; it wasn’t clear')).toEqual(expect.arrayContaining(['macron', 'café', '#1600', '¬']));
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
