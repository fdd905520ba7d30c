/** Types of wordnet-read.mjs for TypeScript tests. */
export interface Synset {
  pos: 'n' | 'v' | 'a' | 'r';
  offset: string;
  lexFile: number;
  words: string[];
  pointers: { symbol: string; target: string; source: number; dest: number }[];
}
export interface WordNet {
  synsets: Map<string, Synset>;
  senses: Map<string, { pos: string; synset: string; tags: number }[]>;
}
export function wordnetSource(): { dir: string; version: string };
export function readWordNet(dir: string): WordNet;
export function wordnetLemmas(wn: WordNet): Set<string>;
