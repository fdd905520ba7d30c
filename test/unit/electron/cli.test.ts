import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_NODE_FLAGS } from '../../../electron/cli/node-flags';
import { cli } from '../../support/cli';
import { SEEDS_DIR, TITAN_DIR } from '../../support/corpus';

describe('npm run cli -- import-check', () => {
  it('prints the JSON shape for the seeds', async () => {
    const { code, out } = await cli('import-check', SEEDS_DIR, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(['articles', 'errors', 'notes']);
    expect(result.articles.map((a: Record<string, unknown>) => Object.keys(a))[0]).toEqual([
      'id', 'file', 'title', 'date', 'dateInferred', 'outlet', 'url', 'language', 'place', 'sources', 'format', 'chars', 'sha256',
    ]);
    expect(result.articles[0]).toMatchObject({ language: 'en', sources: { language: 'detected' }, format: 'txt' });
    expect(result.articles.map((a: { date: string }) => a.date)).toEqual(['2022-02-08', '2022-02-10']);
    expect(result.articles[0].file).toBe(`${SEEDS_DIR}/000_b0b42460a32a0478.txt`);
  });

  it('lists readable articles and refused files in text, exit 0 when anything was read', async () => {
    const { code, out } = await cli('import-check', TITAN_DIR, '/no/such/file.txt');
    expect(code).toBe(0);
    expect(out).toContain('✗ /no/such/file.txt: file not found');
    // The folder's manifest is applied; its gold pairs are a table, named but not refused.
    expect(out).toContain(`– ${TITAN_DIR}/manifest.tsv: a manifest: its values were applied to 48 of the 48 files it names`);
    expect(out).toContain(`– ${TITAN_DIR}/gold.tsv: a table (columns left_file, left_fragment, right_file, right_fragment, …), not an article: left out`);
    expect(out).toContain('2023-06-24 · ntv.ca (manifest) · en (detected) · txt');
    expect(out).toMatch(/48 article\(s\) read, 1 file\(s\) refused, 2 other file\(s\) not articles$/);
  });

  it('exits 1 when nothing could be read', async () => {
    expect((await cli('import-check', '/no/such/file.txt', '--json')).code).toBe(1);
  });

  it('exits 2 with usage for a missing path or an unknown command', async () => {
    expect((await cli('import-check')).code).toBe(2);
    expect((await cli('toString', '/tmp')).code).toBe(2);
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "frobnicate"/);
  });
});

describe('npm run cli', () => {
  it('runs the CLI in node with the options the bench measures it with', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.cli).toBe(`node ${CLI_NODE_FLAGS.join(' ')} --import tsx electron/cli/index.ts`);
    // The script itself, end to end: node takes the options and the CLI answers.
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'import-check', SEEDS_DIR, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out).articles).toHaveLength(2);
  });
});
