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
  details: ClaimDetails;
}

export interface ClaimDetails {
  numbers: NumberMention[];
  dates: DateMention[];
  /** Negation words in the claim ("not", "never", "n't", "no", "denied"). */
  negations: string[];
}

export interface NumberMention {
  /** As written: "130,000 troops", "five-hour", "$1.3 billion". */
  text: string;
  value: number;
  /** Normalised unit ("troop", "hour", "usd", "foot"), or null for a bare number. */
  unit: string | null;
}

export interface DateMention {
  text: string;
  /** "YYYY-MM-DD" when it can be resolved against the article's date, else null. */
  iso: string | null;
}
