/**
 * Worker thread that reads and parses the files main was asked to import, so decoding and HTML
 * extraction never block the main process (and with it every window's input handling).
 * Message in: { paths, maxBytes? }. Messages out: { type: 'progress', done, total } while working,
 * then { type: 'done', batch }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseArticleFiles } from '../../shared/article/parse';
import { PARSE_WORKER_ROLE, type ParseJob, type ParseWorkerMessage } from './parse-protocol';
import { readPaths } from './read-files';

/** Reads and parses `job`, reporting progress through `post`. Exported for tests in one thread. */
export async function runParseJob(job: ParseJob, post: (message: ParseWorkerMessage) => void): Promise<void> {
  const read = await readPaths(job.paths, { maxBytes: job.maxBytes });
  const batch = await parseArticleFiles(read.files, {
    maxBytes: job.maxBytes,
    // Drop the bytes as soon as they are parsed: a large folder should not sit in memory twice.
    release: true,
    onProgress: (done, total) => {
      if (done % 25 === 0 || done === total) post({ type: 'progress', done, total });
    },
  });
  post({ type: 'done', batch: { ...batch, errors: [...read.errors, ...batch.errors] } });
}

if (parentPort && (workerData as { role?: string } | null)?.role === PARSE_WORKER_ROLE) {
  const port = parentPort;
  port.on('message', (job: ParseJob) => {
    void runParseJob(job, (message) => port.postMessage(message));
  });
}
