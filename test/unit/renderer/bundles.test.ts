import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, bundleReportData, parseBundle, serialiseBundle } from '../../../shared/report/bundle';
import { renderHtml } from '../../../shared/report/html';
import { AppDB, caseKeyPrefix } from '../../../renderer/src/db/AppDB';
import { exportBundle, importBundle } from '../../../renderer/src/db/bundles';
import { deleteCase } from '../../../renderer/src/db/cases';
import { reviewedCase } from '../../support/library';

const dbs: AppDB[] = [];
const freshDb = () => {
  const db = new AppDB(`test-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

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
    ['a newer format', JSON.stringify({ format: 'corroborate-bundle', version: BUNDLE_VERSION + 1 }), /made by a newer Corroborate \(bundle format 2; this version reads up to 1\)/],
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
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/does not belong to its case/) });
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
