/**
 * PDF, Word, MHTML and e-mail files built in the test from corpus articles, parsed back: the words of
 * the article come out, in order, with the metadata the file states; malformed and hostile variants
 * are refused with their reason.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticleFile, parseArticleFiles } from '../../../shared/article/parse';
import type { ArticleDraft } from '../../../shared/article/types';
import {
  docxBomb, docxOf, docxParts, emlOf, encryptedPdf, imageOnlyPdf, mhtmlOf, pdfOf, textFloodPdf, words, type SourceArticle,
} from '../../support/build-files';
import { KEY_BRIDGE_DIR, TITAN_DIR, corpusFiles } from '../../support/corpus';

const file = (name: string, bytes: Uint8Array) => ({ name, path: `/in/${name}`, bytes });

async function parseOne(name: string, bytes: Uint8Array, maxBytes?: number): Promise<ArticleDraft> {
  const batch = await parseArticleFile(file(name, bytes), { maxBytes });
  expect(batch.errors).toEqual([]);
  expect(batch.articles).toHaveLength(1);
  return batch.articles[0]!;
}

async function refusal(name: string, bytes: Uint8Array, maxBytes?: number): Promise<string> {
  const batch = await parseArticleFile(file(name, bytes), { maxBytes });
  expect(batch.articles).toEqual([]);
  expect(batch.errors).toHaveLength(1);
  expect(batch.errors[0]!.path).toBe(`/in/${name}`);
  return batch.errors[0]!.error;
}

let titan: ArticleDraft[];
let keyBridge: ArticleDraft[];
beforeAll(async () => {
  const read = (dir: string) => parseArticleFiles(corpusFiles(dir).map((p) => ({ name: basename(p), path: p, bytes: readFileSync(p) })));
  titan = (await read(TITAN_DIR)).articles;
  keyBridge = (await read(KEY_BRIDGE_DIR)).articles;
});

/** A long source (several corpus articles, so the PDF has pages) with stated metadata. */
function source(articles: ArticleDraft[], title: string): SourceArticle {
  return { title, text: articles.map((a) => a.text).join('\n\n'), author: 'Jane Reporter', date: '2023-06-22' };
}

