/**
 * Runs parse-worker in a worker thread and resolves with its ParsedBatch. The worker's location and
 * options are passed in: the built app points at out/main/parse-worker.js, tests at the TypeScript
 * source through tsx.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ImportProgress } from '../../shared/api/contract';
import type { ParsedBatch } from '../../shared/article/types';
import { PARSE_WORKER_ROLE, type ParseJob, type ParseWorkerMessage } from './parse-protocol';

export interface WorkerSpec {
  url: URL | string;
  options?: WorkerOptions;
}

/** Parses `job` off the calling thread; a crashed worker rejects with its error. */
export function parseInWorker(
  spec: WorkerSpec,
  job: ParseJob,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ParsedBatch> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(spec.url, { ...spec.options, workerData: { ...spec.options?.workerData, role: PARSE_WORKER_ROLE } });
    let settled = false;
    worker.on('message', (message: ParseWorkerMessage) => {
      if (message.type === 'progress') onProgress?.({ done: message.done, total: message.total });
      else {
        settled = true;
        resolve(message.batch);
        void worker.terminate();
      }
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`parse worker exited with code ${code} before finishing`));
    });
    worker.postMessage(job);
  });
}
