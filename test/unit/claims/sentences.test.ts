import { describe, expect, it } from 'vitest';
import { shortened, splitSentences } from '../../../shared/claims/sentences';
import { generateMatchArticles } from '../../bench/stories';
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
    const line = 'The Coast Guard said the search for the missing submersible went on. Officials were hopeful.';
    const { text, cuts, skipped } = shortened(line);
    expect(text).toBe('The went on. Officials were hopeful.');
    expect(cuts).toEqual([3]);
    expect(skipped).toEqual([line.indexOf(' went') - 3]);
    // Words with other punctuation break a run: nothing to leave out here.
    expect(shortened('“We lost contact,” she said. “Why?”').text).toBe('“We lost contact,” she said. “Why?”');
  });

  it('counts hyphenated words, numbers with separators, trailing commas and dashes as plain', () => {
    const line = 'Officials said the 22-foot vessel, which carried five people on a dive of 12,500 feet, lost contact with its mother ship. Debris was found on Thursday.';
    expect(shortened(line).text).toBe('Officials mother ship. Debris on Thursday.');
    expect(shortened('He said – and we all agree – that it ended at 3,800 metres. Next.').text).toBe('He 3,800 metres. Next.');
    // A period, a quotation mark or a colon keeps the word, and the word either side of it.
    expect(shortened('The depth was 1,600. Then it sank, the rescuers said, and nobody knew why.').text).toBe('The was 1,600. Then knew why.');
  });

  it('finds the same sentences in shortened lines as in whole ones, on both corpora and generated articles', async () => {
    const tricky = [
      'The depth was 1,600. Then it sank, the rescuers said, and no one knew why it’s gone – or when.',
      'He said – and we all agree with him, it seems – that it ended at 3,800 metres. Next came the search, which lasted five days.',
      "It's over, it's done, it's gone for good and the crew is lost. Really, it's over, they said, all of them, again and again.",
      'The sub was built by OceanGate Inc. in Everett, Washington, and it was tested many times. Then it failed.',
      'Experts like Dr. Jane Smith of the University of Rhode Island say the hull was made of carbon fibre and titanium. Others disagree.',
      'He wrote on Twitter at 10 a.m. Eastern time that the search would continue all day long and into the night. It did.',
      'The vessel was about 900 nautical miles east of Cape Cod, Mass., when it lost contact with its support ship. Search crews raced.',
      'The five men aboard included Stockton Rush, the CEO of OceanGate Expeditions, and Shahzada Dawood. Both died...and nobody knew why.',
      'It cost $250,000 per person to go down to the wreck of the Titanic, some 12,500 feet below the surface! Was it worth it? Many asked.',
      'St. John’s, Newfoundland, is where the Polar Prince left from on June 16 with the crew and passengers aboard. It returned later.',
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
