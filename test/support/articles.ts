/** Real corpus articles parsed as the app parses them, for claim and match tests. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticleFiles } from '../../shared/article/parse';
import type { ClaimSource } from '../../shared/claims/extract';
import { KEY_BRIDGE_DIR, SEEDS_DIR, TITAN_DIR, corpusFiles } from './corpus';

/** Parsed articles of a corpus folder, with their file names (without extension) as ids. */
export async function corpusArticles(dir: string): Promise<Array<ClaimSource & { file: string }>> {
  const batch = await parseArticleFiles(corpusFiles(dir).map((p) => ({ name: basename(p), path: p, bytes: readFileSync(p) })));
  return batch.articles.map((a) => ({ id: a.fileName.replace(/\.\w+$/, ''), file: a.fileName, text: a.text, date: a.date }));
}

export const seedArticles = () => corpusArticles(SEEDS_DIR);
export const titanArticles = () => corpusArticles(TITAN_DIR);
export const keyBridgeArticles = () => corpusArticles(KEY_BRIDGE_DIR);
