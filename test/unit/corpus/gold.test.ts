/**
 * The corpus folders the evaluation scores against: every gold fragment must be found in its article
 * as the app stores it, every article must have its manifest row, and every relation must be one a
 * reviewer can give. A typo in a fixture would otherwise turn a gold pair silently into one that no
 * engine can ever find.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFiles } from '../../../shared/article/parse';
import type { ArticleDraft } from '../../../shared/article/types';
import { CORPUS_DIR, corpusFiles } from '../../support/corpus';

const GOLD_COLUMNS = ['left_file', 'left_fragment', 'right_file', 'right_fragment', 'relation', 'why'];
const MANIFEST_COLUMNS = ['file', 'url', 'outlet', 'date', 'chars'];
const RELATIONS = new Set(['consistent', 'conflicting']);
/** Shorter than this, a fragment no longer picks out one claim (the shortest in the dev stories is 19). */
const MIN_FRAGMENT_CHARS = 15;

interface Table {
  header: string[];
  rows: string[][];
}

/** A tab-separated table as the fixtures write it: no quoting, one row a line, a final newline. */
function readTable(path: string): Table {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const [header = '', ...rows] = lines;
  return { header: header.split('\t'), rows: rows.map((line) => line.split('\t')) };
}

/** The corpus folders that carry gold pairs. */
function goldFolders(): string[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(CORPUS_DIR, entry.name, 'gold.tsv')))
    .map((entry) => entry.name)
    .sort();
}

/** A folder's articles parsed as the app imports them; a file that does not parse fails the test. */
async function parseFolder(dir: string): Promise<ArticleDraft[]> {
  const files = corpusFiles(dir);
  const batch = await parseArticleFiles(
    files.map((path) => ({ name: basename(path), path, bytes: readFileSync(path) })),
  );
  expect(batch.errors).toEqual([]);
  expect(batch.articles).toHaveLength(files.length);
  return batch.articles;
}

/** Articles by the three-digit prefix gold.tsv names them by; a prefix used twice maps to every file. */
function byPrefix(articles: ArticleDraft[]): Map<string, ArticleDraft[]> {
  const map = new Map<string, ArticleDraft[]>();
  for (const article of articles) {
    const prefix = article.fileName.slice(0, 3);
    map.set(prefix, [...(map.get(prefix) ?? []), article]);
  }
  return map;
}

describe('corpus folders with gold pairs', () => {
  it('include the two dev stories', () => {
    expect(goldFolders()).toEqual(expect.arrayContaining(['key-bridge-2024', 'titan-2023']));
  });

  describe.each(goldFolders())('%s', (folder) => {
    const dir = join(CORPUS_DIR, folder);

    it('lists every article file in its manifest, with its length in characters and its stated date', async () => {
      // The date the file's header states: not one inferred from its name or read from a dateline.
      const stated = new Map(
        (await parseFolder(dir)).map((a) => [a.fileName, a.dateInferred || a.sources?.date === 'dateline' ? null : a.date]),
      );
      const manifest = readTable(join(dir, 'manifest.tsv'));
      expect(manifest.header).toEqual(MANIFEST_COLUMNS);
      const problems: string[] = [];
      const listed = new Set<string>();
      for (const row of manifest.rows) {
        const [file = '', url = '', , date = '', chars = ''] = row;
        if (row.length !== MANIFEST_COLUMNS.length) problems.push(`${file}: ${row.length} columns`);
        if (listed.has(file)) problems.push(`${file}: listed twice`);
        listed.add(file);
        if (!/^https?:\/\/\S+$/.test(url)) problems.push(`${file}: url ${JSON.stringify(url)}`);
        if (date !== '' && !/^\d{4}-\d{2}(-\d{2})?$/.test(date))
          problems.push(`${file}: date ${JSON.stringify(date)}`);
        const path = join(dir, file);
        if (!existsSync(path)) {
          problems.push(`${file}: no such file`);
          continue;
        }
        const text = readFileSync(path, 'utf8');
        if (Number(chars) !== text.length)
          problems.push(`${file}: chars ${chars}, the file has ${text.length}`);
        const own = stated.get(file) ?? null;
        if (own !== null && own !== date)
          problems.push(`${file}: the file says ${own}, the manifest ${date}`);
      }
      for (const path of corpusFiles(dir)) {
        if (!listed.has(basename(path))) problems.push(`${basename(path)}: no manifest row`);
      }
      expect(problems).toEqual([]);
    });

    it('finds each gold fragment, within one paragraph, in the stored text of the one article its prefix names', async () => {
      const gold = readTable(join(dir, 'gold.tsv'));
      expect(gold.header).toEqual(GOLD_COLUMNS);
      expect(gold.rows.length).toBeGreaterThan(0);
      const articles = byPrefix(await parseFolder(dir));
      const problems: string[] = [];
      gold.rows.forEach((row, index) => {
        const [leftFile = '', leftFragment = '', rightFile = '', rightFragment = ''] = row;
        for (const [prefix, fragment] of [
          [leftFile, leftFragment],
          [rightFile, rightFragment],
        ] as const) {
          const where = `row ${index + 2}, ${prefix}`;
          const matches = articles.get(prefix) ?? [];
          if (!/^\d{3}$/.test(prefix) || matches.length !== 1) {
            problems.push(`${where}: the prefix names ${matches.length} files`);
            continue;
          }
          if (fragment.length < MIN_FRAGMENT_CHARS)
            problems.push(`${where}: fragment too short: ${JSON.stringify(fragment)}`);
          if (fragment.includes('\n'))
            problems.push(`${where}: fragment spans lines: ${JSON.stringify(fragment)}`);
          const article = matches[0]!;
          if (!article.text.includes(fragment.normalize('NFC')))
            problems.push(`${where}: not in ${article.fileName}: ${JSON.stringify(fragment)}`);
        }
      });
      expect(problems).toEqual([]);
    });

    it('pairs two different articles once, with a relation a reviewer can give and a reason', () => {
      const gold = readTable(join(dir, 'gold.tsv'));
      const problems: string[] = [];
      const seen = new Set<string>();
      gold.rows.forEach((row, index) => {
        const where = `row ${index + 2}`;
        const [leftFile, leftFragment, rightFile, rightFragment, relation = '', why = ''] = row;
        if (row.length !== GOLD_COLUMNS.length) problems.push(`${where}: ${row.length} columns`);
        if (!RELATIONS.has(relation)) problems.push(`${where}: relation ${JSON.stringify(relation)}`);
        if (why.trim() === '') problems.push(`${where}: no reason given`);
        if (leftFile === rightFile) problems.push(`${where}: both sides in ${leftFile}`);
        const key = [leftFile, leftFragment, rightFile, rightFragment].join('\t');
        const reversed = [rightFile, rightFragment, leftFile, leftFragment].join('\t');
        if (seen.has(key) || seen.has(reversed)) problems.push(`${where}: the same pair again`);
        seen.add(key);
      });
      expect(problems).toEqual([]);
    });
  });
});
