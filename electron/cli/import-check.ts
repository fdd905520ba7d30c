/**
 * `import-check`: parses files and folders without storing anything and reports each article's
 * metadata or the reason a file was refused, as text for people or JSON for other tools.
 */
import { parseArticleFiles } from '../../shared/article/parse';
import type { ArticleDraft } from '../../shared/article/types';
import { readPaths } from '../main/read-files';

export interface ImportCheckArticle {
  id: string;
  file: string;
  title: string;
  date: string | null;
  dateInferred: boolean;
  outlet: string | null;
  url: string | null;
  chars: number;
  sha256: string;
}

export interface ImportCheckResult {
  articles: ImportCheckArticle[];
  errors: Array<{ file: string; error: string }>;
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
      chars: a.chars,
      sha256: a.sha256,
    })),
    errors: [...read.errors, ...parsed.errors].map((e) => ({ file: e.path, error: e.error })),
  };
}

/** The human-readable report: one block per article, then the refused files. */
export function formatImportCheck(result: ImportCheckResult): string {
  const lines: string[] = [];
  for (const a of result.articles) {
    const date = a.date ? `${a.date}${a.dateInferred ? ' (inferred)' : ''}` : 'no date';
    lines.push(`✓ ${a.file}`);
    lines.push(`    ${a.title}`);
    lines.push(`    ${date} · ${a.outlet ?? 'outlet unknown'} · ${a.chars.toLocaleString('en')} chars · sha256 ${a.sha256.slice(0, 16)}…`);
  }
  for (const e of result.errors) lines.push(`✗ ${e.file}: ${e.error}`);
  lines.push('');
  lines.push(`${result.articles.length} article(s) read, ${result.errors.length} file(s) refused`);
  return lines.join('\n');
}
