/**
 * Web Worker that parses files with the same shared/ parser the desktop main process and the CLI use,
 * so decoding and HTML extraction never block the page. In: { files }. Out: progress messages, then
 * { type: 'done', batch }.
 */
import type { RawFile } from '../../../shared/api/contract';
import { parseArticleFile } from '../../../shared/article/parse';
import type { ParsedBatch } from '../../../shared/article/types';

export type ParseWorkerOut = { type: 'progress'; done: number; total: number } | { type: 'done'; batch: ParsedBatch };

self.onmessage = async (event: MessageEvent<{ files: RawFile[]; maxBytes?: number }>) => {
  const { files, maxBytes } = event.data;
  const batch: ParsedBatch = { articles: [], errors: [] };
  for (let i = 0; i < files.length; i++) {
    const result = await parseArticleFile(files[i]!, { maxBytes });
    batch.articles.push(...result.articles);
    batch.errors.push(...result.errors);
    if ((i + 1) % 25 === 0 || i + 1 === files.length) {
      self.postMessage({ type: 'progress', done: i + 1, total: files.length } satisfies ParseWorkerOut);
    }
  }
  self.postMessage({ type: 'done', batch } satisfies ParseWorkerOut);
};
