/**
 * `import-check`: parses files and folders without storing anything and reports each article's
 * metadata or the reason a file was refused, as text for people or JSON for other tools.
 */
import { parseArticleFiles } from '../../shared/article/parse';
import type { ArticleDraft, MetadataSources } from '../../shared/article/types';
import { readPaths } from '../main/read-files';

export interface ImportCheckArticle {
  id: string;
  file: string;
  title: string;
  date: string | null;
  dateInferred: boolean;
  outlet: string | null;
  url: string | null;
  language: string | null;
  place: string | null;
  /** Where values came from when not stated in the file ("manifest", "detected", "url", …). */
  sources: MetadataSources;
  format: string;
  chars: number;
  sha256: string;
}

export interface ImportCheckResult {
  articles: ImportCheckArticle[];
  errors: Array<{ file: string; error: string }>;
  /** Files read as something other than an article: manifests, other tables. */
  notes: Array<{ file: string; note: string }>;
}

/** A short, stable id for an article outside the app's database: the start of its hash. */
export function cliArticleId(article: Pick<ArticleDraft, 'sha256'>): string {
  return article.sha256.slice(0, 12);
}

/** Reads and parses `paths` (files or folders, recursively). */
export async function importCheck(paths: string[], maxBytes?: number): Promise<ImportCheckResult> {
  const read = await readPaths(paths, { maxBytes });
  const parsed = await parseArticleFiles(read.files, { maxBytes });
  return {
    articles: parsed.articles.map((a) => ({
      id: cliArticleId(a),
      file: a.sourcePath,
      title: a.title,
      date: a.date,
      dateInferred: a.dateInferred,
      outlet: a.outlet,
      url: a.url,
      language: a.language,
      place: a.place ?? null,
      sources: a.sources ?? {},
      format: a.format,
      chars: a.chars,
      sha256: a.sha256,
    })),
    errors: [...read.errors, ...parsed.errors].map((e) => ({ file: e.path, error: e.error })),
    notes: (parsed.notes ?? []).map((n) => ({ file: n.path, note: n.note })),
  };
}

/** The human-readable report: one block per article, then the refused files. */
export function formatImportCheck(result: ImportCheckResult): string {
  const lines: string[] = [];
  for (const a of result.articles) {
    const from = (field: keyof MetadataSources) => (a.sources[field] ? ` (${a.sources[field] === 'you' ? 'given' : a.sources[field]})` : '');
    const date = a.date ? `${a.date}${a.dateInferred ? ' (inferred)' : from('date')}` : 'no date';
    const outlet = a.outlet ? `${a.outlet}${from('outlet')}` : 'outlet unknown';
    const extra = [a.place, a.language ? `${a.language}${from('language')}` : null].filter(Boolean).map((x) => ` · ${x}`).join('');
    lines.push(`✓ ${a.file}`);
    lines.push(`    ${a.title}`);
    lines.push(`    ${date} · ${outlet}${extra} · ${a.format} · ${a.chars.toLocaleString('en')} chars · sha256 ${a.sha256.slice(0, 16)}…`);
  }
  for (const n of result.notes) lines.push(`– ${n.file}: ${n.note}`);
  for (const e of result.errors) lines.push(`✗ ${e.file}: ${e.error}`);
  lines.push('');
  const notes = result.notes.length ? `, ${result.notes.length} other file(s) not articles` : '';
  lines.push(`${result.articles.length} article(s) read, ${result.errors.length} file(s) refused${notes}`);
  return lines.join('\n');
}
