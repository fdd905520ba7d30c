import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBundle, serialiseBundle } from '../../../shared/report/bundle';
import { verdictId } from '../../../shared/review/anchors';
import { planMerge } from '../../../shared/review/merge';
import { caseKeyPrefix, type AppDB } from '../../../renderer/src/db/AppDB';
import { exportBundle, importBundle } from '../../../renderer/src/db/bundles';
import { claimsId, saveDraft } from '../../../renderer/src/db/drafts';
import { mergeBundle, previewMerge, undoMerge } from '../../../renderer/src/db/merge';
import { setVerdict, undoLast } from '../../../renderer/src/db/verdicts';
import { buildReportData } from '../../../renderer/src/features/report/build-report';
import { renderHtml } from '../../../shared/report/html';
import { summarise } from '../../../shared/report/model';
import { renderMarkdown } from '../../../shared/report/text-formats';
import { matchedCase } from '../../support/library';
import { TITAN_DIR } from '../../support/corpus';
import { freshDbs } from '../../support/dbs';

const freshDb = freshDbs();

/** Exports a case and opens it in another library, as a colleague would receive it. */
async function handOver(from: AppDB, caseId: string) {
  const parsed = parseBundle(serialiseBundle(await exportBundle(from, caseId)));
  if (!parsed.ok) throw new Error(parsed.error);
  const to = freshDb();
  await importBundle(to, parsed.bundle);
  return to;
}

