import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../../renderer/src/db/AppDB';

let db: AppDB | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('AppDB', () => {
  it('opens with the cases and articles tables and their indexes', async () => {
    db = new AppDB(`test-${crypto.randomUUID()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'cases']);
    const indexes = db.articles.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['[caseId+date]', '[caseId+outlet]', '[caseId+sha256]', '[caseId+title]', 'caseId']);
  });

  it('finds an article by content hash within its case only', async () => {
    db = new AppDB(`test-${crypto.randomUUID()}`);
    const base = { title: 't', text: 'x', date: null, dateInferred: false, outlet: null, url: null, byline: null,
      language: 'en', fileName: 'a.txt', format: 'txt', encoding: 'utf-8', chars: 1, importedAt: 0, importerVersion: 'test' };
    await db.articles.bulkAdd([
      { ...base, id: 'a1', caseId: 'c1', sha256: 'h' },
      { ...base, id: 'a2', caseId: 'c2', sha256: 'h' },
    ]);
    const hits = await db.articles.where('[caseId+sha256]').equals(['c1', 'h']).toArray();
    expect(hits.map((a) => a.id)).toEqual(['a1']);
  });
});
