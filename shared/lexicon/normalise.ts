/**
 * A light normaliser for German, Spanish, Italian and French words: the dictionary forms a word in running text
 * may come from ("trabajadores" → "trabajador", "crollato" → "crollare", "gestürzt" → "stürzen",
 * "effondrée" → "effondrer").
 * It guesses, and the guesses are checked against the dictionary, so a wrong guess costs nothing but a
 * lookup. Snowball stemmers were tried first: they fold forms to stems that need not be dictionary
 * words (Spanish "héroes" → "her" but "héroe" → "hero"), so they cannot key a dictionary of lemmas.
 */

export type Language = 'de' | 'es' | 'it' | 'fr';

/** Rules: `[ending, replacements]`; a word with that ending also tries the stem plus each replacement. */
type Rules = readonly (readonly [string, readonly string[]])[];

const GERMAN: Rules = [
  // nouns and adjectives: plural and case endings ("Personen", "langes", "Fahrzeuge", "Schiffes")
  ['ern', ['', 'er']],
  ['en', ['', 'e']],
  ['er', ['']],
  ['es', ['', 'e']],
  ['em', ['']],
  ['e', ['']],
  ['n', ['']],
  ['s', ['']],
  // verbs: past and present forms to the infinitive ("sagte" → "sagen", "erklärte", "sucht")
  ['test', ['en', 'n']],
  ['tet', ['en', 'n']],
  ['ten', ['en', 'n']],
  ['te', ['en', 'n']],
  ['st', ['en']],
  ['et', ['en']],
  ['t', ['en', 'n']],
  ['end', ['en']],
];

const SPANISH: Rules = [
  ['ciones', ['ción']],
  ['siones', ['sión']],
  ['ones', ['ón']],
  ['ines', ['ín']],
  ['ces', ['z']],
  ['es', ['']],
  ['s', ['']],
  ['as', ['o', 'a']],
  ['a', ['o']],
  ['mente', ['', 'o']],
  // verbs ("chocó" → "chocar", "declararon", "desaparecidos" → "desaparecer", "ocurrió" → "ocurrir")
  ['aron', ['ar']],
  ['aban', ['ar']],
  ['aba', ['ar']],
  ['ados', ['ar']],
  ['adas', ['ar']],
  ['ado', ['ar']],
  ['ada', ['ar']],
  ['ando', ['ar']],
  ['ará', ['ar']],
  ['arán', ['ar']],
  ['aría', ['ar']],
  ['ó', ['ar']],
  ['an', ['ar']],
  ['ieron', ['er', 'ir']],
  ['idos', ['er', 'ir']],
  ['idas', ['er', 'ir']],
  ['ido', ['er', 'ir']],
  ['ida', ['er', 'ir']],
  ['iendo', ['er', 'ir']],
  ['ían', ['er', 'ir']],
  ['ía', ['er', 'ir']],
  ['ió', ['er', 'ir']],
  // the future ("reconstruiremos" → "reconstruir", "habrá"): the infinitive is its stem
  ['aremos', ['ar']],
  ['eremos', ['er']],
  ['iremos', ['ir']],
  ['erá', ['er']],
  ['irá', ['ir']],
  ['erán', ['er']],
  ['irán', ['ir']],
  ['en', ['er', 'ir']],
  ['e', ['er', 'ir', 'ar']],
  ['a', ['ar']],
];

const ITALIAN: Rules = [
  ['chi', ['co']],
  ['ghi', ['go']],
  ['che', ['ca']],
  ['ghe', ['ga']],
  ['ii', ['io']],
  ['i', ['o', 'e']],
  ['e', ['a', 'e']],
  ['mente', ['', 'e']],
  // verbs ("crollato" → "crollare", "sosteneva" → "sostenere", "colpito" → "colpire")
  ['arono', ['are']],
  ['avano', ['are']],
  ['ava', ['are']],
  ['ato', ['are']],
  ['ata', ['are']],
  ['ati', ['are']],
  ['ate', ['are']],
  ['ando', ['are']],
  ['ano', ['are']],
  ['ò', ['are']],
  ['a', ['are']],
  ['erono', ['ere']],
  ['evano', ['ere']],
  ['eva', ['ere']],
  ['uto', ['ere']],
  ['uta', ['ere']],
  ['uti', ['ere']],
  ['endo', ['ere', 'ire']],
  ['ono', ['ere', 'ire']],
  ['irono', ['ire']],
  ['ivano', ['ire']],
  ['iva', ['ire']],
  ['ito', ['ire']],
  ['ita', ['ire']],
  ['iti', ['ire']],
  ['ite', ['ire']],
  ['ì', ['ire']],
  // the future ("ricostruiremo" → "ricostruire", "parleremo" → "parlare", "sarà")
  ['eremo', ['are', 'ere']],
  ['iremo', ['ire']],
  ['erà', ['are', 'ere']],
  ['irà', ['ire']],
  ['eranno', ['are', 'ere']],
  ['iranno', ['ire']],
  ['erò', ['are', 'ere']],
  ['irò', ['ire']],
  ['e', ['ere', 'ire']],
];

