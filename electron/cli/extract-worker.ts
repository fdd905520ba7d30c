/**
 * A thread of the extraction pool (extract-pool.ts): says when it is ready, then extracts the claims
 * of each batch of articles it is sent and posts them back with the batch's number.
 */
import { parentPort } from 'node:worker_threads';
import type { ClaimSource } from '../../shared/claims/extract';
import { extractBatch } from './extract-batch';

parentPort!.on('message', ({ batch, articles }: { batch: number; articles: ClaimSource[] }) => {
  parentPort!.postMessage({ batch, ...extractBatch(articles) });
});

parentPort!.postMessage({ ready: true });
