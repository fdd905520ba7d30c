/**
 * A folder's manifest: `manifest.tsv`, `manifest.csv` or `metadata.csv`, a table with a column naming
 * each file (`file`, `filename` or `path`, relative to the manifest's folder) and any of `url`,
 * `outlet`/`source`, `date`, `title`, `author`, `language`. Its values are applied to the matching
 * articles and recorded as "from the manifest" (issue 20). Other tables in a folder (the corpora's
 * `gold.tsv`) are not articles: they are named in the summary as such, never as failures.
 */
import Papa from 'papaparse';
import { cleanField, httpUrl, isoDate, outletFromUrl } from './metadata';
import type { ArticleDraft, MetadataSource, MetadataSources } from './types';

/** Values a person or a manifest gives for one article; absent fields leave the article's own. */
export interface GivenMetadata {
  title?: string | null;
  outlet?: string | null;
  date?: string | null;
  url?: string | null;
  author?: string | null;
  language?: string | null;
}

export interface Manifest {
  path: string;
  /** Normalised file path → its row's values. */
  rows: Map<string, GivenMetadata>;
}

const MANIFEST_NAMES = /^(?:manifest\.(?:tsv|csv)|metadata\.csv)$/i;
const TABLE = /\.(?:tsv|csv)$/i;

/** True for the file names a manifest may have. */
export function isManifestName(name: string): boolean {
  return MANIFEST_NAMES.test(name);
}

/** True for tables (.tsv, .csv): manifests, or data that is not an article. */
export function isTableName(name: string): boolean {
  return TABLE.test(name);
}

const COLUMNS: Record<string, keyof GivenMetadata | 'file'> = {
  file: 'file', filename: 'file', path: 'file',
  url: 'url', outlet: 'outlet', source: 'outlet', date: 'date', title: 'title', author: 'author', language: 'language',
};

/** "a/./b/../c.txt" and "a\\c.txt" → "a/c.txt". */
export function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '..' && parts.length && parts.at(-1) !== '..' && parts.at(-1) !== '') parts.pop();
    else if (part !== '.' && (part !== '' || parts.length === 0)) parts.push(part);
  }
  return parts.join('/');
}

function folderOf(path: string): string {
  const p = path.replace(/\\/g, '/');
  return p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
}

/** Reads a manifest's text; throws with a reason a person can act on when it cannot be used. */
export function parseManifest(path: string, text: string): Manifest {
  const delimiter = /\.tsv$/i.test(path) ? '\t' : '';
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  if (!header) throw new Error('manifest not applied: the table is empty');
  // Own keys only: a column named "__proto__" or "constructor" is no field of ours.
  const columns = header.map((h) => {
    const key = h.trim().toLowerCase();
    return Object.hasOwn(COLUMNS, key) ? COLUMNS[key]! : null;
  });
  const fileColumn = columns.indexOf('file');
  if (fileColumn < 0) {
    throw new Error(`manifest not applied: no column naming the files (expected "file", "filename" or "path"; found ${header.map((h) => `"${h.trim()}"`).join(', ')})`);
  }
  const folder = folderOf(path);
  const rows = new Map<string, GivenMetadata>();
  for (const row of body) {
    const file = row[fileColumn]?.trim();
    if (!file) continue;
    const given: GivenMetadata = {};
    columns.forEach((field, i) => {
      const value = cleanField(row[i]);
      if (field && field !== 'file' && value) given[field] = value;
    });
    rows.set(normalisePath(folder ? `${folder}/${file}` : file), given);
  }
  return { path, rows };
}

/** Plain words for a table that is not a manifest. */
export function tableNote(text: string, path: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns = firstLine.split(/\.tsv$/i.test(path) ? '\t' : ',').map((c) => c.trim()).filter(Boolean).slice(0, 4);
  return `a table${columns.length ? ` (columns ${columns.join(', ')}${firstLine.split(/[\t,]/).length > 4 ? ', …' : ''})` : ''}, not an article: left out`;
}

/** Problems with values a person typed (the paste dialog), or [] when all are usable. */
export function checkGiven(given: GivenMetadata): string[] {
  const problems: string[] = [];
  if (given.date?.trim() && !isoDate(given.date) ) problems.push('date: write it as YYYY-MM-DD (or YYYY-MM)');
  if (given.url?.trim() && !httpUrl(given.url)) problems.push('URL: only http:// and https:// addresses');
  return problems;
}

/**
 * The draft with `given` values applied, each recorded as coming from `source`. A date less precise
 * than, and agreeing with, the one the file states ("2024-03" against "2024-03-26") keeps the file's.
 */
export function applyGiven(draft: ArticleDraft, given: GivenMetadata, source: MetadataSource): ArticleDraft {
  const out: ArticleDraft = { ...draft, sources: { ...draft.sources } };
  const sources = out.sources as MetadataSources;
  const title = cleanField(given.title);
  if (title) {
    out.title = title;
    out.titleInferred = false;
    sources.title = source;
  }
  const date = isoDate(given.date);
  // The file's own date stands when the given one agrees with it (the same, or a less precise prefix).
  const agrees = date && draft.date && !draft.dateInferred && draft.date.startsWith(date);
  if (date && !agrees) {
    out.date = date;
    out.dateInferred = false;
    sources.date = source;
  }
  const url = httpUrl(given.url);
  if (url) {
    out.url = url;
    sources.url = source;
  }
  const outlet = cleanField(given.outlet);
  if (outlet) {
    out.outlet = outlet;
    sources.outlet = source;
  } else if (url && (!draft.outlet || draft.sources?.outlet === 'url')) {
    out.outlet = outletFromUrl(url);
    sources.outlet = 'url';
  }
  const author = cleanField(given.author);
  if (author) {
    out.byline = author;
    sources.byline = source;
  }
  const language = cleanField(given.language, 20);
  if (language) {
    out.language = language;
    sources.language = source;
  }
  if (Object.keys(sources).length === 0) delete out.sources;
  return out;
}
