/**
 * Coverage of the bilingual tables on the corpora: the share of content words in the German, Spanish,
 * Italian and French articles that translateToEnglish translates, and how (the word's own entry, a guessed
 * dictionary form, or a German compound's parts).
 *
 *   npx tsx scripts/lexicon/coverage.ts [--misses]
 *
 * A content word is a token of three letters or more that is not a stopword and not a name. A name is
 * a word written capitalised in the corpus's English articles ("Baltimore", "Maersk", "Bridge") or,
 * in Spanish and Italian, capitalised inside a sentence. An article's language is the first language
 * code in its file name, `-de-`, `-es-`, `-it-`, `-fr-`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookupForms, parseEntries } from '../../shared/lexicon/bilingual';
import { isStopword, lemmaCandidates, translateToEnglish, type Language } from '../../shared/lexicon/index';
import de from '../../shared/lexicon/de-en.json';
import es from '../../shared/lexicon/es-en.json';
import fr from '../../shared/lexicon/fr-en.json';
import it from '../../shared/lexicon/it-en.json';

export const CORPORA = fileURLToPath(new URL('../../test/fixtures/corpus/', import.meta.url));
const TOKEN = /\p{L}+(?:['’]\p{L}+)?/gu;

export interface Coverage {
  lang: Language;
  articles: number;
  content: number;
  translated: number;
  byEntry: number;
  byForm: number;
  byCompound: number;
  /** German words of 10+ letters (mostly compounds): how many, how many translated. */
  long: number;
  longTranslated: number;
  misses: string[];
}

/**
 * The language marked in a file name: the first `-xx-` language code in it ("lesoir-fr-des-dizaines-
 * de-navires" is French, not German), if it is one the tables translate.
 */
function languageOf(file: string): Language | null {
  const code = /-(de|es|it|fr|nl|pt|en)-/.exec(file)?.[1];
  return code === 'de' || code === 'es' || code === 'it' || code === 'fr' ? code : null;
}

/** Content words of one article: tokens that are neither stopwords nor names. */
export function contentWords(lang: Language, text: string, englishCapitals: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.!?:;"”»])\s+|\n+/)) {
    const tokens = sentence.match(TOKEN) ?? [];
    tokens.forEach((token, i) => {
      const word = token.replace(/^\p{L}+['’]/u, lang === 'it' || lang === 'fr' ? '' : '$&');
      if (word.length < 3 || isStopword(lang, word) || englishCapitals.has(word)) return;
      if (lang !== 'de' && i > 0 && /^\p{Lu}/u.test(word)) return;
      out.push(word);
    });
  }
  return out;
}

const TABLES = {
  de: parseEntries(de.entries),
  es: parseEntries(es.entries),
  it: parseEntries(it.entries),
  fr: parseEntries(fr.entries),
};

/** Coverage of every non-English article in the corpus folders under `root` (or only `corpora`), per language. */
export function coverage(root = CORPORA, corpora = readdirSync(root)): Coverage[] {
  const result = new Map<Language, Coverage>();
  for (const corpus of corpora) {
    const dir = join(root, corpus);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const englishCapitals = new Set<string>();
    for (const f of files.filter((f) => !languageOf(f))) {
      for (const t of readFileSync(join(dir, f), 'utf8').match(TOKEN) ?? [])
        if (/^\p{Lu}/u.test(t)) englishCapitals.add(t);
    }
    for (const f of files) {
      const lang = languageOf(f);
      if (!lang) continue;
      const c = result.get(lang) ?? {
        lang,
        articles: 0,
        content: 0,
        translated: 0,
        byEntry: 0,
        byForm: 0,
        byCompound: 0,
        long: 0,
        longTranslated: 0,
        misses: [],
      };
      result.set(lang, c);
      c.articles++;
      for (const word of contentWords(lang, readFileSync(join(dir, f), 'utf8'), englishCapitals)) {
        c.content++;
        const found = translateToEnglish(lang, word).length > 0;
        if (found) {
          c.translated++;
          // the route the lookup took: the word's own entry, a guessed dictionary form, the parts
          const table = TABLES[lang];
          if (lookupForms(table, lang, word).length === 0) c.byCompound++;
          else if (table.has(lemmaCandidates(lang, word)[0]!)) c.byEntry++;
          else c.byForm++;
        } else c.misses.push(word);
        if (lang === 'de' && word.length >= 10) {
          c.long++;
          if (found) c.longTranslated++;
        }
      }
    }
  }
  return [...result.values()].sort((a, b) => (a.lang < b.lang ? -1 : 1));
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

function print(title: string, figures: Coverage[], misses: boolean) {
  console.log(`\n${title}\n`);
  console.log(
    '| language | articles | content words | translated | own entry | guessed form | compound parts | 10+ letters (de) translated |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of figures) {
    const long = c.lang === 'de' ? `${c.longTranslated} of ${c.long} (${pct(c.longTranslated, c.long)})` : '';
    console.log(
      `| ${c.lang} | ${c.articles} | ${c.content} | ${c.translated} (${pct(c.translated, c.content)}) | ${c.byEntry} | ${c.byForm} | ${c.byCompound} | ${long} |`,
    );
    if (misses) console.log(`  misses: ${c.misses.join(' ')}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const misses = process.argv.includes('--misses');
  print('All corpora', coverage(), misses);
  for (const corpus of readdirSync(CORPORA)) {
    const figures = coverage(CORPORA, [corpus]);
    if (figures.length) print(corpus, figures, misses);
  }
}
