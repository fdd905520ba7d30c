/**
 * The baseline every engine change is judged against: a plain TF-IDF cosine over all pairs of
 * sentences from different articles, ranked by that cosine alone. Words are lower-cased letter or digit
 * runs, common English function words dropped, no stemming, no synonyms; weights are tf × ln(N / df)
 * over the corpus's sentences.
 */
import { extractClaims } from '../../shared/claims/extract';
import type { EvalArticle } from './corpora';

export interface RankedSpan {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface RankedPair {
  a: RankedSpan;
  b: RankedSpan;
  score: number;
}

const STOP = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those he she they
  we you i his her their our my me him them us not no so than then there here which who whom what when where why how all any
  some more most such can could will would shall should may might must do does did has have had also just into over after before
  about said says`.split(/\s+/),
);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w));
}

/**
 * Every cross-article sentence pair with a positive cosine, best first; with `keep`, only the best
 * `keep` of them (a 1,000-article case of realistic text has tens of millions of pairs).
 */
export function tfidfBaseline(articles: readonly EvalArticle[], keep = Infinity): RankedPair[] {
  const sentences = articles.flatMap((a) => extractClaims(a).filter((c) => c.kind === 'statement'));
  const df = new Map<string, number>();
  const tfs = sentences.map((s) => {
    const tf = new Map<string, number>();
    for (const w of words(s.text)) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    return tf;
  });
  const n = sentences.length;
  const vectors = tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, count] of tf) {
      const weight = count * Math.log(n / df.get(w)!);
      if (weight <= 0) continue;
      v.set(w, weight);
      norm += weight * weight;
    }
    return { v, norm: Math.sqrt(norm) };
  });
  // An inverted index, so only sentences sharing a word are compared.
  const postings = new Map<string, number[]>();
  vectors.forEach(({ v }, i) => {
    for (const w of v.keys()) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push(i);
    }
  });
  const key = (p: { i: number; j: number }) => sentences[p.i]!.articleId + sentences[p.j]!.articleId;
  const better = (x: { i: number; j: number; score: number }, y: { i: number; j: number; score: number }) => y.score - x.score || (key(x) < key(y) ? -1 : 1);
  let found: Array<{ i: number; j: number; score: number }> = [];
  // Pruned to the best `keep` whenever twice that many are held (sorted once at the end without `keep`).
  const prune = () => {
    found.sort(better);
    if (found.length > keep) found = found.slice(0, keep);
  };
  for (let i = 0; i < n; i++) {
    const dot = new Map<number, number>();
    const { v, norm } = vectors[i]!;
    for (const [w, weight] of v) {
      for (const j of postings.get(w)!) {
        if (j <= i || sentences[j]!.articleId === sentences[i]!.articleId) continue;
        dot.set(j, (dot.get(j) ?? 0) + weight * vectors[j]!.v.get(w)!);
      }
    }
    for (const [j, d] of dot) found.push({ i, j, score: d / (norm * vectors[j]!.norm) });
    if (found.length > 2 * keep) prune();
  }
  prune();
  const span = (c: (typeof sentences)[number]): RankedSpan => ({ article: c.articleId, start: c.start, end: c.end, text: c.text });
  return found.map((p) => ({ a: span(sentences[p.i]!), b: span(sentences[p.j]!), score: p.score }));
}
