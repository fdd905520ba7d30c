/**
 * Web Worker that parses files with the same shared/ parser the desktop main process and the CLI use,
 * so decoding, PDF, Word, MIME and HTML extraction never block the page. In: { files }. Out: progress
 * messages, then { type: 'done', batch }.
 */
import type { RawFile } from '../../../shared/api/contract';
import { parseArticleFiles } from '../../../shared/article/parse';
import type { ParsedBatch } from '../../../shared/article/types';

export type ParseWorkerOut = { type: 'progress'; done: number; total: number } | { type: 'done'; batch: ParsedBatch };

self.onmessage = async (event: MessageEvent<{ files: RawFile[]; maxBytes?: number }>) => {
  const { files, maxBytes } = event.data;
  const batch = await parseArticleFiles(files, {
    maxBytes,
    release: true,
    onProgress: (done, total) => {
      if (done % 25 === 0 || done === total) self.postMessage({ type: 'progress', done, total } satisfies ParseWorkerOut);
    },
  });
  self.postMessage({ type: 'done', batch } satisfies ParseWorkerOut);
};
