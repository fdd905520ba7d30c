import { describe, expect, it } from 'vitest';
import { firstSentence, isCaption, isSiteChrome, readDateline, readLead } from '../../../shared/article/lead';
import { readWrittenDate } from '../../../shared/article/dates';

describe('site chrome', () => {
  it.each([
    'Skip to main contentSkip to navigation',
    'Skip to main content',
    'Menu',
    'World',
    'Go to home page',
    'LiveLast Update:',
    'My Blog',
    'My WordPress Blog',
    'Latest news',
    'Last updated 10:32 am EDT, June 21, 2023',
    '- World NewsTikToker goes viral after claiming it was for the best',
    'This post will be updated as new information is available.',
    'Open this photo in gallery: Crew members of the Polar Prince prepare to dock the ship',
    'Share this article',
  ])('%j is chrome, never a title', (line) => {
    expect(isSiteChrome(line)).toBe(true);
  });

  it.each([
    'World leaders meet in Paris after the summit',
    'Titan found in pieces, five declared dead',
    'Search for the Titan intensifies as oxygen runs low',
    'Lost Titanic Sub Live Updates: Search Underway For Missing Tourists',
    'Sister of businessman trapped on submarine says rescue is sole focus',
  ])('%j is a headline', (line) => {
    expect(isSiteChrome(line)).toBe(false);
  });

  it('knows a photo caption by its credit', () => {
    expect(isCaption('Joe Biden, in his remarks following the bridge collapse, assured the public. | Image: AP')).toBe(true);
    expect(isCaption('The ship hit the bridge (Photo: Reuters)')).toBe(true);
    expect(isCaption('The ship lost power twice before it hit the bridge.')).toBe(false);
  });
});

describe('datelines', () => {
  it.each([
    ['BALTIMORE (AP) — A container ship lost power.', 'Baltimore', null],
    ['WASHINGTON - The US Navy detected the implosion.', 'Washington', null],
    ['MADRID, España.- Las autoridades dieron por terminada la búsqueda.', 'Madrid', null],
    ["ST. JOHN'S, Newfoundland — The Polar Prince returned to port on Saturday.", "St. John's", null],
    ['MOSCOW, February 8.', 'Moscow', null],
    ['MOSCOW, Feb. 8, 2022 (Reuters) -', 'Moscow', '2022-02-08'],
    ['Islamabad, Pakistan (AFP):', 'Islamabad', null],
  ])('%j puts the report in %j', (line, place, date) => {
    expect(readDateline(line, true)).toMatchObject({ place, date });
  });

  it('reads a colon dateline only in running text, not in a headline', () => {
    expect(readDateline('ISLAMABAD: The prominent Pakistani Dawood family on Friday announced the deaths of two of its members.', true)?.place).toBe('Islamabad');
    expect(readLead('NTSB: Data consistent with power loss before Key Bridge strike\nThe NTSB said on Wednesday.')).toMatchObject({ title: 'NTSB: Data consistent with power loss before Key Bridge strike', place: null });
    expect(readLead('JUST IN: FBI says no link to terrorism\nThe FBI said so on Tuesday.').title).toBe('FBI says no link to terrorism');
  });

  it('reads written dates in the corpora’s languages', () => {
    expect(readWrittenDate('26th March 2024')).toEqual({ year: 2024, month: 3, day: 26 });
    expect(readWrittenDate('8. Mai 2024')).toEqual({ year: 2024, month: 5, day: 8 });
    expect(readWrittenDate('June 24, 2023')).toEqual({ year: 2023, month: 6, day: 24 });
    expect(readWrittenDate('8 de marzo de 2024')).toEqual({ year: 2024, month: 3, day: 8 });
    expect(readWrittenDate('Feb. 8')).toEqual({ year: null, month: 2, day: 8 });
    expect(readWrittenDate('the 8th')).toBeNull();
  });
});