const bundleOf = async (db: AppDB, caseId: string) => {
  const parsed = parseBundle(serialiseBundle(await exportBundle(db, caseId)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.bundle;
};

describe('notes typed before a verdict', () => {
  it('are kept as drafts under the claims, become the verdict’s note, and come back as a draft when it is undone', async () => {
    const db = freshDb();
    const { case: c, pairs } = await matchedCase(db);
    const pair = pairs[0]!;
    expect(await saveDraft(db, { caseId: c.id, pair, note: 'check the French original' }, 100)).toBe(true);
    const id = await claimsId(db, c.id, pair);
    // The same claims with their sides the other way round (as another engine might pair them).
    expect(await claimsId(db, c.id, { ...pair, a: pair.b, b: pair.a })).toBe(id);
    expect((await db.drafts.get(id))?.note).toBe('check the French original');
    const v = await setVerdict(db, { caseId: c.id, target: { pair }, verdict: 'conflicting', reviewer: 'Ana' }, 200);
    expect(v.note).toBe('check the French original');
    expect(await db.drafts.get(id)).toBeUndefined();
    // With a verdict, a draft is refused: the note goes on the verdict.
    expect(await saveDraft(db, { caseId: c.id, pair, note: 'other' })).toBe(false);
    await undoLast(db, c.id);
    expect(await db.verdicts.get(id)).toBeUndefined();
    expect((await db.drafts.get(id))?.note).toBe('check the French original');
    // A bundle carries the draft, and opening it elsewhere keeps it.
    const other = await handOver(db, c.id);
    expect((await other.drafts.get(id))?.note).toBe('check the French original');
    await saveDraft(db, { caseId: c.id, pair, note: '' });
    expect(await db.drafts.get(id)).toBeUndefined();
  });
});

describe('merging a colleague’s review', () => {
  it('brings in their verdicts and articles, keeps both verdicts where they differ, and undo restores the earlier state', async () => {
    const mine = freshDb();
    const { case: c, pairs } = await matchedCase(mine, TITAN_DIR, 'Titan');
    const [p1, p2, p3] = pairs;
    await setVerdict(mine, { caseId: c.id, target: { pair: p1! }, verdict: 'consistent', reviewer: 'Ana' }, 100);
    await setVerdict(mine, { caseId: c.id, target: { pair: p2! }, verdict: 'conflicting', note: 'figures differ', reviewer: 'Ana' }, 110);
    const theirs = await handOver(mine, c.id);
    // The colleague agrees on p1, disagrees on p2 and reviews p3; meanwhile I remove nothing.
    await setVerdict(theirs, { caseId: c.id, target: { pair: p2! }, verdict: 'consistent', note: 'same figure, other unit', reviewer: 'Ben' }, 200);
    await setVerdict(theirs, { caseId: c.id, target: { pair: p3! }, verdict: 'unclear', note: 'ask the Coast Guard', reviewer: 'Ben' }, 210);
    const bundle = await bundleOf(theirs, c.id);
    const before = await exportBundle(mine, c.id, 1);

    const preview = await previewMerge(mine, c.id, bundle, 'ben.corroborate.json', 300);
    expect([preview.verdicts.length, preview.opinions.length, preview.disagreements, preview.agreements]).toEqual([1, 1, 1, 1]);
    expect(preview.reviewers).toEqual(['Ana', 'Ben']);
    const { merge } = await mergeBundle(mine, c.id, bundle, 'ben.corroborate.json', 300);
    const p3id = await claimsId(mine, c.id, p3!);
    expect(await mine.verdicts.get(p3id)).toMatchObject({ verdict: 'unclear', reviewer: 'Ben', at: 210, note: 'ask the Coast Guard' });
    const p2id = await claimsId(mine, c.id, p2!);
    expect(await mine.verdicts.get(p2id)).toMatchObject({ verdict: 'conflicting', reviewer: 'Ana', note: 'figures differ' });
    expect(await mine.opinions.where('verdictId').equals(p2id).toArray()).toMatchObject([{ verdict: 'consistent', reviewer: 'Ben', note: 'same figure, other unit', source: 'ben.corroborate.json' }]);
    // Merging the same bundle again adds nothing.
    const again = await previewMerge(mine, c.id, bundle, 'ben.corroborate.json', 400);
    expect([again.verdicts.length, again.opinions.length, again.articles.length]).toEqual([0, 0, 0]);

    // The merged report names both reviewers and shows the disagreement with both verdicts.
    const data = await buildReportData(mine, c.id, 500);
    expect(summarise(data)).toMatchObject({ reviewers: ['Ana', 'Ben'], disagreements: 1 });
    const html = renderHtml(data);
    expect(html).toContain('reviewers: Ana, Ben');
    expect(html).toContain('Disagreement: the reviewers judged these claims differently.');
    expect(html).toContain('same figure, other unit');
    expect(renderMarkdown(data)).toContain('Also reviewed: **Consistent** by Ben');
    // The merged case travels whole: a bundle of it carries the second opinion.
    const reopened = parseBundle(serialiseBundle(await exportBundle(mine, c.id)));
    expect(reopened.ok && reopened.bundle.opinions?.map((o) => o.reviewer)).toEqual(['Ben']);

    await undoMerge(mine, merge.id);
    const after = await exportBundle(mine, c.id, 1);
    expect(serialiseBundle({ ...after, case: before.case })).toBe(serialiseBundle(before));
    expect(await mine.opinions.count()).toBe(0);
  });

  it('adds the articles the colleague had that this library lacks, matched by SHA-256', async () => {
    const mine = freshDb();
    const { case: c, articles } = await matchedCase(mine);
    const theirs = await handOver(mine, c.id);
    // Here one article was removed after the hand-over; the colleague still has it.
    const gone = articles[0]!;
    await mine.articles.delete(gone.id);
    await mine.texts.delete(gone.id);
    const bundle = await bundleOf(theirs, c.id);
    const { plan, merge } = await mergeBundle(mine, c.id, bundle, 'ben.corroborate.json');
    expect(plan.articles.map((a) => a.sha256)).toEqual([gone.sha256]);
    expect((await mine.texts.get(gone.id))?.text.length).toBeGreaterThan(100);
    await undoMerge(mine, merge.id);
    expect(await mine.articles.get(gone.id)).toBeUndefined();
    expect(await mine.articles.where(':id').startsWith(caseKeyPrefix(c.id)).count()).toBe(articles.length - 1);
  });

  it('plans a merge from plain data: verdict ids come from the claims, not the bundle’s case', () => {
    const anchor = (sha: string, start: number) => ({ sha256: sha, start, end: start + 5, exact: 'x', prefix: '', suffix: '' });
    const anchors: [ReturnType<typeof anchor>, ReturnType<typeof anchor>] = [anchor('a'.repeat(64), 0), anchor('b'.repeat(64), 10)];
    const theirs = { id: verdictId('other', anchors), caseId: 'other', anchors, verdict: 'consistent' as const, note: '', reviewer: 'Ben', at: 5 };
    const plan = planMerge('mine', { shas: new Set(), verdicts: [], opinions: [] }, { articles: [], verdicts: [theirs] }, 'f', 9);
    expect(plan.verdicts).toEqual([{ ...theirs, id: verdictId('mine', anchors), caseId: 'mine' }]);
  });
});

describe('corrected articles in bundles', () => {
  it('keep their corrected details and the values as imported through a bundle', async () => {
    const { correctArticle } = await import('../../../renderer/src/db/articles');
    const db = freshDb();
    const { case: c, articles } = await matchedCase(db);
    const a = articles[0]!;
    await correctArticle(db, a.id, { title: 'Corrected title', outlet: 'sputniknews.com', date: a.date, url: null }, 50);
    const other = await handOver(db, c.id);
    expect(await other.articles.get(a.id)).toMatchObject({ title: 'Corrected title', outlet: 'sputniknews.com', original: { title: a.title, outlet: null }, editedAt: 50 });
  });
});
