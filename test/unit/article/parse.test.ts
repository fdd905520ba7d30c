import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawFile } from '../../../shared/api/contract';
import { parseArticleFile, parseArticleFiles } from '../../../shared/article/parse';
import { IMPORTER_VERSION } from '../../../shared/article/types';
import { SEEDS_DIR, TITAN_DIR, corpusFiles } from '../../support/corpus';

const raw = (path: string): RawFile => ({ name: basename(path), path, bytes: readFileSync(path) });
const named = (name: string, content: string | Uint8Array): RawFile => ({
  name,
  path: `/in/${name}`,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});

describe('parsing the seed articles', () => {
  it('gives both seeds their stated dates and provenance', async () => {
    const batch = await parseArticleFiles(corpusFiles(SEEDS_DIR).map(raw));
    expect(batch.errors).toEqual([]);
    expect(batch.articles.map((a) => [a.fileName, a.date, a.dateInferred])).toEqual([
      ['000_b0b42460a32a0478.txt', '2022-02-08', false],
      ['003_9dd4b330143851c7.txt', '2022-02-10', false],
    ]);
    const [first] = batch.articles;
    expect(first).toMatchObject({ format: 'txt', encoding: 'utf-8', outlet: null, url: null, importerVersion: IMPORTER_VERSION });
    expect(first!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first!.chars).toBe(first!.text.length);
    expect(first!.text).not.toContain(' date 2022');
  });

  it('hashes the raw bytes, so the same file always has the same SHA-256', async () => {
    const path = corpusFiles(SEEDS_DIR)[1]!;
    const [a, b] = await Promise.all([parseArticleFile(raw(path)), parseArticleFile(raw(path))]);
    expect(a.articles[0]!.sha256).toBe(b.articles[0]!.sha256);
    const { createHash } = await import('node:crypto');
    expect(a.articles[0]!.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
  });
});

describe('parsing the Titan corpus', () => {
  it('imports all 48 excerpts with distinct hashes and their date headers', async () => {
    const batch = await parseArticleFiles(corpusFiles(TITAN_DIR).map(raw));
    expect(batch.errors).toEqual([]);
    expect(batch.articles).toHaveLength(48);
    expect(new Set(batch.articles.map((a) => a.sha256)).size).toBe(48);
    const dated = batch.articles.filter((a) => a.date !== null);
    expect(dated.length).toBe(15);
    expect(dated.every((a) => a.date!.startsWith('2023-06') && !a.dateInferred)).toBe(true);
    expect(batch.articles.every((a) => a.title.length > 0 && a.chars > 300)).toBe(true);
  });
});

describe('bad input gets a clear per-file message', () => {
  it.each([
    ['empty.txt', '', 'empty file'],
    ['blank.txt', ' \n\t\r\n  ', 'empty file (only whitespace)'],
    ['dashes.md', '---\n***\n', 'no article text (only a header or punctuation)'],
    ['header-only.txt', ' date 2023-06-22 ', 'no article text (only a header or punctuation)'],
    ['photo.jpg', 'x', 'unsupported file type ".jpg" (expected .txt, .md, .html, .mhtml, .json, .jsonl, .pdf, .docx or .eml)'],
    ['README', 'text', 'no file extension: cannot tell the format'],
    ['empty-page.html', '<html><body><nav>Home</nav><script>x()</script></body></html>', 'no article text found in the page'],
    ['broken.json', '{"text": ', expect.stringMatching(/^malformed JSON/)],
  ])('%s', async (name, content, error) => {
    const batch = await parseArticleFile(named(name, content));
    expect(batch).toEqual({ articles: [], errors: [{ path: `/in/${name}`, error }] });
  });

  it('refuses a binary file with a text extension', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const batch = await parseArticleFile(named('notes.txt', png));
    expect(batch.errors[0]!.error).toBe('binary file (PNG image), not an article');
  });

  it('refuses a file over the size limit without decoding it', async () => {
    const batch = await parseArticleFile(named('huge.txt', new Uint8Array(2_000_001).fill(65)), { maxBytes: 2_000_000 });
    expect(batch.errors[0]!.error).toBe('too large: 2 MB (limit 2 MB)');
  });

  it('keeps the good records of a JSON file and names the bad one', async () => {
    const json = JSON.stringify([
      { title: 'Navy heard implosion', text: 'The US Navy detected a sound.', url: 'https://www.wsj.com/x', date: '2023-06-22' },
      { title: ['not', 'a string'], text: 'x' },
    ]);
    const batch = await parseArticleFile(named('feed.json', json));
    expect(batch.articles).toHaveLength(1);
    expect(batch.articles[0]).toMatchObject({ title: 'Navy heard implosion', outlet: 'wsj.com', date: '2023-06-22', fileName: 'feed.json#1', sourcePath: '/in/feed.json#1' });
    expect(batch.errors).toEqual([{ path: '/in/feed.json', error: 'record 2: "title" must be string' }]);
  });

  it('reads a .txt that is really a saved web page as HTML', async () => {
    const html = `<!DOCTYPE html><html><head><title>Saved page</title></head><body><article><p>${'The Coast Guard said the debris field was found near the bow. '.repeat(4)}</p></article></body></html>`;
    const batch = await parseArticleFile(named('saved.txt', html));
    expect(batch.articles[0]).toMatchObject({ format: 'html', title: 'Saved page' });
    expect(batch.articles[0]!.text).not.toContain('<');
  });

  it('imports JSON lines, one article per line, with outlet from source', async () => {
    const lines = [
      JSON.stringify({ text: 'Coast Guard: debris consistent with implosion.', source: 'AP' }),
      JSON.stringify({ body: 'Navy detected an acoustic anomaly on Sunday.', outlet: 'WSJ', author: ['A', 'B'] }),
    ].join('\n');
    const batch = await parseArticleFile(named('wire.jsonl', lines));
    expect(batch.articles.map((a) => [a.outlet, a.byline, a.format])).toEqual([
      ['AP', null, 'jsonl'],
      ['WSJ', 'A, B', 'jsonl'],
    ]);
  });
});
