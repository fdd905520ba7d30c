/**
 * The language of an article that declares none, detected by eld (Nito-ELD) on the start of its text.
 * The extra-small database was chosen by measurement (docs/architecture.md, test/bench/language-detectors.ts):
 * on the corpora's English, German, Spanish and Italian reports it is as accurate as the larger ones
 * and franc or tinyld on article-length text, twenty times faster, and quickest to load. It loads on
 * first use, so tools that never detect a language do not pay for its tables.
 */
import type { eld as Eld } from 'eld/extrasmall';

/** Enough text to decide: the detector reads about 350 bytes itself, and is exact on the corpora from 200 characters on. */
const SAMPLE = 200;

let detector: Promise<typeof Eld> | null = null;

/** ISO 639-1 code of the text's language ("en", "de"), or null when the detector is not confident. */
export async function detectLanguage(text: string): Promise<string | null> {
  detector ??= import('eld/extrasmall').then((m) => m.eld);
  const result = (await detector).detect(text.slice(0, SAMPLE));
  return result.language && result.isReliable() ? result.language : null;
}
