/**
 * Injected faults against the stored library: imports cancelled or aborted mid-batch, writes that
 * fail for lack of space, a tab left open on an older schema, databases written by every earlier
 * schema, damaged review bundles, and the request for persistent storage. After each, every article
 * and verdict stored before must still be there, unchanged.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleFiles } from '../../shared/article/parse';
import type { ArticleDraft } from '../../shared/article/types';
import { parseBundle, serialiseBundle } from '../../shared/report/bundle';
import { AppDB, SCHEMA, caseKeyPrefix } from '../../renderer/src/db/AppDB';
import { exportBundle, importBundle } from '../../renderer/src/db/bundles';
import { createCase } from '../../renderer/src/db/cases';
import { requestPersistence, watchConnection, type ConnectionProblem } from '../../renderer/src/db/connection';
import { storeArticles } from '../../renderer/src/db/store-articles';
import { replacePairs } from '../../renderer/src/db/store-pairs';
import { setVerdict } from '../../renderer/src/db/verdicts';
import type { Verdict, VerdictChange } from '../../shared/review/verdicts';
import { TITAN_DIR, corpusFiles } from '../support/corpus';
import { fingerprint, lostOrChanged, reviewedCase } from '../support/library';
import { trial } from './ledger';

const AREA = 'faults';
const open: Dexie[] = [];
const track = <T extends Dexie>(db: T): T => {
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

let titan: ArticleDraft[] | undefined;
async function titanDrafts(): Promise<ArticleDraft[]> {
  titan ??= (await parseArticleFiles(corpusFiles(TITAN_DIR).map((p) => ({ name: basename(p), path: p, bytes: readFileSync(p) })))).articles;
  return titan;
}

/** A library with the reviewed seed case, and an empty case to import into. */
async function library() {
  const db = track(new AppDB(`faults-${crypto.randomUUID()}`));
  await reviewedCase(db);
  const target = await createCase(db, 'Titan', 5000);
  return { db, target: target.id, before: await fingerprint(db) };
}

/** Every stored article of the case has its text, and the count is whole chunks. */
async function wholeArticles(db: AppDB, caseId: string) {
  const ids = await db.articles.where(':id').startsWith(caseKeyPrefix(caseId)).primaryKeys();
  const texts = await db.texts.bulkGet(ids);
  expect(texts.every((t) => t !== undefined && t.text.length > 0)).toBe(true);
  expect(await db.texts.where(':id').startsWith(caseKeyPrefix(caseId)).count()).toBe(ids.length);
  return ids.length;
}

const quotaAbort = () => {
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  return Object.assign(new Dexie.AbortError('Transaction aborted', quota), { inner: quota });
};

describe('imports that stop part way', () => {
  it('an import cancelled after its first chunk keeps whole chunks of whole articles', async () => {
    await trial(AREA, 'fault', 'import cancelled mid-batch', async () => {
      const { db, target, before } = await library();
      const controller = new AbortController();
      const summary = await storeArticles(db, target, await titanDrafts(), { chunkSize: 10, signal: controller.signal, onProgress: () => controller.abort() });
      expect(summary.cancelled).toBe(true);
      expect(summary.imported).toHaveLength(10);
      expect(summary.failed.every((f) => f.error === 'not imported: import cancelled')).toBe(true);
      expect(await wholeArticles(db, target)).toBe(10);
      return lostOrChanged(before, await fingerprint(db));
    });
  });

  it('a transaction aborted half way through a chunk stores none of that chunk and names its files', async () => {
    await trial(AREA, 'fault', 'transaction aborted after the articles, before their texts', async () => {
      const { db, target, before } = await library();
      const original = db.texts.bulkAdd.bind(db.texts);
      let calls = 0;
      db.texts.bulkAdd = ((...args: Parameters<typeof original>) => {
        calls++;
        // The second chunk's articles are written, then its texts fail: the chunk must roll back.
        return calls === 2 ? Dexie.Promise.reject(new Dexie.AbortError('Transaction aborted: the tab is closing')) : original(...args);
      }) as typeof db.texts.bulkAdd;
      const summary = await storeArticles(db, target, await titanDrafts(), { chunkSize: 10 });
      expect(summary.failed.filter((f) => /^not stored: /.test(f.error))).toHaveLength(10);
      expect(summary.failed[0]!.path).toMatch(/\.(txt|html|json)$/);
      expect(await wholeArticles(db, target)).toBe((await titanDrafts()).length - 10);
      return lostOrChanged(before, await fingerprint(db));
    });
  });

  it('a full disk (QuotaExceededError inside an AbortError) is reported and stops the import', async () => {
    await trial(AREA, 'fault', 'storage full during an import', async () => {
      const { db, target, before } = await library();
      const original = db.texts.bulkAdd.bind(db.texts);
      let calls = 0;
      db.texts.bulkAdd = ((...args: Parameters<typeof original>) => (++calls === 2 ? Dexie.Promise.reject(quotaAbort()) : original(...args))) as typeof db.texts.bulkAdd;
      const summary = await storeArticles(db, target, await titanDrafts(), { chunkSize: 10 });
      expect(summary.imported).toHaveLength(10);
      expect(summary.failed).toHaveLength((await titanDrafts()).length - 10);
      expect(summary.failed[0]!.error).toMatch(/^not stored: storage is full/);
      expect(await wholeArticles(db, target)).toBe(10);
      return lostOrChanged(before, await fingerprint(db));
    });
  });
});

