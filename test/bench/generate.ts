/**
 * Generates N articles from the Titan corpus for benchmarks: each mixes paragraphs of several real
 * excerpts (seeded, so every run is the same) and a header, giving realistic text and distinct hashes.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RawFile } from '../../shared/api/contract';
import { TITAN_DIR, corpusFiles } from '../support/corpus';

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The paragraphs of every Titan excerpt. */
export function titanParagraphs(): string[] {
  return corpusFiles(TITAN_DIR).flatMap((p) =>
    readFileSync(p, 'utf8')
      .replace(/^ date \S+ /, '')
      .split(/\n+/)
      .map((s) => s.trim())
      .filter((s) => s.length > 40),
  );
}

/** `count` text articles of about 2 kB each, as the files a user would import. */
export function generateArticles(count: number, seed = 1): RawFile[] {
  const paragraphs = titanParagraphs();
  const random = rng(seed);
  const encoder = new TextEncoder();
  const files: RawFile[] = [];
  for (let i = 0; i < count; i++) {
    const day = 18 + Math.floor(random() * 10);
    const parts = [` date 2023-06-${day} Titan report ${i + 1}`];
    let size = 0;
    while (size < 1900) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
      parts.push(p);
      size += p.length;
    }
    const name = `bench-${String(i + 1).padStart(5, '0')}.txt`;
    files.push({ name, path: `/bench/${name}`, bytes: encoder.encode(parts.join('\n\n')) });
  }
  return files;
}

export const TITAN_SOURCE = basename(TITAN_DIR);
