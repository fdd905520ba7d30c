import { describe, expect, it } from 'vitest';
import { findFigures, type Figure } from '../../../shared/claims/figures';

const one = (text: string, language: 'en' | 'de' | 'es' | 'it' | 'fr' = 'en'): Figure => {
  const found = findFigures(text, language);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};
const within = (f: Figure, value: number) => f.low <= value && value <= f.high;

describe('figures: quantities with their units and what they measure, from corpus sentences', () => {
  it('reads lengths in feet and metres, hyphenated and glued, with the thing they measure', () => {
    const vessel = one('unable to steer the 985-foot-long vessel');
    expect(vessel).toMatchObject({ dimension: 'length', value: 985, unit: 'ft', approx: 'exact' });
    expect(vessel.base).toBeCloseTo(300.2, 1);
    expect(vessel.thing[0]).toBe('vessel');
    const [feet, metres] = findFigures('By the time the crew of the Dali, a massive 948ft (289m) container ship, realised');
    expect(feet).toMatchObject({ text: '948ft', dimension: 'length', unit: 'ft' });
    expect(metres).toMatchObject({ text: '289m', dimension: 'length', unit: 'm' });
    expect(feet!.thing).toContain('ship');
    // The same quantity in two units.
    expect(Math.abs(feet!.base - metres!.base)).toBeLessThan(1);
  });

  it('converts between units with js-quantities: 325 nautical miles is about 602 km, 8 knots about 15 km/h, 10,000 square miles about 25,900 km²', () => {
    expect(one('325 nautical miles south-southeast of Cape Race').base).toBeCloseTo(601_900, -2);
    expect(one('at a speed of 8 knots').base).toBeCloseTo(one('The ship was moving at roughly 15 kph').base, 0);
    expect(one('extended the surface coverage area to 10,000 square miles').base / 1e6).toBeCloseTo(25_900, -2);
    expect(one('scouring about 20,000 sq km of ocean').dimension).toBe('area');
  });

  it('widens the interval for rounding and "about", opens it for "at least" and "less than"', () => {
    const about = one('about 490 metres from the bow of the Titanic');
    expect(within(about, 488)).toBe(true);
    expect(within(one('about 500 metres from the sunken luxury liner’s bow'), 487.7)).toBe(true);
    expect(within(one('The 22-foot vessel operated by private company OceanGate'), 21 * 0.3048)).toBe(false);
    expect(one('has seen at least 20 people trapped')).toMatchObject({ approx: 'atLeast', high: Infinity });
    expect(one('less than twenty-four hours away from a depleted oxygen supply')).toMatchObject({ value: 24, approx: 'atMost', low: 0 });
  });

  it('reads durations in two parts and ranges: an hour and a half, one hour and 45 minutes, 12 to 24 months = one to two years', () => {
    expect(one('about an hour and a half into its journey').base).toBe(5400);
    expect(one('approximately one hour and 45 minutes after the submersible').base).toBe(6300);
    expect(one('on Sunday morning about an hour, 45 minutes into what should have been').base).toBe(6300);
    // "nearly two hours" is just short of two: an hour and 45 minutes fits it, two hours and ten does not.
    // "half an hour" is 30 minutes, not an hour (Notre-Dame 030); "half a day" 12 hours.
    expect(one('For the first half an hour, it looked like the fire could not possibly')).toMatchObject({ text: 'half an hour', base: 1800 });
    expect(one('within about half a day of the alarm')).toMatchObject({ base: 43_200, approx: 'about' });
    const nearly = one('The sub first went missing on Sunday, nearly two hours into its dive');
    expect(within(nearly, 6300)).toBe(true);
    expect(within(nearly, 7800)).toBe(false);
    const months = one('expected to take 12 to 24 months to complete');
    const years = one('a full investigation would take one to two years');
    expect(months.approx).toBe('range');
    expect(months.low).toBeCloseTo(years.low, -4);
    expect(months.high).toBeCloseTo(years.high, -4);
  });

  it('reads a unit one word after its number: "40 more hours of oxygen" (Titan 028), "two additional days", but not "two more than expected"', () => {
    const oxygen = one('the vessel is estimated to contain 40 more hours of oxygen');
    expect(oxygen).toMatchObject({ dimension: 'duration', value: 40, text: '40 more hours' });
    expect(oxygen.base).toBe(40 * 3600);
    expect(oxygen.thing).toContain('oxygen');
    // "N hours away from X" is the time until X: what follows is what it measures (Titan 031).
    expect(one('less than twenty-four hours away from a depleted oxygen supply').thing).toContain('oxygen');
    expect(one('the search went on for two additional days').base).toBe(2 * 86400);
    expect(findFigures('two more than expected', 'en')).toEqual([]);
    // A hyphenated unit after the word is not the number's: "40 more-hour shifts" is no duration of 40 hours.
    expect(findFigures('40 more -hour shifts', 'en').some((f) => f.dimension === 'duration')).toBe(false);
  });

  it('reads volumes in cubic metres however written: 30,000m3, 30,000 cubic metres, 20 000 m³, 20mila metri cubi, 30.000 Kubikmeter', () => {
    for (const [text, language] of [
      ['Approximately 30,000m3 of sand were dredged', 'en'],
      ['Collectively they removed 30,000 cubic metres of mud and sand', 'en'],
      ['rund 30.000 Kubikmeter Sand', 'de'],
    ] as const)
      expect(one(text, language), text).toMatchObject({ dimension: 'volume', base: 30_000 });
    expect(one('dovranno essere rimossi tra i 15mila ei 20mila metri cubi di sabbia', 'it')).toMatchObject({ dimension: 'volume', base: 20_000 });
    expect(one('20,000 m³ of sand')).toMatchObject({ dimension: 'volume', unit: 'm³' });
    expect(one('a 20 km2 area')).toMatchObject({ dimension: 'area', base: 20e6 });
    expect(one('the 289m ship')).toMatchObject({ dimension: 'length' });
  });

  it('tells which length a length is, in each language’s words: largo is long in Spanish and wide in Italian', () => {
    const measures = (text: string, language: 'en' | 'de' | 'es' | 'it' | 'fr' = 'en') => findFigures(text, language).map((f) => f.measure ?? null);
    expect(measures('El buque de 400 metros de largo quedó atravesado dentro del Canal que mide tan solo 200 metros de ancho', 'es')).toEqual(['long', 'wide']);
    expect(measures('La Ever Given è una nave lunga 400 metri, larga 59 metri', 'it')).toEqual(['long', 'wide']);
    expect(measures("cette voie d'eau d'environ 300 mètres de largeur", 'fr')).toEqual(['wide']);
    expect(measures('400 Meter langes und 59 Meter breites Containerschiff', 'de')).toEqual(['long', 'wide']);
    expect(measures('unable to steer the 985-foot-long vessel; a length of 400 metres and a width of almost 60 metres; at a depth of about 3,800 metres')).toEqual(['long', 'long', 'wide', 'deep']);
    // "spans 1.6 miles across the river": a preposition, not a width; most lengths say nothing.
    expect(measures('The bridge spans 1.6 miles across the Patapsco River')).toEqual([null]);
    expect(measures('about 1,600 feet from the bow')).toEqual([null]);
  });

  it('reads pounds as a sum after a money word or before a conversion, else as a weight', () => {
    const [sterling, dollars] = findFigures('Windsor Castle was hit by a fire in 1992, and restoration work cost 37 million pounds ($48 million) by the time it was completed');
    expect(sterling).toMatchObject({ text: '37 million pounds', dimension: 'money', unit: 'GBP', base: 37e6 });
    expect(dollars).toMatchObject({ dimension: 'money', unit: 'USD' });
    expect(one('the appeal raised 2 million pounds for the cathedral')).toMatchObject({ dimension: 'money', unit: 'GBP' });
    expect(one('the crate weighs 200,000 pounds')).toMatchObject({ dimension: 'mass', unit: 'lb' });
    expect(one('a 300-pound bag')).toMatchObject({ dimension: 'mass' });
  });

  it('reads ages after a name, head counts and counted things', () => {
    expect(one('Maynor Yassir Suazo Sandoval, 38, was identified')).toMatchObject({ dimension: 'age', value: 38 });
    expect(findFigures('Shahzada Dawood (48), his 19-year-old son Suleman').map((f) => [f.dimension, f.value])).toEqual([['age', 48], ['age', 19]]);
    expect(one('an eight-man construction crew filling potholes')).toMatchObject({ dimension: 'people', value: 8 });
    expect(one('We have seven wonderful employees who were on the bridge')).toMatchObject({ dimension: 'people', value: 7 });
    expect(one('Around 850,000 vehicles go through that port every single year')).toMatchObject({ dimension: 'count', unit: 'vehicles', value: 850_000, approx: 'about' });
  });

  it('reads German, Spanish and Italian numbers and units: Fuß, decimal commas, -köpfig compounds, number words', () => {
    expect(one('ein 948 Fuß langes Containerschiff', 'de')).toMatchObject({ dimension: 'length', value: 948, unit: 'ft' });
    expect(one('Die 21-köpfige Crew der "Dali"', 'de')).toMatchObject({ dimension: 'people', value: 21 });
    expect(one('Teil eines sechsköpfigen Bau-Einsatzteams', 'de')).toMatchObject({ dimension: 'people', value: 6 });
    expect(one('sie suche nach mindestens sieben Personen', 'de')).toMatchObject({ dimension: 'people', value: 7, approx: 'atLeast' });
    const [pies, metros] = findFigures('sumergida en aproximadamente 25 pies (7,6 metros) de agua', 'es');
    expect(pies).toMatchObject({ value: 25, unit: 'ft', approx: 'about' });
    expect(metros).toMatchObject({ value: 7.6, unit: 'm' });
    expect(findFigures('Es handele sich um zwei Männer im Alter von 26 und 35 Jahren.', 'de').filter((f) => f.dimension === 'age').map((f) => f.value)).toEqual([26, 35]);
  });

  it('leaves dates, years, clock times apart from quantities', () => {
    expect(findFigures('On Feb. 9, 2022, and in 2023.')).toEqual([]);
    expect(findFigures('Update vom 28.03.2024: Wie die Polizei', 'de')).toEqual([]);
    expect(one('around 1:30 a.m. when the cargo ship Dali hit')).toMatchObject({ dimension: 'clock', value: 90 });
    expect(findFigures('one of the men, no one')).toEqual([]);
  });

  it('reads times of day written with dots, spaced am/pm and time zones (Notre-Dame 002, 017), not as hours or counts', () => {
    const [local, gmt] = findFigures('The fire began at 5.50pm local time (16.50 GMT), with police saying it began');
    expect(local).toMatchObject({ dimension: 'clock', value: 17 * 60 + 50 });
    expect(gmt).toMatchObject({ dimension: 'clock', value: 16 * 60 + 50, text: '16.50 GMT' });
    const times = findFigures('The fire began around 6.50 pm (1650 GMT, 8.50pm in UAE).');
    expect(times.map((f) => [f.dimension, f.value])).toEqual([['clock', 18 * 60 + 50], ['clock', 16 * 60 + 50], ['clock', 20 * 60 + 50]]);
    // "am" is a German word: "um 10 am Montag" is not ten in the morning
    expect(findFigures('Die Feuerwehr war um 10 am Montag da.', 'de').filter((f) => f.dimension === 'clock')).toEqual([]);
  });

  it('reads money in U.S. dollars however written: "916 million U.S. dollars" (Ever Given 044), "550 million US dollars"', () => {
    expect(one('an Egyptian court ordered the owners of Ever Given to pay 916 million U.S. dollars in compensation')).toMatchObject({ dimension: 'money', value: 916e6, unit: 'USD' });
    expect(one('reduced the claim to 550 million US dollars')).toMatchObject({ dimension: 'money', value: 550e6, unit: 'USD' });
  });

  it('reads number words from 13 to 19 and an ordinal "seconde" as no duration (Notre-Dame 029)', () => {
    const [later] = findFigures('Une seconde alerte a été donnée treize minutes plus tard.', 'fr');
    expect(findFigures('Une seconde alerte a été donnée treize minutes plus tard.', 'fr')).toHaveLength(1);
    expect(later).toMatchObject({ dimension: 'duration', value: 13, unit: 'min' });
    expect(one('une seconde plus tard', 'fr')).toMatchObject({ dimension: 'duration', unit: 's' });
    expect(one('nach fünfzehn Minuten', 'de')).toMatchObject({ value: 15 });
    expect(one('durante quince días', 'es')).toMatchObject({ value: 15 });
    expect(one('per diciotto mesi', 'it')).toMatchObject({ value: 18 });
  });

  it('reads a range of years as one duration, not a count of "bis" (Notre-Dame 047), and a count before its article and noun (Ever Given 018)', () => {
    expect(one('Die Kathedrale bleibt fünf bis sechs Jahre geschlossen.', 'de')).toMatchObject({ dimension: 'duration', approx: 'range' });
    expect(one('Ad oggi sono 369 le navi in attesa', 'it')).toMatchObject({ dimension: 'count', unit: 'navi', value: 369 });
  });

  it('reads "a day" after a quantity as its rate, and "a day after" as a duration (Key Bridge 011)', () => {
    const rate = findFigures('“Roughly about 35,000 people a day” use the bridge, Maryland Transportation Secretary Paul J. Wiedefeld said.');
    expect(rate.map((f) => f.dimension)).toEqual(['people']);
    expect(findFigures('Trade worth $9.6 billion a day is held up.').map((f) => f.dimension)).toEqual(['money']);
    expect(one('A day after the collapse, divers found the truck.')).toMatchObject({ dimension: 'duration', value: 1 });
  });

  it('reads a kilometre mark as a place along the way, not a length (Ever Given 020: "the Suez Canal’s 151-km mark")', () => {
    expect(findFigures('The ship stuck diagonally at the Suez Canal’s 151-km mark on Tuesday.')).toEqual([]);
    expect(findFigures('The crash closed the road near the 40-mile marker.')).toEqual([]);
    expect(one('The ship ran aground 6 km north of the southern entrance.')).toMatchObject({ dimension: 'length', value: 6 });
  });

  it('reads French numbers and units: thousands grouped by spaces, elided "d\'euros", "au moins", and money after "millions de"', () => {
    expect(one('au moins 850 000 euros de dons', 'fr')).toMatchObject({ dimension: 'money', value: 850_000, unit: 'EUR', approx: 'atLeast' });
    // a no-break space groups thousands in print
    expect(one('environ 15\u00a0000 personnes', 'fr')).toMatchObject({ dimension: 'people', value: 15_000, approx: 'about' });
    expect(one('près de 1,3 milliard d\'euros', 'fr')).toMatchObject({ dimension: 'money', value: 1.3e9, approx: 'about' });
    const spire = one('La flèche, haute de 93 mètres, s\'est effondrée', 'fr');
    expect(spire).toMatchObject({ dimension: 'length', unit: 'm', value: 93 });
    expect(spire.thing).toContain('flèche');
    expect(one('un incendie de quinze heures', 'fr')).toMatchObject({ dimension: 'duration', value: 15, unit: 'h' });
    expect(one('sept personnes', 'fr')).toMatchObject({ dimension: 'people', value: 7 });
    // and in the other languages read: "millones de dólares", "milioni di euro"
    expect(one('850 millones de dólares', 'es')).toMatchObject({ dimension: 'money', value: 850e6, unit: 'USD' });
    expect(one('900 milioni di euro', 'it')).toMatchObject({ dimension: 'money', value: 900e6, unit: 'EUR' });
    // spaced groups are French only: an English "in 2019 200 people" is not 2,019,200
    expect(findFigures('In 2019 200 people were evacuated').map((f) => f.value)).toEqual([200]);
  });

  it('gives a range its second number\'s scale, past articles ("tra i 6 e i 10 miliardi"), and reads "23 mars" as a date', () => {
    const weekly = one('costa, ogni settimana, tra i 6 e i 10 miliardi di dollari al commercio globale', 'it');
    expect(weekly).toMatchObject({ dimension: 'money', approx: 'range', low: 6e9, high: 10e9 });
    expect(one('between 6 and 10 billion dollars')).toMatchObject({ low: 6e9, high: 10e9 });
    expect(one('entre los 6 y los 10 millones de dólares', 'es')).toMatchObject({ low: 6e6, high: 10e6 });
    expect(findFigures('coincé depuis mardi 23 mars en diagonale du canal', 'fr')).toEqual([]);
    expect(one('après quasiment une semaine à être bloqué', 'fr')).toMatchObject({ dimension: 'duration', approx: 'nearly' });
  });

  it('takes the thing measured from its own phrase: not past "and", not a measure adjective', () => {
    const [length, width] = findFigures('one of the largest ships in the world with a length of 400 metres and a width of almost 60 metres');
    expect(length!.thing).not.toContain('width');
    expect(width!.thing).toContain('width');
    // "alta" and "haut" say how it is measured, not what: a crane and a spire are not one thing
    expect(one('una gru alta 120 metri era stata utilizzata', 'it').thing).toEqual(expect.arrayContaining(['gru']));
    expect(one('una gru alta 120 metri era stata utilizzata', 'it').thing).not.toContain('alta');
    expect(one('la flèche avec ses 93 mètres de haut', 'fr').thing).not.toContain('haut');
  });
});
