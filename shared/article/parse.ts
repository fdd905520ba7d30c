/**
 * One file's bytes to article drafts: checks (size, emptiness, binary, encoding), format by extension
 * (with HTML sniffed in .txt files), parsing, metadata and provenance; and a batch of files, where a
 * folder's manifest is applied to the articles it names. Pure and deterministic for the same bytes,
 * name and options: the import time is added when storing.
 */
import type { RawFile } from '../api/contract';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../api/limits';
import { decodeBytes, sniffBinary } from './decode';
import { FormatError, type DocumentFields } from './document';
import { sha256Hex } from './hash';
import { parseHtmlArticle } from './html-format';
import { parseJsonRecords, type JsonArticle } from './json-format';
import { detectLanguage } from './language';
import { isSiteChrome, readLead } from './lead';
import { applyGiven, isManifestName, isTableName, normalisePath, parseManifest, tableNote, type Manifest } from './manifest';
import { cleanField, dateFromFileName, httpUrl, isoDate, outletFromUrl } from './metadata';
import { hasArticleText, normaliseText } from './normalise';
import { countWords } from './words';
import { splitDateHeader } from './text-format';
import { NAMED_EXTENSIONS, formatOf } from './formats';
import { IMPORTER_VERSION, type ArticleDraft, type ArticleFormat, type MetadataSources, type ParseNote, type ParsedBatch } from './types';

export { PICKER_ACCEPT, SUPPORTED_EXTENSIONS, formatOf } from './formats';

export interface ParseOptions {
  maxBytes?: number;
}

const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** Fewer words than this in a page's extracted text means no article was found. */
const MIN_HTML_WORDS = 12;
/** A text file needs a short sentence at least (a headline or a post has more). */
const MIN_TEXT_WORDS = 3;

type Base = Pick<ArticleDraft, 'fileName' | 'sourcePath' | 'sha256' | 'format' | 'encoding' | 'importerVersion'>;

/** What a format found in a file, before the common steps (normalising, lead, language, outlet). */
interface Found extends DocumentFields {
  /** Markdown: heading marks are stripped from the headline. */
  markdown?: boolean;
  /** Fewer words than this is no article. */
  minWords: number;
  /** The reason to give when the text is too short or empty. */
  emptyReason?: string;
  /** The text is normalised already (text files are, to find their date header). */
  normalised?: boolean;
}

/** Parses one file. Never throws: every failure is an error entry naming the file. */
export async function parseArticleFile(file: RawFile, options: ParseOptions = {}): Promise<ParsedBatch> {
  const fail = (error: string): ParsedBatch => ({ articles: [], errors: [{ path: file.path, error }] });
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (isTableName(file.name)) {
      const note = isManifestName(file.name) ? 'a manifest: its values apply to the files imported with it' : tableNote(new TextDecoder().decode(file.bytes.subarray(0, 4096)), file.path);
      return { articles: [], errors: [], notes: [{ path: file.path, note }] };
    }
    let format = formatOf(file.name);
    if (!format) {
      const ext = /\.([^./\\]+)$/.exec(file.name)?.[1];
      return fail(ext ? `unsupported file type ".${ext}" (expected ${NAMED_EXTENSIONS})` : 'no file extension: cannot tell the format');
    }
    if (file.bytes.length > maxBytes) return fail(tooLargeMessage(file.bytes.length, maxBytes));
    if (file.bytes.length === 0) return fail('empty file');
    const base = (encoding: string, f: ArticleFormat = format!): Promise<Base> =>
      sha256Hex(file.bytes).then((sha256) => ({ fileName: file.name, sourcePath: file.path, sha256, format: f, encoding, importerVersion: IMPORTER_VERSION }));

    let batch: ParsedBatch;
    if (format === 'pdf' || format === 'docx') {
      const fields = format === 'pdf' ? await readPdf(file.bytes, maxBytes) : await (await import('./docx-format')).parseDocx(file.bytes, maxBytes);
      batch = await articleFrom({ ...fields, minWords: MIN_TEXT_WORDS }, await base(format === 'pdf' ? 'binary' : 'utf-8'), file.name);
    } else if (format === 'mhtml' || format === 'eml') {
      const binary = sniffBinary(file.bytes);
      if (binary) return fail(binary);
      batch = await articleFrom(format === 'mhtml' ? await readMhtml(file.bytes) : await readEmail(file.bytes), await base('mime'), file.name);
    } else {
      const decoded = decodeBytes(file.bytes);
      if (!decoded.ok) return fail(decoded.error);
      if (!decoded.text.trim()) return fail('empty file (only whitespace)');
      if ((format === 'txt' || format === 'md') && LOOKS_LIKE_HTML.test(decoded.text)) format = 'html';
      if (format === 'json' || format === 'jsonl') batch = await fromJson(decoded.text, format, await base(decoded.encoding));
      else if (format === 'html') batch = await articleFrom(htmlFound(decoded.text, null, null), await base(decoded.encoding, 'html'), file.name);
      else {
        const { date, text } = splitDateHeader(normaliseText(decoded.text));
        batch = await articleFrom(
          { text, title: null, byline: null, date, language: null, url: null, outlet: null, markdown: format === 'md', minWords: MIN_TEXT_WORDS, emptyReason: 'no article text (only a header or punctuation)', normalised: true },
          await base(decoded.encoding),
          file.name,
        );
      }
    }
    if (file.given) batch.articles = batch.articles.map((a) => applyGiven(a, file.given!, 'you'));
    return batch;
  } catch (err) {
    if (err instanceof FormatError) return fail(err.message);
    return fail(`could not be parsed (${err instanceof Error ? err.message : String(err)})`);
  }
}

