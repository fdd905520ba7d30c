import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/article/decode';
import { normaliseText } from '../../../shared/article/normalise';
import { SEEDS_DIR } from '../../support/corpus';

const seed = readFileSync(join(SEEDS_DIR, '003_9dd4b330143851c7.txt'));
const seedText = seed.toString('utf8');

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const bytes = endian === 'le' ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
}

describe('decoding article bytes', () => {
  it('reads the UTF-8 seed exactly, curly quotes included', () => {
    const result = decodeBytes(seed);
    expect(result).toEqual({ ok: true, text: seedText, encoding: 'utf-8' });
    expect(seedText).toContain('“rich and substantive,”');
  });

  it('drops a UTF-8 byte-order mark', () => {
    const result = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]));
    expect(result.ok && result.text).toBe(seedText);
  });

  it.each([
    ['UTF-16 LE with BOM', 'le', true, 'utf-16le'],
    ['UTF-16 BE with BOM', 'be', true, 'utf-16be'],
    ['UTF-16 LE without BOM', 'le', false, 'utf-16le'],
    ['UTF-16 BE without BOM', 'be', false, 'utf-16be'],
  ] as const)('reads %s', (_label, endian, bom, encoding) => {
    const result = decodeBytes(utf16(seedText, endian, bom));
    expect(result).toEqual({ ok: true, text: seedText, encoding });
  });

  it('detects Windows-1252 and decodes its curly quotes and accents', () => {
    const text = 'Macron said the talks were \u201crich and substantive\u201d \u2013 a d\u00e9tente, not a \u00e9chec. '.repeat(8);
    const cp1252 = new Uint8Array([...text].map((ch) => ({ '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u00e9': 0xe9 })[ch] ?? ch.charCodeAt(0)));
    const result = decodeBytes(cp1252);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text).toBe(text);
      expect(result.encoding).toBe('windows-1252');
    }
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty file'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary file (PNG image), not an article'],
    ['a ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'binary file (ZIP archive (or DOCX/EPUB)), not an article'],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binary file (PDF document), not an article'],
    ['bytes with NULs', new Uint8Array([65, 0, 0, 66, 67, 0, 12, 0, 0, 0, 1]), 'binary file (contains NUL bytes), not an article'],
  ])('refuses %s with a reason', (_label, bytes, error) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, error });
  });

  it('refuses bytes that are neither UTF-8 nor any legacy text', () => {
    const noise = new Uint8Array(256).map((_, i) => (i * 37 + 11) % 256 || 1);
    const result = decodeBytes(noise);
    expect(result.ok).toBe(false);
  });

  it('refuses UTF-16 with a BOM whose body is broken', () => {
    const result = decodeBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    expect(result).toEqual({ ok: false, error: 'cannot decode: the bytes are not valid UTF-16LE' });
  });
});

describe('normalising text', () => {
  it('turns CRLF, CR and LF into LF and NFD into NFC', () => {
    const nfd = 'Mac\u0065\u0301ron'; // é as e + combining acute
    expect(normaliseText(`a\r\nb\rc\n${nfd}`)).toBe('a\nb\nc\nMac\u00e9ron');
  });

  it('trims trailing spaces and collapses runs of blank lines', () => {
    expect(normaliseText('\uFEFFTitle  \n\n\n\nBody\t\n')).toBe('Title\n\nBody');
  });
});
