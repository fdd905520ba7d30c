import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchArticles } from '../../../shared/match/case-matcher';
import { toPairRecord } from '../../../shared/match/records';
import { AppDB, articleId, caseKeyPrefix } from '../../../renderer/src/db/AppDB';
import { createCase, deleteCase, purgeDeletedCases } from '../../../renderer/src/db/cases';
import { replacePairs } from '../../../renderer/src/db/store-pairs';
import { seedArticles } from '../../support/articles';

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/** The seeds matched as the app matches them: article ids carry the case's key prefix. */
async function seedPairs(caseId: string) {
  const articles = (await seedArticles()).map((a, i) => ({ ...a, id: articleId(caseId, `seed${i}`) }));
  return matchArticles(articles).allPairs().map((p) => toPairRecord(caseId, p));
}

describe('stored pairs', () => {
  it('keeps pair ids under the case prefix, so a case finds its pairs by key range', async () => {
    const c = await createCase(db, 'Seeds');
    const pairs = await seedPairs(c.id);
    expect(pairs.every((p) => p.id.startsWith(caseKeyPrefix(c.id)))).toBe(true);
    await replacePairs(db, c.id, pairs);
    const stored = await db.pairs.where(':id').startsWith(caseKeyPrefix(c.id)).toArray();
    expect(stored.map((p) => p.id).sort()).toEqual(pairs.map((p) => p.id).sort());
  });

  it('replaces a case’s pairs whole, leaving other cases alone', async () => {
    const a = await createCase(db, 'A');
    const b = await createCase(db, 'B');
    await replacePairs(db, a.id, await seedPairs(a.id));
    await replacePairs(db, b.id, await seedPairs(b.id));
    const fewer = (await seedPairs(a.id)).slice(0, 1);
    await replacePairs(db, a.id, fewer);
    expect(await db.pairs.where(':id').startsWith(caseKeyPrefix(a.id)).count()).toBe(1);
    expect(await db.pairs.where(':id').startsWith(caseKeyPrefix(b.id)).count()).toBe((await seedPairs(b.id)).length);
  });

  it('gives the same pair the same id when matched again, so verdicts can follow it', async () => {
    const c = await createCase(db, 'Seeds');
    expect((await seedPairs(c.id)).map((p) => p.id)).toEqual((await seedPairs(c.id)).map((p) => p.id));
  });

  it('purges a deleted case’s pairs with it', async () => {
    const c = await createCase(db, 'Seeds');
    await replacePairs(db, c.id, await seedPairs(c.id));
    await deleteCase(db, c.id);
    await purgeDeletedCases(db);
    expect(await db.pairs.count()).toBe(0);
  });

  it('opens a version-1 database (cases, articles, texts) and adds the pairs table without losing data', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const { default: Dexie } = await import('dexie');
    const old = new Dexie(name);
    old.version(1).stores({ cases: 'id, updatedAt', articles: 'id', texts: 'id' });
    await old.table('cases').add({ id: 'c1', name: 'Old case', createdAt: 1, updatedAt: 1, deletedAt: null });
    await old.table('texts').add({ id: 'c1:abc', caseId: 'c1', text: 'kept' });
    old.close();
    const upgraded = new AppDB(name);
    expect((await upgraded.cases.get('c1'))?.name).toBe('Old case');
    expect((await upgraded.texts.get('c1:abc'))?.text).toBe('kept');
    expect(await upgraded.pairs.count()).toBe(0);
    await upgraded.delete();
  });
});

describe('loading pairs in chunks', () => {
  it('reads every pair of the case, only that case, in review order, across chunk boundaries', async () => {
    const { loadPairsInChunks } = await import('../../../renderer/src/db/usePairs');
    const { db: appDb } = await import('../../../renderer/src/db/AppDB');
    const c = await createCase(appDb, 'Many');
    const other = await createCase(appDb, 'Other');
    const [template] = await seedPairs(c.id);
    const many = Array.from({ length: 3700 }, (_, i) => ({ ...template!, id: `${caseKeyPrefix(c.id)}p${String(i).padStart(5, '0')}`, priority: i % 97 }));
    await replacePairs(appDb, c.id, many);
    await replacePairs(appDb, other.id, (await seedPairs(other.id)).slice(0, 1));
    const loaded = (await loadPairsInChunks(c.id))!;
    expect(loaded).toHaveLength(3700);
    expect(new Set(loaded.map((p) => p.id)).size).toBe(3700);
    expect(loaded.every((p, i) => i === 0 || loaded[i - 1]!.priority >= p.priority)).toBe(true);
    expect((await appDb.cases.get(c.id))?.matchedAt).toBeGreaterThan(0);
    // A view that left (another case chosen) gets nothing, not a list it would then order and show.
    let reads = 0;
    expect(await loadPairsInChunks(c.id, () => ++reads < 5)).toBeNull();
    expect(reads).toBe(5); // asked after each of the 4 chunks, and once more before ordering
    await appDb.delete();
  });
});

describe('stored clusters', () => {
  it('are replaced with the pairs and purged with the case', async () => {
    const { clusterRecords } = await import('../../../shared/match/cluster-records');
    const { titanArticles } = await import('../../support/articles');
    const c = await createCase(db, 'Titan');
    const articles = (await titanArticles()).map((a) => ({ ...a, id: articleId(c.id, a.id) }));
    const pairs = matchArticles(articles).allPairs().map((p) => toPairRecord(c.id, p));
    const clusters = clusterRecords(pairs);
    await replacePairs(db, c.id, pairs, clusters);
    const stored = await db.clusters.where(':id').startsWith(caseKeyPrefix(c.id)).toArray();
    expect(stored).toHaveLength(clusters.length);
    expect(stored.every((s) => s.caseId === c.id && s.size === s.articleIds.length)).toBe(true);
    await deleteCase(db, c.id);
    await purgeDeletedCases(db);
    expect(await db.clusters.count()).toBe(0);
  });
});
