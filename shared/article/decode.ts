/**
 * Bytes to text: byte-order marks, strict UTF-8, UTF-16 with or without BOM, and legacy 8-bit encodings
 * detected by chardet and decoded by the platform's WHATWG TextDecoder (present in Node, Workers and
 * browsers, so no Buffer polyfill). Binary files are recognised and refused by name.
 */
import { analyse } from 'chardet';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** Magic numbers of binary formats people mistakenly drop with their articles. */
const SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or DOCX/EPUB)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Why `bytes` are binary rather than text (a known signature, or NUL bytes), or null. For formats
 * whose parts carry their own charsets (MIME), which are checked so but decoded by their parser.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) return `binary file (${name}), not an article`;
  }
  if (bytes.subarray(0, 65536).includes(0)) return 'binary file (contains NUL bytes), not an article';
  return null;
}

/** Decodes `bytes` or explains why they are not text. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict(bytes.subarray(3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return strict(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return strict(bytes.subarray(2), 'utf-16be');
  for (const [name, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) return { ok: false, error: `binary file (${name}), not an article` };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return strict(bytes, utf16);
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), not an article' };
  const utf8 = strict(bytes, 'utf-8');
  if (utf8.ok) return utf8;
  return legacy(bytes);
}

/** Decodes with a fatal decoder: any invalid sequence is an error, never a silent U+FFFD. */
function strict(bytes: Uint8Array, encoding: string): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, error: `cannot decode: the bytes are not valid ${encoding.toUpperCase()}` };
  }
}

/**
 * UTF-16 without a BOM: text in Latin scripts has a NUL in every other byte. Requires an even length
 * and NULs on one side only, so binary data with scattered NULs is not mistaken for it.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

/** chardet names a WHATWG decoder does not know under that name. */
const LEGACY_ALIASES: Record<string, string> = { 'ISO-8859-1': 'windows-1252' };

/** Not UTF-8: ask chardet which 8-bit (or CJK) encoding fits, and accept it only if it decodes cleanly. */
function legacy(bytes: Uint8Array): DecodeResult {
  for (const candidate of analyse(bytes)) {
    if (candidate.confidence < 10) break;
    const name = LEGACY_ALIASES[candidate.name] ?? candidate.name;
    if (/^UTF-/i.test(name)) continue;
    let text: string;
    try {
      text = new TextDecoder(name, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (name.toLowerCase() === 'windows-1252') text = repairWindows1252(text);
    if (controlRatio(text) < 0.01) return { ok: true, text, encoding: name.toLowerCase() };
  }
  return { ok: false, error: 'cannot decode: not valid UTF-8, and no known encoding fits the bytes' };
}

/** Share of characters that are control characters other than tab and line breaks. */
function controlRatio(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / Math.max(1, text.length);
}

/**
 * WHATWG windows-1252 maps bytes 0x80-0x9F to typographic characters (curly quotes, dashes, €), but
 * Node's TextDecoder decodes them as Latin-1 C1 controls. Browsers are right; this makes Node agree.
 */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}
