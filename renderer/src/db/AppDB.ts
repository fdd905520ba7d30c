/**
 * The workbench database: one Dexie class with typed tables. Schema changes add a new
 * `this.version(n)` below the previous ones and never edit an old one; data migrations go in
 * `.upgrade()` as pure functions so they are tested in Node with fake-indexeddb.
 * Keep every version that carries an upgrade, so databases written by any earlier release open.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ArticleRecord, CaseRecord, TextRecord } from './records';

export const DB_NAME = 'corroborate';

export class AppDB extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  articles!: EntityTable<ArticleRecord, 'id'>;
  texts!: EntityTable<TextRecord, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1: cases, their articles (found by case, by content hash within a case for dedupe, and listed
    // by date, outlet or title) and the articles' texts, kept apart so lists stay light.
    this.version(1).stores({
      cases: 'id, updatedAt',
      articles: 'id, caseId, [caseId+sha256], [caseId+date], [caseId+outlet], [caseId+title]',
      texts: 'id, caseId',
    });
  }
}

/** The app's one database (tests make their own AppDB with a unique name). */
export const db = new AppDB();
