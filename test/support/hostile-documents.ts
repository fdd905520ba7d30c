/**
 * Hostile and malformed PDF, Word, MHTML, e-mail and table files, generated here, for the reliability
 * suite: Node (both editions' readers, hostile-inputs.test.ts) and Chromium (the real parse Worker,
 * test/reliability/browser/hostile-documents.spec.ts). Each names what must happen: an error matching
 * the reason, or articles (and nothing of the attack in their text).
 */
import { strToU8 } from 'fflate';
import {
  docxBomb, docxOf, docxParts, emlOf, encryptedPdf, imageOnlyPdf, mhtmlOf, pdfOf, quotedPrintable, scriptedPdf, textFloodPdf,
} from './build-files';

export interface HostileDocument {
  name: string;
  file: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  /** A smaller size limit for this input (the reader's and the parser's), so a bomb stays small. */
  maxBytes?: number;
  expect: { error: RegExp; imports?: number } | { imports: number; text?: { has?: string; not: RegExp }; note?: RegExp };
}

const SENTENCE = 'The Coast Guard said on Thursday that debris found near the Titanic was consistent with a catastrophic implosion of the vessel.';
const ARTICLE = { title: 'Debris found near Titanic', text: `${SENTENCE}\n\nRear Admiral John Mauger told reporters the search teams would stay at the site through the weekend.` };

const HOSTILE_PAGE = `<!doctype html><html><head><title>Titan debris found</title><script>window.__xss='script'</script></head>
<body onload="window.__xss='onload'"><article><h1>Titan debris found</h1><p>${SENTENCE}</p>
<p onclick="window.__xss='onclick'">Officials said the search teams would keep working at the site through the weekend.</p>
<img src="x" onerror="window.__xss='onerror'"><iframe src="javascript:window.__xss='iframe'"></iframe>
<p>Read the <a href="javascript:window.__xss='link'">full statement</a> from the agency, which thanked the crews.</p></article></body></html>`;

/** A MIME message around one body part. */
function mime(headers: string[], type: string, body: string, encoding = '8bit'): Uint8Array {
  return strToU8([...headers, 'MIME-Version: 1.0', `Content-Type: ${type}`, `Content-Transfer-Encoding: ${encoding}`, '', body, ''].join('\r\n'));
}

