import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticleFiles } from '../../../shared/article/parse';
import type { ArticleDraft } from '../../../shared/article/types';
import { AppDB, caseKeyPrefix } from '../../../renderer/src/db/AppDB';
import { createCase, deleteCase, listCases, purgeDeletedCases, renameCase, restoreCase } from '../../../renderer/src/db/cases';
import { storeArticles } from '../../../renderer/src/db/store-articles';
import { SEEDS_DIR, TITAN_DIR, corpusFiles } from '../../support/corpus';

async function drafts(dir: string): Promise<ArticleDraft[]> {
  const batch = await parseArticleFiles(corpusFiles(dir).map((p) => ({ name: basename(p), path: p, bytes: readFileSync(p) })));
  return batch.articles;
}

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('storing articles in a case', () => {
  it('stores the seeds with their texts and provenance, and re-importing adds nothing', async () => {
    const c = await createCase(db, 'Macron and Putin, Feb 2022');
    const seeds = await drafts(SEEDS_DIR);
    const first = await storeArticles(db, c.id, seeds);
    expect(first.imported).toHaveLength(2);
    const stored = await db.articles.where(':id').startsWith(caseKeyPrefix(c.id)).toArray();
    expect(stored.map((a) => a.date).sort()).toEqual(['2022-02-08', '2022-02-10']);
    const text = await db.texts.get(stored.find((a) => a.date === '2022-02-10')!.id);
    expect(text!.text).toContain('My aim was to freeze the game');

    const again = await storeArticles(db, c.id, seeds);
    expect(again.imported).toEqual([]);
    expect(again.duplicates.map((d) => basename(d.path))).toEqual(['000_b0b42460a32a0478.txt', '003_9dd4b330143851c7.txt']);
    expect(await db.articles.count()).toBe(2);
    expect(await db.texts.count()).toBe(2);
  });

  it('keeps one article when the same content comes twice in one batch', async () => {
    const c = await createCase(db, 'Dupes');
    const [seed] = await drafts(SEEDS_DIR);
    const summary = await storeArticles(db, c.id, [seed!, { ...seed!, sourcePath: '/copy/of/seed.txt' }]);
    expect(summary.imported).toHaveLength(1);
    expect(summary.duplicates).toEqual([{ path: '/copy/of/seed.txt', title: seed!.title }]);
  });

  it('dedupes per case: the same file may live in two cases', async () => {
    const a = await createCase(db, 'A');
    const b = await createCase(db, 'B');
    const seeds = await drafts(SEEDS_DIR);
    await storeArticles(db, a.id, seeds);
    expect((await storeArticles(db, b.id, seeds)).imported).toHaveLength(2);
  });

  it('stores the Titan corpus in chunks and reports progress as storing starts and after each chunk', async () => {
    const c = await createCase(db, 'Titan');
    const progress: number[] = [];
    const summary = await storeArticles(db, c.id, await drafts(TITAN_DIR), { chunkSize: 10, onProgress: (done) => progress.push(done) });
    expect(summary.imported).toHaveLength(48);
    expect(progress).toEqual([0, 10, 20, 30, 40, 48]);
  });

  it('stops between chunks when cancelled, leaving only whole articles', async () => {
    const c = await createCase(db, 'Titan');
    const abort = new AbortController();
    const summary = await storeArticles(db, c.id, await drafts(TITAN_DIR), {
      chunkSize: 10,
      signal: abort.signal,
      onProgress: (done) => done >= 20 && abort.abort(),
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toHaveLength(20);
    expect(summary.failed).toHaveLength(28);
    expect(summary.failed[0]!.error).toBe('not imported: import cancelled');
    expect(await db.articles.count()).toBe(20);
    expect(await db.texts.count()).toBe(20);
  });

  it('rolls back a chunk whose write fails with a quota error, and keeps what was stored', async () => {
    const c = await createCase(db, 'Titan');
    const all = await drafts(TITAN_DIR);
    await storeArticles(db, c.id, all.slice(0, 5));
    // The second write of the next chunk (its texts) fails as a full disk would, inside an AbortError.
    const original = db.texts.bulkAdd.bind(db.texts);
    let calls = 0;
    db.texts.bulkAdd = ((...args: Parameters<typeof original>) => {
      calls++;
      if (calls === 1) {
        const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
        return Dexie.Promise.reject(Object.assign(new Dexie.AbortError('Transaction aborted', quota), { inner: quota }));
      }
      return original(...args);
    }) as typeof db.texts.bulkAdd;
    const summary = await storeArticles(db, c.id, all.slice(5), { chunkSize: 10 });
    expect(summary.imported).toEqual([]);
    expect(summary.failed).toHaveLength(43);
    expect(summary.failed[0]!.error).toMatch(/^not stored: storage is full/);
    expect(await db.articles.count()).toBe(5);
    expect(await db.texts.count()).toBe(5);
  });
});

describe('cases', () => {
  it('creates, renames and lists cases, newest change first', async () => {
    const a = await createCase(db, '  Titan  ', 1);
    await createCase(db, 'Macron', 2);
    await renameCase(db, a.id, 'Titan submersible', 3);
    expect((await listCases(db)).map((c) => c.name)).toEqual(['Titan submersible', 'Macron']);
    await expect(createCase(db, '   ')).rejects.toThrow('A case needs a name.');
  });

  it('deleting hides a case, undo restores it, and a purge removes it with its articles', async () => {
    const c = await createCase(db, 'Seeds');
    await storeArticles(db, c.id, await drafts(SEEDS_DIR));
    await deleteCase(db, c.id);
    expect(await listCases(db)).toEqual([]);
    await restoreCase(db, c.id);
    expect((await listCases(db)).map((x) => x.id)).toEqual([c.id]);
    expect(await purgeDeletedCases(db)).toBe(0);
    expect(await db.articles.count()).toBe(2);
    await deleteCase(db, c.id);
    expect(await purgeDeletedCases(db)).toBe(1);
    expect([await db.cases.count(), await db.articles.count(), await db.texts.count()]).toEqual([0, 0, 0]);
  });
});

describe('storing while another tab writes', () => {
  it('redoes a chunk whose article appeared meanwhile, storing nothing twice', async () => {
    const c = await createCase(db, 'Race');
    const seeds = await drafts(SEEDS_DIR);
    // Another tab stores the first seed after this import has read the case's keys.
    const original = db.transaction.bind(db);
    let raced = false;
    db.transaction = ((...args: unknown[]) => {
      if (!raced) {
        raced = true;
        return storeArticles(new AppDB(db.name), c.id, [seeds[0]!]).then(() => (original as (...a: unknown[]) => unknown)(...args));
      }
      return (original as (...a: unknown[]) => unknown)(...args);
    }) as typeof db.transaction;
    const summary = await storeArticles(db, c.id, seeds);
    expect(summary.imported.map((a) => basename(a.path))).toEqual(['003_9dd4b330143851c7.txt']);
    expect(summary.duplicates.map((d) => basename(d.path))).toEqual(['000_b0b42460a32a0478.txt']);
    expect(await db.articles.count()).toBe(2);
  });
});
