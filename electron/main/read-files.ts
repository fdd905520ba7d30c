/**
 * Reads the files and folders a user chose (dialog, command line) into a FileBatch. Folders are walked
 * recursively; every path ends up either as bytes or as an error that names it, so one bad file never
 * hides the others. The file system is passed in so the CLI, the main process and tests share this.
 */
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { FileBatch, FileError, RawFile } from '../../shared/api/contract';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../../shared/api/limits';

/** The file-system calls the reader needs; node:fs/promises satisfies it. */
export interface ReaderFs {
  stat(p: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>;
  readdir(p: string): Promise<string[]>;
  readFile(p: string): Promise<Uint8Array>;
  realpath(p: string): Promise<string>;
}

export interface ReadOptions {
  /** Files larger than this are refused unread (default 20 MB). */
  maxBytes?: number;
  /** Stop after this many files so a mistaken pick of "/" cannot exhaust memory (default 50,000). */
  maxFiles?: number;
  fs?: ReaderFs;
}

const DEFAULT_MAX_FILES = 50_000;

/** Reads every file named by `paths`, walking folders; order follows the input, then folder order. */
export async function readPaths(paths: readonly string[], options: ReadOptions = {}): Promise<FileBatch> {
  const fs = options.fs ?? (nodeFs as unknown as ReaderFs);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const files: RawFile[] = [];
  const errors: FileError[] = [];
  const visitedDirs = new Set<string>();

  async function visit(p: string, fromFolder: boolean): Promise<void> {
    if (files.length + errors.length >= maxFiles) {
      errors.push({ path: p, error: `skipped: more than ${maxFiles} files in one selection` });
      return;
    }
    let info;
    try {
      info = await fs.stat(p);
    } catch (err) {
      errors.push({ path: p, error: describeFsError(err) });
      return;
    }
    if (info.isDirectory()) {
      // A symlink loop would revisit a folder forever; the real path identifies it.
      const real = await fs.realpath(p).catch(() => p);
      if (visitedDirs.has(real)) {
        errors.push({ path: p, error: 'skipped: folder already visited (symbolic link loop)' });
        return;
      }
      visitedDirs.add(real);
      let entries: string[];
      try {
        entries = (await fs.readdir(p)).sort();
      } catch (err) {
        errors.push({ path: p, error: describeFsError(err) });
        return;
      }
      for (const entry of entries) {
        // Hidden files inside a chosen folder (.DS_Store, .git) are not articles.
        if (entry.startsWith('.')) continue;
        await visit(path.join(p, entry), true);
      }
      return;
    }
    if (!info.isFile()) {
      if (!fromFolder) errors.push({ path: p, error: 'not a regular file' });
      return;
    }
    if (info.size > maxBytes) {
      errors.push({ path: p, error: tooLargeMessage(info.size, maxBytes) });
      return;
    }
    try {
      const bytes = await fs.readFile(p);
      files.push({ name: path.basename(p), path: p, bytes: new Uint8Array(bytes) });
    } catch (err) {
      errors.push({ path: p, error: describeFsError(err) });
    }
  }

  for (const p of paths) await visit(p, false);
  return { files, errors };
}

/** Turns a Node fs error into words a person understands. */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}
