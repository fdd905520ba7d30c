/** English links from WordNet, on words the corpora's rewordings use, and on links that would mislead. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  englishBaseForms,
  englishBroader,
  englishDerived,
  englishNarrower,
  englishNounKind,
  englishPlaceAdjective,
  englishRelation,
  englishSynonyms,
  englishThingNames,
} from '../../../shared/lexicon';
import { KEY_BRIDGE_DIR, TITAN_DIR } from '../../support/corpus';

describe('English synonyms, broader terms and derivations', () => {
  it('links the corpora’s rewordings: vessel/ship/vehicle, debris/rubble, died/perished, confirmed/corroborated', () => {
    expect(englishRelation('vessel', 'vehicle')).toBe('broader'); // Titan: "the vehicle" / "the vessel"
    expect(englishRelation('vehicle', 'vessel')).toBe('narrower');
    expect(englishRelation('ship', 'vessel')).toBe('broader'); // Key Bridge: "the ship" / "the vessel"
    expect(englishRelation('submarine', 'submersible')).toBe('broader');
    expect(englishRelation('debris', 'rubble')).toBe('synonym');
    expect(englishRelation('died', 'perished')).toBe('synonym');
    expect(englishRelation('confirmed', 'corroborated')).toBe('synonym');
    expect(englishRelation('catastrophic', 'ruinous')).toBe('synonym');
    expect(englishRelation('car', 'automobile')).toBe('synonym');
  });

  it('names a made thing the other ways WordNet does, for what figures measure: a span is a bridge, a sub a submarine', () => {
    expect(englishThingNames('span')).toContain('bridge'); // Key Bridge 051: "the 1.6-mile span"
    expect(englishThingNames('bridge')).toContain('span');
    expect(englishThingNames('spans')).toContain('bridge');
    expect(englishThingNames('sub')).toContain('submarine');
    // Only made things: a span of time names no other thing, nor does a word of its own synset alone.
    expect(englishThingNames('week')).toEqual([]);
    expect(englishThingNames('ship')).not.toContain('bridge');
  });

  it('knows adjectives of places (where someone is from), and not the names of people or firms', () => {
    for (const w of ['french', 'pakistani', 'british', 'indian', 'singaporean', 'honduran', 'european']) expect(englishPlaceAdjective(w)).toBe(true);
    for (const w of ['pinault', 'arnault', 'kering', 'rush', 'billionaire', 'france']) expect(englishPlaceAdjective(w)).toBe(false);
  });

  it('tells nouns for people from nouns for made things, and leaves the rest alone', () => {
    expect(englishNounKind('grandfather')).toBe('person'); // Key Bridge 052: "a 49-year-old grandfather"
    expect(englishNounKind('pilots')).toBe('person');
    expect(englishNounKind('bridge')).toBe('artifact'); // Key Bridge 009: "the 47-year-old bridge"
    expect(englishNounKind('cathedral')).toBe('artifact');
    expect(englishNounKind('ships')).toBe('artifact');
    for (const word of ['water', 'journey', 'crew', 'pressure', 'said']) expect(englishNounKind(word), word).toBeNull();
  });

  it('reads inflected words under their base forms', () => {
    expect(englishBaseForms('notified')).toContain('notify');
    expect(englishBaseForms('stopped')).toContain('stop');
    expect(englishSynonyms('notified')).toContain('advise');
    expect(englishBroader('notified')).toContain('inform');
    expect(englishBroader('vessels')).toContain('vehicle');
    expect(englishNarrower('vehicle')).toContain('vessel');
  });

  it('adds derivations only where stemming does not already fold the words', () => {
    expect(englishRelation('die', 'death')).toBe('derived');
    expect(englishRelation('collide', 'collision')).toBe('derived');
    expect(englishDerived('explode')).toContain('explosion');
    // "investigate"/"investigation" share a Porter2 stem, so the table leaves that pair to stemming.
    expect(englishDerived('investigate')).not.toContain('investigation');
  });

  it('does not link words through their rare senses', () => {
    // WordNet has "game" as a plot ("the game is up") and as a business ("the biz"): 14 senses, the
    // activity dominant. The sense-share filter keeps such words out of every group.
    expect(englishRelation('game', 'plot')).toBeNull();
    expect(englishRelation('game', 'biz')).toBeNull();
    expect(englishRelation('lock', 'curl')).toBeNull(); // a lock of hair
    expect(englishRelation('tell', 'distinguish')).toBeNull(); // "tell apart"
    expect(englishRelation('say', 'order')).toBeNull(); // "do as I say"
    expect(englishSynonyms('game')).toEqual([]);
    // Nothing is ever broader than a vague top term.
    for (const w of ['vessel', 'ship', 'wreckage', 'crew', 'titan']) {
      expect(
        englishBroader(w).filter((b) =>
          ['entity', 'object', 'whole', 'artifact', 'organization', 'person'].includes(b),
        ),
        w,
      ).toEqual([]);
    }
  });

  it('gives every link in the lower-case single words the tables hold', () => {
    for (const w of ['vessel', 'debris', 'die', 'submarine']) {
      for (const link of [...englishSynonyms(w), ...englishBroader(w), ...englishDerived(w)])
        expect(link).toMatch(/^[a-z]{3,}$/);
    }
  });

  it('links words of the corpora’s gold pairs that share no stem', () => {
    // A measure, not a hand-picked list: every word of a gold pair's left fragment against every word
    // of its right one (docs/lexicon.md gives the pairs). Most gold pairs turn on figures and names.
    let linked = 0;
    for (const dir of [TITAN_DIR, KEY_BRIDGE_DIR]) {
      const gold = readFileSync(join(dir, 'gold.tsv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t'));
      expect(gold.length).toBeGreaterThan(40);
      const words = (s: string) => s.toLowerCase().match(/[a-z]{3,}/g) ?? [];
      for (const [, left, , right] of gold) {
        const rights = words(right!);
        if (words(left!).some((a) => rights.some((b) => (englishRelation(a, b) ?? 'same') !== 'same')))
          linked++;
      }
    }
    expect(linked).toBeGreaterThanOrEqual(5);
  });
});
