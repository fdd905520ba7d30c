/**
 * A stored, reviewed case built the way the app builds one (parse → store → match → verdicts), and a
 * fingerprint of everything stored, to prove that a failure elsewhere lost or changed nothing.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticleFiles } from '../../shared/article/parse';
import { matchArticles } from '../../shared/match/case-matcher';
import { clusterRecords } from '../../shared/match/cluster-records';
import { toPairRecord } from '../../shared/match/records';
import { caseKeyPrefix, type AppDB } from '../../renderer/src/db/AppDB';
import { createCase } from '../../renderer/src/db/cases';
import { storeArticles } from '../../renderer/src/db/store-articles';
import { replacePairs } from '../../renderer/src/db/store-pairs';
import { setNote, setVerdict } from '../../renderer/src/db/verdicts';
import { SEEDS_DIR, corpusFiles } from './corpus';

/** A case of the corpus in `dir`, stored and matched as the app does it; returns the case and its pairs. */
export async function matchedCase(db: AppDB, dir = SEEDS_DIR, name = 'Macron, Feb 2022') {
  const c = await createCase(db, name, 1000);
  const drafts = (await parseArticleFiles(corpusFiles(dir).map((p) => ({ name: basename(p), path: p, bytes: readFileSync(p) })))).articles;
  await storeArticles(db, c.id, drafts, { now: () => 2000 });
  const articles = (await db.articles.where(':id').startsWith(caseKeyPrefix(c.id)).toArray()).sort((x, y) => (x.id < y.id ? -1 : 1));
  const texts = new Map((await db.texts.where(':id').startsWith(caseKeyPrefix(c.id)).toArray()).map((t) => [t.id, t.text]));
  const pairs = matchArticles(articles.map((a) => ({ id: a.id, text: texts.get(a.id)!, date: a.date }))).allPairs().map((p) => toPairRecord(c.id, p));
  await replacePairs(db, c.id, pairs, clusterRecords(pairs));
  return { case: c, pairs, articles, texts };
}

/** The seed case, stored, matched, with one verdict and a note on its first pair. */
export async function reviewedCase(db: AppDB, dir = SEEDS_DIR) {
  const { case: c, pairs } = await matchedCase(db, dir);
  const v = await setVerdict(db, { caseId: c.id, target: { pair: pairs[0]! }, verdict: 'conflicting', reviewer: 'Ana' }, 3000);
  await setNote(db, { verdictId: v.id, note: 'locking vs freeze', reviewer: 'Ana' }, 4000);
  return c;
}

/** JSON with object keys sorted, so the same row always gives the same string. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/**
 * Every stored article (with its text) and verdict, by id, as JSON: what must never be lost.
 * `ignore` leaves out verdict fields a migration adds (legacyPairId).
 */
export async function fingerprint(db: AppDB, options: { ignore?: string[] } = {}): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const texts = new Map((await db.texts.toArray()).map((t) => [t.id, t.text]));
  for (const a of await db.articles.toArray()) out.set(`article:${a.id}`, canonical([a, texts.get(a.id) ?? null]));
  for (const v of await db.verdicts.toArray()) {
    const kept = Object.fromEntries(Object.entries(v).filter(([key]) => !options.ignore?.includes(key)));
    out.set(`verdict:${v.id}`, canonical(kept));
  }
  return out;
}

/** How many rows of `before` are missing or changed in `after` (new rows do not count). */
export function lostOrChanged(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): number {
  let lost = 0;
  for (const [id, value] of before) if (after.get(id) !== value) lost++;
  return lost;
}
