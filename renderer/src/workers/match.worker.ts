/**
 * The matching Worker: keeps one CaseMatcher per case, so a new import extracts only the new
 * articles' claims, and never blocks the page. In: { caseId, articles } (every article of the case;
 * those already extracted are skipped, those no longer given are removed). Out: progress, then all
 * pairs as records and the clusters they form: the same articles always give the same pairs.
 */
import type { ClaimSource } from '../../../shared/claims/extract';
import { CaseMatcher } from '../../../shared/match/case-matcher';
import { clusterRecords, type ClusterView } from '../../../shared/match/cluster-records';
import { toPairRecord, type PairRecord } from '../../../shared/match/records';

export interface MatchRequest {
  /** Echoed in every reply, so each caller takes only its own answers. */
  requestId: number;
  caseId: string;
  articles: ClaimSource[];
}

export type MatchWorkerOut =
  | { type: 'progress'; requestId: number; caseId: string; done: number; total: number }
  | { type: 'done'; requestId: number; caseId: string; pairs: PairRecord[]; clusters: ClusterView[]; articles: number };

const matchers = new Map<string, CaseMatcher>();
const seen = new Map<string, Set<string>>();

self.onmessage = (event: MessageEvent<MatchRequest>) => {
  const { requestId, caseId, articles } = event.data;
  let matcher = matchers.get(caseId);
  let known = seen.get(caseId);
  const ids = new Set(articles.map((a) => a.id));
  if (!matcher || !known) {
    matcher = new CaseMatcher();
    known = new Set();
    matchers.set(caseId, matcher);
    seen.set(caseId, known);
  }
  for (const id of [...known]) {
    if (ids.has(id)) continue;
    matcher.removeArticle(id);
    known.delete(id);
  }
  const fresh = articles.filter((a) => !known.has(a.id));
  fresh.forEach((article, i) => {
    matcher.addArticle(article);
    known.add(article.id);
    if ((i + 1) % 5 === 0 || i + 1 === fresh.length) {
      self.postMessage({ type: 'progress', requestId, caseId, done: i + 1, total: fresh.length } satisfies MatchWorkerOut);
    }
  });
  const pairs = matcher.allPairs().map((p) => toPairRecord(caseId, p));
  // Clustering passes over every pair: done here, off the page's thread.
  const clusters = clusterRecords(pairs);
  self.postMessage({ type: 'done', requestId, caseId, pairs, clusters, articles: known.size } satisfies MatchWorkerOut);
};
