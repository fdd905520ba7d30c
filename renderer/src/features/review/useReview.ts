/**
 * The review of a case as the views show it: the stored pairs in review order, the case's verdicts,
 * and which pair shows which verdict (shared/review/attach.ts), recomputed whenever pairs or verdicts
 * change. The pairs are indexed once per matching result, in chunks between which the page can paint
 * (issue 18: at once it was the largest part of a 210 ms task opening Review); attaching is cheap. When a verdict's quote
 * appears in several claims, the texts that decide it are read and it is attached again, so Review
 * agrees with the reports (which always have the texts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { startTransition, useEffect, useMemo, useState } from 'react';
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

/** Pairs indexed per chunk; a chunk takes a few milliseconds. */
const INDEX_CHUNK = 1000;

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The last index built, for the list usePairs shares (the same array while the case's match stamp holds). */
let lastIndex: { pairs: readonly PairRecord[]; caseId: string; index: PairIndex<PairRecord> } | null = null;

/** The pairs indexed for attachment, built in chunks after the pairs arrive; undefined until then. */
function usePairIndex(caseId: string, pairs: readonly PairRecord[] | undefined): PairIndex<PairRecord> | undefined {
  const cached = pairs && lastIndex?.pairs === pairs && lastIndex.caseId === caseId ? lastIndex.index : undefined;
  const [built, setBuilt] = useState<typeof lastIndex>(null);
  useEffect(() => {
    if (!pairs || cached) return;
    let current = true;
    void PairIndex.inChunks(pairs, (id) => shaOfArticleId(caseId, id), pause, INDEX_CHUNK, () => current).then((index) => {
      if (!index || !current) return;
      lastIndex = { pairs, caseId, index };
      // A transition: React renders the review it completes in slices, yielding to the page between
      // components, instead of in one long task (issue 18).
      startTransition(() => setBuilt(lastIndex));
    });
    return () => {
      current = false;
    };
  }, [pairs, caseId, cached]);
  if (cached) return cached;
  return built && built.pairs === pairs && built.caseId === caseId ? built.index : undefined;
}

export function useReview(caseId: string): CaseReview | undefined {
  const pairs = usePairs(caseId);
  const verdicts = useLiveQuery(() => db.verdicts.where(':id').startsWith(caseKeyPrefix(caseId)).toArray(), [caseId]);
  const index = usePairIndex(caseId, pairs);
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
