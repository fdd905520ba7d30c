/**
 * Clusters from stored pairs: claims joined by strong or verbatim pairs across three or more articles,
 * with their distinct wordings, the articles that use each, and the earliest appearance. Works on
 * PairRecords, so the UI builds clusters from what is stored without re-running the matcher.
 */
import { copyKey } from './index';
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

/** Connected groups of claims, largest first; `minScore` is the strength a link needs (verbatim always links). */
export function clusterRecords(pairs: readonly PairRecord[], minScore = 0.5): ClusterView[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const claims = new Map<string, ClaimRef>();
  const strong = pairs.filter((p) => p.score >= minScore || p.kind === 'verbatim');
  for (const p of strong) {
    for (const c of [p.a, p.b]) {
      const k = claimKey(c);
      if (!parent.has(k)) parent.set(k, k);
      claims.set(k, c);
    }
    parent.set(find(claimKey(p.a)), find(claimKey(p.b)));
  }
  const groups = new Map<string, { pairIds: string[]; keys: Set<string> }>();
  for (const p of strong) {
    const root = find(claimKey(p.a));
    const g = groups.get(root) ?? { pairIds: [], keys: new Set<string>() };
    g.pairIds.push(p.id);
    g.keys.add(claimKey(p.a)).add(claimKey(p.b));
    groups.set(root, g);
  }
  const out: ClusterView[] = [];
  for (const g of groups.values()) {
    const members = [...g.keys].sort().map((k) => claims.get(k)!);
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
