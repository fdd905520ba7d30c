/**
 * Reading files the DOM hands over (a file input or a drop, files or whole folders) into a FileBatch.
 * Both editions use this: the browser has no other way in, and the desktop reads drops the same way so
 * the main process never has to trust a path coming from the page.
 */
import type { DroppedItems, FileBatch, FileError, RawFile } from '../../../shared/api/contract';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../../../shared/api/limits';

/** What we need of a DOM File. */
interface BlobFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads one file unless it is over the size limit; errors name the path. */
async function readOne(file: BlobFile, path: string, maxBytes: number, batch: FileBatch): Promise<void> {
  if (file.size > maxBytes) {
    batch.errors.push({ path, error: tooLargeMessage(file.size, maxBytes) });
    return;
  }
  try {
    batch.files.push({ name: file.name, path, bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch (err) {
    batch.errors.push({ path, error: `cannot be read (${err instanceof Error ? err.message : String(err)})` });
  }
}

/** Reads files from an <input type=file>, using the folder-relative path when a folder was picked. */
export async function readFileList(
  list: Iterable<BlobFile & { webkitRelativePath?: string }>,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<FileBatch> {
  const batch: FileBatch = { files: [] as RawFile[], errors: [] as FileError[] };
  for (const file of list) {
    const path = file.webkitRelativePath || file.name;
    if (isHiddenPath(path)) continue;
    await readOne(file, path, maxBytes, batch);
  }
  return batch;
}

/** Minimal FileSystemEntry shapes (the DOM typings of webkitGetAsEntry are loose). */
interface FsEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
}
interface FsFileEntry extends FsEntry {
  file(ok: (file: File) => void, fail: (err: unknown) => void): void;
}
interface FsDirEntry extends FsEntry {
  createReader(): { readEntries(ok: (entries: FsEntry[]) => void, fail: (err: unknown) => void): void };
}

/** Reads what was dropped: files, and folders walked recursively. */
export async function readDroppedItems(
  dropped: DroppedItems,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<FileBatch> {
  const batch: FileBatch = { files: [], errors: [] };
  // Entries must be taken synchronously, before the drop event's DataTransfer is cleared.
  const entries: Array<FsEntry | null> = [];
  const plainFiles: Array<BlobFile | null> = [];
  for (const item of dropped.items) {
    if (item.kind !== 'file') continue;
    entries.push((item.webkitGetAsEntry() as FsEntry | null) ?? null);
    plainFiles.push(item.getAsFile() as BlobFile | null);
  }
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const plain = plainFiles[i];
    if (entry) await walkEntry(entry, maxBytes, batch);
    else if (plain) await readOne(plain, plain.name, maxBytes, batch);
  }
  return batch;
}

async function walkEntry(entry: FsEntry, maxBytes: number, batch: FileBatch): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '') || entry.name;
  if (isHiddenPath(path)) return;
  if (entry.isFile) {
    try {
      const file = await new Promise<File>((ok, fail) => (entry as FsFileEntry).file(ok, fail));
      await readOne(file, path, maxBytes, batch);
    } catch (err) {
      batch.errors.push({ path, error: `cannot be read (${String(err)})` });
    }
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FsDirEntry).createReader();
  const children: FsEntry[] = [];
  // readEntries returns the folder in chunks (100 at a time in Chromium) until it returns none.
  for (;;) {
    const chunk = await new Promise<FsEntry[]>((ok, fail) => reader.readEntries(ok, fail)).catch(
      (err: unknown) => {
        batch.errors.push({ path, error: `folder cannot be read (${String(err)})` });
        return [] as FsEntry[];
      },
    );
    if (chunk.length === 0) break;
    children.push(...chunk);
  }
  children.sort((a, b) => a.name.localeCompare(b.name));
  for (const child of children) await walkEntry(child, maxBytes, batch);
}

/** Dotfiles and dot-folders (.DS_Store, .git/...) inside a chosen folder are not articles. */
function isHiddenPath(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') && part.length > 1);
}
