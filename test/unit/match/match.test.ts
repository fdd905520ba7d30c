import { describe, expect, it } from 'vitest';
import { extractClaims, type ClaimSource } from '../../../shared/claims/extract';
import { CaseMatcher, matchArticles } from '../../../shared/match/case-matcher';
import { averageLinkage } from '../../../shared/match/clusters';
import { diffClaims } from '../../../shared/diff/pair-diff';
import { pairDiff, type MatchPair } from '../../../shared/match/pairs';
import { copyKey } from '../../../shared/match/tokens';
import { byReviewOrder, sortForReview } from '../../../shared/match/order';
import { keyBridgeArticles, seedArticles, titanArticles } from '../../support/articles';

/** The pair the engine makes of two sentences, each its own article (every candidate proposed). */
function pairOf(a: string, b: string, dates: [string | null, string | null] = ['2023-06-22', '2023-06-22']): MatchPair {
  const pairs = matchArticles([{ id: 'a', text: a, date: dates[0] }, { id: 'b', text: b, date: dates[1] }], { minScore: 0 }).allPairs();
  const pair = pairs.find((p) => p.kind !== 'verbatim');
  expect(pair, `${a} / ${b}`).toBeDefined();
  return pair!;
}

/** The proposed pair (scores at any level) between the claim stating `x` and the one stating `y`, in a case of `articles`. */
function pairStating(articles: ClaimSource[], x: RegExp, y: RegExp): MatchPair | undefined {
  return matchArticles(articles, { minScore: 0 })
    .allPairs()
    .find((p) => x.test(p.a.text + p.b.text) && y.test(p.a.text + p.b.text));
}

describe('matching the seeds', () => {
  it('puts the two Macron quotes first, both attributed to Macron, as the same quote in other words', async () => {
    const [first] = matchArticles(await seedArticles()).allPairs();
    expect(first!.kind).toBe('quote');
    expect(first!.a.text).toMatch(/^For me, it was about 'locking the game'/);
    expect(first!.b.text).toMatch(/^My aim was to freeze the game/);
    expect([first!.a.speaker, first!.b.speaker]).toEqual(['Macron', 'Macron']);
    expect(first!.suggestion).toBe('consistent');
    expect(first!.evidence).toContain('same speaker (Macron)');
  });

  it('shows locking/freeze and prospects/perspectives as wording changes in its diff', async () => {
    const [first] = matchArticles(await seedArticles()).allPairs();
    const wording = pairDiff(first!).changes.filter((c) => c.kind === 'wording');
    const removed = wording.map((c) => c.removed).join(' | ');
    const added = wording.map((c) => c.added).join(' | ');
    for (const word of ['locking', 'prospects', 'goal', 'achieved']) expect(removed).toContain(word);
    for (const word of ['freeze', 'perspectives', 'objective', 'fulfilled']) expect(added).toContain(word);
  });
});

