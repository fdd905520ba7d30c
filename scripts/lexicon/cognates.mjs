// Spanish, Italian and French → English cognates for the build: news vocabulary is largely Latinate
// ("estructura"/"struttura" → structure, "terrorismo" → terrorism, "trágico" → tragic), and the
// FreeDict Spanish and Italian dictionaries are small. Candidates come from the regular spelling
// correspondences below, applied to the lemmas of the hunspell dictionaries in the npm packages
// `dictionary-es`, `dictionary-it` and `dictionary-fr` (devDependencies), and are kept only if WordNet has the English
// word. Only words the dictionaries do not translate get one, so a false friend ("éxito" is
// "success", not "exit") never displaces a dictionary's translation.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Ending correspondences, tried longest first; each may give several English endings. */
const ENDINGS = {
  es: [
    ['ciones', ['tions']],
    ['ción', ['tion']],
    ['sión', ['sion']],
    ['dad', ['ty']],
    ['tad', ['ty']],
    ['ismo', ['ism']],
    ['ista', ['ist']],
    ['ico', ['ic', 'ical']],
    ['ica', ['ic', 'ical', 'ics']],
    ['oso', ['ous']],
    ['osa', ['ous']],
    ['encia', ['ence', 'ency']],
    ['ancia', ['ance', 'ancy']],
    ['ente', ['ent']],
    ['ante', ['ant']],
    ['ivo', ['ive']],
    ['iva', ['ive']],
    ['ura', ['ure']],
    ['orio', ['ory']],
    ['oria', ['ory']],
    ['ario', ['ary']],
    ['aria', ['ary']],
    ['ía', ['y']],
    ['io', ['y', 'ium']],
    ['ia', ['y']],
    ['cto', ['ct']],
    ['culo', ['cle']],
    ['ble', ['ble']],
    ['al', ['al']],
    ['ar', ['', 'e', 'ate']],
    ['er', ['', 'e']],
    ['ir', ['', 'e']],
    ['o', ['', 'e']],
    ['a', ['', 'e']],
    ['e', ['', 'e']],
  ],
  it: [
    ['zione', ['tion']],
    ['sione', ['sion']],
    ['tà', ['ty']],
    ['ismo', ['ism']],
    ['ista', ['ist']],
    ['ico', ['ic', 'ical']],
    ['ica', ['ic', 'ical', 'ics']],
    ['oso', ['ous']],
    ['osa', ['ous']],
    ['enza', ['ence', 'ency']],
    ['anza', ['ance', 'ancy']],
    ['ente', ['ent']],
    ['ante', ['ant']],
    ['ivo', ['ive']],
    ['iva', ['ive']],
    ['ura', ['ure']],
    ['orio', ['ory']],
    ['ario', ['ary']],
    ['ia', ['y']],
    ['io', ['y', 'ium']],
    ['olo', ['le']],
    ['bile', ['ble']],
    ['ale', ['al']],
    ['are', ['', 'e', 'ate']],
    ['ere', ['', 'e']],
    ['ire', ['', 'e']],
    ['o', ['', 'e']],
    ['a', ['', 'e']],
    ['e', ['', 'e']],
  ],
  fr: [
    ['ations', ['ations']],
    ['tion', ['tion']],
    ['sion', ['sion']],
    ['té', ['ty']],
    ['isme', ['ism']],
    ['iste', ['ist']],
    ['ique', ['ic', 'ical']],
    ['eux', ['ous']],
    ['euse', ['ous']],
    ['ence', ['ence', 'ency']],
    ['ance', ['ance', 'ancy']],
    ['ent', ['ent']],
    ['ant', ['ant']],
    ['if', ['ive']],
    ['ive', ['ive']],
    ['ure', ['ure']],
    ['oire', ['ory']],
    ['aire', ['ary']],
    ['ie', ['y']],
    ['iser', ['ize', 'ise']],
    ['er', ['', 'e', 'ate']],
    ['ir', ['', 'e']],
    ['re', ['re', 'er']],
    ['able', ['able']],
    ['ible', ['ible']],
    ['el', ['al']],
    ['al', ['al']],
    ['e', ['', 'e']],
    ['', ['']],
  ],
};
const MIN_LENGTH = 5;

const deaccent = (w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** English spellings a Spanish, Italian or French lemma may correspond to, most specific ending first. */
export function cognateCandidates(lang, lemma) {
  const out = [];
  const bases = [lemma];
  if (lang === 'es' && /^es[^aeiou]/.test(lemma)) bases.push(lemma.slice(1)); // estructura → structura
  if (lang === 'it' && lemma.includes('tt')) bases.push(lemma.replace(/tt/g, 'ct')); // struttura → structura
  if (lang === 'fr' && /^é/.test(lemma)) bases.push(`s${lemma.slice(1)}`); // état → state, étude → study
  if (lang === 'fr' && /[êô]/.test(lemma)) bases.push(lemma.replace(/ê/, 'es').replace(/ô/, 'os')); // forêt → forest, côte → coste
  for (const base of bases) {
    for (const [ending, englishEndings] of ENDINGS[lang]) {
      if (!base.endsWith(ending)) continue;
      const stem = deaccent(base.slice(0, base.length - ending.length));
      for (const e of englishEndings) {
        const english = stem + e;
        if (english.length >= MIN_LENGTH && !out.includes(english)) out.push(english);
      }
      break; // only the longest ending applies
    }
  }
  return out;
}

/** The lower-case lemmas of a hunspell dictionary package's `index.dic` (flags cut). */
export function hunspellLemmas(pkg, minLength = MIN_LENGTH) {
  const dir = dirname(fileURLToPath(import.meta.resolve(pkg)));
  const out = new Set();
  for (const line of readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
    const word = line.split('/')[0].trim();
    if (/^\p{Ll}+$/u.test(word) && word.length >= minLength) out.add(word);
  }
  return out;
}

/**
 * lemma → English cognate, for the lemmas `known(lemma)` says the table cannot translate. The first
 * candidate WordNet has wins; `english` is the set of WordNet's single-word lemmas.
 */
export function cognates(lang, lemmas, english, known) {
  const out = new Map();
  for (const lemma of [...lemmas].sort()) {
    if (known(lemma)) continue;
    const hit = cognateCandidates(lang, lemma).find((c) => english.has(c));
    if (hit) out.set(lemma, hit);
  }
  return out;
}
