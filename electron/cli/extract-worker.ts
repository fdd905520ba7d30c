/**
 * A thread of the extraction pool (extract-pool.ts): says when it is ready, then extracts the claims
 * of each batch of articles it is sent, prepares them for the index, and posts both back with the
 * batch's number.
 */
import { parentPort } from 'node:worker_threads';
import { extractClaims, type ClaimSource } from '../../shared/claims/extract';
import { ClaimPreparer } from '../../shared/match/tokens';

const preparer = new ClaimPreparer();

parentPort!.on('message', ({ batch, articles }: { batch: number; articles: ClaimSource[] }) => {
  const claims = articles.map((a) => extractClaims(a));
  parentPort!.postMessage({ batch, claims, prepared: claims.map((c) => preparer.prepare(c)) });
});

parentPort!.postMessage({ ready: true });