describe('matching the Titan corpus', () => {
  const matched = titanArticles().then((articles) => matchArticles(articles));

  it('pairs the repeated Coast Guard, OceanGate and Navy statements across outlets', async () => {
    const pairs = (await matched).allPairs();
    const across = (re: RegExp) => pairs.filter((p) => re.test(p.a.text) && re.test(p.b.text) && p.a.articleId !== p.b.articleId);
    expect(across(/consistent with (the )?catastrophic loss/).length).toBeGreaterThanOrEqual(3);
    expect(across(/true explorers who shared a distinct spirit of adventure/).length).toBeGreaterThanOrEqual(3);
    expect(across(/Navy/).length).toBeGreaterThanOrEqual(3);
  });

  it('groups copies: a sentence repeated word for word by k outlets gives k-1 verbatim pairs, not k(k-1)/2', async () => {
    const matcher = await matched;
    const byKey = new Map<string, Set<string>>();
    for (const claims of matcher.claimsByArticle.values()) {
      for (const c of claims) byKey.set(copyKey(c.text), (byKey.get(copyKey(c.text)) ?? new Set()).add(c.articleId));
    }
    const [key, articles] = [...byKey.entries()].sort((x, y) => y[1].size - x[1].size)[0]!;
    expect(articles.size).toBeGreaterThanOrEqual(3);
    const verbatim = matcher.allPairs().filter((p) => p.kind === 'verbatim' && copyKey(p.a.text) === key && copyKey(p.b.text) === key);
    expect(verbatim).toHaveLength(articles.size - 1);
    // The copies stand behind their first occurrence.
    expect(matcher.copiesOf(verbatim[0]!.b).map((c) => c.articleId).sort()).toEqual([...articles].sort());
  });

  it('groups a statement repeated by many outlets into one cluster', async () => {
    const clusters = (await matched).clusters();
    const explorers = clusters.find((c) => c.claims.some((x) => /true explorers/.test(x.text)));
    expect(new Set(explorers!.claims.map((c) => c.articleId)).size).toBeGreaterThanOrEqual(4);
  });

  it('orders the queue: possible conflicts with evidence first, then same-speaker quotes, then copies and other rewordings, repeats last', async () => {
    const pairs = (await matched).allPairs();
    const tier = (p: MatchPair) => Math.floor(p.priority / 1000);
    expect(pairs.map(tier)).toEqual([...pairs.map(tier)].sort((x, y) => y - x));
    expect(pairs.filter((p) => tier(p) === 6).every((p) => p.suggestion === 'conflict')).toBe(true);
    expect(pairs.filter((p) => tier(p) === 5).every((p) => p.a.speaker && p.a.speaker === p.b.speaker || p.evidence?.some((e) => e.startsWith('same speaker')))).toBe(true);
    // A copy says two reports are not independent: it heads the rewordings, and each further copy
    // between the same two articles comes lower than the one before.
    const copies = pairs.filter((p) => p.kind === 'verbatim');
    expect(copies.length).toBeGreaterThan(1);
    expect(copies.every((p) => tier(p) === 3)).toBe(true);
    expect(Math.max(...copies.map((p) => p.priority))).toBeGreaterThanOrEqual(Math.max(...pairs.filter((p) => tier(p) === 3 && p.kind !== 'verbatim').map((p) => p.priority)));
    const between = new Map<string, number[]>();
    for (const p of copies) {
      const key = [p.a.articleId, p.b.articleId].sort().join('|');
      between.set(key, [...(between.get(key) ?? []), p.priority]);
    }
    expect([...between.values()].some((ps) => ps.length > 1)).toBe(true);
    for (const ps of between.values()) expect(ps).toEqual([...ps].sort((x, y) => y - x));
    expect(new Set([...between.values()].map((ps) => ps[0])).size).toBe(1);
  });

  it('keeps a place for the rewording of a statement many outlets carry: Mauger’s “consistent with the catastrophic loss” / “aligns with a catastrophic failure” within 10 pairs per article (Titan 006, 004)', async () => {
    const articles = await titanArticles();
    const matcher = matchArticles(articles);
    const pairs = matcher.allPairs();
    // The pair of these two reports' claims, or of claims they copy word for word.
    const tells = (c: MatchPair['a'], report: string, words: string) => matcher.copiesOf(c).some((x) => x.articleId.startsWith(report) && x.text.includes(words));
    const rank = pairs.findIndex((p) => (tells(p.a, '006', 'consistent with the catastrophic loss') && tells(p.b, '004', 'aligns with a catastrophic failure')) || (tells(p.b, '006', 'consistent with the catastrophic loss') && tells(p.a, '004', 'aligns with a catastrophic failure')));
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(10 * articles.length);
  });

  it('explains every pair in words, never with a bare score', async () => {
    for (const p of (await matched).allPairs().slice(0, 200)) {
      expect(p.evidence?.length, p.id).toBeGreaterThan(0);
      expect(p.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('figures: a conflict needs the same measured thing, in units compared after conversion', () => {
  it('flags the sub’s length, 22 feet against 21, naming both values and the thing measured', () => {
    const p = pairOf('The 22-foot (6.7-meter) Titan lost contact with its mothership on Sunday.', 'The 21-foot Titan lost contact with its mothership on Sunday.');
    expect(p.flags).toContain('number');
    expect(p.suggestion).toBe('conflict');
    expect(p.reason).toMatch(/^length of titan: 22-foot \(6\.7-meter\) vs 21-foot/);
  });

  it('reads the span and the bridge as one thing: “the mile-long bridge” against “the 1.6-mile span” (Key Bridge 040, 051)', () => {
    const p = pairOf('The Coast Guard downloaded data in the hours after the ship struck the mile-long bridge, downing it into the river below.', 'A cargo ship hit a column early on Tuesday morning, plunging the 1.6-mile span into the water.');
    expect(p.suggestion).toBe('conflict');
    expect(p.reason).toMatch(/length.*: mile vs 1\.6-mile/);
  });

  it('never compares a length with a width: the ship’s 400 metres long with the canal’s 300 metres wide (Ever Given 015, 031)', () => {
    const p = pairOf(
      'El buque de 400 metros de largo quedó atravesado en diagonal dentro del Canal que mide tan solo 200 metros de ancho.',
      "L'Ever Given était coincé en diagonale du canal, bloquant complètement cette voie d'eau d'environ 300 mètres de largeur.",
    );
    expect(p.reason).not.toMatch(/400 metros/);
    // Two widths of one canal are compared, and named as widths.
    const widths = pairOf('The canal is only 200 metres wide at that point, officials said.', 'The canal is about 300 metres wide at that point, officials said.');
    expect(widths.reason).toMatch(/^width of canal: 200 metres vs (?:about )?300 metres/);
  });

  it('treats 1,600 feet, 488 metres and “about 500 metres” from the bow as one distance', () => {
    const p = pairOf('The debris field was found approximately 1,600 feet from the bow of the Titanic.', 'The debris field was found about 500 metres from the bow of the Titanic.');
    expect(p.flags).not.toContain('number');
    expect(p.reason).toContain('same quantity in other units: 1,600 feet ≈ 500 metres');
  });

  it('reads 8 knots as roughly 15 km/h, and 12 to 24 months as one to two years', () => {
    expect(pairOf('The ship was moving at roughly 15 kph when it hit the bridge.', 'The ship was moving at a speed of 8 knots when it hit the bridge.').flags).not.toContain('number');
    expect(pairOf('The NTSB said a full investigation would take one to two years.', 'The NTSB investigation is expected to take 12 to 24 months to complete.').flags).not.toContain('number');
  });

  it('does not compare a five-hour summit with a 30-minute call a month earlier (seeds)', async () => {
    const pairs = matchArticles(await seedArticles(), { minScore: 0 }).allPairs();
    const both = pairs.filter((p) => [p.a.text, p.b.text].some((t) => /five-hour/.test(t)) && [p.a.text, p.b.text].some((t) => /30-minute/.test(t)));
    expect(both.every((p) => !p.flags.includes('number'))).toBe(true);
  });

  it('does not compare distances from two places, nor sums in two currencies, nor sums of two named parties', () => {
    const places = pairOf(
      'The Titan launched on Sunday and was reported overdue that afternoon about 700 kilometers south of St. John’s, N.L., prompting an exhaustive search.',
      'On Sunday, the Polar Prince was at the Titanic wreck site, 325 nautical miles south-southeast of Cape Race, Newfoundland and Labrador, providing surface support to the submersible Titan.',
    );
    expect(places.flags).not.toContain('number');
    const currencies = pairOf('The canal authority wants at least 900 million US dollars (756 million euros) in compensation.', 'The canal authority demanded $916 million in compensation from the owner.');
    expect(currencies.reason).not.toMatch(/756/);
    const parties = pairOf('The Pinault family pledged €100 million to rebuild the cathedral.', 'The Arnault family pledged €200 million to rebuild the cathedral.');
    expect(parties.flags).not.toContain('number');
    // The same party, two sums: a conflict.
    const same = pairOf('The Pinault family pledged €100 million to rebuild the cathedral.', 'The Pinault family pledged €200 million to rebuild the cathedral.');
    expect(same.flags).toContain('number');
  });

  it('does not compare a sum converted in parentheses ($218 million for 200 million euros is the day’s rate), nor the pledges of two donors the claims name (Notre-Dame 043, 049, 013)', () => {
    const converted = pairOf('Among them is the family of Bernard Arnault, chief executive of LVMH, who pledged $226 million.', 'His rival, French billionaire Bernard Arnault of luxury goods group LVMH, soon followed suit, pledging 200 million euros ($218 million).');
    expect(converted.flags).not.toContain('number');
    // A clause that names no one: the claims' names tell the parties (Notre-Dame 049, 013).
    const donors = pairOf('His rival, billionaire Bernard Arnault of luxury goods group LVMH, soon followed suit, pledging 200 million euros.', 'The billionaire Pinault dynasty immediately pledged 100 million euros for the effort.');
    expect(donors.flags).not.toContain('number');
    // Both called French: where the donors are from, not who they are (Notre-Dame 049, 015).
    const french = pairOf('His rival, French billionaire Bernard Arnault of luxury goods group LVMH, soon followed suit, pledging 200 million euros.', 'François-Henri Pinault, French billionaire and CEO of international luxury group Kering, has already pledged 100 million Euros toward the rebuild.');
    expect(french.flags).not.toContain('number');
    // Two sums in dollars, neither a conversion: compared.
    const told = pairOf('Before that, François-Henri Pinault, chairman of the French luxury group Kering, offered $133 million in aid.', 'François-Henri Pinault, chairman of the French luxury group Kering, offered a reported $113 million in aid.');
    expect(told.suggestion).toBe('conflict');
  });

  it('names the figure before its conversion in parentheses, and the thing measured, not its unit', () => {
    const p = pairOf('All communication was lost with the 21-foot (6.5-meter) Titan craft during a descent June 18.', 'Five significant fragments of the 22-foot (6.7-meter) Titan were discovered in the debris field.');
    expect(p.reason).toMatch(/^length of titan: 21-foot \(6\.5-meter\) vs 22-foot/);
  });

  it('does not compare a toll with that of an earlier event the report compares it with (the 2018 Camp Fire, a 1960 tsunami)', () => {
    const dates: [string, string] = ['2023-08-11', '2023-08-12'];
    const campFire = pairOf('At least 80 people were killed in the fire, which now trails only California’s Camp Fire, which killed 85 people in 2018.', 'At least 89 people were killed in the fire on Maui, officials said on Saturday.', dates);
    expect(campFire.reason).not.toMatch(/85 people vs/);
    const tsunami = pairOf('The fire killed at least 55 people, the state’s deadliest disaster since a 1960 tsunami killed 61 people on the Big Island.', 'The fire on Maui killed at least 61 people, officials said.', dates);
    expect(tsunami.reason).not.toMatch(/61 people vs|vs 61 people/);
    // Both of one earlier year: compared.
    const same = pairOf('The Camp Fire killed 85 people in 2018, officials said.', 'The Camp Fire killed 86 people in 2018, officials said.', dates);
    expect(same.flags).toContain('number');
    // A follow-up a year on still tells this story's count: compared with the report of its year.
    const later = pairOf('Six workers were killed when the bridge collapsed on Tuesday, officials said.', 'A year on, the report says the March 2024 collapse of the bridge killed eight workers.', ['2024-03-27', '2025-03-26']);
    expect(later.flags).toContain('number');
  });

  it('says a head count reported days apart “may have changed”, and compares only counts of one role', () => {
    const later = pairOf('Six people are still missing after the bridge collapse, officials said.', 'Four people are still missing after the bridge collapse, officials said.', ['2024-03-26', '2024-03-28']);
    expect(later.suggestion).toBe('conflict');
    expect(later.reason).toMatch(/number of people missing: Six people vs Four people, reported 2 days apart: may have changed/);
    const roles = pairOf('Two people were rescued from the water after the bridge collapse.', 'Six people were missing in the water after the bridge collapse.');
    expect(roles.flags).not.toContain('number');
  });

  it('compares the children of one named person, however the count is told, but not two unnamed groups of workers (Key Bridge 050, 052, 049)', () => {
    const children = pairOf('Luna, 49, was a father of five from Usulutan, in El Salvador, his family told ABC News.', 'Friends described Luna as a hardworking “family man,” who had three children, and also was a grandfather.');
    expect(children.suggestion).toBe('conflict');
    expect(children.reason).toMatch(/^number of children: five vs three children/);
    // Without a name in common the same group word is not enough: a crew of eight, and the six who fell.
    const workers = pairOf('Gilreath stated that all eight workers were part of a construction crew that was fixing potholes on the bridge at the time.', 'The six workers who fell into the river were employees of Brawner Builders, a construction company.');
    expect(workers.flags).not.toContain('number');
  });

  it('does not read the ship’s crew and a construction crew, or crew and workers, as one group (Key Bridge)', () => {
    const ship = 'Coast Guard spokesperson Cynthia Oldham confirmed that the Dali’s 22-member Indian crew has remained on board since the incident.';
    const road = 'However, an eight-man construction crew filling potholes on the bridge was stranded.';
    expect(pairOf(ship, road).flags).not.toContain('number');
    expect(pairOf('All the 22 crew members on board the cargo ship that collided with the Baltimore bridge early Tuesday are Indians.', 'Gilreath stated that all eight workers were part of a construction crew that was fixing potholes on the bridge at the time.').flags).not.toContain('number');
    // The same group word on both sides is one group, and its counts are compared.
    expect(pairOf('An eight-man construction crew filling potholes on the bridge was stranded.', 'A six-man construction crew filling potholes on the bridge was stranded.').flags).toContain('number');
  });

  it('reads what became of a group past a comma: eight at work are not six unaccounted for (Key Bridge)', () => {
    const p = pairOf('Eight construction workers were repairing potholes on the bridge when it collapsed.', 'Six construction workers, who were at the time repairing potholes on the bridge, are currently unaccounted for.');
    expect(p.flags).not.toContain('number');
  });

  it('counts "a pilot and four passengers" as part of those aboard, not all of them (Titan)', () => {
    const p = pairOf('The Titan left on Sunday carrying a pilot and four passengers who had paid up to $250,000 each for the trip.', 'Titan imploded, killing all five people who were on board.');
    expect(p.flags).not.toContain('number');
    // "and 22 in total" is the whole group.
    expect(pairOf('The crew members on board were all Indians and 22 in total.', 'The crew members on board were all Indians and 21 in total.').flags).toContain('number');
  });

  it('compares the Dali’s crew of 22 with a German report’s 21, whose article “die” is not the verb (Key Bridge 020 and 054)', () => {
    const p = pairOf('It said the owner of the vessel is Grace Ocean Private Ltd; the crew members were all Indians and 22 in total.', 'Die 21-köpfige Crew der "Dali", die aus Indien, der Ukraine und Sri Lanka stammen soll, befindet sich nach wie vor an Bord des Schiffes.');
    expect(p.b.language).toBe('de');
    expect(p.flags).toContain('number');
    expect(p.reason).toMatch(/22 vs 21-köpfige/);
  });

  it('does not compare the sizes of two ships the case names, each claim naming one (the Ever Given, the Dali)', () => {
    const suez = 'The Ever Given, a 400-metre container ship, ran aground in the Suez Canal. Maersk said its own ships were rerouted. The Ever Given, a giant ship, was refloated on Monday.';
    const baltimore = 'The Dali, a 300-metre container ship, struck the Key Bridge in Baltimore. Maersk had chartered it. The Dali, a ship flagged in Singapore, lost power before the crash.';
    const pair = pairStating([{ id: 'suez', text: suez, date: '2024-03-26' }, { id: 'baltimore', text: baltimore, date: '2024-03-26' }], /400-metre/, /300-metre/);
    expect(pair).toBeDefined();
    expect(pair!.flags).not.toContain('number');
    // One ship, two lengths: compared.
    const one = pairStating([{ id: 'a', text: baltimore, date: '2024-03-26' }, { id: 'b', text: baltimore.replace('300-metre', '212-metre'), date: '2024-03-26' }], /300-metre/, /212-metre/);
    expect(one?.flags).toContain('number');
  });

  it('tells two events apart in short reports naming four things or more, but gives a pasted sentence or two the benefit of the doubt', () => {
    const suez = 'The Ever Given ran aground in the Suez Canal on Tuesday. The 400-metre container ship blocked all traffic, the canal authority said. Evergreen said the crew were safe.';
    const baltimore = 'The Dali struck the Key Bridge in Baltimore on Tuesday. The 300-metre container ship had lost power, officials said. Maersk said the crew were safe.';
    const lengths = (other: string) => pairStating([{ id: 'suez', text: suez, date: '2021-03-24' }, { id: 'other', text: other, date: '2024-03-26' }], /400-metre/, /300-metre/);
    const twoEvents = lengths(baltimore);
    expect(twoEvents?.suggestion).not.toBe('conflict');
    expect(twoEvents?.reason).toMatch(/two events\?/);
    const pasted = lengths('The Dali struck the Key Bridge in Baltimore on Tuesday. The 300-metre container ship had lost power, Maersk said.');
    expect(pasted?.suggestion).toBe('conflict');
  });

  it('does not take two reports that only call someone by the same nationality for reports of one event', () => {
    const suez = 'The Ever Given ran aground in the Suez Canal on Tuesday. The 400-metre container ship blocked all traffic, the Egyptian canal authority said. Evergreen said the Indian crew were safe.';
    const baltimore = 'The Dali struck the Key Bridge in Baltimore on Tuesday. The 300-metre container ship had lost power, officials said. Maersk said the Indian crew were safe.';
    const pair = pairStating([{ id: 'suez', text: suez, date: '2021-03-24' }, { id: 'baltimore', text: baltimore, date: '2024-03-26' }], /400-metre/, /300-metre/);
    expect(pair?.reason).toMatch(/two events\?/);
  });

  it('does not flag two sizes of two ships as a conflict when the two reports name nothing in common', () => {
    const suez = [
      'Egyptian officials said on Wednesday that the Ever Given was still stuck in the Suez Canal near Ismailia.',
      'The 400-metre container ship ran aground in high winds, the Suez Canal Authority said.',
      'Evergreen Marine, the Taiwanese company that operates it, told Reuters that the crew were safe.',
      'Osama Rabie, who heads the authority, said dredgers from Boskalis were working through the night.',
    ].join(' ');
    const baltimore = [
      'The Dali struck the Francis Scott Key Bridge in Baltimore shortly after leaving the port, Maryland officials said.',
      'The 300-metre container ship lost power moments before the collision.',
      'Governor Wes Moore said the crew had issued a mayday, and the manager, Synergy Group, confirmed all of them were accounted for.',
      'The ship, chartered by Maersk, flies the flag of Singapore.',
    ].join(' ');
    const lengths = (articles: ClaimSource[]) => {
      const pair = pairStating(articles, /400-metre/, /300-metre/);
      expect(pair).toBeDefined();
      return pair!;
    };
    const twoEvents = lengths([
      { id: 'suez', text: suez, date: '2021-03-24' },
      { id: 'baltimore', text: baltimore, date: '2024-03-26' },
    ]);
    expect(twoEvents.flags).not.toContain('number');
    expect(twoEvents.suggestion).not.toBe('conflict');
    expect(twoEvents.reason).toMatch(/length of .*: 400-metre vs 300-metre, but the two reports name nothing in common \(two events\?\)/);
    // The same two sentences in reports that share a name (both tell of the Suez Canal) are compared.
    const oneEvent = lengths([
      { id: 'suez', text: suez, date: '2021-03-24' },
      { id: 'other', text: `${baltimore} It had passed through the Suez Canal in February.`, date: '2021-03-24' },
    ]);
    expect(oneEvent.flags).toContain('number');
    expect(oneEvent.suggestion).toBe('conflict');
    // In a case of both events, the pairs across them come after every pair within one.
    // (A sentence both reports print word for word, a copy, is no sign of one event.)
    const boilerplate = 'The company did not respond to a request for comment.';
    const suezAgain = `${suez.replace('still stuck', 'stuck for a fourth day').replace('The 400-metre', 'The 1,300-foot')} ${boilerplate}`;
    const pairs = matchArticles([
      { id: 'suez', text: suez, date: '2021-03-24' },
      { id: 'suez-2', text: suezAgain, date: '2021-03-25' },
      { id: 'baltimore', text: `${baltimore} ${boilerplate}`, date: '2024-03-26' },
    ]).allPairs();
    const across = pairs.map((p, i) => ({ p, i })).filter(({ p }) => [p.a.articleId, p.b.articleId].includes('baltimore'));
    const within = pairs.map((p, i) => ({ p, i })).filter(({ p }) => ![p.a.articleId, p.b.articleId].includes('baltimore'));
    expect(across.length).toBeGreaterThan(0);
    expect(within.length).toBeGreaterThan(0);
    expect(Math.min(...across.map(({ i }) => i))).toBeGreaterThan(Math.max(...within.map(({ i }) => i)));
  });

  it('reads a French report: its language found from its words, its lengths in mètres compared with feet, its words translated', () => {
    const agree = pairOf('The 1,300-foot ship blocked the canal for six days, officials said.', 'Le navire, long de 400 mètres, a bloqué le canal pendant six jours, selon les autorités.');
    expect(agree.b.language).toBe('fr');
    expect(agree.flags).not.toContain('number');
    expect(agree.reason).toMatch(/same quantity in other units: 1,300-foot ≈ 400 mètres/);
    expect(agree.evidence).toContain('across languages (English and French)');
    const differ = pairOf('The 1,300-foot ship blocked the canal for six days, officials said.', 'Le navire, long de 300 mètres, a bloqué le canal pendant six jours, selon les autorités.');
    expect(differ.flags).toContain('number');
    expect(differ.reason).toMatch(/length: 1,300-foot vs 300 mètres/);
  });

  it('pairs an Italian and a French report through cognates the dictionaries lack (inchiesta per distruzione involontaria / enquête pour destruction involontaire)', () => {
    const italian = 'Il fuoco è partito nel pomeriggio dal tetto della cattedrale. La procura ha aperto un’inchiesta per distruzione involontaria tramite incendio. Centinaia di persone si sono radunate lungo il fiume.';
    const french = 'Le feu a pris dans les combles en fin d’après-midi. Le parquet a ouvert une enquête pour destruction involontaire par incendie. Des centaines de personnes se sont rassemblées sur les quais.';
    const pairs = matchArticles([{ id: 'it', text: italian, date: '2019-04-16' }, { id: 'fr', text: french, date: '2019-04-16' }], { minScore: 0 }).allPairs();
    const first = pairs.find((p) => [p.a.text, p.b.text].some((t) => t.includes('distruzione')));
    expect(first?.a.language === 'fr' ? first.a.text : first?.b.text).toMatch(/destruction involontaire/);
    expect(pairs.indexOf(first!)).toBe(0);
  });

  it('never flags a conflict with a sum it worked out; a sum can settle one ($5.1 bn + $4.5 bn a day)', () => {
    const parts = 'Lloyd’s List suggests westbound traffic is worth around $5.1 billion a day and eastbound traffic around $4.5 billion a day.';
    expect(pairOf(parts, 'Lloyd’s List estimates the closure of the Suez Canal is disrupting more than $9bn worth of goods per day.').flags).not.toContain('number');
    expect(pairOf('The crew members were all Indians and 22 in total.', 'Brawner Builders employed the eight-person construction crew and believed the missing six workers were dead.').flags).not.toContain('number');
  });

  it('reads 224,000 tons and 224,000 or 220,000 tonnes as one weight, and 200,000 against 224,000 tons as two', () => {
    expect(pairOf('Tugs hope to dislodge the 224,000-ton ship with the tide.', 'Tugs hope to dislodge the 224,000-tonne ship with the tide.').flags).not.toContain('number');
    expect(pairOf('Tugs hope to dislodge the 224,000-ton ship with the tide.', 'Tugs hope to dislodge the 200,000-ton ship with the tide.').flags).toContain('number');
    // "ton" as a tonne: 224,000 tons and 220,000 tonnes are one rounded weight; 200,000 tons are not 220,000 tonnes
    expect(pairOf('Tugs hope to dislodge the 224,000-ton ship with the tide.', 'Tugs hope to dislodge the ship of 220,000 tonnes with the tide.').flags).not.toContain('number');
    expect(pairOf('Tugs hope to dislodge the 200,000-ton ship with the tide.', 'Tugs hope to dislodge the ship of 220,000 tonnes with the tide.').flags).toContain('number');
  });

  it('proposes two lengths of one ship whatever the ranker scores them, naming both values (Key Bridge 005 and 006)', async () => {
    const pairs = matchArticles(await keyBridgeArticles()).allPairs();
    const p = pairs.find((x) => [x.a.text, x.b.text].some((t) => t.includes('a massive 948ft (289m) container ship')) && [x.a.text, x.b.text].some((t) => t.includes('unable to steer the 985-foot-long vessel')));
    expect(p, 'the 948 ft / 985 ft pair is proposed').toBeDefined();
    expect(p!.suggestion).toBe('conflict');
    expect(p!.reason).toMatch(/948ft \(289m\) vs 985-foot|985-foot vs 948ft \(289m\)/);
  });
});

describe('durations of one thing', () => {
  it('proposes two durations of one named thing whatever the ranker scores them: oxygen for 40 more hours, under 24 (Titan 028 and 031)', async () => {
    const pairs = matchArticles(await titanArticles()).allPairs();
    const p = pairs.find((x) => [x.a.text, x.b.text].some((t) => t.includes('40 more hours of oxygen')) && [x.a.text, x.b.text].some((t) => t.includes('less than twenty-four hours away from a depleted oxygen supply')));
    expect(p, 'the 40 h / under 24 h pair is proposed').toBeDefined();
    expect(p!.suggestion).toBe('conflict');
    expect(p!.reason).toMatch(/oxygen: (?:40 more hours vs less than twenty-four hours|less than twenty-four hours vs 40 more hours)/);
  });
});

describe('negation and dates: flagged only where the word diff aligns them', () => {
  it('does not flag “no degradation or escalation” against “no degradation nor escalation”', () => {
    const p = pairOf('Macron said he obtained that there will be no degradation or escalation.', 'Macron said he obtained that there will be no degradation nor escalation.');
    expect(p.flags).not.toContain('negation');
  });

  it('flags a statement negated on one side only, and not “not definitive” against “inconclusive”', () => {
    const flip = pairOf('The Coast Guard said the debris was consistent with a catastrophic loss of the vessel.', 'The Coast Guard said the debris was not consistent with a catastrophic loss of the vessel.');
    expect(flip.flags).toContain('negation');
    expect(flip.suggestion).toBe('conflict');
    expect(pairOf('Moscow wants war with Ukraine, the Kremlin said on Monday.', 'Moscow does not want war with Ukraine, the Kremlin said on Monday.').flags).toContain('negation');
    // Negated and not: a clause only one side has is not a flip.
    expect(pairOf('The other four victims have not been recovered from the river.', 'Dive teams are continuing the search in the river for four other victims.').flags).not.toContain('negation');
    const same = pairOf('While not definitive, this information was immediately shared with the Incident Commander.', 'Although inconclusive, this information was immediately shared with the Incident Commander.');
    expect(same.flags).not.toContain('negation');
  });

  it('needs more than a word in common to call one side negated (Titan: “we don’t know” and “what we know”)', () => {
    const p = pairOf('He revealed unexplained noises in the ocean had been detected for a second day yesterday, but “we don’t know what they are, to be frank”.', 'Here is what we know about them:');
    expect(p.flags).not.toContain('negation');
  });

  it('flags dates the diff aligns (the same sentence, another day), not two dates of different events', () => {
    const moved = pairOf('The Coast Guard said on Monday that the search area had been expanded.', 'The Coast Guard said on Tuesday that the search area had been expanded.', ['2023-06-21', '2023-06-21']);
    expect(moved.flags).toContain('date');
    const reported = pairOf('Maryland state police reported on Thursday that the bodies of two victims were found in a truck.', 'The bodies of two victims were recovered on Wednesday from a truck, Maryland state police said.', ['2024-03-28', '2024-03-28']);
    expect(reported.flags).not.toContain('date');
  });
});

describe('clusters stay one claim', () => {
  it('joins a group only when it is close to the group as a whole, never through one weak link', () => {
    const claim = (id: string) => ({ id });
    const pair = (a: string, b: string, score: number) => ({ id: `${a}|${b}`, a: claim(a), b: claim(b), score, kind: 'statement' });
    // A and B are one claim, C and D another, linked only through B–C.
    const groups = averageLinkage([pair('A', 'B', 0.9), pair('C', 'D', 0.9), pair('B', 'C', 0.6)], (c) => c.id);
    // Copies are one wording: A and its copy A2 join whatever A joins.
    const copies = averageLinkage([{ ...pair('A', 'A2', 1), kind: 'verbatim' }, pair('A', 'B', 0.9), pair('A2', 'C', 0.9), pair('B', 'C', 0.8)], (c) => c.id, (c) => c.id.slice(0, 1));
    expect(copies.map((g) => g.claims.map((c) => c.id).join(''))).toEqual(['AA2BC']);
    expect(groups.map((g) => g.claims.map((c) => c.id).join('')).sort()).toEqual(['AB', 'CD']);
    // Three claims all close to each other are one.
    const triangle = averageLinkage([pair('A', 'B', 0.9), pair('B', 'C', 0.8), pair('A', 'C', 0.7)], (c) => c.id);
    expect(triangle.map((g) => g.claims.length)).toEqual([3]);
  });
});

describe('the same articles always give the same pairs', () => {
  const plain = (ps: MatchPair[]) => ps.map(({ id, score, kind, flags, suggestion, reason, priority }) => ({ id, score, kind, flags, suggestion, reason, priority }));

  it('whatever order the articles arrive in, one by one or all at once, with reads in between', async () => {
    const articles = [...(await titanArticles()), ...(await keyBridgeArticles()).slice(0, 20)];
    const reference = plain(matchArticles(articles).allPairs());
    expect(reference.length).toBeGreaterThan(500);
    const shuffled = (seed: number) => [...articles].sort((x, y) => ((hash(x.id) ^ seed) % 997) - ((hash(y.id) ^ seed) % 997));
    for (const seed of [1, 7, 13]) {
      const matcher = new CaseMatcher();
      shuffled(seed).forEach((a: ClaimSource, i) => {
        matcher.addArticle(a);
        if (i % 10 === 0) matcher.allPairs();
      });
      expect(plain(matcher.allPairs())).toEqual(reference);
    }
  });

  it('after an article is removed, as if it had never been added', async () => {
    const articles = await titanArticles();
    const matcher = matchArticles(articles);
    matcher.allPairs();
    matcher.removeArticle(articles[5]!.id);
    expect(plain(matcher.allPairs())).toEqual(plain(matchArticles(articles.filter((_, i) => i !== 5)).allPairs()));
  });

  it('keeps claim ids stable for the same text', async () => {
    const [a] = await seedArticles();
    expect(extractClaims(a!).map((c) => c.id)).toEqual(extractClaims(a!).map((c) => c.id));
  });
});

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

describe('pair diff limits', () => {
  it('gives up at its edit bound on unrelated long texts and says they are too different', () => {
    const words = (seed: number) => Array.from({ length: 10_000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    const diff = diffClaims(words(7), words(13));
    expect(diff.tooDifferent).toBe(true);
  });

  it('never compares the age of a person with the age of a thing, but reads a name as neither', () => {
    // Key Bridge 009 and 052: two ages of one dimension, of a bridge and of a grandfather.
    const ages = pairOf('Then just seconds before the ship hits, footage shows traffic - including a truck - crossing the 47-year-old bridge.', 'The youngest were in their 20s, while the eldest was a 49-year-old grandfather.');
    expect(ages.evidence?.join(' ')).not.toMatch(/47-year-old vs 49-year-old/);
    // Titan 026 and 020: "Titan" is written with a capital, a name (WordNet reads "titan" as a person).
    const lengths = pairOf('Coast Guard officials revealed that five significant fragments of the 22-foot (6.7-meter) Titan were discovered in the debris field.', 'Five men have been declared dead days after they left for a voyage in a 22-foot submersible to see the ruins of Titanic.');
    expect(lengths.evidence?.join(' ')).toMatch(/same figure: 22-foot/);
  });

  it('calls a change a number change when a number in digits differs, figure or not', () => {
    // Key Bridge 009 and 052: the diff splits "47-year-old", leaving a bare 47 against "49" and "truck".
    const diff = diffClaims('Then just seconds before the ship hits, footage shows traffic - including a truck - crossing the 47-year-old bridge.', 'The youngest were in their 20s, while the eldest was a 49-year-old grandfather.');
    const numbers = diff.changes.filter((c) => c.kind === 'number');
    expect(numbers.map((c) => `${c.removed}→${c.added}`).join(' | ')).toMatch(/47/);
    expect(numbers.map((c) => c.added).join(' ')).toMatch(/49/);
    // The same number on both sides, written with and without a thousands separator, is no number change.
    expect(diffClaims('It carried 4,679 containers.', 'It carried 4679 boxes.').changes.map((c) => c.kind)).not.toContain('number');
  });

  it('classifies a negation flip', () => {
    const diff = diffClaims('Moscow wants war with Ukraine.', 'Moscow does not want war with Ukraine.');
    expect(diff.changes.map((c) => c.kind)).toContain('negation');
  });
});

describe('review order for large lists', () => {
  it('sortForReview orders pairs exactly as sorting with byReviewOrder does, ties by id included', async () => {
    const pairs = matchArticles(await titanArticles()).allPairs();
    // Shuffled, so the input order says nothing; the copies share priority 1 and are ordered by id.
    const shuffled = [...pairs].sort((x, y) => (x.id.length * 31 + x.score) % 7 - (y.id.length * 31 + y.score) % 7);
    const ties = pairs.filter((p) => pairs.some((q) => q !== p && q.priority === p.priority)).length;
    expect(ties).toBeGreaterThan(10);
    expect(sortForReview([...shuffled]).map((p) => p.id)).toEqual([...shuffled].sort(byReviewOrder).map((p) => p.id));
  });

  it('sortForReview tells apart priorities closer than its buckets, over any range', () => {
    // Priorities a hair apart, negative ones, a wide range, and many shared: each sorted as the comparator does.
    const bases = [6000.123, 6000.123 + 1e-9, 6000.123 - 1e-12, 1, 1, -3.5, 0, 1e9, 5000.5];
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `p${(i * 7919) % 5000}`, priority: bases[i % bases.length]! + (i % 3 === 0 ? 0 : (i % 11) * 1e-7) }));
    expect(sortForReview([...items]).map((p) => p.id)).toEqual([...items].sort(byReviewOrder).map((p) => p.id));
    const same = items.map((p) => ({ ...p, priority: 2 }));
    expect(sortForReview([...same]).map((p) => p.id)).toEqual([...same].sort(byReviewOrder).map((p) => p.id));
    expect(sortForReview([items[0]!])).toEqual([items[0]]);
  });

  it('sortForReview orders a large group of equal priorities by id, ids sharing long prefixes and wide characters included', () => {
    const prefixes = ['g12#', 'g12#4', 'g1', 'é€', 'é', '€€€€€€€a', '€€€€€€€b', 'a'];
    const items = Array.from({ length: 3000 }, (_, i) => ({ id: `${prefixes[i % prefixes.length]}${(i * 7919) % 3001}`, priority: i % 5 === 0 ? 1 + 1e-12 : 1 }));
    expect(sortForReview([...items]).map((p) => p.id)).toEqual([...items].sort(byReviewOrder).map((p) => p.id));
  });
});
