/**
 * The review of a case as the views show it: the stored pairs in review order, the case's verdicts,
 * and which pair shows which verdict (shared/review/attach.ts), recomputed whenever pairs or verdicts
 * change. The pairs are indexed once per matching result; attaching is cheap. When a verdict's quote
 * appears in several claims, the texts that decide it are read and it is attached again, so Review
 * agrees with the reports (which always have the texts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PairRecord } from '../../../../shared/match/records';
import { attachVerdicts, PairIndex, type Attachment } from '../../../../shared/review/attach';
import type { Verdict } from '../../../../shared/review/verdicts';
import { caseKeyPrefix, db, shaOfArticleId } from '../../db/AppDB';
import { usePairs } from '../../db/usePairs';

export interface CaseReview {
  pairs: readonly PairRecord[];
  verdicts: readonly Verdict[];
  attachment: Attachment;
  /** The pairs indexed for attachment: where a verdict the attachment does not have yet (or any more) goes. */
  index: PairIndex<PairRecord>;
}

const NO_VERDICTS: Verdict[] = [];

export function useReview(caseId: string): CaseReview | undefined {
  const pairs = usePairs(caseId);
  const verdicts = useLiveQuery(() => db.verdicts.where(':id').startsWith(caseKeyPrefix(caseId)).toArray(), [caseId]);
  const index = useMemo(() => (pairs ? new PairIndex(pairs, (id) => shaOfArticleId(caseId, id)) : undefined), [pairs, caseId]);
  const first = useMemo(() => (index ? attachVerdicts(index, verdicts ?? NO_VERDICTS) : undefined), [index, verdicts]);
  const wanted = first ? [...first.needsText].sort().join(',') : '';
  const texts = useLiveQuery(async () => {
    if (!wanted) return null;
    const shas = wanted.split(',');
    const rows = await db.texts.bulkGet(shas.map((sha) => `${caseKeyPrefix(caseId)}${sha}`));
    return new Map(shas.map((sha, i) => [sha, rows[i]?.text ?? '']));
  }, [caseId, wanted]);
  const attachment = useMemo(
    () => (index && first && texts ? attachVerdicts(index, verdicts ?? NO_VERDICTS, (sha) => texts.get(sha)) : first),
    [index, first, texts, verdicts],
  );
  if (!pairs || !verdicts || !attachment || !index) return undefined;
  return { pairs, verdicts, attachment, index };
}
