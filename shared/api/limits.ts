/**
 * Limits both editions apply before parsing, so a file refused on the desktop is refused in the
 * browser with the same words.
 */

/** Files larger than this are refused unread (20 MB): no news article is that long. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** "20 MB", "1.5 kB": decimal units, as file managers show them. */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  let value = n;
  let unit = 'B';
  for (const u of ['kB', 'MB', 'GB']) {
    if (value < 1000) break;
    value /= 1000;
    unit = u;
  }
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** The message for a file over the limit, identical in both editions. */
export function tooLargeMessage(size: number, limit: number): string {
  return `too large: ${formatBytes(size)} (limit ${formatBytes(limit)})`;
}
