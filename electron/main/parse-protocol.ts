/** The messages between the main process and its parse worker thread (kept apart so main stays light). */
import type { ParsedBatch } from '../../shared/article/types';

export interface ParseJob {
  paths: string[];
  maxBytes?: number;
}

export type ParseWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; batch: ParsedBatch };

/** Marks a thread started by parseInWorker, so importing the worker module elsewhere starts nothing. */
export const PARSE_WORKER_ROLE = 'corroborate-parse-worker';
