/**
 * What one extraction thread does with a batch of articles (extract-worker.ts runs it on a worker
 * thread; tests run it in scripted workers): the claims of each article, and each claim prepared for
 * the index (copy key, and tokens the first time a key is seen by this preparer).
 */
import { extractClaims, type ClaimSource } from '../../shared/claims/extract';
import type { Claim } from '../../shared/claims/types';
import type { ClaimPreparer} from '../../shared/match/tokens';
import { type PreparedClaim } from '../../shared/match/tokens';

export function extractBatch(preparer: ClaimPreparer, articles: readonly ClaimSource[]): { claims: Claim[][]; prepared: PreparedClaim[][] } {
  const claims = articles.map((a) => extractClaims(a));
  return { claims, prepared: claims.map((c) => preparer.prepare(c)) };
}
