/**
 * MIME files: web pages saved as one file (MHTML, Chrome's "Save as… Webpage, Single File") and e-mail
 * (.eml). postal-mime decodes the parts (quoted-printable, base64, charsets, encoded words); an MHTML's
 * page is its root HTML part, cut out of the multipart/related container here first because postal-mime
 * would join every HTML part (each frame is one) into one body. Loaded on the first such file only.
 */
import type { Email } from 'postal-mime';
import { FormatError } from './document';
import { cleanField, httpUrl } from './metadata';

/** Nesting and header limits, well below postal-mime's defaults: no article needs more. */
const MIME_LIMITS = { maxNestingDepth: 32, maxHeadersSize: 512 * 1024, maxRfc822NestingDepth: 2 };

async function parseMime(bytes: Uint8Array, what: string): Promise<Email> {
  const { default: PostalMime } = await import('postal-mime');
  try {
    return await PostalMime.parse(bytes, { ...MIME_LIMITS, attachmentEncoding: 'arraybuffer' });
  } catch (err) {
    throw new FormatError(`malformed ${what} (${cleanField(err instanceof Error ? err.message : String(err), 160)})`);
  }
}

/** Header lines of a MIME entity (up to the first blank line), unfolded, keys lower-cased. */
function readHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let key: string | null = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && key) headers.set(key, `${headers.get(key)} ${line.trim()}`);
    else {
      const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
      key = m ? m[1]!.toLowerCase() : null;
      if (m && !headers.has(key!)) headers.set(key!, m[2]!);
    }
  }
  return headers;
}

/** A parameter of a header value: `boundary` of `multipart/related; boundary="----x"`. */
function headerParam(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Bytes as a string of the same length (one character per byte), for finding ASCII markers. */
function byteString(bytes: Uint8Array, end = bytes.length): string {
  let out = '';
  for (let at = 0; at < end; at += 8192) out += String.fromCharCode(...bytes.subarray(at, Math.min(end, at + 8192)));
  return out;
}

/** Where the header block ends: the first blank line (CRLF or LF). */
function headerEnd(text: string): number {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? m.index : -1;
}

export interface MhtmlPage {
  /** The page's HTML, decoded. */
  html: string;
  /** Where the page was saved from: Snapshot-Content-Location, else the HTML part's Content-Location. */
  url: string | null;
  /** The page title the saving browser wrote as the Subject. */
  subject: string | null;
}

/** The root HTML page of an MHTML file; throws FormatError when there is none. */
export async function parseMhtml(bytes: Uint8Array): Promise<MhtmlPage> {
  const head = byteString(bytes, Math.min(bytes.length, 64 * 1024));
  const end = headerEnd(head);
  if (end < 0) throw new FormatError('not an MHTML page: no MIME headers at the start of the file');
  const headers = readHeaders(head.slice(0, end));
  const type = headers.get('content-type') ?? '';
  const snapshot = httpUrl(headers.get('snapshot-content-location'));
  const subject = cleanField(headers.get('subject'));
  if (/^\s*text\/html\b/i.test(type)) {
    const email = await parseMime(bytes, 'MHTML page');
    if (!email.html) throw new FormatError('MHTML page without HTML');
    return { html: email.html, url: snapshot ?? httpUrl(headers.get('content-location')), subject: cleanField(email.subject) ?? subject };
  }
  const boundary = headerParam(type, 'boundary');
  if (!/^\s*multipart\/related\b/i.test(type) || !boundary) {
    throw new FormatError(`not an MHTML page: expected a multipart/related web page, found ${cleanField(type.split(';')[0], 60) ?? 'no Content-Type'}`);
  }
  const root = rootHtmlPart(bytes, boundary, headerParam(type, 'start'));
  if (!root) throw new FormatError('MHTML page without an HTML part');
  const email = await parseMime(root.bytes, 'MHTML page');
  if (!email.html) throw new FormatError('MHTML page without an HTML part');
  return { html: email.html, url: snapshot ?? httpUrl(root.headers.get('content-location')), subject: cleanField(email.subject) ?? subject };
}

/** The part named by `start` (a Content-ID), else the first text/html part, with its headers. */
function rootHtmlPart(bytes: Uint8Array, boundary: string, start: string | null): { bytes: Uint8Array; headers: Map<string, string> } | null {
  const text = byteString(bytes);
  const delimiter = `--${boundary}`;
  let first: { bytes: Uint8Array; headers: Map<string, string> } | null = null;
  let at = text.indexOf(delimiter);
  while (at >= 0) {
    const bodyStart = text.indexOf('\n', at) + 1;
    if (bodyStart <= 0 || text.startsWith('--', at + delimiter.length)) break;
    const next = text.indexOf(`\n${delimiter}`, bodyStart);
    const stop = next < 0 ? text.length : next;
    const part = text.slice(bodyStart, stop);
    const end = headerEnd(part);
    const headers = readHeaders(end < 0 ? part : part.slice(0, end));
    if (/^\s*text\/html\b/i.test(headers.get('content-type') ?? '')) {
      const found = { bytes: bytes.subarray(bodyStart, stop), headers };
      const id = headers.get('content-id')?.replace(/[<>\s]/g, '');
      if (!start || id === start.replace(/[<>\s]/g, '')) return found;
      first ??= found;
    }
    at = next < 0 ? -1 : next + 1;
  }
  return first;
}

export interface EmailMessage {
  subject: string | null;
  fromName: string | null;
  /** The sender's domain, as the outlet of a press release ("press@uscg.mil" → "uscg.mil"). */
  senderDomain: string | null;
  date: string | null;
  html: string | null;
  text: string | null;
}

/** An e-mail's headers and bodies; throws FormatError when the file is not an e-mail. */
export async function parseEmail(bytes: Uint8Array): Promise<EmailMessage> {
  const head = byteString(bytes, Math.min(bytes.length, 64 * 1024));
  const end = headerEnd(head);
  const headers = readHeaders(end < 0 ? head : head.slice(0, end));
  if (!['from', 'subject', 'date', 'message-id', 'mime-version'].some((h) => headers.has(h))) {
    throw new FormatError('not an e-mail: no message headers (From, Subject, Date) at the start of the file');
  }
  const email = await parseMime(bytes, 'e-mail');
  const from = email.from && 'address' in email.from ? email.from : null;
  const domain = from?.address ? (/@([^@\s>]+)$/.exec(from.address)?.[1]?.toLowerCase() ?? null) : null;
  return {
    subject: cleanField(email.subject?.replace(/^(?:\s*(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+/i, '')),
    fromName: cleanField(from?.name),
    senderDomain: domain,
    date: email.date ?? null,
    html: email.html ?? null,
    // A signature after "-- " is the sender's, not the release's.
    text: email.text ? email.text.split(/\r?\n-- ?\r?\n/)[0]! : null,
  };
}
