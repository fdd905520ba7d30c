import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { attributeQuotes, findQuoteSpans, speakerKey, statementSpeaker } from '../../../shared/claims/quotes';
import { seedArticles, titanArticles } from '../../support/articles';

const quotes = (paragraph: string, previous: string[] = []) =>
  attributeQuotes(paragraph, findQuoteSpans(paragraph), previous).map((q) => ({ text: paragraph.slice(q.start, q.end), speaker: q.speaker, via: q.via }));

describe('quotes and speakers', () => {
  it('keeps a single-quoted phrase inside a double-quoted quote, and reads "Sputnik quoted Macron as saying"', () => {
    const p = `"For me, it was about 'locking the game' in order to prevent an escalation. For me, this goal has been achieved", Sputnik quoted Macron as saying.`;
    expect(quotes(p)).toEqual([
      { text: "For me, it was about 'locking the game' in order to prevent an escalation. For me, this goal has been achieved", speaker: 'Macron', via: 'Sputnik' },
    ]);
  });

  it('attributes both halves of a quote split by its attribution', () => {
    const p = '“I obtained that there will be no degradation nor escalation,” Macron stated, satisfied. “My aim was to freeze the game.”';
    expect(quotes(p).map((q) => q.speaker)).toEqual(['Macron', 'Macron']);
  });

  it('reads a speaker before the quote, and a lowercase role after "said"', () => {
    expect(quotes('Cameron told Reuters: “I wouldn’t have gotten in that sub.”')[0]!.speaker).toBe('Cameron');
    expect(quotes('“It was a horrible idea,” said director James Cameron on Thursday.')[0]!.speaker).toBe('James Cameron');
  });

  it('resolves "he" only when one person has been named', () => {
    expect(quotes('“The debris is consistent with the loss of the pressure chamber,” he said.', ['John Mauger'])[0]!.speaker).toBe('John Mauger');
    expect(quotes('“The debris is consistent with the loss of the pressure chamber,” he said.', ['John Mauger', 'Rush'])[0]!.speaker).toBeNull();
  });

  it('reads a quote opened with a curly mark and closed with a straight one (Titan 019)', () => {
    const p = `“I wish I'd spoken up, but I assumed somebody was smarter than me, you know, because I never experimented with that technology, but it just sounded bad on its face," Cameron told Reuters.`;
    expect(quotes(p)).toEqual([{ text: expect.stringMatching(/^I wish I'd spoken up.*on its face,$/), speaker: 'Cameron', via: null }]);
  });

  it('does not take apostrophes for quotes', () => {
    expect(findQuoteSpans("Moscow denied Erdogan's proposal; it won't allow it.")).toEqual([]);
  });

  it('compares speakers by surname', () => {
    expect(speakerKey('Emmanuel Macron')).toBe(speakerKey('Macron'));
    // A generational suffix is not the surname (Key Bridge: "Col. Roland L. Butler Jr" and "Butler").
    expect(speakerKey('Col. Roland L. Butler Jr')).toBe(speakerKey('Butler'));
    expect(speakerKey('Roland L. Butler, Jr.')).toBe('butler');
  });

  it('takes the name before a title for the speaker, not the title (Titan 027: "…, United States Coast Guard Response Coordinator says")', () => {
    const paragraph = 'Capt. Jamie Frederick, United States Coast Guard Response Coordinator says, "I can’t tell you what the noises are."';
    expect(attributeQuotes(paragraph, findQuoteSpans(paragraph)).map((q) => speakerKey(q.speaker))).toEqual(['frederick']);
    expect(speakerKey(statementSpeaker('Capt. Jamie Frederick, United States Coast Guard Response Coordinator, said the search would go on.'))).toBe('frederick');
    // A title before the name is dropped as before; a name alone stays.
    const chief = 'Baltimore Fire Chief James Wallace said, "We are still searching."';
    expect(attributeQuotes(chief, findQuoteSpans(chief)).map((q) => speakerKey(q.speaker))).toEqual(['wallace']);
    expect(statementSpeaker('At a briefing, Adm. John Mauger said the search would go on.')).toBe('John Mauger');
  });

  it('attributes a statement by any reporting or belief verb, past an aside in dashes or an auxiliary (Titan 021, 024, 025)', () => {
    expect(statementSpeaker('Cameron presumes the critics were correct in warning that the hull would fail.')).toBe('Cameron');
    expect(statementSpeaker('Cameron — who designs submersibles himself — said the vessel was built of carbon fiber.')).toBe('Cameron');
    expect(statementSpeaker('James Cameron has acknowledged that he regretted not speaking out.')).toBe('James Cameron');
    // "he" resolves to the one person named just before, as for "said"
    expect(statementSpeaker('He revealed that he suspected the sub was lost.', ['Cameron'])).toBe('Cameron');
    // a pronoun for a group, a gerund or a noun-like form is no speaker
    expect(statementSpeaker('We have spoken to the families and prayed with them.')).toBeNull();
    expect(statementSpeaker('Officials reporting from the scene were cautious.')).toBeNull();
    expect(statementSpeaker('The Coast Guard states of readiness were raised.')).toBeNull();
  });

  it('finds the Macron quotes in both seeds, attributed to Macron, with offsets into the text', async () => {
    const [a, b] = await seedArticles();
    for (const article of [a!, b!]) {
      const claims = extractClaims(article);
      for (const c of claims) expect(article.text.slice(c.start, c.end)).toBe(c.text);
      const quote = claims.find((c) => c.kind === 'quote' && /the game/.test(c.text))!;
      expect(quote.speaker).toBe('Macron');
    }
    const lavrov = extractClaims(a!).find((c) => c.kind === 'quote' && c.text.startsWith('Moscow does not want war'));
    expect(lavrov?.speaker).toBe('Sergey Lavrov');
  });

  it('attributes Titan quotes to Mauger and Cameron across outlets', async () => {
    const articles = await titanArticles();
    const claims = articles.flatMap((a) => extractClaims(a)).filter((c) => c.kind === 'quote');
    const debris = claims.filter((c) => /consistent with (the )?catastrophic loss/.test(c.text));
    expect(new Set(debris.map((c) => c.articleId)).size).toBeGreaterThanOrEqual(5);
    expect(debris.some((c) => speakerKey(c.speaker) === 'mauger')).toBe(true);
    const cameron = claims.filter((c) => speakerKey(c.speaker) === 'cameron');
    expect(cameron.length).toBeGreaterThanOrEqual(5);
  });
});