export const HOSTILE_DOCUMENTS: HostileDocument[] = [
  { name: 'PDF: a scan without a text layer', file: 'scan.pdf', bytes: imageOnlyPdf, expect: { error: /^no text layer: scanned\?/ } },
  { name: 'PDF: password-protected', file: 'locked-with-password.pdf', bytes: encryptedPdf, expect: { error: /^password-protected PDF/ } },
  { name: 'PDF: garbage after the header', file: 'garbage.pdf', bytes: () => strToU8(`%PDF-1.7\n${'\u0001x'.repeat(300)}`), expect: { error: /^malformed PDF/ } },
  { name: 'PDF: cut off half way', file: 'truncated.pdf', bytes: async () => { const { bytes } = await pdfOf({ ...ARTICLE, text: `${ARTICLE.text}\n\n`.repeat(20) }); return bytes.slice(0, bytes.length >> 1); }, expect: { error: /^malformed PDF/ } },
  { name: 'PDF: text named .pdf', file: 'notes.pdf', bytes: () => strToU8(ARTICLE.text), expect: { error: /^not a PDF/ } },
  { name: 'PDF: compressed text inflating past the size limit', file: 'flood.pdf', maxBytes: 200_000, bytes: () => textFloodPdf(6_000), expect: { error: /^too much text for an article/ } },
  {
    name: 'PDF: JavaScript to run when opened',
    file: 'scripted.pdf',
    bytes: () => scriptedPdf(['Debris found near Titanic', SENTENCE.slice(0, 70), SENTENCE.slice(70)]),
    expect: { imports: 1, text: { has: 'catastrophic implosion', not: /app\.alert|evil\.example|launchURL/ } },
  },
  { name: 'DOCX: a Word 97-2003 file', file: 'old-format.docx', bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), expect: { error: /^a Word 97-2003 document/ } },
  { name: 'DOCX: a ZIP without a document', file: 'photos.docx', bytes: () => docxOf(ARTICLE, { 'photo.txt': 'not a document' }), expect: { error: /^a ZIP archive, but not a Word document/ } },
  { name: 'DOCX: cut off', file: 'cut.docx', bytes: () => docxOf(ARTICLE).slice(0, 300), expect: { error: /damaged ZIP|not a Word document/ } },
  { name: 'DOCX: broken XML', file: 'broken.docx', bytes: () => docxOf(ARTICLE, { ...docxParts(ARTICLE), 'word/document.xml': '<w:document><w:body><w:p>unclosed' }), expect: { error: /^malformed Word document/ } },
  {
    name: 'DOCX: external and nested entities (XXE, billion laughs)',
    file: 'entities.docx',
    bytes: () => {
      const parts = docxParts(ARTICLE);
      const xml = parts['word/document.xml']!
        .replace('<w:document', '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document')
        .replace('Debris found', 'Debris &xxe; &c; found');
      return docxOf(ARTICLE, { ...parts, 'word/document.xml': xml });
    },
    expect: { error: /^malformed Word document/ },
  },
  { name: 'DOCX: a ZIP bomb', file: 'bomb.docx', maxBytes: 2_000_000, bytes: () => docxBomb(ARTICLE, 12), expect: { error: /^unpacks to more than 10 MB of document parts/ } },
  { name: 'MHTML: not MIME at all', file: 'plain.mhtml', bytes: () => strToU8(ARTICLE.text), expect: { error: /^not an MHTML page/ } },
  {
    name: 'MHTML: no HTML part',
    file: 'images-only.mht',
    bytes: () => strToU8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n'),
    expect: { error: /^MHTML page without an HTML part/ },
  },
  {
    name: 'MHTML: scripts, handlers and javascript: links in the page',
    file: 'hostile-page.mhtml',
    bytes: () => mime(['From: <Saved by Blink>', 'Snapshot-Content-Location: javascript:alert(1)', 'Subject: Titan debris found'], 'multipart/related; type="text/html"; boundary="x"', `--x\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${quotedPrintable(HOSTILE_PAGE)}\r\n--x--`),
    expect: { imports: 1, text: { has: 'catastrophic implosion', not: /__xss|<script|onerror|javascript:/ } },
  },
  { name: 'MHTML: binary named .mhtml', file: 'photo.mhtml', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), expect: { error: /^binary file \(PNG image\)/ } },
  { name: 'e-mail: no message headers', file: 'notes.eml', bytes: () => strToU8(ARTICLE.text), expect: { error: /^not an e-mail/ } },
  {
    name: 'e-mail: MIME parts nested 40 deep',
    file: 'nested.eml',
    bytes: () => {
      let body = `Content-Type: text/plain\r\n\r\n${SENTENCE}\r\n`;
      for (let i = 0; i < 40; i++) body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}--b${i}--\r\n`;
      return strToU8(`From: press@uscg.example\r\nSubject: nested\r\nMIME-Version: 1.0\r\n${body}`);
    },
    expect: { error: /^malformed e-mail/ },
  },
  {
    name: 'e-mail: only an attachment',
    file: 'attachment-only.eml',
    bytes: () => mime(['From: press@uscg.example', 'Subject: Statement attached'], 'multipart/mixed; boundary="m"', '--m\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="statement.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--m--'),
    expect: { error: /^e-mail without a text body/ },
  },
  {
    name: 'e-mail: HTML body with scripts and a forged sender',
    file: 'hostile.eml',
    bytes: () => mime(['From: "Coast Guard <press@uscg.mil>" <attacker@evil.example>', 'Subject: =?utf-8?Q?Debris_<script>alert(1)</script>?=', 'Date: Thu, 22 Jun 2023 14:30:00 +0000'], 'text/html; charset=utf-8', quotedPrintable(HOSTILE_PAGE), 'quoted-printable'),
    expect: { imports: 1, text: { has: 'catastrophic implosion', not: /__xss|<script|onerror|javascript:/ } },
  },
  {
    name: 'e-mail: a valid press release, multipart with a signature',
    file: 'release.eml',
    bytes: () => emlOf(ARTICLE, { html: true }),
    expect: { imports: 1, text: { has: 'Rear Admiral John Mauger', not: /Public Affairs Office/ } },
  },
  { name: 'MHTML: a valid saved page', file: 'saved.mhtml', bytes: () => mhtmlOf(ARTICLE), expect: { imports: 1, text: { has: 'catastrophic implosion', not: /newsletter|tracking/ } } },
  { name: 'table: evaluation data (gold.tsv)', file: 'gold.tsv', bytes: () => strToU8('left_file\tleft_fragment\tright_file\tright_fragment\trelation\twhy\n001\ta\t002\tb\tconsistent\tx\n'), expect: { imports: 0, note: /^a table \(columns left_file/ } },
  {
    name: 'manifest: __proto__ and constructor columns, paths outside its folder',
    file: 'manifest.tsv',
    bytes: () => strToU8('file\t__proto__\tconstructor\toutlet\n../../etc/passwd\t{"polluted":true}\tx\tEvil\n'),
    expect: { imports: 0, note: /^a manifest: its values were applied to 0 of the 1 file it names/ },
  },
  { name: 'manifest: no column naming the files', file: 'metadata.csv', bytes: () => strToU8('name,url\na.txt,https://x.example\n'), expect: { error: /^manifest not applied: no column naming the files/ } },
];
