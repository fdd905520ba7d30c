import { describe, expect, it } from 'vitest';
import { findDates, findDetails, findNegations, findNumbers } from '../../../shared/claims/details';

describe('checkable details', () => {
  it('reads quantities with units as written in the corpora', () => {
    const found = findNumbers('Russia has massed 130,000 troops; a five-hour summit; a 30-minute call; a $1.3 billion deal; the 22-foot sub lies 1,600 feet from the bow.');
    expect(found.map((n) => [n.text, n.value, n.unit])).toEqual([
      ['130,000 troops', 130000, 'troop'],
      ['five-hour', 5, 'hour'],
      ['30-minute', 30, 'minute'],
      ['$1.3 billion', 1.3e9, 'usd'],
      ['22-foot', 22, 'foot'],
      ['1,600 feet', 1600, 'foot'],
    ]);
  });

  it('reads a compound duration as one quantity', () => {
    expect(findNumbers('about one hour and 45 minutes into its descent')).toEqual([{ text: 'one hour and 45 minutes', value: 105, unit: 'minute' }]);
    expect(findNumbers('an hour and 45 minutes later')[0]!.value).toBe(105);
  });

  it('leaves years and days of the month to dates', () => {
    expect(findNumbers('On Feb. 9, 2022, and in 2023.')).toEqual([]);
  });

  it('resolves weekdays and month days against the article date', () => {
    // 2022-02-08 was a Tuesday: "on Monday" is the day before.
    expect(findDates('Macron met Putin on Monday and spoke on Tuesday; replies came on January 26.', '2022-02-08')).toEqual([
      { text: 'Monday', iso: '2022-02-07' },
      { text: 'Tuesday', iso: '2022-02-08' },
      { text: 'January 26', iso: '2022-01-26' },
    ]);
    expect(findDates('on Sunday', null)).toEqual([{ text: 'Sunday', iso: null }]);
  });

  it('resolves the same sentence against each article’s date, and shares the details of a sentence without dates', () => {
    const text = 'The Coast Guard said on Monday that the 22-foot Titan had imploded.';
    const early = findDetails(text, '2023-06-20');
    const late = findDetails(text, '2023-06-27');
    expect(early.dates).toEqual([{ text: 'Monday', iso: '2023-06-19' }]);
    expect(late.dates).toEqual([{ text: 'Monday', iso: '2023-06-26' }]);
    expect(late.numbers).toEqual(early.numbers);
    const undated = 'The 22-foot Titan had imploded, the Coast Guard said.';
    expect(findDetails(undated, '2023-06-20')).toBe(findDetails(undated, '2023-06-27'));
    expect(findDetails(undated, null)).toEqual({ numbers: findNumbers(undated), dates: [], negations: [] });
  });

  it('finds negation cues', () => {
    expect(findNegations('Moscow does not want war but it won’t allow it; there is no solution.')).toEqual(['not', 'won’t', 'no']);
  });
});
