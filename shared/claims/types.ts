import type { DateMention } from './dates';
import type { Figure, FigureLanguage } from './figures';
import type { NegationCue } from './negation';

export type { DateMention, Figure, FigureLanguage, NegationCue };

/**
 * Claims: the checkable units of an article. A statement is one sentence; a quote is the words inside
 * a pair of quotation marks (possibly several sentences), with its speaker. Offsets index the stored
 * article text exactly: `text === article.text.slice(start, end)`.
 */
export interface Claim {
  /** `${articleId}#${start}-${end}`: stable for the same text, so verdicts survive re-matching. */
  id: string;
  articleId: string;
  kind: 'statement' | 'quote';
  start: number;
  end: number;
  text: string;
  /** Who is quoted (quotes) or who says so (statements with "said"), when it is clear. */
  speaker: string | null;
  /** The outlet or agency the words came through ("Sputnik quoted Macron as saying"). */
  via: string | null;
  /** The language its numbers, units and dates were read in. */
  language: FigureLanguage;
  details: ClaimDetails;
}

export interface ClaimDetails {
  /** Quantities with units and what they measure ("948ft (289m) container ship"). */
  figures: Figure[];
  /** Dates resolved against the article's date. */
  dates: DateMention[];
  /** Negation cues ("not", "never", "n't", "no", "kein", "non"…). */
  negations: NegationCue[];
}