const FRENCH: Rules = [
  // nouns and adjectives: plurals and feminines ("pompiers", "chevaux", "nombreuses", "actives")
  ['aux', ['al', 'ail']],
  ['eaux', ['eau']],
  ['x', ['']],
  ['s', ['']],
  ['euses', ['eur', 'eux']],
  ['euse', ['eur', 'eux']],
  ['trices', ['teur']],
  ['trice', ['teur']],
  ['ives', ['if']],
  ['ive', ['if']],
  ['elles', ['el']],
  ['elle', ['el']],
  ['ennes', ['en']],
  ['enne', ['en']],
  ['es', ['', 'e']],
  ['e', ['']],
  ['ement', ['', 'e']],
  // verbs: participles, past and present forms to the infinitive ("effondrée" → "effondrer",
  // "déclaré", "brûlait", "détruits" → "détruire", "reconstruirons" → "reconstruire")
  ['ées', ['er']],
  ['ée', ['er']],
  ['és', ['er']],
  ['é', ['er']],
  ['aient', ['er', 'ir', 're']],
  ['ait', ['er', 'ir', 're']],
  ['ais', ['er', 'ir', 're']],
  ['ant', ['er', 'ir', 're']],
  ['ent', ['er', 're']],
  ['èrent', ['er']],
  ['a', ['er']],
  ['ont', ['er', 'ir', 're']],
  ['ons', ['er', 'ir', 're']],
  ['ez', ['er', 'ir', 're']],
  ['era', ['er']],
  ['eront', ['er']],
  ['erons', ['er']],
  ['rait', ['r', 're']],
  ['ra', ['r', 're']],
  ['ront', ['r', 're']],
  ['rons', ['r', 're']],
  ['ies', ['ir']],
  ['ie', ['ir']],
  ['is', ['ir', 're', 'ire']],
  ['it', ['ir', 're', 'ire']],
  ['i', ['ir']],
  ['its', ['ire']],
  ['ites', ['ire']],
  ['ite', ['ire']],
  ['us', ['re', 'oir']],
  ['ues', ['re', 'oir']],
  ['ue', ['re', 'oir']],
  ['u', ['re', 'oir']],
  ['e', ['er', 're']],
];

const RULES: Record<Language, Rules> = { de: GERMAN, es: SPANISH, it: ITALIAN, fr: FRENCH };

/** French and Italian elided articles and pronouns before a word: "l'incendie", "d’euros", "qu'il", "dell’enorme". */
const ELISION: Partial<Record<Language, RegExp>> = {
  it: /^[a-z]+['’]/,
  fr: /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/,
};
const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };
const MIN_STEM = 2;

/** Removes the last umlaut ("füß" → "fuß"): German plurals umlaut the stem ("Füße", "Häfen"). */
function deUmlaut(word: string): string | null {
  const at = Math.max(word.lastIndexOf('ä'), word.lastIndexOf('ö'), word.lastIndexOf('ü'));
  return at < 0 ? null : word.slice(0, at) + UMLAUT[word[at]!]! + word.slice(at + 1);
}

/**
 * The forms to look a word up under, most likely first: the word lower-cased, then dictionary forms
 * guessed from its ending. Italian and French elisions ("l'incidente", "dell’enorme", "d'euros") are cut first.
 */
export function lemmaCandidates(lang: Language, word: string): string[] {
  let w = word.toLowerCase().normalize('NFC');
  const elision = ELISION[lang];
  if (elision) w = w.replace(elision, '');
  const out = [w];
  const push = (c: string | null) => {
    if (c && c.length >= 3 && !out.includes(c)) out.push(c);
  };
  for (const [ending, replacements] of RULES[lang]) {
    if (!w.endsWith(ending) || w.length - ending.length < MIN_STEM) continue;
    const stem = w.slice(0, w.length - ending.length);
    for (const r of replacements) push(stem + r);
  }
  if (lang === 'de') {
    // participles: ge- … -t / -en ("gestürzt" → "stürzen", "gekracht" → "krachen")
    const participle = /^ge(.{3,}?)(t|en)$/.exec(w);
    if (participle) push(`${participle[1]}en`);
    for (const c of [...out]) push(deUmlaut(c));
  }
  return out;
}

/** Words shorter than this have too few consonants to tell cognates from chance. */
const SKELETON_MIN_LENGTH = 6;
const SKELETON_CONSONANTS = 5;

/**
 * A word's consonant skeleton, the key cognates across German, Spanish, Italian, French and English
 * share: accents folded, "ph" read as f, "qu", k and z as c, h and vowels dropped, a doubled letter
 * once, the first five consonants ("cattedrale", "cathédrale", "Kathedrale", "cathedral" → ctdrl;
 * "incendio", "incendie" → ncnd; "involontaria", "involontaire" → nvlnt). Null for a word under six
 * letters, of fewer than four consonants, or with a letter outside a–z once accents are folded.
 */
export function consonantSkeleton(word: string): string | null {
  if (word.length < SKELETON_MIN_LENGTH) return null;
  const folded = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (!/^[a-z]+$/.test(folded)) return null;
  const consonants = folded
    .replace(/ph/g, 'f')
    .replace(/qu/g, 'c')
    .replace(/[kz]/g, 'c')
    .replace(/[haeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
  return consonants.length >= 4 ? consonants.slice(0, SKELETON_CONSONANTS) : null;
}
