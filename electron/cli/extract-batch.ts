/**
 * What one extraction thread does with a batch of articles (extract-worker.ts runs it on a worker
 * thread; tests run it in scripted workers): the claims of each article.
 */
import { extractClaims, type ClaimSource } from '../../shared/claims/extract';
import type { Claim } from '../../shared/claims/types';

export function extractBatch(articles: readonly ClaimSource[]): { claims: Claim[][] } {
  return { claims: articles.map((a) => extractClaims(a)) };
}
