/**
 * Clusters from stored pairs: claims joined by strong or verbatim pairs across three or more articles,
 * with their distinct wordings, the articles that use each, and the earliest appearance. Works on
 * PairRecords, so the UI builds clusters from what is stored without re-running the matcher.
 */
import { averageLinkage } from './clusters';
import { copyKey } from './tokens';
import { byId } from './order';
import type { ClaimRef, PairRecord } from './records';

export interface Wording {
  text: string;
  claims: ClaimRef[];
}

export interface ClusterView {
  id: string;
  pairIds: string[];
  claims: ClaimRef[];
  wordings: Wording[];
  articleIds: string[];
}

const claimKey = (c: ClaimRef) => `${c.articleId}#${c.start}-${c.end}`;

/** Clusters of three articles or more, largest first (see clusters.ts); verbatim pairs always link. */
export function clusterRecords(pairs: readonly PairRecord[], minScore = 0.5): ClusterView[] {
  const out: ClusterView[] = [];
  for (const g of averageLinkage(pairs, claimKey, (c) => copyKey(c.text), minScore)) {
    const members = g.claims;
    const articleIds = [...new Set(members.map((c) => c.articleId))];
    if (articleIds.length < 3) continue;
    const byWording = new Map<string, Wording>();
    for (const c of members) {
      const key = copyKey(c.text);
      const w = byWording.get(key) ?? { text: c.text, claims: [] };
      w.claims.push(c);
      byWording.set(key, w);
    }
    out.push({
      id: `cluster:${claimKey(members[0]!)}`,
      pairIds: g.pairIds,
      claims: members,
      wordings: [...byWording.values()].sort((x, y) => y.claims.length - x.claims.length),
      articleIds,
    });
  }
  return out.sort((x, y) => y.articleIds.length - x.articleIds.length || byId(x, y));
}

/** The earliest of dated articles ("YYYY-MM-DD" or "YYYY-MM"), or null when none is dated. */
export function earliestArticle(articleIds: readonly string[], dateOf: (id: string) => string | null): string | null {
  let best: string | null = null;
  let bestDate: string | null = null;
  for (const id of articleIds) {
    const d = dateOf(id);
    if (d && (bestDate === null || d < bestDate)) {
      best = id;
      bestDate = d;
    }
  }
  return best;
}
