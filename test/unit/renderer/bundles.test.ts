import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { BUNDLE_VERSION, bundleReportData, parseBundle, serialiseBundle, type ReviewBundle } from '../../../shared/report/bundle';
import { BUNDLE_LIMITS, checkBundleCounts } from '../../../shared/report/bundle-check';
import { renderHtml } from '../../../shared/report/html';
import { reportReview } from '../../../shared/report/model';
import { attachVerdicts, PairIndex } from '../../../shared/review/attach';
import { MAX_NOTE_CHARS, type Verdict } from '../../../shared/review/verdicts';
import { articleSetKey } from '../../../renderer/src/db/article-set';
import { caseKeyPrefix, type AppDB } from '../../../renderer/src/db/AppDB';
import { exportBundle, importBundle } from '../../../renderer/src/db/bundles';
import { createCase, deleteCase } from '../../../renderer/src/db/cases';
import { parseArticleFiles } from '../../../shared/article/parse';
import { storeArticles } from '../../../renderer/src/db/store-articles';
import { docxOf, emlOf, mhtmlOf, pdfOf } from '../../support/build-files';
import { reviewedCase } from '../../support/library';
import { freshDbs } from '../../support/dbs';

const freshDb = freshDbs();

let source: AppDB;
beforeEach(() => {
  source = freshDb();
});