async function readPdf(bytes: Uint8Array, maxChars: number): Promise<DocumentFields> {
  if (!byteText(bytes, 1024).includes('%PDF-')) {
    throw new FormatError(sniffBinary(bytes) ?? 'not a PDF: the file does not start with "%PDF-"');
  }
  return (await import('./pdf-format')).parsePdf(bytes, maxChars);
}

async function readMhtml(bytes: Uint8Array): Promise<Found> {
  const page = await (await import('./mime-format')).parseMhtml(bytes);
  return htmlFound(page.html, page.url, page.subject);
}

async function readEmail(bytes: Uint8Array): Promise<Found> {
  const mail = await (await import('./mime-format')).parseEmail(bytes);
  const fields = { title: mail.subject, byline: mail.fromName, date: isoDate(mail.date), language: null, url: null, outlet: mail.senderDomain };
  const sources: MetadataSources = mail.senderDomain ? { outlet: 'sender' } : {};
  // The HTML body through the page extractor; a message too short for it, or plain, as its text.
  if (mail.html) {
    const page = parseHtmlArticle(mail.html);
    if (countWords(page.text, MIN_HTML_WORDS) >= MIN_HTML_WORDS) return { ...fields, text: page.text, sources, minWords: MIN_TEXT_WORDS, language: page.language };
  }
  return { ...fields, text: mail.text ?? '', sources, minWords: MIN_TEXT_WORDS, emptyReason: 'e-mail without a text body' };
}

/** A page's text and metadata; `url` and `subject` are what an MHTML container adds. */
function htmlFound(html: string, url: string | null, subject: string | null): Found {
  const page = parseHtmlArticle(html);
  return {
    text: page.text,
    title: page.title ?? subject,
    byline: page.byline,
    date: page.date,
    language: page.language,
    url: url ?? page.url,
    outlet: page.outlet,
    // Readability returns navigation crumbs for pages with no article; ask for a sentence's worth.
    minWords: MIN_HTML_WORDS,
    emptyReason: 'no article text found in the page',
  };
}

/** The first `n` bytes as one character each, for finding ASCII markers. */
function byteText(bytes: Uint8Array, n: number): string {
  return String.fromCharCode(...bytes.subarray(0, n));
}

/**
 * The steps every format shares: normalise once, refuse too little text, then the metadata: the
 * file's own values first, else the lead (headline, byline, dateline), the URL's domain as the outlet,
 * the date in the file name (inferred), the detected language.
 */
async function articleFrom(found: Found, base: Base, fileName: string): Promise<ParsedBatch> {
  const text = found.normalised ? found.text : normaliseText(found.text);
  const words = hasArticleText(text) ? countWords(text, Math.max(found.minWords, MIN_TEXT_WORDS)) : 0;
  if (words < found.minWords) {
    const reason = !hasArticleText(text) || found.minWords > MIN_TEXT_WORDS ? (found.emptyReason ?? 'no article text') : `too short to be an article (${words} word${words === 1 ? '' : 's'})`;
    return { articles: [], errors: [{ path: base.sourcePath, error: reason }] };
  }
  return { articles: [await draftOf(found, text, base, fileName)], errors: [] };
}

