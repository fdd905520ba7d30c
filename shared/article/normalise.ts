/**
 * Normalises decoded text once, at import: line endings to LF, Unicode to NFC, a stray BOM character
 * and control characters (terminal escapes, bells: never part of an article) removed, trailing spaces
 * trimmed from lines and runs of blank lines collapsed to one. Everything that runs later (claims,
 * offsets, diffs) works on this exact string.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .normalize('NFC')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text that is only whitespace, or has no letters or digits at all, is not an article. */
export function hasArticleText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
