/**
 * The stored form of a pair: plain data, the same in IndexedDB, in review bundles and in messages from
 * the matching Worker. Its id is the MatchPair id, built from the two claims' article ids and offsets,
 * so re-matching after new imports finds the same id for the same two claims and verdicts stay attached.
 * The word diff is not stored: the view computes it (shared/diff, bounded in edits) when a pair is shown.
 */
import type { MatchPair, PairAssessment, PairFlag, PairKind, Suggestion } from './pairs';

export type { PairFlag, PairKind, Suggestion };

export interface ClaimRef {
  articleId: string;
  start: number;
  end: number;
  text: string;
  kind: 'statement' | 'quote';
  speaker: string | null;
  via: string | null;
}

export interface PairRecord extends PairAssessment {
  id: string;
  caseId: string;
  a: ClaimRef;
  b: ClaimRef;
}

const ref = (c: MatchPair['a']): ClaimRef => ({
  articleId: c.articleId,
  start: c.start,
  end: c.end,
  text: c.text,
  kind: c.kind,
  speaker: c.speaker,
  via: c.via,
});

/** A MatchPair as stored for case `caseId`. */
export function toPairRecord(caseId: string, p: MatchPair): PairRecord {
  return {
    id: p.id,
    caseId,
    a: ref(p.a),
    b: ref(p.b),
    score: p.score,
    kind: p.kind,
    flags: p.flags,
    suggestion: p.suggestion,
    reason: p.reason,
    ...(p.evidence ? { evidence: p.evidence } : {}),
    ...(p.similarity !== undefined ? { similarity: p.similarity } : {}),
    priority: p.priority,
  };
}
