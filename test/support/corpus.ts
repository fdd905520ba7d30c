/**
 * The real articles the tests, benchmarks and evaluation read: copies of the shared corpora kept in
 * the project (`test/fixtures/corpus`), so a clone passes its tests with nothing beside it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../fixtures/corpus');
export const SEEDS_DIR = join(CORPUS_DIR, 'seeds');
export const TITAN_DIR = join(CORPUS_DIR, 'titan-2023');
export const KEY_BRIDGE_DIR = join(CORPUS_DIR, 'key-bridge-2024');

/**
 * Absolute paths of the article files in a corpus folder: not the manifest, the gold pairs or the
 * README.md that says where a held-out story's pages came from.
 */
export function corpusFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`corpus folder missing: ${dir} (the fixtures live in test/fixtures/corpus)`);
  return readdirSync(dir)
    .filter((name) => /\.(txt|md|html?|jsonl?)$/.test(name) && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => join(dir, name));
}