async function draftOf(found: Omit<Found, 'text'>, text: string, base: Base, fileName: string): Promise<ArticleDraft> {
  const sources: MetadataSources = { ...found.sources };
  const lead = readLead(text, found.markdown);
  const stated = found.title && !isSiteChrome(found.title) ? found.title : null;
  let date = found.date;
  if (!date && lead.date) {
    date = lead.date;
    sources.date = 'dateline';
  }
  const inferred = date ? null : dateFromFileName(fileName);
  let outlet = found.outlet;
  if (!outlet && found.url) {
    outlet = outletFromUrl(found.url);
    if (outlet) sources.outlet = 'url';
  }
  let language = found.language;
  if (!language) {
    language = await detectLanguage(text);
    if (language) sources.language = 'detected';
  }
  if (lead.place) sources.place = 'dateline';
  const draft: ArticleDraft = {
    ...base,
    title: stated ?? lead.title,
    titleInferred: !stated && lead.titleInferred,
    text,
    date: date ?? inferred,
    dateInferred: !date && inferred !== null,
    url: found.url,
    outlet,
    byline: found.byline ?? lead.byline,
    language,
    place: lead.place,
    chars: text.length,
  };
  if (Object.keys(sources).length) draft.sources = sources;
  return draft;
}

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
  const author = Array.isArray(o.author) ? o.author.join(', ') : o.author;
  // Records of one file share its bytes; the record's own content makes each hash distinct.
  const sha256 = index === null ? base.sha256 : await sha256Hex(new TextEncoder().encode(`${base.sha256}#${text}`));
  const fileName = index === null ? base.fileName : `${base.fileName}#${index}`;
  const found = {
    title: cleanField(o.title),
    byline: cleanField(author),
    date: isoDate(o.date),
    language: cleanField(o.language, 20),
    url: httpUrl(o.url),
    outlet: cleanField(o.outlet) ?? cleanField(o.source),
    minWords: 1,
  };
  return draftOf(found, text, { ...base, fileName, sha256 }, base.fileName);
}

export interface BatchOptions extends ParseOptions {
  /** Files done out of all files, after each one. */
  onProgress?: (done: number, total: number) => void;
  /** Drop each file's bytes from `files` once parsed, so a large folder is not held twice. */
  release?: boolean;
}

/**
 * Parses many files in order, collecting every article, error and note. Manifests among them are read
 * first and applied to the articles whose files they name; other tables are noted as not articles.
 */
export async function parseArticleFiles(files: RawFile[], options: BatchOptions = {}): Promise<ParsedBatch> {
  const batch: ParsedBatch = { articles: [], errors: [] };
  const notes: ParseNote[] = [];
  const manifests: Manifest[] = [];
  for (const file of files) {
    if (!isManifestName(file.name)) continue;
    const decoded = file.bytes.length > (options.maxBytes ?? DEFAULT_MAX_BYTES) ? null : decodeBytes(file.bytes);
    if (!decoded?.ok) {
      batch.errors.push({ path: file.path, error: `manifest not applied: ${decoded ? decoded.error : 'too large'}` });
      continue;
    }
    try {
      manifests.push(parseManifest(file.path, decoded.text));
    } catch (err) {
      batch.errors.push({ path: file.path, error: err instanceof Error ? err.message : String(err) });
    }
  }
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (!isManifestName(file.name)) {
      const result = await parseArticleFile(file, options);
      batch.articles.push(...result.articles);
      batch.errors.push(...result.errors);
      notes.push(...(result.notes ?? []));
    }
    if (options.release) files[i] = { ...file, bytes: new Uint8Array(0) };
    options.onProgress?.(i + 1, files.length);
  }
  for (const manifest of manifests) {
    let applied = 0;
    batch.articles = batch.articles.map((article) => {
      const given = manifest.rows.get(normalisePath(article.sourcePath.replace(/#\d+$/, '')));
      if (!given) return article;
      applied++;
      return { ...applyGiven(article, given, 'manifest'), manifest: manifest.path };
    });
    const rows = manifest.rows.size;
    notes.push({ path: manifest.path, note: `a manifest: its values were applied to ${applied} of the ${rows} file${rows === 1 ? '' : 's'} it names` });
  }
  if (notes.length) batch.notes = notes;
  return batch;
}
