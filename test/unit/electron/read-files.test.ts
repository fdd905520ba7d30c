import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPaths } from '../../../electron/main/read-files';
import { SEEDS_DIR, corpusFiles } from '../../support/corpus';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-read-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('reading chosen paths', () => {
  it('reads the seed articles byte for byte', async () => {
    const seeds = corpusFiles(SEEDS_DIR);
    const batch = await readPaths(seeds);
    expect(batch.errors).toEqual([]);
    expect(batch.files.map((f) => f.name)).toEqual(['000_b0b42460a32a0478.txt', '003_9dd4b330143851c7.txt']);
    expect(new TextDecoder().decode(batch.files[0]!.bytes)).toMatch(/^ date 2022-02-08/);
  });

  it('walks a folder recursively, in name order, skipping hidden files', async () => {
    mkdirSync(join(dir, 'b/nested'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'A');
    writeFileSync(join(dir, 'b/nested/c.md'), 'C');
    writeFileSync(join(dir, '.DS_Store'), 'junk');
    const batch = await readPaths([dir]);
    expect(batch.files.map((f) => f.path)).toEqual([join(dir, 'a.txt'), join(dir, 'b/nested/c.md')]);
    expect(batch.errors).toEqual([]);
  });

  it('refuses a file over the size limit unread and still reads the others', async () => {
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(2048, 'a'));
    writeFileSync(join(dir, 'small.txt'), 'fine');
    const batch = await readPaths([join(dir, 'big.txt'), join(dir, 'small.txt')], { maxBytes: 1000 });
    expect(batch.files.map((f) => f.name)).toEqual(['small.txt']);
    expect(batch.errors).toEqual([{ path: join(dir, 'big.txt'), error: 'too large: 2 kB (limit 1 kB)' }]);
  });

  it('names a missing file', async () => {
    const batch = await readPaths([join(dir, 'gone.txt')]);
    expect(batch.errors).toEqual([{ path: join(dir, 'gone.txt'), error: 'file not found' }]);
  });

  it('survives a symbolic link loop in a folder', async () => {
    mkdirSync(join(dir, 'loop'));
    writeFileSync(join(dir, 'loop/a.txt'), 'A');
    symlinkSync(join(dir, 'loop'), join(dir, 'loop/again'));
    const batch = await readPaths([dir]);
    expect(batch.files.map((f) => f.name)).toEqual(['a.txt']);
    expect(batch.errors).toHaveLength(1);
    expect(batch.errors[0]!.error).toMatch(/symbolic link loop|already visited/);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file (skipped as root, who can read anything)', async () => {
    writeFileSync(join(dir, 'locked.txt'), 'secret');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const batch = await readPaths([join(dir, 'locked.txt')]);
    expect(batch.errors[0]!.error).toMatch(/permission denied/);
  });

  it('reports an unreadable file through an injected file system', async () => {
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const batch = await readPaths(['/x/locked.txt'], {
      fs: {
        stat: async () => ({ isFile: () => true, isDirectory: () => false, size: 10 }),
        readdir: async () => [],
        readFile: async () => {
          throw denied;
        },
        realpath: async (p) => p,
      },
    });
    expect(batch).toEqual({ files: [], errors: [{ path: '/x/locked.txt', error: 'permission denied: the file cannot be read' }] });
  });
});
