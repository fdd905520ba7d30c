import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { SEEDS_DIR, TITAN_DIR } from '../../support/corpus';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-report-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli -- report', () => {
  it('writes every format for the Titan corpus, all pairs unreviewed', async () => {
    for (const format of ['html', 'md', 'csv', 'json', 'claimreview']) {
      const out = join(dir, `titan.${format}`);
      const result = await cli('report', TITAN_DIR, '--format', format, '--out', out);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/48 article\(s\), \d+ pair\(s\), all unreviewed/);
      // The manifest is applied, not refused.
      expect(result.err).not.toContain('manifest.tsv');
    }
    const json = JSON.parse(readFileSync(join(dir, 'titan.json'), 'utf8'));
    expect(json.articles.filter((a: { outlet: string | null }) => !a.outlet)).toEqual([]);
    expect(json.summary).toMatchObject({ articles: 48, unreviewed: json.pairs.length, conflicting: 0 });
    const csv = Papa.parse(readFileSync(join(dir, 'titan.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(json.pairs.length);
    expect(readFileSync(join(dir, 'titan.html'), 'utf8')).toContain(`Unreviewed pairs (${json.pairs.length})`);
    // Nothing is reviewed yet, so there is no ClaimReview to publish.
    expect(JSON.parse(readFileSync(join(dir, 'titan.claimreview'), 'utf8'))).toEqual([]);
  });

  it('refuses a missing or unknown format and a missing --out', async () => {
    expect((await cli('report', SEEDS_DIR, '--format', 'pdf', '--out', join(dir, 'x'))).code).toBe(2);
    expect((await cli('report', SEEDS_DIR, '--out', join(dir, 'x'))).code).toBe(2);
    expect((await cli('report', SEEDS_DIR, '--format', 'md')).code).toBe(2);
  });
});
