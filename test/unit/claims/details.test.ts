import { describe, expect, it } from 'vitest';
import { findDetails, findFigures, findNegations } from '../../../shared/claims/details';

describe('claim details', () => {
  it('resolves the same sentence against each article’s date, and shares the details of a sentence without dates', () => {
    const text = 'The Coast Guard said on Monday that the 22-foot Titan had imploded.';
    const early = findDetails(text, '2023-06-20');
    const late = findDetails(text, '2023-06-27');
    expect(early.dates.map((d) => d.iso)).toEqual(['2023-06-19']);
    expect(late.dates.map((d) => d.iso)).toEqual(['2023-06-26']);
    expect(late.figures).toBe(early.figures);
    const undated = 'The 22-foot Titan had imploded, the Coast Guard said.';
    expect(findDetails(undated, '2023-06-20')).toBe(findDetails(undated, '2023-06-27'));
    expect(findDetails(undated, null)).toEqual({ figures: findFigures(undated), dates: [], negations: [] });
  });

  it('reads a text in the article’s language: a decimal comma in Spanish, a thousands comma in English', () => {
    expect(findDetails('un puente de 2,6 kilómetros', null, 'es').figures[0]!.value).toBe(2.6);
    expect(findDetails('a bridge of 2,600 metres', null, 'en').figures[0]!.value).toBe(2600);
  });

  it('finds negation cues with their place, but not "nor", which continues a negation', () => {
    expect(findNegations('Moscow does not want war but it won’t allow it; there is no solution.').map((n) => n.text)).toEqual(['not', 'won’t', 'no']);
    expect(findNegations('there will be no degradation nor escalation').map((n) => n.text)).toEqual(['no']);
    expect(findNegations('es keine Berichte über Verletzungen gebe').map((n) => n.text)).toEqual(['keine']);
    const [cue] = findNegations('He did not know.');
    expect('He did not know.'.slice(cue!.start, cue!.end)).toBe('not');
  });
});
