import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/index';
import { SEEDS_DIR } from '../../support/corpus';

describe('npm run cli -- match', () => {
  it('prints the documented JSON shape with the Macron pair first', async () => {
    let out = '';
    const code = await runCli(['match', SEEDS_DIR, '--json'], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(['articles', 'errors', 'pairs', 'clusters']);
    expect(Object.keys(result.articles[0])).toEqual(['id', 'file', 'title', 'date', 'outlet']);
    const [first] = result.pairs;
    expect(Object.keys(first)).toEqual(['id', 'a', 'b', 'score', 'kind', 'flags', 'suggestion', 'reason', 'diff']);
    expect(Object.keys(first.a)).toEqual(['article', 'start', 'end', 'text', 'speaker']);
    expect(first.a.article).toBe(result.articles[0].id);
    expect(first.score).toBeGreaterThan(0);
    expect(first.score).toBeLessThanOrEqual(1);
    expect(first.diff.every((d: { op: string }) => ['equal', 'insert', 'delete'].includes(d.op))).toBe(true);
    expect(first.diff.filter((d: { op: string }) => d.op !== 'insert').map((d: { text: string }) => d.text).join('')).toBe(first.a.text);
  });

  it('prints a readable list with inline diff markers', async () => {
    let out = '';
    await runCli(['match', SEEDS_DIR], { out: (t) => (out += t), err: () => {} });
    expect(out).toContain("[-about 'locking-]{+to freeze+}");
    expect(out).toMatch(/^#1 quote · score 0\.\d\d · likely consistent/);
  });
});
