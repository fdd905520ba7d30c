/**
 * Worker thread that reads and parses the files main was asked to import, so decoding and HTML
 * extraction never block the main process (and with it every window's input handling).
 * Message in: { paths, maxBytes? }. Messages out: { type: 'progress', done, total } while working,
 * then { type: 'done', batch }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParsedBatch } from '../../shared/article/types';
import { parseArticleFile } from '../../shared/article/parse';
import { PARSE_WORKER_ROLE, type ParseJob, type ParseWorkerMessage } from './parse-protocol';
import { readPaths } from './read-files';

/** Reads and parses `job`, reporting progress through `post`. Exported for tests in one thread. */
export async function runParseJob(job: ParseJob, post: (message: ParseWorkerMessage) => void): Promise<void> {
  const read = await readPaths(job.paths, { maxBytes: job.maxBytes });
  const batch: ParsedBatch = { articles: [], errors: [...read.errors] };
  const total = read.files.length;
  for (let i = 0; i < total; i++) {
    const result = await parseArticleFile(read.files[i]!, { maxBytes: job.maxBytes });
    batch.articles.push(...result.articles);
    batch.errors.push(...result.errors);
    // Drop the bytes as soon as they are parsed: a large folder should not sit in memory twice.
    read.files[i] = undefined as never;
    if ((i + 1) % 25 === 0 || i + 1 === total) post({ type: 'progress', done: i + 1, total });
  }
  post({ type: 'done', batch });
}

if (parentPort && (workerData as { role?: string } | null)?.role === PARSE_WORKER_ROLE) {
  const port = parentPort;
  port.on('message', (job: ParseJob) => {
    void runParseJob(job, (message) => port.postMessage(message));
  });
}
