/**
 * Runs inside Chromium for the store benchmark (bundled by esbuild): parses generated files with the
 * shared parser and stores them with storeArticles into real IndexedDB, and, as the baseline, writes
 * the same records with raw IndexedDB into the same two stores, in the same chunks.
 */
import { parseArticleFiles } from '../../shared/article/parse';
import { AppDB } from '../../renderer/src/db/AppDB';
import { createCase } from '../../renderer/src/db/cases';
import { storeArticles } from '../../renderer/src/db/store-articles';
import type { RawFile } from '../../shared/api/contract';

/** The floor: the same metadata and texts put into two raw object stores, in the same chunks. */
async function rawIdbPut(records: Array<{ meta: object; text: object }>, chunkSize: number): Promise<void> {
  const name = `raw-${crypto.randomUUID()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('articles', { keyPath: 'id' });
      req.result.createObjectStore('texts', { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  for (let i = 0; i < records.length; i += chunkSize) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['articles', 'texts'], 'readwrite');
      for (const r of records.slice(i, i + chunkSize)) {
        tx.objectStore('articles').put(r.meta);
        tx.objectStore('texts').put(r.text);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  indexedDB.deleteDatabase(name);
}

declare global {
  interface Window {
    benchStore(files: Array<{ name: string; text: string }>, chunkSize?: number): Promise<{ parseMs: number; storeMs: number; rawMs: number; stored: number }>;
  }
}

window.benchStore = async (input, chunkSize = 1000) => {
  const encoder = new TextEncoder();
  const files: RawFile[] = input.map((f) => ({ name: f.name, path: `/bench/${f.name}`, bytes: encoder.encode(f.text) }));
  const t0 = performance.now();
  const parsed = await parseArticleFiles(files);
  const t1 = performance.now();
  const db = new AppDB(`bench-${crypto.randomUUID()}`);
  const c = await createCase(db, 'bench');
  const summary = await storeArticles(db, c.id, parsed.articles, { chunkSize });
  const t2 = performance.now();
  await db.delete();
  const records = parsed.articles.map(({ text, ...meta }, i) => ({ meta: { ...meta, id: `c:${i}`, caseId: 'c' }, text: { id: `c:${i}`, caseId: 'c', text } }));
  const t3 = performance.now();
  await rawIdbPut(records, chunkSize);
  const t4 = performance.now();
  return { parseMs: t1 - t0, storeMs: t2 - t1, rawMs: t4 - t3, stored: summary.imported.length };
};