describe('review writes that fail', () => {
  it('a verdict that cannot be written for lack of space leaves the earlier verdicts and history', async () => {
    await trial(AREA, 'fault', 'storage full while recording a verdict', async () => {
      const { db, before } = await library();
      // The pair already judged "conflicting": the failed change must leave that verdict as it was.
      const verdict = (await db.verdicts.toArray())[0]!;
      const history = await db.history.count();
      db.history.add = (() => Dexie.Promise.reject(quotaAbort())) as typeof db.history.add;
      await expect(setVerdict(db, { caseId: verdict.caseId, target: { verdictId: verdict.id }, verdict: 'consistent', reviewer: 'Ana' })).rejects.toThrow();
      expect((await db.verdicts.get(verdict.id))?.verdict).toBe('conflicting');
      expect(await db.history.count()).toBe(history);
      return lostOrChanged(before, await fingerprint(db));
    });
  });

  it('re-matching that fails half way keeps the old pairs and every verdict', async () => {
    await trial(AREA, 'fault', 'pair replacement aborted', async () => {
      const { db, before } = await library();
      const pairs = await db.pairs.toArray();
      db.pairs.bulkPut = (() => Dexie.Promise.reject(quotaAbort())) as typeof db.pairs.bulkPut;
      await expect(replacePairs(db, pairs[0]!.caseId, pairs.slice(1))).rejects.toThrow();
      expect((await db.pairs.toArray()).map((p) => p.id)).toEqual(pairs.map((p) => p.id));
      return lostOrChanged(before, await fingerprint(db));
    });
  });
});

