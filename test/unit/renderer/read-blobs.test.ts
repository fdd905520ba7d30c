import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDroppedItems, readFileList } from '../../../renderer/src/bridge/read-blobs';
import { SEEDS_DIR, corpusFiles } from '../../support/corpus';

const seedFiles = corpusFiles(SEEDS_DIR).map((p) => new File([readFileSync(p)], p.split('/').pop()!));

/** A dropped folder as Chromium's FileSystemEntry API presents it, returning entries in chunks. */
function folderEntry(name: string, files: File[], chunk = 1) {
  return {
    isFile: false,
    isDirectory: true,
    name,
    fullPath: `/${name}`,
    createReader() {
      let offset = 0;
      const entries = files.map((file) => ({
        isFile: true,
        isDirectory: false,
        name: file.name,
        fullPath: `/${name}/${file.name}`,
        file: (ok: (f: File) => void) => ok(file),
      }));
      return {
        readEntries(ok: (e: unknown[]) => void) {
          ok(entries.slice(offset, offset + chunk));
          offset += chunk;
        },
      };
    },
  };
}

describe('reading files the DOM hands over', () => {
  it('reads picked seed files with their bytes', async () => {
    const batch = await readFileList(seedFiles);
    expect(batch.errors).toEqual([]);
    expect(batch.files.map((f) => f.name)).toEqual(['000_b0b42460a32a0478.txt', '003_9dd4b330143851c7.txt']);
    expect(new TextDecoder().decode(batch.files[1]!.bytes)).toMatch(/freeze the game/);
  });

  it('refuses a picked file over the limit by name, and reads the rest', async () => {
    const big = new File([new Uint8Array(5000)], 'big.txt');
    const batch = await readFileList([big, ...seedFiles], 4000);
    expect(batch.errors).toEqual([{ path: 'big.txt', error: 'too large: 5 kB (limit 4 kB)' }]);
    expect(batch.files).toHaveLength(2);
  });

  it('walks a dropped folder across readEntries chunks and skips hidden files', async () => {
    const hidden = new File(['x'], '.DS_Store');
    const dropped = {
      items: [
        { kind: 'file', getAsFile: () => null, webkitGetAsEntry: () => folderEntry('seeds', [...seedFiles, hidden]) },
        { kind: 'string', getAsFile: () => null, webkitGetAsEntry: () => null },
      ],
    };
    const batch = await readDroppedItems(dropped);
    expect(batch.files.map((f) => f.path)).toEqual(['seeds/000_b0b42460a32a0478.txt', 'seeds/003_9dd4b330143851c7.txt']);
    expect(batch.errors).toEqual([]);
  });

  it('falls back to the plain file when no entry is available', async () => {
    const file = seedFiles[0]!;
    const batch = await readDroppedItems({ items: [{ kind: 'file', getAsFile: () => file, webkitGetAsEntry: () => null }] });
    expect(batch.files.map((f) => f.path)).toEqual([file.name]);
  });
});
