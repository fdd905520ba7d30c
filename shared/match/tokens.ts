/**
 * Copy keys: claims with the same key have the same words, case, punctuation and spacing aside (a
 * syndicated copy, a repeated quote).
 */

/** Text whose only non-ASCII characters are spaces, dashes and curly quotes (most news copy). */
const mostlyAscii = (text: string) => !/[^\t\n\r\x20-\x7e\u00a0\u2000-\u206f]/.test(text);

export function copyKey(text: string): string {
  // The quick expression for mostly-ASCII text: the Unicode one is several times slower.
  return text.toLowerCase().replace(mostlyAscii(text) ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ').trim();
}