describe('PDF', () => {
  it('gives back the words of three pages, without running headers or page numbers, rejoining hyphenated words', async () => {
    const { bytes, written } = await pdfOf(source(titan.slice(5, 9), 'Titan debris found near the Titanic'), { running: true, hyphenate: true });
    const article = await parseOne('titan.pdf', bytes);
    expect(words(article.text)).toEqual(words(`${written.title}\n\n${written.text}`));
    expect(article.text).not.toMatch(/Test Gazette|Page \d of/);
    expect(article).toMatchObject({ format: 'pdf', title: 'Titan debris found near the Titanic', titleInferred: false, byline: 'Jane Reporter', date: '2023-06-22', dateInferred: false });
    // Paragraphs survive: one per source paragraph, plus the headline.
    expect(article.text.split('\n\n').length).toBe(written.text.split('\n\n').length + 1);
  });

  it('reads two columns in reading order although the right one is drawn first', async () => {
    const { bytes, written } = await pdfOf(source(keyBridge.filter((a) => /-de-/.test(a.fileName)), 'Brücke in Baltimore eingestürzt'), { columns: 2, running: true });
    const article = await parseOne('brücke.pdf', bytes);
    expect(words(article.text)).toEqual(words(`${written.title}\n\n${written.text}`));
    expect(article.text).toContain('Containerschiff');
    expect(article).toMatchObject({ language: 'de', sources: { language: 'detected' } });
  });

  it('takes the title from the first lines when the document information has none; a one-page header goes too', async () => {
    const { bytes } = await pdfOf({ ...source(titan.slice(13, 14), 'US Navy Detected Submersible Implosion Hours After Contact Lost') }, { info: false, running: true });
    const article = await parseOne('navy.pdf', bytes);
    expect(article.title).toBe('US Navy Detected Submersible Implosion Hours After Contact Lost');
    expect(article.date).toBeNull();
    expect(article.text).not.toMatch(/Test Gazette|Page 1 of 1/);
    expect(article.text.startsWith('US Navy Detected Submersible Implosion')).toBe(true);
  });

  it.each([
    ['a scan (a page without text)', 'scan.pdf', () => imageOnlyPdf(), /^no text layer: scanned\? \(1 page without text/],
    ['a password', 'locked.pdf', () => encryptedPdf(), /^password-protected PDF/],
    ['garbage after the header', 'garbage.pdf', () => new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(400)}`), /^malformed PDF \(Invalid PDF structure/],
    ['text named .pdf', 'notes.pdf', () => new TextEncoder().encode('These are my notes about the Titan, not a PDF at all.'), /^not a PDF: the file does not start with "%PDF-"/],
    ['a PNG named .pdf', 'photo.pdf', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /^binary file \(PNG image\)/],
  ])('refuses %s with its reason', async (_what, name, bytes, reason) => {
    expect(await refusal(name, bytes())).toMatch(reason);
  });

  it('refuses a truncated PDF', async () => {
    const { bytes } = await pdfOf(source(titan.slice(0, 3), 'Cut off'));
    expect(await refusal('cut.pdf', bytes.slice(0, Math.floor(bytes.length * 0.6)))).toMatch(/^malformed PDF/);
  });

  it('stops reading a page whose compressed text inflates past the size limit', async () => {
    const bytes = textFloodPdf(6_000);
    expect(bytes.length).toBeLessThan(100_000);
    expect(await refusal('flood.pdf', bytes, 200_000)).toBe('too much text for an article (over 200,000 characters)');
  });
});

describe('DOCX', () => {
  it('gives back the words and paragraphs, with title, author and date from the core properties', async () => {
    const src = source(keyBridge.filter((a) => /-es-/.test(a.fileName)), 'Carguero provoca tragedia en Baltimore');
    const article = await parseOne('informe.docx', docxOf(src));
    expect(words(article.text)).toEqual(words(`${src.title}\n\n${src.text}`));
    expect(article.text.split('\n\n').length).toBe(src.text.split('\n\n').length + 1);
    expect(article).toMatchObject({ format: 'docx', title: src.title, titleInferred: false, byline: 'Jane Reporter', date: '2023-06-22', language: 'es' });
  });

  it.each([
    ['a Word 97-2003 file', 'old.docx', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /^a Word 97-2003 document \(\.doc\)/],
    ['text named .docx', 'notes.docx', () => new TextEncoder().encode('Plain notes about the bridge collapse.'), /^not a Word document: a \.docx file is a ZIP container/],
    ['a ZIP of something else', 'photos.docx', () => docxOf({ title: '', text: '' }, { 'photo.txt': 'not a document' }), /^a ZIP archive, but not a Word document/],
    ['a damaged ZIP', 'cut.docx', () => docxOf({ title: 'Cut', text: 'A Word file cut short in transit.' }).slice(0, 200), /damaged ZIP|not a Word document/],
  ])('refuses %s with its reason', async (_what, name, bytes, reason) => {
    expect(await refusal(name, bytes())).toMatch(reason);
  });

  it('refuses a document whose XML is broken, and one with entity tricks, without reading any file', async () => {
    const src = { title: 'Bridge report', text: 'The Francis Scott Key Bridge collapsed after a container ship struck a support pier.' };
    const parts = docxParts(src);
    expect(await refusal('broken.docx', docxOf(src, { ...parts, 'word/document.xml': '<w:document><w:body><w:p>unclosed' }))).toMatch(/^malformed Word document/);
    const entities = parts['word/document.xml']!
      .replace('<w:document', '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document')
      .replace('Bridge report', 'Bridge &xxe; &lol2; report');
    const batch = await parseArticleFile(file('entities.docx', docxOf(src, { ...parts, 'word/document.xml': entities })));
    // Refused, or read without the entities expanded: never the contents of a local file.
    expect(JSON.stringify(batch)).not.toMatch(/root:|lollol/);
  });

  it('refuses a ZIP bomb once its parts pass five times the size limit', async () => {
    const bytes = docxBomb({ title: 'Bomb', text: 'A report that hides a very large part.' }, 12);
    expect(bytes.length).toBeLessThan(100_000);
    expect(await refusal('bomb.docx', bytes, 2_000_000)).toMatch(/^unpacks to more than 10 MB of document parts: not an article \(a ZIP bomb\?\)/);
  });
});

describe('MHTML', () => {
  it('reads the saved page, not its frames, with the snapshot URL and the outlet', async () => {
    const src = source(titan.slice(1, 3), 'Titan found in pieces, five declared dead');
    const article = await parseOne('page.mhtml', mhtmlOf(src, 'https://www.example-news.test/world/titan'));
    expect(words(article.text)).toEqual(words(src.text));
    expect(article.text).not.toMatch(/newsletter|Copyright|tracking/);
    expect(article).toMatchObject({ format: 'mhtml', title: src.title, url: 'https://www.example-news.test/world/titan', outlet: 'Test Gazette', date: '2023-06-22', language: 'en' });
  });

  it('accepts .mht and refuses what is not a saved page', async () => {
    expect((await parseOne('page.mht', mhtmlOf(source(titan.slice(4, 5), 'What implosion means')))).format).toBe('mhtml');
    expect(await refusal('plain.mhtml', new TextEncoder().encode('Just some text about the Titan submersible.'))).toMatch(/^not an MHTML page: no MIME headers/);
    const mail = emlOf({ title: 'Not a page', text: 'An e-mail is not a saved page, even when it is MIME.' });
    expect(await refusal('mail.mhtml', mail)).toMatch(/^not an MHTML page: expected a multipart\/related web page, found text\/plain/);
    const noHtml = new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n');
    expect(await refusal('images.mhtml', noHtml)).toBe('MHTML page without an HTML part');
    expect(await refusal('nul.mhtml', new Uint8Array([0x4d, 0x49, 0, 0, 0x4d]))).toMatch(/^binary file/);
  });
});

describe('e-mail', () => {
  it('reads a plain press release: subject as title, sender domain as outlet, Date, no signature', async () => {
    const src = source(keyBridge.slice(23, 25), 'Biden pledges federal funds to rebuild the Key Bridge');
    const article = await parseOne('release.eml', emlOf(src));
    expect(words(article.text)).toEqual(words(src.text));
    expect(article.text).not.toContain('Public Affairs Office');
    expect(article).toMatchObject({
      format: 'eml', title: src.title, titleInferred: false, outlet: 'news.uscg.example', byline: 'Coast Guard News', date: '2023-06-22',
      sources: { outlet: 'sender', language: 'detected' },
    });
  });

  it('reads the HTML alternative through the page extractor', async () => {
    const src = source(keyBridge.slice(29, 31), 'Maryland flags at half-staff');
    const article = await parseOne('release-html.eml', emlOf(src, { html: true }));
    expect(words(article.text)).toEqual(words(src.text));
    expect(article.language).toBe('en');
  });

  it('refuses a file without message headers, and a message nested past the limit', async () => {
    expect(await refusal('notes.eml', new TextEncoder().encode('Notes from the briefing: the ship lost power twice.'))).toMatch(/^not an e-mail: no message headers/);
    let nested = 'Content-Type: text/plain\r\n\r\nThe innermost part of a message nested too deep to read.\r\n';
    for (let i = 0; i < 40; i++) nested = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${nested}--b${i}--\r\n`;
    expect(await refusal('deep.eml', new TextEncoder().encode(`From: a@b.example\r\nSubject: deep\r\nMIME-Version: 1.0\r\n${nested}`))).toMatch(/^malformed e-mail/);
  });
});
