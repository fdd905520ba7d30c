/** Filtering the review queue, as a pure function over pairs and verdicts. */
import type { PairFlag, PairRecord } from '../../../../shared/match/records';
import type { Verdict } from '../../../../shared/review/verdicts';

export type StatusFilter = 'all' | 'unreviewed' | 'consistent' | 'conflicting' | 'unclear';

export interface QueueFilter {
  status: StatusFilter;
  flag: PairFlag | 'any';
  /** Matches either claim's speaker, case-insensitively; empty matches all. */
  speaker: string;
}

export const NO_FILTER: QueueFilter = { status: 'all', flag: 'any', speaker: '' };

/** The pairs that pass `filter`, keeping their (review) order. */
export function filterQueue(pairs: readonly PairRecord[], verdicts: ReadonlyMap<string, Verdict>, filter: QueueFilter): PairRecord[] {
  const speaker = filter.speaker.trim().toLocaleLowerCase();
  return pairs.filter((p) => {
    const v = verdicts.get(p.id);
    if (filter.status === 'unreviewed' && v) return false;
    if (filter.status !== 'all' && filter.status !== 'unreviewed' && v?.verdict !== filter.status) return false;
    if (filter.flag !== 'any' && !p.flags.includes(filter.flag)) return false;
    if (speaker && ![p.a.speaker, p.b.speaker].some((s) => s?.toLocaleLowerCase().includes(speaker))) return false;
    return true;
  });
}
