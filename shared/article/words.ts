/**
 * Word counts for thresholds ("a claim has five words or more"): a word is a run of non-space
 * characters holding a letter or digit, so dashes, bullets and stray quote marks do not count.
 */
const WORD = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

/** The words of `text`, counted up to `limit` (counting stops there: thresholds need no more). */
export function countWords(text: string, limit = Infinity): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < limit && WORD.exec(text)) n++;
  return n;
}