describe('the lead of a saved page', () => {
  it('skips chrome, section names and a dateline to the headline, and keeps the dateline as the place', () => {
    const lead = readLead(
      [
        'Skip to main contentSkip to navigation',
        'World',
        'Go to home page',
        'MOSCOW, February 8.',
        'Macron says talks with Putin helped avoid escalation',
        'French President Emmanuel Macron said on Tuesday his meeting with Vladimir Putin helped avoid an escalation.',
      ].join('\n'),
    );
    expect(lead).toMatchObject({ title: 'Macron says talks with Putin helped avoid escalation', titleInferred: false, place: 'Moscow', date: null });
  });

  it('takes the first sentence after a dateline, with the dateline’s date when it has a year', () => {
    expect(readLead('MOSCOW, Feb. 8, 2022 (Reuters) - French President Emmanuel Macron said talks helped. More followed later.')).toMatchObject({
      title: 'French President Emmanuel Macron said talks helped.', titleInferred: true, place: 'Moscow', date: '2022-02-08',
    });
  });

  it('reads a place and a full stop opening the story as its dateline ("Maui. Le immagini…"), not a one-word title', () => {
    expect(readLead('Maui. Le immagini del prima e del dopo rimandano in maniera vivida il livello di devastazione nella città di Lahaina.')).toMatchObject({
      title: expect.stringMatching(/^Le immagini del prima e del dopo rimandano/), place: 'Maui',
    });
    // A label is not a place, whatever its case.
    expect(readLead('Update. The death toll from the wildfires on Maui has risen to 55, officials said early on Friday.').place).toBeNull();
    // A short headline of two sentences is left alone.
    expect(readLead('Tragedy. Five dead\nThe sub imploded, officials said.').place).toBeNull();
  });

  it('passes captions, list numbers, credits, update notes and widget times', () => {
    expect(readLead('Joe Biden spoke on Tuesday. | Image: AP\n\nWashington: President Joe Biden said Tuesday he plans to travel to Baltimore.').title)
      .toBe('President Joe Biden said Tuesday he plans to travel to Baltimore.');
    expect(readLead('1.   The Maritime and Port Authority of Singapore confirms the incident. More text.').title).toBe('The Maritime and Port Authority of Singapore confirms the incident.');
    expect(readLead('(MENAFN\n- Live Mint) All the 22 crew members on board are Indians, the company said.').title).toBe('All the 22 crew members on board are Indians, the company said.');
    expect(readLead('Update vom 8. Mai 2024: Der tragische Vorfall ereignete sich Ende März. Mehr folgt.').title).toBe('Der tragische Vorfall ereignete sich Ende März.');
    expect(readLead('Underwater noises detected during search for Titan 03:36\n\nA massive search ramped up.').title).toBe('Underwater noises detected during search for Titan');
    expect(readLead('Is the ship still stuck in the Suez Canal? | World | News\n\nThe ship is stuck.').title).toBe('Is the ship still stuck in the Suez Canal?');
    expect(readLead('In this combination of photos, flames rise as the spire collapses. Image Credit: AP\n\nParis: A huge fire that devastated the cathedral has been put out, the fire brigade said.')).toMatchObject({
      title: 'A huge fire that devastated the cathedral has been put out, the fire brigade said.', place: 'Paris',
    });
    expect(readLead('Father Fournier outside Notre Dame, April 15, 2019.Etienne Loraillère / Twitter\n\nPARIS, April 16, 2019 (LifeSiteNews) – A priest braved the flames. More.')).toMatchObject({
      title: 'A priest braved the flames.', place: 'Paris', date: '2019-04-16',
    });
    expect(readLead('Lori Hinnant: Shock, sadness, but no panic: minutes that saved Notre Dame: the first alarm sounded at 6:20 p.m. on Monday.').place).toBeNull();
    expect(readLead('No indication of terrorism in Baltimore bridge collapse – Police 26th March 2024 A cargo ship passes below the bridge.')).toMatchObject({
      title: 'No indication of terrorism in Baltimore bridge collapse – Police', date: '2024-03-26',
    });
  });

  it('keeps a headline that only looks like a label or a dateline', () => {
    expect(readLead('James Cameron: ‘I wouldn’t have gotten in’ Titan submersible\nCameron said so.').title).toBe('James Cameron: ‘I wouldn’t have gotten in’ Titan submersible');
    expect(readLead('Titan Found\nThe debris was found on Thursday.').place).toBeNull();
  });

  it('does not end a title inside a quotation or at a German ordinal', () => {
    expect(firstSentence('“Everything else can fail. Your thrusters can go,” he said. Then more.')).toBe('“Everything else can fail. Your thrusters can go,” he said.');
    expect(firstSentence('Am 8. Mai wurde das letzte Opfer geborgen. Danach mehr.')).toBe('Am 8. Mai wurde das letzte Opfer geborgen.');
  });
});
