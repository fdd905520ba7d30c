import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { englishStem } from '../../../shared/match/lexicon';
import { prepareClaim } from '../../../shared/match/prepare';

/** The prepared claims of one article's text (its language detected as the engine does). */
const prepared = (text: string) => extractClaims({ id: 'x', text, date: null }).map((c, i) => prepareClaim(c, i, 0, 0));

describe('prepared claims: the words every channel reads', () => {
  it('translates a German noun though German capitalises it, and keeps a capitalised word the dictionary does not know as a name (Key Bridge 054, 022)', () => {
    const [claim] = prepared('Die Synergy Marine Corp teilte Reuters mit, dass die 21-köpfige Crew nach wie vor an Bord des Schiffes sei und die Brücke eingestürzt ist.');
    expect(claim!.claim.language).toBe('de');
    // "Schiffes" (a noun, capitalised) meets "ship" and "vessel" of the English reports.
    expect(claim!.stems).toContain(englishStem('ship'));
    expect(claim!.names).not.toContain('schiffes');
    expect(claim!.names).toContain('reuters');
  });

  it('reads a French sentence as French, its elided and inflected words translated ("l\'incendie", "détruit")', () => {
    const [claim] = prepared("Selon les pompiers, l'incendie a détruit le toit de la cathédrale et les ouvriers du chantier ont été entendus.");
    expect(claim!.claim.language).toBe('fr');
    for (const word of ['fire', 'destroy', 'roof', 'cathedral', 'worker']) expect(claim!.stems, word).toContain(englishStem(word));
  });

  it('reads a title before a name as no name ("President Emmanuel Macron", "Fire Chief James Wallace"), nor a capitalised function word ("The Associated Press"), and a surname that is also a word as a name', () => {
    const [claim] = prepared('President Emmanuel Macron met Fire Chief James Wallace and Col. Roland Butler in Paris on Tuesday, officials said.');
    expect(claim!.names).toEqual(expect.arrayContaining(['emmanuel', 'macron', 'james', 'wallace', 'butler', 'paris']));
    expect(claim!.names).not.toContain('president');
    expect(claim!.names).not.toContain('chief');
    const [ap] = prepared('The ship was seen by a reporter for The Associated Press near the port on Tuesday.');
    expect(ap!.names).toContain('associated');
    expect(ap!.names).not.toContain('the');
  });
});
