import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { matchArticles } from '../../../shared/match/case-matcher';
import { storyAliases } from '../../../shared/match/entities';
import { keyBridgeArticles, titanArticles } from '../../support/articles';

const claimTexts = async (articles: Promise<Array<{ id: string; text: string; date: string | null }>>) => (await articles).flatMap((a) => extractClaims(a).filter((c) => c.language === 'en').map((c) => c.text));

describe('the story’s names for its things', () => {
  it('reads from the Titan reports that the Titan is the submersible, the sub and the submarine', async () => {
    const aliases = storyAliases(await claimTexts(titanArticles()));
    expect([...(aliases.get('titan') ?? [])]).toEqual(expect.arrayContaining(['submersible', 'sub', 'submarine']));
    expect(aliases.get('submersible')?.has('titan')).toBe(true);
  });

  it('reads from the Key Bridge reports that the Dali is the ship and the vessel, and that Baltimore is a place', async () => {
    const aliases = storyAliases(await claimTexts(keyBridgeArticles()));
    expect([...(aliases.get('dali') ?? [])]).toEqual(expect.arrayContaining(['ship', 'vessel']));
    // "the Baltimore bridge" says where the bridge is: Baltimore is written "in Baltimore" far more often.
    expect(aliases.get('baltimore')).toBeUndefined();
    expect(aliases.get('bridge')?.has('baltimore') ?? false).toBe(false);
  });

  it('takes a name and a noun as one thing only when two claims say so', () => {
    const once = storyAliases(['Divers reached the Aurora wreck on Monday.', 'The search went on all week.']);
    expect(once.get('aurora')).toBeUndefined();
    const twice = storyAliases(['Divers reached the Aurora wreck on Monday.', 'Photos of the Aurora wreck were shown.']);
    expect([...(twice.get('aurora') ?? [])]).toEqual(['wreck']);
    // An apposition says it once per claim: "the Aurora, a 40-metre trawler," twice.
    const apposition = storyAliases(['Nobody boarded the Aurora, a 40-metre trawler, that night.', 'They towed the Aurora, an old trawler, to port.']);
    expect(apposition.get('trawler')?.has('aurora')).toBe(true);
  });

  it('compares the length of “the Titan” with that of “a 21 foot submarine” when the case names the Titan a submarine', () => {
    const article = (id: string, text: string) => ({ id, text, date: '2023-06-22' });
    const pairs = matchArticles(
      [
        article('a', 'Five significant fragments of the 22-foot (6.7-meter) Titan were found in the debris field.'),
        article('b', 'Witnesses described a 21 foot submarine with a white hull.'),
        article('c', 'The Titan submarine lost contact on Sunday. Crews searched for the Titan submarine all week.'),
      ],
      { minScore: 0 },
    ).allPairs();
    const length = pairs.find((p) => [p.a.articleId, p.b.articleId].sort().join() === 'a,b');
    expect(length?.flags).toContain('number');
    expect(length?.reason).toMatch(/22-foot \(6\.7-meter\) vs 21 foot/);
    // Without the case saying so, nothing links "Titan" to "submarine".
    const alone = matchArticles([article('a', 'Five significant fragments of the 22-foot (6.7-meter) Titan were found in the debris field.'), article('b', 'Witnesses described a 21 foot submarine with a white hull.')], { minScore: 0 }).allPairs();
    const unlinked = alone.find((p) => [p.a.articleId, p.b.articleId].sort().join() === 'a,b');
    expect(unlinked, 'the two lengths are still paired').toBeDefined();
    expect(unlinked!.flags).not.toContain('number');
  });
});
