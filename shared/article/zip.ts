/**
 * Reading the parts of a ZIP container (a DOCX) with a bound on what they unpack to, so a ZIP bomb is
 * refused after a few megabytes of work rather than filling memory. fflate's streaming unzipper is fed
 * the file in small slices, so no single step can inflate more than a slice's worth (deflate expands at
 * most about 1,000-fold), and the count is checked after each.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { FormatError } from './document';

/** Compressed bytes fed per step: bounds one step's output to about 16 MB. */
const SLICE = 16 * 1024;

export interface ZipParts {
  /** Inflated parts whose names `want` accepted. */
  parts: Map<string, Uint8Array>;
  /** Every entry's name, wanted or not. */
  names: string[];
}

/**
 * Inflates the entries `want` accepts; throws FormatError when the file is not a readable ZIP or
 * when those entries unpack to more than `maxUnpacked` bytes.
 */
export function readZipParts(bytes: Uint8Array, want: (name: string) => boolean, maxUnpacked: number): ZipParts {
  const parts = new Map<string, Uint8Array>();
  const names: string[] = [];
  let unpacked = 0;
  let failure: FormatError | null = null;
  const unzipper = new Unzip((file) => {
    names.push(file.name);
    if (!want(file.name) || failure) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) {
        failure = new FormatError(`damaged ZIP container (${file.name}: ${err.message})`);
        return;
      }
      unpacked += data.length;
      if (unpacked > maxUnpacked) {
        failure = new FormatError(`unpacks to more than ${Math.round(maxUnpacked / 1e6)} MB of document parts: not an article (a ZIP bomb?)`);
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) parts.set(file.name, concatBytes(chunks));
    };
    try {
      file.start();
    } catch (err) {
      failure = new FormatError(`unsupported compression in ${file.name} (${err instanceof Error ? err.message : String(err)})`);
    }
  });
  unzipper.register(UnzipInflate);
  unzipper.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE) {
      unzipper.push(bytes.subarray(at, Math.min(bytes.length, at + SLICE)), at + SLICE >= bytes.length);
    }
  } catch (err) {
    if (!failure) failure = new FormatError(`damaged ZIP container (${err instanceof Error ? err.message : String(err)})`);
  }
  if (failure) throw failure;
  return { parts, names };
}

/** One array of the chunks' bytes, in order. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
