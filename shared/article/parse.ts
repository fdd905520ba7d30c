/**
 * One file's bytes to article drafts: checks (size, emptiness, binary, encoding), format by extension
 * (with HTML sniffed in .txt files), parsing, metadata and provenance. Pure and deterministic for the
 * same bytes, name and options, apart from nothing: the import time is added when storing.
 */
import type { RawFile } from '../api/contract';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../api/limits';
import { decodeBytes } from './decode';
import { sha256Hex } from './hash';
import { parseHtmlArticle } from './html-format';
import { parseJsonRecords, type JsonArticle } from './json-format';
import { cleanField, dateFromFileName, httpUrl, isoDate, outletFromUrl, titleFromText } from './metadata';
import { hasArticleText, normaliseText } from './normalise';
import { countWords } from './words';
import { parseTextArticle } from './text-format';
import { IMPORTER_VERSION, type ArticleDraft, type ArticleFormat, type ParsedBatch } from './types';

export interface ParseOptions {
  maxBytes?: number;
}

const EXTENSIONS: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);

/** The format a file name implies, or null for an extension we do not read. */
export function formatOf(name: string): ArticleFormat | null {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? (EXTENSIONS[ext] ?? null) : null;
}

const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** Parses one file. Never throws: every failure is an error entry naming the file. */
export async function parseArticleFile(file: RawFile, options: ParseOptions = {}): Promise<ParsedBatch> {
  const fail = (error: string): ParsedBatch => ({ articles: [], errors: [{ path: file.path, error }] });
  try {
    let format = formatOf(file.name);
    if (!format) {
      const ext = /\.([^./\\]+)$/.exec(file.name)?.[1];
      return fail(ext ? `unsupported file type ".${ext}" (expected ${SUPPORTED_EXTENSIONS.map((e) => '.' + e).join(', ')})` : 'no file extension: cannot tell the format');
    }
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (file.bytes.length > maxBytes) return fail(tooLargeMessage(file.bytes.length, maxBytes));
    const decoded = decodeBytes(file.bytes);
    if (!decoded.ok) return fail(decoded.error);
    if (!decoded.text.trim()) return fail('empty file (only whitespace)');
    if ((format === 'txt' || format === 'md') && LOOKS_LIKE_HTML.test(decoded.text)) format = 'html';
    const sha256 = await sha256Hex(file.bytes);
    const base = { fileName: file.name, sourcePath: file.path, sha256, format, encoding: decoded.encoding, importerVersion: IMPORTER_VERSION };

    if (format === 'json' || format === 'jsonl') return fromJson(decoded.text, format, base);
    if (format === 'html') {
      const html = parseHtmlArticle(decoded.text);
      const text = normaliseText(html.text);
      // Readability returns navigation crumbs for pages with no article; ask for a sentence's worth.
      if (!hasArticleText(text) || countWords(text, MIN_HTML_WORDS) < MIN_HTML_WORDS) return fail('no article text found in the page');
      return ok({
        ...base,
        title: html.title ?? titleFromText(text),
        titleInferred: !html.title,
        text,
        date: html.date ?? dateFromFileName(file.name),
        dateInferred: !html.date && dateFromFileName(file.name) !== null,
        url: html.url,
        outlet: html.outlet ?? outletFromUrl(html.url),
        byline: html.byline,
        language: html.language,
        chars: text.length,
      });
    }
    const fields = parseTextArticle(normaliseText(decoded.text), format === 'md');
    if (!hasArticleText(fields.text)) return fail('no article text (only a header or punctuation)');
    const words = countWords(fields.text);
    if (words < MIN_TEXT_WORDS) return fail(`too short to be an article (${words} word${words === 1 ? '' : 's'})`);
    const inferred = fields.date ? null : dateFromFileName(file.name);
    return ok({
      ...base,
      title: fields.title,
      titleInferred: fields.titleInferred,
      text: fields.text,
      date: fields.date ?? inferred,
      dateInferred: !fields.date && inferred !== null,
      url: null,
      outlet: null,
      byline: fields.byline,
      language: null,
      chars: fields.text.length,
    });
  } catch (err) {
    return fail(`could not be parsed (${err instanceof Error ? err.message : String(err)})`);
  }
}

/** Fewer words than this in a page's extracted text means no article was found. */
const MIN_HTML_WORDS = 12;
/** A text file needs a short sentence at least (a headline or a post has more). */
const MIN_TEXT_WORDS = 3;

function ok(article: ArticleDraft): ParsedBatch {
  return { articles: [article], errors: [] };
}

type Base = Pick<ArticleDraft, 'fileName' | 'sourcePath' | 'sha256' | 'format' | 'encoding' | 'importerVersion'>;

/** Each valid record becomes an article named "file.json#n", hashed with its own text so identical records dedupe. */
async function fromJson(text: string, format: 'json' | 'jsonl', base: Base): Promise<ParsedBatch> {
  const batch: ParsedBatch = { articles: [], errors: [] };
  let records;
  try {
    records = parseJsonRecords(text, format === 'jsonl');
  } catch (err) {
    return { articles: [], errors: [{ path: base.sourcePath, error: err instanceof Error ? err.message : String(err) }] };
  }
  const many = records.length > 1;
  for (const record of records) {
    const path = many ? `${base.sourcePath}#${record.index}` : base.sourcePath;
    if (!record.ok) {
      batch.errors.push({ path: base.sourcePath, error: record.error });
      continue;
    }
    const article = await fromJsonRecord(record.value, base, many ? record.index : null);
    if (article) batch.articles.push({ ...article, sourcePath: path });
    else batch.errors.push({ path, error: `record ${record.index}: no article text` });
  }
  return batch;
}

async function fromJsonRecord(o: JsonArticle, base: Base, index: number | null): Promise<ArticleDraft | null> {
  const raw = [o.text, o.body, o.content].find((t) => typeof t === 'string' && t.trim()) ?? '';
  const text = normaliseText(raw);
  if (!hasArticleText(text)) return null;
  const url = httpUrl(o.url);
  const date = isoDate(o.date);
  const title = cleanField(o.title);
  const author = Array.isArray(o.author) ? o.author.join(', ') : o.author;
  // Records of one file share its bytes; the record's own content makes each hash distinct.
  const sha256 = index === null ? base.sha256 : await sha256Hex(new TextEncoder().encode(`${base.sha256}#${text}`));
  return {
    ...base,
    fileName: index === null ? base.fileName : `${base.fileName}#${index}`,
    sha256,
    title: title ?? titleFromText(text),
    titleInferred: !title,
    text,
    date: date ?? dateFromFileName(base.fileName),
    dateInferred: !date && dateFromFileName(base.fileName) !== null,
    url,
    outlet: cleanField(o.outlet) ?? cleanField(o.source) ?? outletFromUrl(url),
    byline: cleanField(author),
    language: cleanField(o.language, 20),
    chars: text.length,
  };
}

/** Parses many files in order, collecting every article and every error. */
export async function parseArticleFiles(files: readonly RawFile[], options: ParseOptions = {}): Promise<ParsedBatch> {
  const batch: ParsedBatch = { articles: [], errors: [] };
  for (const file of files) {
    const result = await parseArticleFile(file, options);
    batch.articles.push(...result.articles);
    batch.errors.push(...result.errors);
  }
  return batch;
}