describe('schema versions', () => {
  /** A Dexie with only the first `count` schema versions: the database an earlier release wrote. */
  const earlier = (name: string, count: number) => {
    const db = new Dexie(name);
    for (const { version, stores } of SCHEMA.slice(0, count)) db.version(version).stores(stores);
    return db;
  };

  for (let count = 1; count < SCHEMA.length; count++) {
    it(`opens a database written by schema v${SCHEMA[count - 1]!.version} with every article and verdict`, async () => {
      await trial(AREA, 'fault', `database from schema v${SCHEMA[count - 1]!.version} opened by v${SCHEMA.at(-1)!.version}`, async () => {
        const name = `schema-${count}-${crypto.randomUUID()}`;
        // Build the data with today's code, then copy it into a database with only the older stores.
        const source = track(new AppDB(`source-${crypto.randomUUID()}`));
        await reviewedCase(source);
        const old = earlier(name, count);
        await old.open();
        const tables = old.tables.map((t) => t.name);
        const version = SCHEMA[count - 1]!.version;
        for (const table of tables) await old.table(table).bulkAdd(await rowsAsWrittenBy(source, table, version));
        old.close();

        const current = track(new AppDB(name));
        const before = new Map([...(await fingerprint(source))].filter(([key]) => key.startsWith('article:') || tables.includes('verdicts')));
        expect(before.size).toBeGreaterThan(count >= 3 ? 2 : 1);
        const after = await fingerprint(current, { ignore: ['legacyPairId'] });
        if (version < 5 && tables.includes('verdicts')) {
          // The pair-id era's verdicts come back anchored, with the pair id they had, and undo still works.
          const migrated = await current.verdicts.toArray();
          expect(migrated.every((v) => v.legacyPairId && v.anchors[0].exact && v.anchors[1].exact)).toBe(true);
          expect((await current.history.toArray()).every((h) => migrated.some((v) => v.id === h.verdictId))).toBe(true);
        }
        expect(current.verno).toBe(SCHEMA.at(-1)!.version);
        return lostOrChanged(before, after);
      });
    });
  }

  it('tells a tab on the older schema to reload when another opens a newer one, and never blocks it', async () => {
    await trial(AREA, 'fault', 'second tab on an older schema', async () => {
      const name = `tabs-${crypto.randomUUID()}`;
      // The older tab: a release with one schema version fewer, with its data, watching like the app.
      const source = track(new AppDB(`source-${crypto.randomUUID()}`));
      await reviewedCase(source);
      const before = await fingerprint(source);
      const older = earlier(name, SCHEMA.length - 1);
      await older.open();
      for (const table of older.tables) await table.bulkAdd(await source.table(table.name).toArray());
      const problems: Array<ConnectionProblem | null> = [];
      watchConnection(older, (p) => problems.push(p));
      const newer = track(new AppDB(name));
      const newerProblems: Array<ConnectionProblem | null> = [];
      watchConnection(newer, (p) => newerProblems.push(p));
      // Opens (no hang), while the older tab has been told to reload and has let go.
      await newer.open();
      expect(problems).toEqual(['updated-elsewhere']);
      expect(older.isOpen()).toBe(false);
      expect(newerProblems).toEqual([]);
      return lostOrChanged(before, await fingerprint(newer));
    });
  });

  it('tells a tab that its data is newer than the release it runs', async () => {
    await trial(AREA, 'fault', 'database newer than the app', async () => {
      const name = `future-${crypto.randomUUID()}`;
      const future = new Dexie(name);
      for (const { version, stores } of SCHEMA) future.version(version).stores(stores);
      future.version(SCHEMA.at(-1)!.version + 1).stores({ annotations: 'id' });
      await future.open();
      future.close();
      const app = track(new AppDB(name));
      const problem = await new Promise<ConnectionProblem | null>((resolve) => watchConnection(app, resolve));
      expect(problem).toBe('newer-data');
      return 0;
    });
  });

  it('says a newer tab is waiting while an older one keeps the database open, and withdraws it after', async () => {
    await trial(AREA, 'fault', 'upgrade blocked by a tab that does not let go', async () => {
      const name = `blocked-${crypto.randomUUID()}`;
      const stubborn = earlier(name, SCHEMA.length - 1);
      stubborn.on('versionchange', () => false); // an old release that ignores the request
      await stubborn.open();
      const app = track(new AppDB(name));
      const problems: Array<ConnectionProblem | null> = [];
      watchConnection(app, (p) => problems.push(p));
      await expect.poll(() => problems, { timeout: 5000 }).toEqual(['blocked']);
      stubborn.close(); // once it lets go, the upgrade completes and the notice is withdrawn
      await app.open();
      expect(app.verno).toBe(SCHEMA.at(-1)!.version);
      await expect.poll(() => problems, { timeout: 5000 }).toEqual(['blocked', null]);
      return 0;
    });
  });
});

/**
 * A table's rows as the release with schema `version` wrote them: before v5, verdicts were keyed by
 * the id of the pair they were given on, and history entries named that pair.
 */
async function rowsAsWrittenBy(source: AppDB, table: string, version: number): Promise<object[]> {
  const rows = await source.table(table).toArray();
  if (version >= 5 || (table !== 'verdicts' && table !== 'history')) return rows;
  const pairs = await source.pairs.toArray();
  const { attachVerdicts, PairIndex } = await import('../../shared/review/attach');
  const index = new PairIndex(pairs, (id) => id.slice(id.indexOf(':') + 1));
  const verdicts = await source.verdicts.toArray();
  const pairOf = attachVerdicts(index, verdicts).pairOf;
  const legacy = (v: Verdict | null) => v && { id: pairOf.get(v.id)!, caseId: v.caseId, verdict: v.verdict, note: v.note, reviewer: v.reviewer, at: v.at };
  if (table === 'verdicts') return verdicts.map(legacy) as object[];
  return (rows as VerdictChange[]).map((h) => ({ seq: h.seq, caseId: h.caseId, pairId: pairOf.get(h.verdictId)!, before: legacy(h.before), after: legacy(h.after), at: h.at }));
}

