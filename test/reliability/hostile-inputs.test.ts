/**
 * Hostile inputs through the real import path of each edition, into a library that already holds a
 * reviewed case: desktop (main's reader walking paths, then the parser) and browser (DOM File objects
 * read like a file input, then the parser), then the store. Every input is generated here. Each one
 * must end as articles or as a message naming the file with a reason, and the stored articles and
 * verdicts must come out unchanged.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileBatch } from '../../shared/api/contract';
import { DEFAULT_MAX_BYTES } from '../../shared/api/limits';
import { parseArticleFiles } from '../../shared/article/parse';
import type { ParsedBatch } from '../../shared/article/types';
import { readPaths, type ReaderFs } from '../../electron/main/read-files';
import { readFileList } from '../../renderer/src/bridge/read-blobs';
import { AppDB } from '../../renderer/src/db/AppDB';
import { storeArticles } from '../../renderer/src/db/store-articles';
import { SEEDS_DIR, corpusFiles } from '../support/corpus';
import { HOSTILE_DOCUMENTS, type HostileDocument } from '../support/hostile-documents';
import { fingerprint, lostOrChanged, reviewedCase } from '../support/library';
import { trial } from './ledger';

const enc = (s: string) => new TextEncoder().encode(s);
const SENTENCE = 'The Coast Guard said on Thursday that debris found near the Titanic was consistent with a catastrophic implosion of the vessel.';
const ARTICLE = `Debris found near Titanic\n\n${SENTENCE} Rear Admiral John Mauger told reporters the search would continue.`;

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const unit of text.split('').map((ch) => ch.charCodeAt(0))) out.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
  return new Uint8Array(out);
}

/** Windows-1252 bytes for text made of ASCII plus the few characters mapped below. */
function cp1252(text: string): Uint8Array {
  const map: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, 'é': 0xe9, '—': 0x97, '€': 0x80 };
  return new Uint8Array(text.split('').map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

const HOSTILE_HTML = `<!doctype html><html><head><title>Titan debris found</title>
<script>window.__xss = 'script'</script><meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head>
<body onload="window.__xss='onload'"><article><h1>Titan debris found</h1>
<p>${SENTENCE}</p><p onclick="window.__xss='onclick'">Officials said the search teams would keep working at the site through the weekend and report again on Friday.</p>
<img src="x" onerror="window.__xss='onerror'"><iframe src="javascript:window.__xss='iframe'"></iframe><svg onload="window.__xss='svg'"></svg>
<p>Read the <a href="javascript:window.__xss='link'">full statement</a> from the agency, which thanked the crews of several nations for their help.</p></article></body></html>`;

type Expect = { error: RegExp; imports?: number } | { imports: number; check?: (texts: string[], batch: ParsedBatch) => void };

interface Hostile {
  name: string;
  /** File name (may hold odd characters); the file is written under the case's own folder. */
  file: string;
  bytes?: () => Uint8Array | Promise<Uint8Array>;
  /** A smaller size limit for this input (reader and parser), so a bomb can stay small. */
  maxBytes?: number;
  /** Builds something other than one file (a folder, a link loop); returns the path to import. */
  setup?: (dir: string) => string;
  /** Only the desktop reader sees paths, folders and permissions. */
  desktopOnly?: boolean;
  expect: Expect;
}

const CASES: Hostile[] = [
  { name: 'empty file', file: 'empty.txt', bytes: () => new Uint8Array(0), expect: { error: /empty file/ } },
  { name: 'whitespace only', file: 'blank.txt', bytes: () => enc(' \n\t\r\n   \n'), expect: { error: /empty file/ } },
  { name: '1 byte', file: 'one.txt', bytes: () => enc('a'), expect: { error: /too short to be an article/ } },
  { name: 'over the size limit', file: 'huge.txt', bytes: () => new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61), expect: { error: /too large/i } },
  { name: 'PNG image named .txt', file: 'photo.txt', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), expect: { error: /binary file/ } },
  { name: 'ZIP archive named .html', file: 'archive.html', bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...enc('word/document.xml')]), expect: { error: /binary file/ } },
  { name: 'PDF named .md', file: 'report.md', bytes: () => enc(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n${SENTENCE}`), expect: { error: /binary file \(PDF/ } },
  { name: 'NUL bytes in text', file: 'nul.txt', bytes: () => enc(`${SENTENCE}\0\0\0${SENTENCE}`), expect: { error: /binary file \(contains NUL/ } },
  {
    name: 'invalid UTF-8 (decoded as a legacy encoding, recorded)',
    file: 'broken-utf8.txt',
    bytes: () => new Uint8Array([...enc(ARTICLE), 0x20, 0xc3, 0x28, 0xe9, 0x2e]),
    expect: { imports: 1, check: (_t, b) => expect(b.articles[0]!.encoding).not.toBe('utf-8') },
  },
  { name: 'UTF-16 LE with BOM', file: 'u16le-bom.txt', bytes: () => utf16(ARTICLE + ' Ünïcödé.', false, true), expect: { imports: 1, check: (t) => expect(t[0]).toContain('Ünïcödé') } },
  { name: 'UTF-16 BE with BOM', file: 'u16be-bom.txt', bytes: () => utf16(ARTICLE + ' Big-endian.', true, true), expect: { imports: 1, check: (t) => expect(t[0]).toContain('Big-endian') } },
  { name: 'UTF-16 LE without BOM', file: 'u16le.txt', bytes: () => utf16(ARTICLE + ' No mark.', false, false), expect: { imports: 1, check: (t) => expect(t[0]).toContain('No mark') } },
  {
    name: 'Windows-1252',
    file: 'cp1252.txt',
    bytes: () => cp1252(`${ARTICLE} “It’s a café,” he said — €5.`),
    expect: { imports: 1, check: (t) => expect(t[0]).toContain('“It’s a café,” he said — €5.') },
  },
  {
    name: 'mixed CR, LF and CRLF line ends',
    file: 'line-ends.txt',
    bytes: () => enc(`Title line\r\rFirst paragraph of the report here.\r\nSecond paragraph of the report.\nThird line of the report here.`),
    expect: { imports: 1, check: (t) => expect(t[0]).not.toMatch(/\r/) },
  },
  {
    name: 'NFD text',
    file: 'nfd.txt',
    bytes: () => enc(`${ARTICLE} Cafe\u0301 owner Rene\u0301 said so.`),
    expect: { imports: 1, check: (t) => expect(t[0]).toContain('Café owner René') },
  },
  { name: 'a 1 MB single line', file: 'one-line.txt', bytes: () => enc(`${SENTENCE} `.repeat(Math.ceil(1_048_576 / (SENTENCE.length + 1)))), expect: { imports: 1 } },
  {
    name: '100,000 tiny paragraphs',
    file: 'paragraphs.txt',
    bytes: () => enc(Array.from({ length: 100_000 }, (_, i) => `Line ${i} here.`).join('\n\n')),
    expect: { imports: 1, check: (t) => expect(t[0]!.split('\n\n').length).toBeGreaterThanOrEqual(99_000) },
  },
  {
    name: 'HTML with scripts, event handlers, iframes and javascript: links',
    file: 'hostile.html',
    bytes: () => enc(HOSTILE_HTML),
    expect: { imports: 1, check: (t) => {
      expect(t[0]).toContain('consistent with a catastrophic implosion');
      expect(t[0]).not.toMatch(/__xss|<script|onerror|javascript:/);
    } },
  },
  { name: 'HTML with no text', file: 'empty-page.html', bytes: () => enc('<html><head><title>x</title><script>alert(1)</script></head><body><nav><a href="/">Home</a></nav></body></html>'), expect: { error: /no article text/ } },
  { name: 'malformed JSON', file: 'cut-off.json', bytes: () => enc('{"title": "Titan", "text": "abc", '), expect: { error: /malformed JSON/ } },
  { name: 'deeply nested JSON', file: 'nested.json', bytes: () => enc('['.repeat(100_000) + ']'.repeat(100_000)), expect: { error: /nested 100000 levels deep/ } },
  { name: 'JSON with wrong field types', file: 'types.json', bytes: () => enc(JSON.stringify({ title: 5, text: ['not', 'a', 'string'], date: {} })), expect: { error: /"text" must be string/ } },
  {
    name: 'JSON trying prototype pollution',
    file: 'proto.json',
    bytes: () => enc(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "text": "${SENTENCE}"}`),
    expect: { imports: 1, check: () => expect(({} as Record<string, unknown>).polluted).toBeUndefined() },
  },
  {
    name: 'JSON Lines with one bad line among good ones',
    file: 'feed.jsonl',
    bytes: () => enc([JSON.stringify({ title: 'One', text: SENTENCE }), '{oops', JSON.stringify({ title: 'Two', text: ARTICLE })].join('\n')),
    expect: { error: /line 2/, imports: 2 },
  },
  { name: 'a .txt that is really HTML', file: 'page.txt', bytes: () => enc(HOSTILE_HTML.replace('weekend', 'whole week')), expect: { imports: 1, check: (_t, b) => expect(b.articles[0]!.format).toBe('html') } },
  { name: 'control characters and terminal escapes', file: 'escapes.txt', bytes: () => enc(`${ARTICLE}\u001b[31m red\u0007 bell\u0008.`), expect: { imports: 1, check: (t) => expect([...t[0]!].filter((ch) => ch < ' ' && ch !== '\n')).toEqual([]) } },
  { name: 'shell metacharacters in the name', file: `quote's "double" $(rm -rf ~) & ; | * ?.txt`, bytes: () => enc(`${ARTICLE} Odd name one.`), expect: { imports: 1 } },
  { name: 'non-Latin and combining characters in the name', file: '記事 ünïcödé Ελληνικά.txt', bytes: () => enc(`${ARTICLE} Odd name two.`), expect: { imports: 1 } },
  { name: 'a newline and a leading dash in the name', file: '-rf\nline.txt', bytes: () => enc(`${ARTICLE} Odd name three.`), expect: { imports: 1 } },
  { name: 'a 250-character name', file: `${'n'.repeat(246)}.txt`, bytes: () => enc(`${ARTICLE} Odd name four.`), expect: { imports: 1 } },
  { name: 'unsupported type (.exe)', file: 'setup.exe', bytes: () => enc('MZ\x90\0'), expect: { error: /unsupported file type "\.exe"/ } },
  { name: 'no file extension', file: 'README', bytes: () => enc(ARTICLE), expect: { error: /no file extension/ } },
  { name: 'an article already in the library', file: 'seed-copy.txt', bytes: () => new Uint8Array(readFileSync(corpusFiles(SEEDS_DIR)[0]!)), expect: { imports: 0 } },
  {
    name: 'a symbolic link loop in a folder',
    file: 'loop',
    desktopOnly: true,
    setup: (dir) => {
      const folder = join(dir, 'loop');
      mkdirSync(join(folder, 'inner'), { recursive: true });
      writeFileSync(join(folder, 'inner', 'good.txt'), `${ARTICLE} Inside the loop.`);
      symlinkSync(folder, join(folder, 'inner', 'back'));
      return folder;
    },
    expect: { error: /symbolic link loop/, imports: 1 },
  },
  {
    name: 'an unreadable file (EACCES)',
    file: 'locked.txt',
    desktopOnly: true,
    bytes: () => enc(`${ARTICLE} Locked away.`),
    expect: { error: /permission denied/ },
  },
];

