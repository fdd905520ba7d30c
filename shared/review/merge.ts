/**
 * Merging a colleague's review of the same case (issue 19): what their bundle brings that this library
 * lacks. Articles are matched by SHA-256; verdicts by the two claims they judge (their anchors), so the
 * same pair has the same verdict id in both libraries whatever its pair id. Nothing of either side is
 * lost: a verdict this library lacks comes in with its reviewer and time; where both reviewed the same
 * claims, this library's verdict stays and theirs is kept beside it as a second opinion, a
 * disagreement when the verdicts differ. Pure, so it is planned (and shown) before anything is stored.
 */
import type { ClaimAnchor } from './anchors';
import { verdictId } from './anchors';
import type { Verdict, VerdictValue } from './verdicts';

/** Another reviewer's verdict on claims this library's reviewer judged too. */
export interface Opinion {
  /** `${verdictId}@${at}@${reviewer}`: the same opinion merged twice is stored once. */
  id: string;
  caseId: string;
  /** The verdict of this library on the same two claims. */
  verdictId: string;
  anchors: [ClaimAnchor, ClaimAnchor];
  verdict: VerdictValue;
  note: string;
  reviewer: string;
  /** When they gave it (epoch ms). */
  at: number;
  /** The bundle it came from (its file name) and when it was merged. */
  source: string;
  mergedAt: number;
}

/** An article as a bundle carries it (only what the merge reads, plus the rest passed through). */
export interface MergeArticle {
  id: string;
  caseId: string;
  sha256: string;
}

export interface MergePlan<A extends MergeArticle> {
  /** Articles this library lacks, re-keyed to its case. */
  articles: A[];
  /** Verdicts on claims nobody here judged yet, re-keyed to this case. */
  verdicts: Verdict[];
  /** Their verdicts on claims judged here too, with another verdict or note. */
  opinions: Opinion[];
  /** How many of `opinions` disagree (another verdict, not only another note). */
  disagreements: number;
  /** Their verdicts that are already here as they are (same verdict and note). */
  agreements: number;
  /** Who reviewed in their bundle. */
  reviewers: string[];
}

export function opinionId(verdictIdOfClaims: string, at: number, reviewer: string): string {
  return `${verdictIdOfClaims}@${at}@${reviewer}`;
}

/**
 * What merging `incoming` (a colleague's bundle: its articles and verdicts) into case `caseId` adds.
 * `local` is this library's side: its articles' hashes, verdicts and opinions.
 */
export function planMerge<A extends MergeArticle>(
  caseId: string,
  local: { shas: ReadonlySet<string>; verdicts: readonly Verdict[]; opinions: readonly Opinion[] },
  incoming: { articles: readonly A[]; verdicts: readonly Verdict[] },
  source: string,
  now: number,
): MergePlan<A> {
  const prefix = `${caseId}:`;
  const articles = incoming.articles.filter((a) => !local.shas.has(a.sha256)).map((a) => ({ ...a, id: `${prefix}${a.sha256}`, caseId }));
  const mine = new Map(local.verdicts.map((v) => [v.id, v]));
  const known = new Set(local.opinions.map((o) => o.id));
  const verdicts: Verdict[] = [];
  const opinions: Opinion[] = [];
  let agreements = 0;
  let disagreements = 0;
  for (const theirs of incoming.verdicts) {
    const id = verdictId(caseId, theirs.anchors);
    const here = mine.get(id);
    if (!here) {
      const { legacyPairId: _legacy, ...rest } = theirs;
      verdicts.push({ ...rest, id, caseId });
      continue;
    }
    if (here.verdict === theirs.verdict && here.note === theirs.note) {
      agreements++;
      continue;
    }
    const oid = opinionId(id, theirs.at, theirs.reviewer);
    if (known.has(oid)) continue;
    known.add(oid);
    if (here.verdict !== theirs.verdict) disagreements++;
    opinions.push({ id: oid, caseId, verdictId: id, anchors: here.anchors, verdict: theirs.verdict, note: theirs.note, reviewer: theirs.reviewer, at: theirs.at, source, mergedAt: now });
  }
  const reviewers = [...new Set(incoming.verdicts.map((v) => v.reviewer))].sort();
  return { articles, verdicts, opinions, disagreements, agreements, reviewers };
}

/** True when an opinion disagrees with the verdict it sits beside. */
export function disagrees(verdict: Pick<Verdict, 'verdict'>, opinion: Pick<Opinion, 'verdict'>): boolean {
  return verdict.verdict !== opinion.verdict;
}