describe('review bundles', () => {
  it('export → import → export gives identical data', async () => {
    const c = await reviewedCase(source);
    const first = serialiseBundle(await exportBundle(source, c.id, 5000));
    const parsed = parseBundle(first);
    expect(parsed.ok).toBe(true);
    const target = freshDb();
    await importBundle(target, parsed.ok ? parsed.bundle : (null as never));
    const second = serialiseBundle(await exportBundle(target, c.id, 5000));
    expect(second).toBe(first);
    const bundle = JSON.parse(first);
    expect(bundle.articles).toHaveLength(2);
    expect(bundle.verdicts[0]).toMatchObject({ verdict: 'conflicting', note: 'locking vs freeze', reviewer: 'Ana' });
    expect(bundle.history).toHaveLength(2);
    expect(bundle.articles[0].text.length).toBe(bundle.articles[0].chars);
  });

  it('keeps a PDF, a DOCX, an MHTML and an e-mail with their place, sources and manifest through export and open', async () => {
    const article = { title: 'Debris found near the Titanic', text: 'WASHINGTON (AP) — The Coast Guard said on Thursday that debris found near the Titanic was consistent with a catastrophic implosion of the vessel.' };
    const batch = await parseArticleFiles([
      { name: 'manifest.tsv', path: 'in/manifest.tsv', bytes: new TextEncoder().encode('file\toutlet\na.pdf\tUSNI News\n') },
      { name: 'a.pdf', path: 'in/a.pdf', bytes: (await pdfOf(article)).bytes },
      { name: 'b.docx', path: 'in/b.docx', bytes: docxOf(article) },
      { name: 'c.mhtml', path: 'in/c.mhtml', bytes: mhtmlOf({ ...article, text: `${article.text} Officials said the search would go on.` }) },
      { name: 'd.eml', path: 'in/d.eml', bytes: emlOf({ ...article, text: `${article.text} The release was sent on Thursday.` }) },
    ]);
    expect(batch.errors).toEqual([]);
    const c = await createCase(source, 'Formats');
    await storeArticles(source, c.id, batch.articles);
    const first = serialiseBundle(await exportBundle(source, c.id, 5000));
    const parsed = parseBundle(first);
    // In the bundle's own order (by id); by format here.
    const kept = parsed.ok ? parsed.bundle.articles.map((a) => [a.format, a.place, a.sources?.language, a.manifest ?? null]).sort() : parsed.error;
    expect(kept).toEqual([
      ['docx', 'Washington', 'detected', null],
      ['eml', 'Washington', 'detected', null],
      ['mhtml', 'Washington', undefined, null],
      ['pdf', 'Washington', 'detected', 'in/manifest.tsv'],
    ]);
    const target = freshDb();
    await importBundle(target, parsed.ok ? parsed.bundle : (null as never));
    expect(serialiseBundle(await exportBundle(target, c.id, 5000))).toBe(first);
  });

  it('a restored case reviews like the original: report with verdict and note, undo history kept', async () => {
    const c = await reviewedCase(source);
    const parsed = parseBundle(serialiseBundle(await exportBundle(source, c.id)));
    const target = freshDb();
    await importBundle(target, parsed.ok ? parsed.bundle : (null as never));
    expect(renderHtml(bundleReportData(parsed.ok ? parsed.bundle : (null as never)))).toContain('Note: locking vs freeze');
    expect(await target.history.where('caseId').equals(c.id).count()).toBe(2);
  });

  it.each([
    ['malformed JSON', '{"format": "corroborate-bundle",', /^not a review bundle: malformed JSON/],
    ['another kind of JSON', '{"text": "an article"}', /^not a Corroborate review bundle$/],
    ['a newer format', JSON.stringify({ format: 'corroborate-bundle', version: BUNDLE_VERSION + 1 }), /made by a newer Corroborate \(bundle format 3; this version reads up to 2\)/],
    ['a damaged field', JSON.stringify({ format: 'corroborate-bundle', version: 1, exportedAt: 1, case: { id: 'c', name: 'x', createdAt: 1, updatedAt: 1 }, articles: [{ id: 'c:1' }], pairs: [], verdicts: [], history: [], clusters: [] }), /^damaged review bundle: articles\.0\./],
  ])('refuses %s with a clear message', (_label, text, error) => {
    const result = parseBundle(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('refuses records that belong to another case', async () => {
    const c = await reviewedCase(source);
    const bundle = await exportBundle(source, c.id);
    bundle.verdicts[0]!.id = `other-case:${bundle.verdicts[0]!.id}`;
    const result = parseBundle(serialiseBundle(bundle));
    expect(result).toEqual({ ok: false, error: 'refused: verdict 1 (by “Ana”) has an id outside this bundle’s case (other-case:' + bundle.verdicts[0]!.id.slice(11, 40) + '…)' });
  });

  /** The seed case's bundle as parsed JSON, to be spoiled by a test. */
  async function bundleJson(): Promise<ReviewBundle> {
    const c = await reviewedCase(source);
    return JSON.parse(serialiseBundle(await exportBundle(source, c.id, 5000))) as ReviewBundle;
  }
  const refusal = (bundle: ReviewBundle) => {
    const result = parseBundle(JSON.stringify(bundle));
    return result.ok ? 'accepted' : result.error;
  };

  it('refuses history entries carrying another case, so undo there can never plant or delete a verdict', async () => {
    const bundle = await bundleJson();
    const planted = { ...bundle.history[0]!, caseId: 'another-case' };
    expect(refusal({ ...bundle, history: [...bundle.history, planted] })).toBe('refused: history entry 3 belongs to another case (“another-case”, not this bundle’s “' + bundle.case.id + '”)');
    const inside = { ...bundle.history[0]!, after: { ...bundle.history[0]!.after!, caseId: 'another-case' } };
    expect(refusal({ ...bundle, history: [inside] })).toMatch(/^refused: history entry 1 \(after\) belongs to another case/);
    const otherVerdict = { ...bundle.history[0]!, verdictId: `${bundle.case.id}:something-else` };
    expect(refusal({ ...bundle, history: [otherVerdict] })).toBe('refused: history entry 1 changes a verdict other than the one it names (after)');
  });

  it('refuses a duplicate article, a verdict on an article it does not hold, and records that do not fit their text', async () => {
    const bundle = await bundleJson();
    expect(refusal({ ...bundle, articles: [...bundle.articles, bundle.articles[0]!] })).toMatch(/^refused: article 3 \(“.+”\) appears twice in the bundle/);
    const [x, y] = bundle.verdicts[0]!.anchors;
    const elsewhere = { ...bundle.verdicts[0]!, anchors: [{ ...x, sha256: 'f'.repeat(64) }, y] as typeof bundle.verdicts[0]['anchors'] };
    expect(refusal({ ...bundle, verdicts: [elsewhere] })).toBe('refused: verdict 1 (by “Ana”) judges a claim in an article this bundle does not contain (claim A)');
    const moved = { ...bundle.verdicts[0]!, anchors: [{ ...x, start: x.start + 1 }, y] as typeof bundle.verdicts[0]['anchors'] };
    expect(refusal({ ...bundle, verdicts: [moved] })).toBe('refused: verdict 1 (by “Ana”) has claim A that does not match its article’s text');
    const pair = { ...bundle.pairs[0]!, a: { ...bundle.pairs[0]!.a, end: 10 ** 7 } };
    expect(refusal({ ...bundle, pairs: [pair] })).toBe('refused: pair 1 has claim A outside its article’s text');
    const strayCluster = { ...bundle.clusters[0]!, pairIds: ['x'] };
    if (bundle.clusters.length) expect(refusal({ ...bundle, clusters: [strayCluster] })).toMatch(/cluster 1 names a pair this bundle does not contain/);
  });

  it('refuses a note over the limit and too many records, naming the limit', async () => {
    const bundle = await bundleJson();
    const long = { ...bundle.verdicts[0]!, note: 'n'.repeat(MAX_NOTE_CHARS + 1) };
    expect(refusal({ ...bundle, verdicts: [long], history: [] })).toBe('refused: verdict 1 (by “Ana”) has a note of 20,001 characters; notes are limited to 20,000');
    // Counted before the records are read (a sparse list: the count is what is checked).
    expect(checkBundleCounts({ ...bundle, history: new Array(BUNDLE_LIMITS.history + 1) })).toBe('refused: the bundle holds 1,000,001 history entries; a bundle may hold at most 1,000,000');
    expect(checkBundleCounts({ ...bundle })).toBeNull();
  });

  it('restores a verdict whose claims the bundle’s pairs no longer join, and lists it as no longer proposed', async () => {
    const bundle = await bundleJson();
    // The reviewed pair is the one its verdict's anchors name; no pair left joins those two stretches
    // (nor a sentence holding one of the quotes).
    const [x, y] = bundle.verdicts[0]!.anchors;
    const sha = new Map(bundle.articles.map((a) => [a.id, a.sha256]));
    const touches = (c: { articleId: string; start: number; end: number }, d: { sha256: string; start: number; end: number }) => sha.get(c.articleId) === d.sha256 && c.start < d.end && d.start < c.end;
    const joins = (p: (typeof bundle.pairs)[number]) => (touches(p.a, x) && touches(p.b, y)) || (touches(p.a, y) && touches(p.b, x));
    expect(bundle.pairs.filter(joins).length).toBeGreaterThan(0);
    const orphaned = { ...bundle, pairs: bundle.pairs.filter((p) => !joins(p)), clusters: [] };
    const parsed = parseBundle(serialiseBundle(orphaned));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = freshDb();
    await importBundle(target, parsed.bundle);
    expect(await target.verdicts.count()).toBe(1);
    const data = bundleReportData(parsed.bundle);
    expect(reportReview(data).orphans.map((v) => v.note)).toEqual(['locking vs freeze']);
    expect(renderHtml(data)).toContain('Reviewed, no longer proposed (1)');
    // Restored exactly: the pairs as stored, and stamped as matched for these articles (no re-match).
    expect((await target.pairs.toArray()).map((p) => p.id).sort()).toEqual(orphaned.pairs.map((p) => p.id).sort());
    expect((await target.cases.get(bundle.case.id))?.matchedArticles).toBe(articleSetKey(bundle.articles));
  });

  it('reads a format-1 bundle (verdicts keyed by pair id) and anchors its verdicts to the same claims', async () => {
    const bundle = await bundleJson();
    const pairOf = attachVerdicts(new PairIndex(bundle.pairs, (id) => id.slice(id.indexOf(':') + 1)), bundle.verdicts).pairOf;
    const legacy = (v: Verdict | null) => v && { id: pairOf.get(v.id)!, caseId: v.caseId, verdict: v.verdict, note: v.note, reviewer: v.reviewer, at: v.at };
    const v1 = {
      ...bundle,
      version: 1,
      verdicts: bundle.verdicts.map(legacy),
      history: bundle.history.map((h) => ({ caseId: h.caseId, pairId: pairOf.get(h.verdictId)!, before: legacy(h.before), after: legacy(h.after), at: h.at })),
    };
    const parsed = parseBundle(JSON.stringify(v1));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.bundle.version).toBe(BUNDLE_VERSION);
    expect(parsed.bundle.verdicts.map(({ legacyPairId: _l, ...v }) => v)).toEqual(bundle.verdicts);
    expect(parsed.bundle.history.map((h) => ({ ...h, before: h.before && { ...h.before, legacyPairId: undefined }, after: h.after && { ...h.after, legacyPairId: undefined } }))).toEqual(
      bundle.history.map((h) => ({ ...h, before: h.before && { ...h.before, legacyPairId: undefined }, after: h.after && { ...h.after, legacyPairId: undefined } })),
    );
  });

  it('a bundle that cannot be stored says why in a sentence and stores nothing', async () => {
    const bundle = await bundleJson();
    const target = freshDb();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    target.texts.bulkAdd = (() => Dexie.Promise.reject(Object.assign(new Dexie.AbortError('Transaction aborted', quota), { inner: quota }))) as typeof target.texts.bulkAdd;
    await expect(importBundle(target, bundle)).rejects.toThrow(/^The bundle could not be stored, and nothing of it was kept: storage is full/);
    expect(await target.cases.count()).toBe(0);
    expect(await target.articles.count()).toBe(0);
  });

  it('refuses to restore over a case in the library, and changes nothing', async () => {
    const c = await reviewedCase(source);
    const bundle = await exportBundle(source, c.id);
    const before = await source.verdicts.count();
    await expect(importBundle(source, bundle)).rejects.toThrow(/already in your library/);
    expect(await source.verdicts.count()).toBe(before);
    // Once the case is deleted (not yet purged), the bundle restores it whole.
    await deleteCase(source, c.id);
    await importBundle(source, bundle);
    expect((await source.cases.get(c.id))?.deletedAt).toBeNull();
    expect(await source.articles.where(':id').startsWith(caseKeyPrefix(c.id)).count()).toBe(2);
  });
});

describe('npm run cli -- report from a bundle', () => {
  it('writes the report with the bundle’s verdicts', async () => {
    const { mkdtempSync, writeFileSync, readFileSync: read, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runCli } = await import('../../../electron/cli/index');
    const c = await reviewedCase(source);
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-bundle-'));
    try {
      const bundlePath = join(dir, `case${'.corroborate.json'}`);
      writeFileSync(bundlePath, serialiseBundle(await exportBundle(source, c.id)));
      let out = '';
      const code = await runCli(['report', bundlePath, '--format', 'md', '--out', join(dir, 'r.md')], { out: (t) => (out += t), err: () => {} });
      expect(code).toBe(0);
      expect(out).toMatch(/2 article\(s\), \d+ pair\(s\), 1 reviewed/);
      expect(read(join(dir, 'r.md'), 'utf8')).toContain('Note: locking vs freeze');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
