/** Types of build-wordnet.mjs for TypeScript tests. */
import type { WordNet } from './wordnet-read.mjs';

export interface WordNetOptions {
  share: number;
  maxHyponyms: number;
  minNounDepth: number;
  nounLevels: number;
  verbLevels: number;
  /** Share of a noun's tagged readings that must be people (or made things) for it to count as one. */
  kindShare?: number;
}
export interface WordNetTables {
  synonyms: string[];
  broader: string[];
  derived: string[];
  /** Nouns mostly read as people (WordNet's noun.person) and as made things (noun.artifact). */
  persons: string[];
  artifacts: string[];
  /** "span bridge": a word of a made thing's synset, then the words that read mostly as that thing. */
  things: string[];
}
export const OPTIONS: WordNetOptions;
export function compileWordNet(wn: WordNet, options?: WordNetOptions): WordNetTables;
export function artifact(
  tables: WordNetTables,
  version: string,
  options?: WordNetOptions,
): Record<string, unknown>;
export function serialise(data: unknown): string;
