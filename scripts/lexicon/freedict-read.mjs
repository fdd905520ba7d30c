// Reads a FreeDict dictionary in dictd format (the `.index` and `.dict.dz` files Debian's
// dict-freedict-* packages install in /usr/share/dictd) into plain entries. Only the build script
// uses it. Formats: dictd(8) for the index; the entry text is FreeDict's TEI rendered by its
// xsl/tei2txt: a headword line `word /ipa/ <pos, ...>`, then sense lines of comma-separated
// translations with optional `[domain.]` labels and `<pos>` tags, `1. 2.` numbering for senses,
// indented example lines in quotes, and `see:`, `Synonym:` and `Note:` lines.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DICTD_DIR = '/usr/share/dictd';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function b64(text) {
  let n = 0;
  for (const ch of text) n = n * 64 + B64.indexOf(ch);
  return n;
}

/** The Debian package that installs a FreeDict pair, e.g. `deu-eng` → `dict-freedict-deu-eng`. */
export const debianPackage = (pair) => `dict-freedict-${pair}`;

/** Whether the pair's files are installed. */
export function hasFreeDict(pair, dir = DICTD_DIR) {
  return existsSync(join(dir, `freedict-${pair}.index`)) && existsSync(join(dir, `freedict-${pair}.dict.dz`));
}

/** The dictionary's own header (edition, licence), from its `00-database-info` entry. */
export function freedictInfo(pair, dir = DICTD_DIR) {
  const info = readEntries(pair, dir, true).find(
    (e) => e.headword.startsWith('00-database-info') || e.headword.startsWith('00databaseinfo'),
  );
  const text = info?.text ?? '';
  const edition = /Edition:\s*(\S+)/.exec(text)?.[1] ?? '?';
  const size = /Size:\s*(\d+)/.exec(text)?.[1] ?? '?';
  return { edition, headwords: Number(size) };
}

function readEntries(pair, dir, meta) {
  const body = gunzipSync(readFileSync(join(dir, `freedict-${pair}.dict.dz`)));
  const seen = new Set();
  const out = [];
  for (const line of readFileSync(join(dir, `freedict-${pair}.index`), 'utf8').split('\n')) {
    if (!line) continue;
    const [headword, offset, length] = line.split('\t');
    const isMeta = headword.startsWith('00-database') || headword.startsWith('00database');
    if (isMeta !== meta) continue;
    const key = `${offset}:${length}`;
    if (seen.has(key)) continue; // one entry can be indexed under several keys
    seen.add(key);
    out.push({ headword, text: body.subarray(b64(offset), b64(offset) + b64(length)).toString('utf8') });
  }
  return out;
}

/** The source-language side of the dictionary's example lines (`   "auf großem Fuß leben"  - live like a lord`). */
export function freedictExamples(pair, dir = DICTD_DIR) {
  const out = [];
  for (const { text } of readEntries(pair, dir, false)) {
    for (const line of text.split('\n')) {
      const m = /^\s+"([^"]*)"\s+-/.exec(line);
      if (m) out.push(m[1]);
    }
  }
  return out;
}

const LABEL = /\[[^\]]*\]/g;
const HAS_LABEL = /\[[^\]]*\]/;
const SKIP = /^(see:|synonyms?:|note:|antonyms?:|see also:)/i;

/**
 * Every entry of a pair: { headword (as written), pos (the `<...>` of the headword line), senses },
 * a sense being { labelled (it carried a `[domain.]` label), translations (as written) }.
 */
export function readFreeDict(pair, dir = DICTD_DIR) {
  return readEntries(pair, dir, false).map(({ text }) => parseEntry(text));
}

export function parseEntry(text) {
  const lines = text.split('\n');
  const head = lines[0];
  const headword = head.split(/\s+[/<(]/)[0].trim();
  const pos = /<([^>]*)>\s*$/.exec(head)?.[1] ?? '';
  const senses = [];
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    if (!line || raw.startsWith('   ') || line.startsWith('"') || SKIP.test(line)) continue;
    const labelled = HAS_LABEL.test(line);
    const clean = line
      .replace(/^\d+\.\s*/, '')
      .replace(LABEL, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\/[^/]*\//g, ' ');
    const translations = clean
      .split(/[,;]/)
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (translations.length) senses.push({ labelled, translations });
  }
  return { headword, pos, senses };
}
