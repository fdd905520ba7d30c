/**
 * Which row of the review queue shows a verdict, for undo to select it. The live query's attachment
 * may not have the verdict yet (z pressed right after its verdict key, before the query answered) or
 * any more (a first verdict undone): the verdict's claims still say which pair it belongs to.
 */
import { attachVerdicts, type Attachment, type PairIndex, type PairLike } from '../../../../shared/review/attach';
import type { Verdict } from '../../../../shared/review/verdicts';

/**
 * The queue item id for verdict `id`: its pair in `attachment`, else the pair `verdict` (its stored
 * record, before or after the change) attaches to in `index`, else its row of verdicts no longer proposed.
 */
export function itemOfVerdict(review: { attachment: Attachment; index: PairIndex<PairLike> } | undefined, id: string, verdict: Verdict | null | undefined): string {
  const pairId = review?.attachment.pairOf.get(id) ?? (review && verdict ? attachVerdicts(review.index, [verdict]).pairOf.get(id) : undefined);
  return pairId ?? `orphan:${id}`;
}
