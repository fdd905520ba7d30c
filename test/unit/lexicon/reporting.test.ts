/** Reporting verbs: the attribution words rewrites swap ("said" / "told" / "confirmed"). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isReportingVerb,
  reportingPhraseAt,
  reportingVerbBase,
  REPORTING_VERBS,
} from '../../../shared/lexicon';
import { corpusFiles, SEEDS_DIR, TITAN_DIR } from '../../support/corpus';

describe('reporting verbs', () => {
  it('knows every form of the common ones', () => {
    for (const w of [
      'said',
      'says',
      'told',
      'added',
      'stated',
      'announced',
      'explained',
      'confirmed',
      'noted',
      'wrote',
      'tweeted',
      'notified',
      'Said',
    ]) {
      expect(isReportingVerb(w), w).toBe(true);
    }
    expect(reportingVerbBase('told')).toBe('tell');
    expect(reportingVerbBase('notified')).toBe('notify');
    expect(reportingVerbBase('wrote')).toBe('write');
  });

  it('does not count forms that are as often nouns, but still maps them', () => {
    for (const w of ['state', 'note', 'report', 'warning', 'claims', 'promising'])
      expect(isReportingVerb(w), w).toBe(false);
    expect(reportingVerbBase('state')).toBe('state');
    expect(isReportingVerb('vessel')).toBe(false);
  });

  it('lists no form twice under different verbs', () => {
    const seen = new Map<string, string>();
    for (const [base, forms] of Object.entries(REPORTING_VERBS)) {
      for (const f of [base, ...forms]) {
        expect(seen.get(f) ?? base, f).toBe(base);
        seen.set(f, base);
      }
    }
  });

  it('finds "according to" and "quoted as saying" in token runs', () => {
    const tokens = 'according to a report by news agency sputnik quoted macron as saying'.split(' ');
    expect(reportingPhraseAt(tokens, 0)).toBe(2);
    expect(reportingPhraseAt(tokens, 2)).toBe(0);
    expect(reportingPhraseAt(['he', 'pointed', 'out', 'that'], 1)).toBe(2);
  });

  it('finds attributions in the corpora: the seeds’ Macron quote and the Titan statements', () => {
    const words = (dir: string) =>
      corpusFiles(dir).flatMap((f) => readFileSync(f, 'utf8').match(/\p{L}+/gu) ?? []);
    const seeds = words(SEEDS_DIR)
      .filter(isReportingVerb)
      .map((w) => reportingVerbBase(w));
    expect(seeds).toEqual(expect.arrayContaining(['say', 'tell', 'quote']));
    const titan = words(TITAN_DIR).filter(isReportingVerb);
    // "said" dominates news copy; the list covers the other verbs rewrites use in its place.
    expect(titan.filter((w) => w.toLowerCase() === 'said').length).toBeGreaterThan(50);
    expect(new Set(titan.map((w) => reportingVerbBase(w))).size).toBeGreaterThanOrEqual(10);
  });
});
