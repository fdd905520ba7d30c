/**
 * Checkable details of a claim: its figures (quantities with units and what they measure, see
 * figures.ts), its dates resolved against the article's date (dates.ts), and its negation cues
 * (negation.ts), in the article's language.
 */
import { findDates, mayHaveDates } from './dates';
import { findFigures, type FigureLanguage } from './figures';
import { findNegations } from './negation';
import type { ClaimDetails } from './types';

export { findDates } from './dates';
export { findFigures } from './figures';
export { findNegations } from './negation';

/**
 * One empty list and one empty set of details shared by every claim without them (most claims): one
 * object instead of four a claim when claims are sent to another thread, stored or held. Frozen: no
 * caller may change details.
 */
const NONE = Object.freeze([]) as unknown as never[];
const NO_DETAILS: ClaimDetails = Object.freeze({ figures: NONE, dates: NONE, negations: NONE });

/**
 * Details by language and claim text: syndicated copies and repeated quotes bring the same sentence
 * many times over, in articles of many dates. Only dates depend on the article's date, and most claims
 * have none: those share one object whatever the date.
 */
const found = new Map<string, { details: ClaimDetails; dated: boolean; byDate: Map<string | null, ClaimDetails> | null }>();

/** The details of one claim's text in an article of `articleDate`; shared, so never to be changed. */
export function findDetails(text: string, articleDate: string | null, language: FigureLanguage = 'en'): ClaimDetails {
  const key = language === 'en' ? text : `${language}\u0000${text}`;
  let known = found.get(key);
  if (!known) {
    const figures = findFigures(text, language);
    const negations = findNegations(text);
    // Whether the text has dates at all (resolved per article date below): the cheap test first.
    const dated = mayHaveDates(text) && findDates(text, '2000-01-05', language).length > 0;
    const details = figures.length + negations.length === 0 && !dated ? NO_DETAILS : { figures: figures.length ? figures : NONE, dates: NONE, negations: negations.length ? negations : NONE };
    known = { details, dated, byDate: dated ? new Map() : null };
    if (found.size >= 100_000) found.clear();
    found.set(key, known);
  }
  if (!known.byDate) return known.details;
  let resolved = known.byDate.get(articleDate);
  if (!resolved) {
    resolved = { figures: known.details.figures, dates: findDates(text, articleDate, language), negations: known.details.negations };
    known.byDate.set(articleDate, resolved);
  }
  return resolved;
}
