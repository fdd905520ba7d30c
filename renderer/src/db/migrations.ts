/**
 * Data migrations of the schema (AppDB's SCHEMA), each a function of the upgrade transaction that
 * reads and writes through `tx.table(...)` only, so it runs the same in the browser and in Node.
 */
import type { Transaction } from 'dexie';
import { isLegacyVerdict, migrateLegacyVerdicts, type LegacyVerdict, type LegacyVerdictChange } from '../../../shared/review/legacy';
import type { PairRecord } from '../../../shared/match/records';

/**
 * v5: verdicts keyed by pair id become verdicts anchored to their two claims (anchorLegacyVerdict),
 * and history entries follow them. Every verdict and history entry is kept; rows already anchored
 * (a database some tab upgraded part way, or data written by this release) are left as they are.
 */
export async function anchorStoredVerdicts(tx: Transaction): Promise<void> {
  const verdicts = (await tx.table('verdicts').toArray()).filter(isLegacyVerdict) as LegacyVerdict[];
  const history = (await tx.table('history').toArray()).filter((h: object) => 'pairId' in h && !('verdictId' in h)) as LegacyVerdictChange[];
  if (!verdicts.length && !history.length) return;
  const pairIds = [...new Set([...verdicts.map((v) => v.id), ...history.map((h) => h.pairId)])];
  const articleIds = new Set<string>();
  for (const id of pairIds) for (const side of id.split('|')) articleIds.add(side.replace(/#\d+-\d+$/, ''));
  const ids = [...articleIds];
  const [articles, texts, pairs] = await Promise.all([
    tx.table('articles').bulkGet(ids) as Promise<Array<{ sha256: string } | undefined>>,
    tx.table('texts').bulkGet(ids) as Promise<Array<{ text: string } | undefined>>,
    tx.table('pairs').bulkGet(pairIds) as Promise<Array<PairRecord | undefined>>,
  ]);
  const sha = new Map(ids.map((id, i) => [id, articles[i]?.sha256 ?? id.slice(id.indexOf(':') + 1)]));
  const text = new Map(ids.flatMap((id, i) => (texts[i] ? [[id, texts[i].text] as const] : [])));
  const claimText = new Map<string, string>();
  for (const p of pairs) for (const c of p ? [p.a, p.b] : []) claimText.set(`${c.articleId}#${c.start}-${c.end}`, c.text);
  const migrated = migrateLegacyVerdicts(verdicts, history, {
    shaOf: (id) => sha.get(id),
    textOf: (id) => text.get(id),
    claimText: (id, start, end) => claimText.get(`${id}#${start}-${end}`),
  });
  await tx.table('verdicts').bulkDelete(verdicts.map((v) => v.id));
  await tx.table('verdicts').bulkPut(migrated.verdicts);
  // History keeps its sequence numbers (undo order); entries are rewritten in place.
  await tx.table('history').bulkPut(migrated.history);
}
