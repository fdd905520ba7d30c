/**
 * A short key for a set of articles as matching reads them (ids and dates): the case's stored pairs
 * are stamped with the key of the articles they were found for, so matching skips a case whose pairs
 * already cover its articles (a reload, a restored bundle) instead of replacing them with a run from
 * scratch (issue 16), and runs again when an article comes, goes or has its date corrected.
 */

/** cyrb53: a fast 53-bit string hash (not cryptographic; a changed set gives another key). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** `${count}:${hash}` of the sorted ids with their dates: the same for the same set in any order. */
export function articleSetKey(articles: ReadonlyArray<{ id: string; date: string | null }>): string {
  return `${articles.length}:${hash53(articles.map((a) => `${a.id}@${a.date ?? ''}`).sort().join('\n'))}`;
}
