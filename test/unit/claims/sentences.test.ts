import { describe, expect, it } from 'vitest';
import { shortened, splitSentences } from '../../../shared/claims/sentences';
import { generateMatchArticles } from '../../bench/match.bench';
import { seedArticles, titanArticles } from '../../support/articles';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('does not split at titles and abbreviations: Adm., U.S., Mr., Feb., p.m.', () => {
    const text =
      'Rear Adm. John Mauger said the U.S. Coast Guard found debris. Mr. Rush died on Feb. 5 at 3 p.m. near the wreck.';
    expect(split(text)).toEqual([
      'Rear Adm. John Mauger said the U.S. Coast Guard found debris.',
      'Mr. Rush died on Feb. 5 at 3 p.m. near the wreck.',
    ]);
  });

  it('ends a sentence at an ellipsis followed by a capital', () => {
    expect(split('The search went on… It was too late.')).toEqual([
      'The search went on…',
      'It was too late.',
    ]);
  });

  it('treats each line (bullets, headlines, tweets) as its own sentence', () => {
    const text = '• First bullet item\n• Second bullet item\nBREAKING: The sub imploded';
    expect(split(text)).toEqual([
      '• First bullet item',
      '• Second bullet item',
      'BREAKING: The sub imploded',
    ]);
  });

  it('keeps URLs inside their sentence', () => {
    const text =
      'See https://www.cnn.com/2023/06/22/us/titan.html for more. Experts say it is 1,600 ft. from the bow.';
    expect(split(text)[0]).toBe('See https://www.cnn.com/2023/06/22/us/titan.html for more.');
  });

  it('gives offsets that index the text exactly', () => {
    const text = '  “Security for everyone” was the message.\n\nMacron posted it. ';
    for (const s of splitSentences(text))
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });

  it('leaves out the middle of long runs of plain words, and says where', () => {
    const line =
      'The Coast Guard said the search for the missing submersible went on. Officials were hopeful.';
    const { text, cuts, skipped } = shortened(line);
    expect(text).toBe('The Coast submersible went on. Officials were hopeful.');
    expect(cuts).toEqual([9]);
    expect(skipped).toEqual([line.indexOf(' submersible') - 9]);
    // Words with other punctuation break a run: nothing to leave out here.
    expect(shortened('“Upon this, we notified the families…” he said.').text).toBe(
      '“Upon this, we notified the families…” he said.',
    );
  });

  it('counts hyphenated words, numbers with separators, trailing commas and dashes as plain', () => {
    const line =
      'Officials said the 22-foot vessel, which carried five people on a dive of 12,500 feet, lost contact with its mother ship. Debris was found on Thursday.';
    expect(shortened(line).text).toBe('Officials said its mother ship. Debris was found on Thursday.');
    expect(shortened('He said – and we all agree – that it ended at 3,800 metres. Next.').text).toBe(
      'He said at 3,800 metres. Next.',
    );
    // A period, a quotation mark or a colon keeps the word, and two words either side of it.
    expect(shortened('The depth was 1,600. Then it sank, the rescuers said, and nobody knew why.').text).toBe(
      'The depth was 1,600. Then it nobody knew why.',
    );
  });

  it('finds the same sentences in shortened lines as in whole ones, on both corpora and generated articles', async () => {
    const tricky = [
      'The depth was 1,600. Then it sank, the rescuers said, and no one knew why it’s gone – or when.',
      'He said – and we all agree with him, it seems – that it ended at 3,800 metres. Next came the search, which lasted five days.',
      "It's over, it's done, it's gone for good and the crew is lost. Really, it's over, they said, all of them, again and again.",
    ];
    const texts = [
      ...(await titanArticles()),
      ...(await seedArticles()),
      ...(await generateMatchArticles(300, 11)),
    ]
      .map((a) => a.text)
      .concat(tricky);
    let shortenedLines = 0;
    for (const text of texts) {
      expect(splitSentences(text)).toEqual(splitSentences(text, { wholeLines: true }));
      for (const line of text.split('\n')) if (shortened(line).cuts.length) shortenedLines++;
    }
    expect(shortenedLines).toBeGreaterThan(500);
  });
});
