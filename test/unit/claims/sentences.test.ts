import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/claims/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('does not split at titles and abbreviations: Adm., U.S., Mr., Feb., p.m.', () => {
    const text = 'Rear Adm. John Mauger said the U.S. Coast Guard found debris. Mr. Rush died on Feb. 5 at 3 p.m. near the wreck.';
    expect(split(text)).toEqual([
      'Rear Adm. John Mauger said the U.S. Coast Guard found debris.',
      'Mr. Rush died on Feb. 5 at 3 p.m. near the wreck.',
    ]);
  });

  it('ends a sentence at an ellipsis followed by a capital', () => {
    expect(split('The search went on… It was too late.')).toEqual(['The search went on…', 'It was too late.']);
  });

  it('treats each line (bullets, headlines, tweets) as its own sentence', () => {
    const text = '• First bullet item\n• Second bullet item\nBREAKING: The sub imploded';
    expect(split(text)).toEqual(['• First bullet item', '• Second bullet item', 'BREAKING: The sub imploded']);
  });

  it('keeps URLs inside their sentence', () => {
    const text = 'See https://www.cnn.com/2023/06/22/us/titan.html for more. Experts say it is 1,600 ft. from the bow.';
    expect(split(text)[0]).toBe('See https://www.cnn.com/2023/06/22/us/titan.html for more.');
  });

  it('gives offsets that index the text exactly', () => {
    const text = '  “Security for everyone” was the message.\n\nMacron posted it. ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });
});
