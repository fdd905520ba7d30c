/**
 * Small metadata helpers shared by every format: dates to ISO, outlets from URLs, clean fields.
 */

/** "2023-06-22T14:00:00Z", "2023-06-22", "2023-06", "June 22, 2023" → "2023-06-22" / "2023-06"; else null. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s);
  if (iso) {
    const [, y, m, d] = iso;
    if (!validMonth(m!) || (d && !validDay(d))) return null;
    return d ? `${y}-${m}-${d}` : `${y}-${m}`;
  }
  const parsed = Date.parse(s);
  if (!Number.isNaN(parsed) && /\d{4}/.test(s)) return new Date(parsed).toISOString().slice(0, 10);
  return null;
}

const validMonth = (m: string) => Number(m) >= 1 && Number(m) <= 12;
const validDay = (d: string) => Number(d) >= 1 && Number(d) <= 31;

/** A date written into the file name (e.g. "2023-06-22_reuters.txt"), an inferred date. */
export function dateFromFileName(name: string): string | null {
  const match = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** Parses an http(s) URL; anything else (javascript:, relative, garbage) is null. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The URL's host without "www." and "amp.", as the outlet when nothing better is stated. */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^(www\d?|amp|m)\./, '') || null;
  } catch {
    return null;
  }
}

/** A non-empty, single-line, trimmed string, or null. */
export function cleanField(value: unknown, max = 300): string | null {
  if (typeof value !== 'string') return null;
  const s = value.replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, max) : null;
}