/** A bundle whose verdict claims a pair of another case (a restore must not write outside its case). */
function moveVerdictToAnotherCase(text: string): string {
  const bundle = JSON.parse(text) as { verdicts: { id: string }[] };
  bundle.verdicts[0]!.id = `other-case:${bundle.verdicts[0]!.id.split(':').slice(1).join(':')}`;
  return JSON.stringify(bundle);
}

describe('review bundles', () => {
  it('a bundle round-trips exactly: export, restore elsewhere, export again gives the same bytes', async () => {
    await trial(AREA, 'check', 'review bundle round trip', async () => {
      const { db } = await library();
      const seedCase = (await db.cases.toArray()).find((c) => c.name.startsWith('Macron'))!;
      const first = serialiseBundle(await exportBundle(db, seedCase.id, 7000));
      const target = track(new AppDB(`restore-${crypto.randomUUID()}`));
      const parsed = parseBundle(first);
      if (!parsed.ok) throw new Error(parsed.error);
      await importBundle(target, parsed.bundle);
      expect(serialiseBundle(await exportBundle(target, seedCase.id, 7000))).toBe(first);
      const original = new Map([...(await fingerprint(db))].filter(([key]) => key.includes(seedCase.id)));
      return lostOrChanged(original, await fingerprint(target));
    });
  });

  const damage: [string, (bundle: string) => string, RegExp][] = [
    ['truncated', (b) => b.slice(0, b.length / 2), /malformed JSON/],
    ['not a bundle', () => JSON.stringify({ hello: 'world' }), /not a Corroborate review bundle/],
    ['from a newer release', (b) => b.replace(/"version":\s*\d+/, '"version": 999'), /newer Corroborate/],
    ['a verdict pointing into another case', (b) => moveVerdictToAnotherCase(b), /^refused: verdict 1 \(by “Ana”\) has an id outside this bundle’s case/],
    ['a wrong field type', (b) => b.replace(/"verdict":\s*"conflicting"/, '"verdict": 42'), /damaged review bundle/],
  ];
  for (const [name, spoil, message] of damage) {
    it(`a damaged bundle (${name}) is refused with a reason and stores nothing`, async () => {
      await trial(AREA, 'input', `damaged review bundle: ${name}`, async () => {
        const { db, before } = await library();
        const seedCase = (await db.cases.toArray()).find((c) => c.name.startsWith('Macron'))!;
        const text = spoil(serialiseBundle(await exportBundle(db, seedCase.id, 7000)));
        const parsed = parseBundle(text);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.error).toMatch(message);
        return lostOrChanged(before, await fingerprint(db));
      });
    });
  }

  it('restoring a bundle of a case already in the library is refused and changes nothing', async () => {
    await trial(AREA, 'fault', 'bundle restored over a live case', async () => {
      const { db, before } = await library();
      const seedCase = (await db.cases.toArray()).find((c) => c.name.startsWith('Macron'))!;
      const parsed = parseBundle(serialiseBundle(await exportBundle(db, seedCase.id, 7000)));
      if (!parsed.ok) throw new Error(parsed.error);
      await expect(importBundle(db, parsed.bundle)).rejects.toThrow(/already in your library/);
      return lostOrChanged(before, await fingerprint(db));
    });
  });
});

describe('persistent storage', () => {
  const storage = (persisted: boolean, grant: boolean | Error) => ({
    persisted: async () => persisted,
    persist: async () => {
      if (grant instanceof Error) throw grant;
      return grant;
    },
  });
  it('asks the browser to keep the data and reports what it answered', async () => {
    await trial(AREA, 'check', 'persistent storage requested and reported', async () => {
      expect(await requestPersistence(storage(true, false))).toBe('persistent');
      expect(await requestPersistence(storage(false, true))).toBe('persistent');
      expect(await requestPersistence(storage(false, false))).toBe('best-effort');
      expect(await requestPersistence(storage(false, new Error('denied')))).toBe('unavailable');
      expect(await requestPersistence(undefined)).toBe('unavailable');
      return 0;
    });
  });
});
