/**
 * Parses files the page read (browser picks, drops in both editions) in the parse Worker, one worker
 * per batch, transferring the bytes rather than copying them.
 */
import type { FileBatch, ProgressListener } from '../../../shared/api/contract';
import type { ParsedBatch } from '../../../shared/article/types';
import type { ParseWorkerOut } from '../workers/parse.worker';

/** Parses `batch.files` off the main thread; read errors are carried over into the result. */
export function parseInPageWorker(batch: FileBatch, onProgress?: ProgressListener): Promise<ParsedBatch> {
  const readErrors = batch.errors;
  if (batch.files.length === 0) return Promise.resolve({ articles: [], errors: [...readErrors] });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParseWorkerOut>) => {
      const message = event.data as ParseWorkerOut | null;
      if (message?.type === 'progress') onProgress?.({ done: message.done, total: message.total });
      // PDF.js, loaded into the parse worker for a PDF, announces itself to whoever started the
      // worker ("ready"): that and any other message not ours is not an answer.
      else if (message?.type === 'done') {
        worker.terminate();
        resolve({ ...message.batch, errors: [...readErrors, ...message.batch.errors] });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the parser stopped: ${event.message}`));
    };
    worker.postMessage(
      { files: batch.files },
      batch.files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  });
}
