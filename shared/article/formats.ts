/**
 * Which formats the importer reads, by file extension: kept apart from the parser so the page (its
 * file picker) knows them without loading the parser.
 */
import type { ArticleFormat } from './types';

const EXTENSIONS: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mhtml: 'mhtml',
  mht: 'mhtml',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  pdf: 'pdf',
  docx: 'docx',
  eml: 'eml',
};

/** Extensions read as articles; manifests and other tables (.tsv, .csv) are read by the batch. */
export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);

/** The extensions an error message names (their synonyms, .htm or .mht, are read too). */
export const NAMED_EXTENSIONS = '.txt, .md, .html, .mhtml, .json, .jsonl, .pdf, .docx or .eml';

/** What a file picker offers: every article format, and the tables a manifest may be. */
export const PICKER_EXTENSIONS = [...SUPPORTED_EXTENSIONS, 'tsv', 'csv'];

/** The same, as an <input accept> value. */
export const PICKER_ACCEPT = PICKER_EXTENSIONS.map((e) => `.${e}`).join(',');

/** The format a file name implies, or null for an extension we do not read. */
export function formatOf(name: string): ArticleFormat | null {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? (EXTENSIONS[ext] ?? null) : null;
}
