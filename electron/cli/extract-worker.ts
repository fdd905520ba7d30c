/**
 * A thread of the extraction pool (extract-pool.ts): says when it is ready, then extracts the claims
 * of each batch of articles it is sent, prepares them for the index, and posts both back with the
 * batch's number.
 */
import { parentPort } from 'node:worker_threads';
import type { ClaimSource } from '../../shared/claims/extract';
import { ClaimPreparer } from '../../shared/match/tokens';
import { extractBatch } from './extract-batch';

const preparer = new ClaimPreparer();

parentPort!.on('message', ({ batch, articles }: { batch: number; articles: ClaimSource[] }) => {
  parentPort!.postMessage({ batch, ...extractBatch(preparer, articles) });
});

parentPort!.postMessage({ ready: true });
