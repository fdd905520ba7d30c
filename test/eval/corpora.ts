/**
 * The evaluation's inputs: every fixture corpus with a `gold.tsv`, parsed as the app parses a folder
 * (the manifest's date and outlet applied where the file states none), with each gold pair's two
 * fragments located in their articles' stored text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { parseArticleFiles } from '../../shared/article/parse';
import type { ClaimSource } from '../../shared/claims/extract';
import { CORPUS_DIR, corpusFiles } from '../support/corpus';

export interface EvalArticle extends ClaimSource {
  file: string;
  /** The 3-digit prefix of the file name, as gold.tsv names files. */
  prefix: string;
  outlet: string | null;
  language: string | null;
}

/** Where a gold fragment is: its article and span in the stored text. */
export interface Fragment {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface GoldPair {
  left: Fragment;
  right: Fragment;
  relation: 'consistent' | 'conflicting';
  why: string;
  /** Either side in an article that is not in English. */
  translated: boolean;
}

export interface EvalCorpus {
  name: string;
  articles: EvalArticle[];
  gold: GoldPair[];
}

type Row = Record<string, string>;

function readTsv(path: string): Row[] {
  const parsed = Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, delimiter: '\t', skipEmptyLines: true, quoteChar: '\u0000' });
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data;
}

/** The names of the fixture corpora that have gold pairs. */
export function goldCorpusNames(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => existsSync(join(CORPUS_DIR, name, 'gold.tsv')))
    .sort();
}

/** A corpus and its gold pairs; throws, naming the row, when a fragment is not in its file. */
export async function loadCorpus(name: string): Promise<EvalCorpus> {
  const dir = join(CORPUS_DIR, name);
  const files = corpusFiles(dir);
  const batch = await parseArticleFiles(files.map((p) => ({ name: basename(p), path: p, bytes: readFileSync(p) })));
  if (batch.articles.length !== files.length) throw new Error(`${name}: ${files.length - batch.articles.length} file(s) did not parse: ${batch.errors.map((e) => e.error).join('; ')}`);
  const manifest = new Map(existsSync(join(dir, 'manifest.tsv')) ? readTsv(join(dir, 'manifest.tsv')).map((r) => [r.file!, r]) : []);
  const articles: EvalArticle[] = batch.articles.map((a) => {
    const row = manifest.get(a.fileName);
    const date = a.date ?? (row?.date && /^\d{4}-\d{2}(-\d{2})?$/.test(row.date) ? row.date : null);
    return {
      id: a.fileName.replace(/\.\w+$/, ''),
      file: a.fileName,
      prefix: a.fileName.slice(0, 3),
      text: a.text,
      date,
      outlet: a.outlet ?? (row?.outlet || null),
      language: a.language ?? (row?.language || null),
    };
  });
  const byPrefix = new Map(articles.map((a) => [a.prefix, a]));
  const locate = (prefix: string, fragment: string, row: number): Fragment => {
    const article = byPrefix.get(prefix);
    if (!article) throw new Error(`${name}/gold.tsv row ${row}: no article with prefix ${prefix}`);
    const start = article.text.indexOf(fragment.normalize('NFC'));
    if (start < 0) throw new Error(`${name}/gold.tsv row ${row}: “${fragment}” is not in ${article.file}`);
    return { article: article.id, start, end: start + fragment.length, text: fragment };
  };
  const gold = readTsv(join(dir, 'gold.tsv')).map((r, i): GoldPair => {
    const relation = r.relation;
    if (relation !== 'consistent' && relation !== 'conflicting') throw new Error(`${name}/gold.tsv row ${i + 2}: relation “${relation}”`);
    const left = locate(r.left_file!, r.left_fragment!, i + 2);
    const right = locate(r.right_file!, r.right_fragment!, i + 2);
    return { left, right, relation, why: r.why ?? '', translated: /^translation/.test(r.why ?? '') || [left, right].some((f) => !isEnglish(byPrefix.get(f.article.slice(0, 3))!)) };
  });
  return { name, articles, gold };
}

/** A rough test for the eval's "translated" column only: common English function words are rare. */
function isEnglish(a: EvalArticle): boolean {
  if (a.language) return a.language.startsWith('en');
  const words = a.text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH.has(w)).length;
  return english / Math.max(1, words.length) > 0.12;
}
const ENGLISH = new Set('the of and to in a is that was for on with as by at from it he said'.split(' '));
