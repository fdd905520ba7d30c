import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { findDates, isDateline } from '../../../shared/claims/dates';

const isos = (text: string, date: string | null, language: 'en' | 'de' | 'es' | 'it' | 'fr' = 'en') => findDates(text, date, language).map((d) => d.iso);

describe('dates: resolved against the article’s date, in the sentence’s tense', () => {
  it('resolves a weekday with the tense: past before the article’s day, future after it', () => {
    // An article of Monday 7 February 2022.
    expect(isos('On Tuesday, Mr. Macron will go to Ukraine', '2022-02-07')).toEqual(['2022-02-08']);
    expect(isos('Macron met Putin on Monday and spoke on Tuesday; replies came on January 26.', '2022-02-08')).toEqual(['2022-02-07', '2022-02-08', '2022-01-26']);
    // "said Tuesday he plans to": the weekday belongs to "said".
    expect(isos('Washington: President Joe Biden said Tuesday he plans to travel to Baltimore', '2024-03-27')).toEqual(['2024-03-26']);
  });

  it('reads numeric, relative and other-language dates', () => {
    expect(isos('Update vom 28.03.2024: Wie die Polizei berichtet', null, 'de')).toEqual(['2024-03-28']);
    expect(isos('The deep sea craft disappeared four days ago during a mission tour', '2023-06-21')).toEqual(['2023-06-17']);
    expect(isos("L'incidente è avvenuto il 26 marzo 2024.", null, 'it')).toEqual(['2024-03-26']);
    expect(isos('Los servicios de emergencia que buscaban ayer a seis personas', '2024-03-27', 'es')).toEqual(['2024-03-26']);
    expect(isos("L'incendie s'est déclaré le 15 avril 2019 vers 18 h 50.", null, 'fr')).toEqual(['2019-04-15']);
    expect(isos('Les pompiers sont arrivés hier soir, il y a deux jours que le chantier avait repris.', '2019-04-16', 'fr')).toEqual(expect.arrayContaining(['2019-04-15', '2019-04-14']));
  });

  it('does not read times, "for one second" or the Baltimore Sun as dates, nor resolve "today" without an article date', () => {
    expect(findDates('It was around 1:30 a.m. when the cargo ship hit', '2024-03-26')).toEqual([]);
    expect(findDates('he never thought for one second that the Russian President prepared', '2022-02-08')).toEqual([]);
    expect(findDates('information that serves as a “road map”, the Baltimore Sun. If the equipment works', '2024-03-27')).toEqual([]);
    expect(findDates('Crash timeline expected today, NTSB chairwoman says', null)).toEqual([]);
  });
});

describe('datelines and bylines are not claims', () => {
  it('recognises a timestamp, a byline with a date and a place with a date', () => {
    for (const line of ['10 February, 2022, 11:40 am', 'Eva Deschamps / February 11, 2022', 'MOSCOW, February 8.', 'Wednesday 21 June 2023 2:53 p.m. UK']) expect(isDateline(line), line).toBe(true);
    for (const line of ['On Monday, the French leader met with Putin in Moscow.', 'The talks lasted five hours on Monday.']) expect(isDateline(line), line).toBe(false);
  });

  it('leaves them out of an article’s claims', () => {
    const text = 'Eva Deschamps / February 11, 2022\n\nMacron met Putin in the Kremlin on Monday for five hours of talks.';
    const claims = extractClaims({ id: 'a', text, date: '2022-02-11' });
    expect(claims.map((c) => c.text)).toEqual(['Macron met Putin in the Kremlin on Monday for five hours of talks.']);
  });
});
