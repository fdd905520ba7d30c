/**
 * Where the shared corpus lives: ../shared/corpus beside the project, or CORROBORATE_CORPUS.
 * Tests read the real seed and Titan articles from there rather than keeping copies.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(process.env.CORROBORATE_CORPUS ?? join(import.meta.dirname, '../../../shared/corpus'));
export const SEEDS_DIR = join(CORPUS_DIR, 'seeds');
export const TITAN_DIR = process.env.CORROBORATE_TITAN ?? join(CORPUS_DIR, 'titan-2023');

/** Absolute paths of the article files in a corpus folder (not the manifest). */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md|html?|jsonl?)$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}
