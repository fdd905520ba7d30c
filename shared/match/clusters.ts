/**
 * Clusters: one claim told in three or more articles. Built by average linkage over the pairs' word
 * similarity between wordings (claims with the same words are one wording; a copy counts 1, a missing
 * pair 0): two groups join only when the wordings of one are, on average, close to the wordings of the
 * other, so a cluster never chains through one weak link ("They lasted a little over five hours"
 * joining "On Monday, the French leader met with Putin") and one "All consistent" never stamps a
 * mixed set.
 */
export interface ClusterPair<C> {
  id: string;
  a: C;
  b: C;
  score: number;
  /** How alike the claims' words are; clusters join on it (on the score for pairs stored without it). */
  similarity?: number;
  kind: string;
}

/** How close two groups must be on average (over every pair of their wordings) to join. */
export const CLUSTER_LINKAGE = 0.4;

/**
 * Groups of claims (each claim keyed by `keyOf`, its wording by `wordingOf`) joined by average
 * linkage of the pairs scoring `minScore` or more, with the pairs inside each group.
 */
export function averageLinkage<C>(pairs: readonly ClusterPair<C>[], keyOf: (c: C) => string, wordingOf: (c: C) => string = keyOf, minScore = 0.5): Array<{ claims: C[]; pairIds: string[] }> {
  const strength = (p: ClusterPair<C>) => (p.kind === 'verbatim' ? 1 : (p.similarity ?? p.score));
  const edges = pairs.filter((p) => strength(p) >= minScore).sort((x, y) => strength(y) - strength(x) || (x.id < y.id ? -1 : 1));
  const weight = new Map<string, number>();
  const edgeKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  const claims = new Map<string, C>();
  const members = new Map<string, Set<string>>();
  const wording = (c: C) => {
    const w = wordingOf(c);
    const k = keyOf(c);
    claims.set(k, c);
    let set = members.get(w);
    if (!set) members.set(w, (set = new Set()));
    set.add(k);
    return w;
  };
  for (const p of pairs) {
    const wa = wording(p.a);
    const wb = wording(p.b);
    if (wa !== wb) weight.set(edgeKey(wa, wb), Math.max(weight.get(edgeKey(wa, wb)) ?? 0, strength(p)));
  }
  // Groups of wordings; a wording is in one group.
  const groupOf = new Map<string, Set<string>>();
  for (const p of edges) for (const w of [wordingOf(p.a), wordingOf(p.b)]) if (!groupOf.has(w)) groupOf.set(w, new Set([w]));
  for (const p of edges) {
    const g = groupOf.get(wordingOf(p.a))!;
    const h = groupOf.get(wordingOf(p.b))!;
    if (g === h) continue;
    let sum = 0;
    for (const x of g) for (const y of h) sum += weight.get(edgeKey(x, y)) ?? 0;
    if (sum / (g.size * h.size) < CLUSTER_LINKAGE) continue;
    const [big, small] = g.size >= h.size ? [g, h] : [h, g];
    for (const w of small) {
      big.add(w);
      groupOf.set(w, big);
    }
  }
  const out: Array<{ claims: C[]; pairIds: string[] }> = [];
  const byWording = new Map<string, { claims: C[]; pairIds: string[] }>();
  for (const g of new Set(groupOf.values())) {
    const keys = [...g].flatMap((w) => [...members.get(w)!]).sort();
    const group = { claims: keys.map((k) => claims.get(k)!), pairIds: [] as string[] };
    out.push(group);
    for (const w of g) byWording.set(w, group);
  }
  for (const p of edges) {
    const g = byWording.get(wordingOf(p.a));
    if (g && g === byWording.get(wordingOf(p.b))) g.pairIds.push(p.id);
  }
  return out;
}
