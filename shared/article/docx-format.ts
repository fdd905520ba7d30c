/**
 * Word documents (.docx): the text with its paragraphs by mammoth's raw-text conversion, and the title,
 * author, date and language from the core properties (docProps/core.xml). The container is first
 * unpacked by zip.ts with a bound on its size, and mammoth reads a copy rebuilt from those parts only
 * (stored, uncompressed), so it never inflates anything unchecked. Loaded on the first DOCX only.
 */
import { zipSync, type Zippable } from 'fflate';
import { FormatError, documentTitle, type DocumentFields } from './document';
import { cleanField, isoDate } from './metadata';
import { readZipParts } from './zip';

/**
 * What a DOCX's XML parts may unpack to, as a multiple of the file size limit (100 MB for 20 MB; a
 * 300-page report has about 10 MB).
 */
export const DOCX_XML_RATIO = 5;

/** The parts mammoth and the core properties need: XML and relationships, never media. */
const wanted = (name: string) => /\.(?:xml|rels)$/i.test(name) && !/^word\/(?:media|embeddings)\//i.test(name);

interface Mammoth {
  extractRawText(input: { arrayBuffer?: ArrayBuffer | Uint8Array; buffer?: Uint8Array }): Promise<{ value: string; messages: unknown[] }>;
}

/** Reads a DOCX's text and core properties; throws FormatError with the reason it cannot. */
export async function parseDocx(bytes: Uint8Array, maxBytes: number): Promise<DocumentFields> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new FormatError('a Word 97-2003 document (.doc) named .docx: save it as .docx (Word 2007 or later) and import it again');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new FormatError('not a Word document: a .docx file is a ZIP container, and this is not one');
  }
  const { parts, names } = readZipParts(bytes, wanted, maxBytes * DOCX_XML_RATIO);
  if (!parts.has('[Content_Types].xml') || !names.some((n) => /^word\/[^/]+\.xml$/i.test(n))) {
    throw new FormatError('a ZIP archive, but not a Word document (no word/document.xml)');
  }
  const rebuilt: Zippable = {};
  for (const [name, data] of parts) rebuilt[name] = [data, { level: 0 }];
  const zipped = zipSync(rebuilt);
  const mammoth = (await import('mammoth')).default as unknown as Mammoth;
  let raw: string;
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: both are given the same bytes.
    raw = (await mammoth.extractRawText({ buffer: zipped, arrayBuffer: zipped })).value;
  } catch (err) {
    // xmldom's messages carry a tag and a position it could not fill in: keep the words.
    const message = (err instanceof Error ? err.message : String(err)).replace(/^error:\s*/i, '').replace(/\[xmldom \w+\]\s*/g, '').replace(/\s*@#\[line:[^\]]*\]/g, '');
    throw new FormatError(`malformed Word document (${cleanField(message, 160)})`);
  }
  const core = parts.get('docProps/core.xml');
  const props = core ? readCoreProperties(new TextDecoder().decode(core)) : {};
  return {
    // mammoth ends every paragraph with two line breaks, tables' cells too.
    text: raw,
    title: documentTitle(props.title),
    byline: cleanField(props.creator),
    date: isoDate(props.created) ?? isoDate(props.modified),
    language: cleanField(props.language, 20),
    url: null,
    outlet: null,
  };
}

interface CoreProperties {
  title?: string;
  creator?: string;
  created?: string;
  modified?: string;
  language?: string;
}

/** The Dublin Core fields of docProps/core.xml, whatever prefixes it binds them to. */
export function readCoreProperties(xml: string): CoreProperties {
  const field = (name: string) => {
    const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>`).exec(xml);
    return m ? decodeXmlText(m[1]!) : undefined;
  };
  return { title: field('title'), creator: field('creator'), created: field('created'), modified: field('modified'), language: field('language') };
}

/** XML character data: CDATA, the five named entities and numeric references. */
function decodeXmlText(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, ref: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (ref[0] !== '#') return named[ref.toLowerCase()] ?? m;
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
}
