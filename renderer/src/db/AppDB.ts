/**
 * The workbench database: one Dexie class with typed tables. Schema changes add a new entry to
 * SCHEMA after the previous ones and never edit an old one; data migrations go in
 * `.upgrade()` as pure functions so they are tested in Node with fake-indexeddb.
 * Keep every version that carries an upgrade, so databases written by any earlier release open.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { PairRecord } from '../../../shared/match/records';
import type { Opinion } from '../../../shared/review/merge';
import type { Verdict, VerdictChange } from '../../../shared/review/verdicts';
import { anchorStoredVerdicts } from './migrations';
import type { ArticleRecord, CaseRecord, ClusterRecord, DraftRecord, MergeRecord, SettingRecord, TextRecord } from './records';

export const DB_NAME = 'corroborate';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** A data migration from the previous version, as a pure function of the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version, oldest first. Append, never edit: databases written by any earlier release
 * open through these steps (the reliability suite writes one with each prefix and opens it with all).
 */
export const SCHEMA: readonly SchemaVersion[] = [
  // v1: cases, their articles and the articles' texts, kept apart so lists stay light. An article's
  // id is articleId(caseId, sha256): dedupe is a primary-key lookup (a compound-index anyOf was 30x
  // slower in the store benchmark) and a case's rows are a key-prefix range, so no secondary index
  // slows the writes down. Lists sort in memory.
  { version: 1, stores: { cases: 'id, updatedAt', articles: 'id', texts: 'id' } },
  // v2: the case's candidate pairs, derived by the matcher (ids start with the case's key prefix,
  // like articles, since they are built from article ids). A new table needs no data upgrade.
  { version: 2, stores: { pairs: 'id' } },
  // v3: verdicts by pair id (kept apart from the pairs, which re-matching replaces) and their
  // history for undo, newest last, found by case.
  { version: 3, stores: { verdicts: 'id', history: '++seq, caseId' } },
  // v4: clusters, computed by the matching Worker with the pairs and replaced with them.
  { version: 4, stores: { clusters: 'id' } },
  // v5 (issue 16): verdicts anchored to their two claims (article SHA-256, position, quote), keyed by
  // the claims' positions instead of a pair id, so no matching run can strand them; history entries
  // name the verdict and the tab that made the change. Settings (the reviewer's name) move here from
  // localStorage, which a browser killed seconds after typing loses.
  { version: 5, stores: { settings: 'key' }, upgrade: anchorStoredVerdicts },
  // v6 (issue 19): notes typed before a verdict (drafts, keyed like verdicts by the two claims, so
  // re-matching keeps them); a colleague's verdicts merged beside this library's (opinions, found by
  // the verdict they sit beside); and each merge, with what it added, so it can be undone. New tables
  // need no data upgrade.
  { version: 6, stores: { drafts: 'id', opinions: 'id, verdictId', merges: 'id, caseId' } },
];

export class AppDB extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  articles!: EntityTable<ArticleRecord, 'id'>;
  texts!: EntityTable<TextRecord, 'id'>;
  pairs!: EntityTable<PairRecord, 'id'>;
  verdicts!: EntityTable<Verdict, 'id'>;
  history!: EntityTable<VerdictChange, 'seq'>;
  clusters!: EntityTable<ClusterRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  drafts!: EntityTable<DraftRecord, 'id'>;
  opinions!: EntityTable<Opinion, 'id'>;
  merges!: EntityTable<MergeRecord, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA) {
      const step = this.version(version).stores(stores);
      if (upgrade) step.upgrade(upgrade);
    }
  }
}

/** The id of the article with this content in this case: one per case and content. */
export function articleId(caseId: string, sha256: string): string {
  return `${caseId}:${sha256}`;
}

/** Every key of a case's articles and texts starts with this. */
export function caseKeyPrefix(caseId: string): string {
  return `${caseId}:`;
}

/** The SHA-256 in an article id made by articleId(caseId, sha256). */
export function shaOfArticleId(caseId: string, id: string): string {
  return id.startsWith(caseKeyPrefix(caseId)) ? id.slice(caseKeyPrefix(caseId).length) : id;
}

/**
 * The app's one database (tests make their own AppDB with a unique name). Writes are strictly
 * durable: a verdict or a name the page has confirmed is on disk, even if the machine loses power.
 * The app writes in few, large transactions (chunks of 1,000 articles, one per matching run), so the
 * flush costs little.
 */
export const db = new AppDB(DB_NAME, { chromeTransactionDurability: 'strict' });
