/**
 * Verdicts of the pair-id era (database schema v4 and earlier, bundle format 1) keyed by the pair id
 * `${articleIdA}#${start}-${end}|${articleIdB}#${start}-${end}`, turned into anchored verdicts. The
 * pair id names both claims' positions, the stored texts give their quotes. Nothing is dropped: a
 * verdict whose pair id cannot be read keeps its decision and note under an id of its own (an orphan,
 * shown with its note), and two verdicts that name the same two claims (a|b and b|a, from runs that
 * ordered the sides differently) both stay, the older under a suffixed id.
 */
import { anchorClaim, canonicalAnchors, verdictId, type ClaimAnchor } from './anchors';
import type { Verdict, VerdictChange, VerdictValue } from './verdicts';

export interface LegacyVerdict {
  id: string;
  caseId: string;
  verdict: VerdictValue;
  note: string;
  reviewer: string;
  at: number;
}

export interface LegacyVerdictChange {
  seq?: number;
  caseId: string;
  pairId: string;
  before: LegacyVerdict | null;
  after: LegacyVerdict | null;
  at: number;
  batch?: number;
}

/** What migration reads: each article's SHA-256 and text, and (when the text is gone) a stored claim's text. */
export interface LegacyLookup {
  shaOf(articleId: string): string | undefined;
  textOf(articleId: string): string | undefined;
  /** The text a stored pair gave this claim, used when the article's text is unavailable. */
  claimText?(articleId: string, start: number, end: number): string | undefined;
}

export interface LegacySide {
  articleId: string;
  start: number;
  end: number;
}

const SIDE = /^(.+)#(\d+)-(\d+)$/;

/** The two claim positions a pair id of the pair-id era names, or null when it is not one. */
export function parseLegacyPairId(pairId: string): [LegacySide, LegacySide] | null {
  const bar = pairId.indexOf('|');
  if (bar < 0 || pairId.indexOf('|', bar + 1) >= 0) return null;
  const sides = [pairId.slice(0, bar), pairId.slice(bar + 1)].map((s) => SIDE.exec(s));
  if (!sides[0] || !sides[1]) return null;
  const side = (m: RegExpExecArray): LegacySide => ({ articleId: m[1]!, start: Number(m[2]), end: Number(m[3]) });
  const [x, y] = [side(sides[0]), side(sides[1])];
  return x.end > x.start && y.end > y.start ? [x, y] : null;
}

const UNKNOWN: ClaimAnchor = { sha256: '', start: 0, end: 0, exact: '', prefix: '', suffix: '' };

/** The anchors a legacy pair id names (null when it names none), and their canonical verdict id. */
function anchorsOf(caseId: string, pairId: string, lookup: LegacyLookup): { id: string; anchors: [ClaimAnchor, ClaimAnchor] } | null {
  const sides = parseLegacyPairId(pairId);
  if (!sides) return null;
  const anchor = (s: LegacySide): ClaimAnchor => {
    const text = lookup.textOf(s.articleId);
    const exact = text !== undefined ? text.slice(s.start, s.end) : (lookup.claimText?.(s.articleId, s.start, s.end) ?? '');
    return anchorClaim(lookup.shaOf(s.articleId) ?? '', { start: s.start, end: s.end, text: exact }, text);
  };
  const anchors = canonicalAnchors(anchor(sides[0]), anchor(sides[1]));
  return { id: verdictId(caseId, anchors), anchors };
}

/**
 * Anchored verdicts and history for the legacy ones of one or more cases. Every input verdict gives
 * exactly one output verdict; history entries follow their verdict's new id.
 */
export function migrateLegacyVerdicts(
  verdicts: readonly LegacyVerdict[],
  history: readonly LegacyVerdictChange[],
  lookup: LegacyLookup,
): { verdicts: Verdict[]; history: VerdictChange[] } {
  const idOfPair = new Map<string, string>();
  const used = new Set<string>();
  const out: Verdict[] = [];
  // Newest first: of two verdicts on the same claims, the newer keeps the canonical id.
  for (const v of [...verdicts].sort((x, y) => y.at - x.at || (x.id < y.id ? -1 : 1))) {
    const anchored = anchorsOf(v.caseId, v.id, lookup);
    const base = anchored?.id ?? `${v.caseId}:legacy:${v.id.startsWith(`${v.caseId}:`) ? v.id.slice(v.caseId.length + 1) : v.id}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
    used.add(id);
    idOfPair.set(`${v.caseId}\u0000${v.id}`, id);
    out.push(toVerdict(v, id, anchored?.anchors ?? [UNKNOWN, UNKNOWN]));
  }
  const changes = history.map((h): VerdictChange => {
    const id = idOfPair.get(`${h.caseId}\u0000${h.pairId}`) ?? anchorsOf(h.caseId, h.pairId, lookup)?.id ?? `${h.caseId}:legacy:${h.pairId}`;
    const anchors = anchorsOf(h.caseId, h.pairId, lookup)?.anchors ?? [UNKNOWN, UNKNOWN];
    const change: VerdictChange = {
      caseId: h.caseId,
      verdictId: id,
      before: h.before ? toVerdict(h.before, id, anchors) : null,
      after: h.after ? toVerdict(h.after, id, anchors) : null,
      at: h.at,
    };
    if (h.seq !== undefined) change.seq = h.seq;
    if (h.batch !== undefined) change.batch = h.batch;
    return change;
  });
  return { verdicts: out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)), history: changes };
}

function toVerdict(v: LegacyVerdict, id: string, anchors: [ClaimAnchor, ClaimAnchor]): Verdict {
  return { id, caseId: v.caseId, anchors, verdict: v.verdict, note: v.note, reviewer: v.reviewer, at: v.at, legacyPairId: v.id };
}

/** Whether a stored verdict is of the pair-id era (no anchors yet). */
export function isLegacyVerdict(v: unknown): v is LegacyVerdict {
  return !!v && typeof v === 'object' && !('anchors' in v);
}