/** The PDF, Word, MHTML, e-mail and table inputs (issue 20), in this suite's terms. */
function fromDocument(d: HostileDocument): Hostile {
  const want = d.expect;
  if ('error' in want) return { name: d.name, file: d.file, bytes: d.bytes, maxBytes: d.maxBytes, expect: want };
  return {
    name: d.name,
    file: d.file,
    bytes: d.bytes,
    maxBytes: d.maxBytes,
    expect: {
      imports: want.imports,
      check: (texts, batch) => {
        if (want.text?.has) expect(texts[0]).toContain(want.text.has);
        if (want.text) for (const t of texts) expect(t).not.toMatch(want.text.not);
        if (want.note) expect(batch.notes?.map((n) => n.note).join('; ')).toMatch(want.note);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
    },
  };
}
CASES.push(...HOSTILE_DOCUMENTS.map(fromDocument));

/** Node's fs, except that paths named `locked.*` refuse to be read (tests run as root, where chmod 000 does not stop reads). */
const lockingFs: ReaderFs = {
  stat: (p) => nodeFs.stat(p),
  readdir: (p) => nodeFs.readdir(p),
  realpath: (p) => nodeFs.realpath(p),
  readFile: async (p) => {
    if (basename(p).startsWith('locked.')) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
    return nodeFs.readFile(p);
  },
};

const EDITIONS = {
  /** The main process's reader (paths from a dialog, the command line or a folder), then the parser. */
  desktop: async (path: string, maxBytes?: number): Promise<ParsedBatch> => {
    const read = await readPaths([path], { fs: lockingFs, maxBytes });
    const parsed = await parseArticleFiles(read.files, { maxBytes });
    return { ...parsed, errors: [...read.errors, ...parsed.errors] };
  },
  /** A file input's File objects, read as the browser edition reads them, then the parser. */
  browser: async (path: string, file: string, bytes: Uint8Array, maxBytes?: number): Promise<ParsedBatch> => {
    void path;
    const read: FileBatch = await readFileList([new File([bytes as BlobPart], file)], maxBytes);
    const parsed = await parseArticleFiles(read.files, { maxBytes });
    return { ...parsed, errors: [...read.errors, ...parsed.errors] };
  },
};

const root = mkdtempSync(join(tmpdir(), 'corroborate-hostile-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

it(`tries at least 30 hostile inputs (${CASES.length})`, () => {
  expect(CASES.length).toBeGreaterThanOrEqual(30);
});

for (const edition of ['desktop', 'browser'] as const) {
  describe(`hostile inputs through the ${edition} import path`, () => {
    let db: AppDB;
    let caseId: string;
    beforeAll(async () => {
      db = new AppDB(`hostile-${edition}-${crypto.randomUUID()}`);
      caseId = (await reviewedCase(db)).id;
    });
    afterAll(async () => {
      await db.delete();
    });

    for (const hostile of CASES.filter((c) => edition === 'desktop' || !c.desktopOnly)) {
      it(hostile.name, async () => {
        await trial(`hostile inputs (${edition})`, 'input', hostile.name, async () => {
          const dir = mkdtempSync(join(root, `${edition}-`));
          const bytes = (await hostile.bytes?.()) ?? new Uint8Array(0);
          const path = hostile.setup ? hostile.setup(dir) : join(dir, hostile.file);
          if (!hostile.setup) writeFileSync(path, bytes);
          const before = await fingerprint(db);

          const batch = edition === 'desktop' ? await EDITIONS.desktop(path, hostile.maxBytes) : await EDITIONS.browser(path, hostile.file, bytes, hostile.maxBytes);
          const summary = await storeArticles(db, caseId, batch.articles);
          const after = await fingerprint(db);

          const { expect: want } = hostile;
          if ('error' in want) {
            // The message names the file (its name is in the path) and says why.
            const named = batch.errors.filter((e) => e.path.includes(hostile.file) || e.path.includes(basename(path)));
            expect(named.map((e) => e.error).join('; ')).toMatch(want.error);
          } else {
            expect(batch.errors).toEqual([]);
          }
          expect(summary.failed).toEqual([]);
          const expected = want.imports ?? 0;
          expect(summary.imported).toHaveLength(expected);
          if (hostile.name === 'an article already in the library') expect(summary.duplicates).toHaveLength(1);
          if ('check' in want && want.check) {
            const texts = await db.texts.bulkGet(summary.imported.map((a) => a.id));
            want.check(texts.map((t) => t!.text), batch);
          }
          // Nothing stored before this input was lost or changed.
          return lostOrChanged(before, after);
        });
      });
    }
  });
}
