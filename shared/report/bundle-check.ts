/**
 * What a review bundle may hold, checked record by record against the bundle's own case and articles
 * before anything is stored (issue 16: a crafted bundle wrote history into another case; a verdict on
 * a pair that did not exist vanished; a duplicate article surfaced as a raw database error; a 5 MB
 * note froze the page). Each refusal is one sentence naming the record and the reason.
 */
import { verdictId, type ClaimAnchor } from '../review/anchors';
import { MAX_NOTE_CHARS, MAX_REVIEWER_CHARS, type Verdict } from '../review/verdicts';
import type { ReviewBundle } from './bundle';

/** Limits on what one bundle may hold: far above a real review, low enough to stay responsive. */
export const BUNDLE_LIMITS = {
  /** The file's text (characters). */
  chars: 1_000_000_000,
  articles: 50_000,
  pairs: 2_000_000,
  verdicts: 200_000,
  history: 1_000_000,
  clusters: 500_000,
} as const;

const COUNTED = ['articles', 'pairs', 'verdicts', 'history', 'clusters'] as const;

/** A sentence when one of the bundle's lists is over its limit, else null (read before the full check). */
export function checkBundleCounts(data: Record<string, unknown>): string | null {
  for (const key of COUNTED) {
    const list = data[key];
    if (Array.isArray(list) && list.length > BUNDLE_LIMITS[key]) {
      return `refused: the bundle holds ${list.length.toLocaleString('en')} ${key === 'history' ? 'history entries' : key}; a bundle may hold at most ${BUNDLE_LIMITS[key].toLocaleString('en')}`;
    }
  }
  return null;
}

const ordinal = (i: number) => (i + 1).toLocaleString('en');
const snippet = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The first problem with the bundle's records, as a sentence, or null when every record belongs. */
export function checkBundleRecords(bundle: ReviewBundle): string | null {
  const caseId = bundle.case.id;
  const prefix = `${caseId}:`;
  const foreign = (what: string, id: string, recordCase: string) =>
    recordCase !== caseId ? `${what} belongs to another case (“${recordCase}”, not this bundle’s “${caseId}”)` : !id.startsWith(prefix) ? `${what} has an id outside this bundle’s case (${snippet(id)})` : null;

  const articles = new Map<string, ReviewBundle['articles'][number]>();
  const bySha = new Map<string, string>();
  for (const [i, a] of bundle.articles.entries()) {
    const what = `article ${ordinal(i)} (“${snippet(a.fileName)}”)`;
    const problem = foreign(what, a.id, a.caseId);
    if (problem) return problem;
    if (a.id !== `${prefix}${a.sha256}`) return `${what} has an id that does not match its SHA-256`;
    if (articles.has(a.id)) return `${what} appears twice in the bundle (the same SHA-256 as an earlier article)`;
    if (a.chars !== a.text.length) return `${what} says it has ${a.chars.toLocaleString('en')} characters but its text has ${a.text.length.toLocaleString('en')}`;
    articles.set(a.id, a);
    bySha.set(a.sha256, a.text);
  }

  const claimProblem = (what: string, side: string, c: { articleId: string; start: number; end: number; text: string }) => {
    const article = articles.get(c.articleId);
    if (!article) return `${what} names an article this bundle does not contain (claim ${side})`;
    if (c.end <= c.start || c.end > article.text.length) return `${what} has claim ${side} outside its article’s text`;
    if (article.text.slice(c.start, c.end) !== c.text) return `${what} has claim ${side} that does not match its article’s text`;
    return null;
  };

  const pairs = new Set<string>();
  for (const [i, p] of bundle.pairs.entries()) {
    const what = `pair ${ordinal(i)}`;
    const problem = foreign(what, p.id, p.caseId) ?? claimProblem(what, 'A', p.a) ?? claimProblem(what, 'B', p.b);
    if (problem) return problem;
    if (pairs.has(p.id)) return `${what} appears twice in the bundle`;
    pairs.add(p.id);
  }

  const anchorProblem = (what: string, v: Verdict, a: ClaimAnchor, side: string) => {
    const text = bySha.get(a.sha256);
    // A verdict migrated from a pair id nobody could read keeps an empty anchor (legacy.ts).
    if (a.sha256 === '' && v.id.startsWith(`${prefix}legacy:`)) return null;
    if (text === undefined) return `${what} judges a claim in an article this bundle does not contain (claim ${side})`;
    if (a.end <= a.start || a.end > text.length) return `${what} has claim ${side} outside its article’s text`;
    if (text.slice(a.start, a.end) !== a.exact) return `${what} has claim ${side} that does not match its article’s text`;
    return null;
  };
  const verdictProblem = (what: string, v: Verdict) => {
    const problem = foreign(what, v.id, v.caseId) ?? anchorProblem(what, v, v.anchors[0], 'A') ?? anchorProblem(what, v, v.anchors[1], 'B');
    if (problem) return problem;
    const id = v.id.startsWith(`${prefix}legacy:`) ? v.id : v.id.replace(/~\d+$/, '');
    if (!id.startsWith(`${prefix}legacy:`) && id !== verdictId(caseId, v.anchors)) return `${what} has an id that does not name its two claims`;
    if (v.note.length > MAX_NOTE_CHARS) return `${what} has a note of ${v.note.length.toLocaleString('en')} characters; notes are limited to ${MAX_NOTE_CHARS.toLocaleString('en')}`;
    if (v.reviewer.length > MAX_REVIEWER_CHARS) return `${what} has a reviewer name longer than ${MAX_REVIEWER_CHARS} characters`;
    return null;
  };

  const verdicts = new Set<string>();
  for (const [i, v] of bundle.verdicts.entries()) {
    const what = `verdict ${ordinal(i)} (by “${snippet(v.reviewer)}”)`;
    const problem = verdictProblem(what, v);
    if (problem) return problem;
    if (verdicts.has(v.id)) return `${what} appears twice in the bundle`;
    verdicts.add(v.id);
  }

  for (const [i, h] of bundle.history.entries()) {
    const what = `history entry ${ordinal(i)}`;
    const problem = foreign(what, h.verdictId, h.caseId);
    if (problem) return problem;
    for (const [label, v] of [['before', h.before], ['after', h.after]] as const) {
      if (!v) continue;
      if (v.id !== h.verdictId) return `${what} changes a verdict other than the one it names (${label})`;
      const bad = verdictProblem(`${what} (${label})`, v);
      if (bad) return bad;
    }
  }

  for (const [i, c] of bundle.clusters.entries()) {
    const what = `cluster ${ordinal(i)}`;
    const problem = foreign(what, c.id, c.caseId);
    if (problem) return problem;
    if (c.pairIds.some((id) => !pairs.has(id))) return `${what} names a pair this bundle does not contain`;
    if (c.articleIds.some((id) => !articles.has(id))) return `${what} names an article this bundle does not contain`;
  }
  return null;
}
