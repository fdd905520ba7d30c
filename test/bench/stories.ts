/**
 * Generated cases for the matching benchmark that look like real ones: many stories, each told by
 * 20–60 articles, each claim with a handful of true partners (as in the dev corpora), not hundreds.
 *
 * A story is 40 facts: sentences of the dev corpora with every content word and name given the
 * story's own spelling (a suffix), so stories share no vocabulary and never match each other. Each
 * article of a story tells some of its facts, each rewritten (a word dropped, two swapped, a figure
 * changed, a clause cut), plus sentences of its own that no other article has: a corpus sentence's
 * shape with its content words drawn at random from the corpora's own words, so they use the common
 * vocabulary of news (as real filler does) without telling any fact. The generator knows which claims
 * tell one fact: the benchmark's ground truth.
 */
import { splitSentences } from '../../shared/claims/sentences';
import { keyBridgeArticles, titanArticles } from '../support/articles';
import { rng } from './generate';

export interface StoryArticle {
  id: string;
  text: string;
  date: string;
  /** For each sentence of the text, in order: the fact it tells (story:fact), or null for filler. */
  facts: Array<string | null>;
}

const STOP = new Set('the a an of and or in on at to for from with by as is was were be been has had have it its this that these those he she they his her their who which what when where said says not no'.split(' '));

/** Letters for a number: the suffix that spells a story's (or an article's own) words. */
function tag(k: number): string {
  let out = '';
  do {
    out += String.fromCharCode(97 + (k % 26));
    k = Math.floor(k / 26);
  } while (k > 0);
  return out;
}

/** The sentence in a spelling of its own (`suffix`): the same in every article of a story, another elsewhere. */
function spelled(sentence: string, suffix: string, shift: number): string {
  return sentence.replace(/\p{L}+/gu, (w) => (w.length < 3 || STOP.has(w.toLowerCase()) ? w : w + suffix)).replace(/\d+/g, (d) => String(Number(d) + shift));
}

/**
 * A sentence no other article has: `shape`'s content words each replaced by one drawn from `words`
 * (the corpora's content words, as often as they occur there), numbers kept. Until 1 December each
 * such sentence was spelled with a suffix of its own, which made 566,000 of the 658,000 distinct words
 * of a 10,000-article case one-off nonsense words; real news reuses its words.
 */
function filler(shape: string, words: readonly string[], random: () => number): string {
  return shape.replace(/\p{L}+/gu, (w) => (w.length < 3 || STOP.has(w.toLowerCase()) ? w : words[Math.floor(random() * words.length)]!));
}

/** A rewrite of a sentence as another outlet might tell it. */
function rewrite(sentence: string, random: () => number): string {
  const words = sentence.split(' ');
  const r = random();
  if (r < 0.2 && words.length > 8) {
    words.splice(1 + Math.floor(random() * (words.length - 2)), 1);
    return words.join(' ');
  }
  if (r < 0.35 && words.length > 8) {
    const i = 1 + Math.floor(random() * (words.length - 3));
    [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
    return words.join(' ');
  }
  if (r < 0.45) return sentence.replace(/\d+/, (d) => String(Number(d) + 1 + Math.floor(random() * 3)));
  if (r < 0.55 && words.length > 12) return `${words.slice(0, Math.ceil(words.length * 0.7)).join(' ')}.`;
  return sentence;
}

let templates: string[] | null = null;
let vocabulary: string[] | null = null;
/** Every content word of the template sentences, once per occurrence. */
function contentWords(pool: readonly string[]): string[] {
  vocabulary ??= pool.flatMap((sentence) => (sentence.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w.toLowerCase())));
  return vocabulary;
}
async function sentences(): Promise<string[]> {
  if (!templates) {
    const articles = [...(await titanArticles()), ...(await keyBridgeArticles())];
    templates = articles
      .flatMap((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end)))
      .filter((s) => s.split(' ').length >= 8 && !/["“”]/.test(s));
  }
  return templates;
}

/** `n` articles in stories of 20–60 articles, deterministic for a seed. */
export async function generateStoryArticles(n: number, seed = 3): Promise<StoryArticle[]> {
  const pool = await sentences();
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const out: StoryArticle[] = [];
  for (let s = 0; out.length < n; s++) {
    const size = Math.min(n - out.length, 20 + Math.floor(random() * 41));
    const facts = Array.from({ length: 40 }, () => spelled(pick(pool), tag(s), s % 5));
    // Some facts are told by many articles, most by a few: each article draws from a skewed list.
    const weights = facts.map((_, i) => 1 / (1 + i));
    const total = weights.reduce((a, b) => a + b, 0);
    const draw = () => {
      let x = random() * total;
      for (let i = 0; i < weights.length; i++) if ((x -= weights[i]!) <= 0) return i;
      return weights.length - 1;
    };
    for (let k = 0; k < size; k++) {
      const id = `s${s}a${k}`;
      const told = new Set<number>();
      const count = 4 + Math.floor(random() * 6);
      while (told.size < count) told.add(draw());
      const lines: string[] = [];
      const labels: Array<string | null> = [];
      for (const f of told) {
        lines.push(rewrite(facts[f]!, random));
        labels.push(`${s}:${f}`);
      }
      // Sentences of its own, in the corpora's words.
      for (let j = 0; j < 3 + Math.floor(random() * 4); j++) {
        lines.push(filler(pick(pool), contentWords(pool), random));
        labels.push(null);
      }
      out.push({ id, text: lines.join('\n\n'), date: `2024-03-${String(1 + (k % 28)).padStart(2, '0')}`, facts: labels });
      if (out.length >= n) break;
    }
  }
  return out;
}

/** The fact a claim tells: the label of the line (paragraph) it starts in. */
export function factOf(article: StoryArticle, start: number): string | null {
  let line = 0;
  for (let i = article.text.indexOf('\n\n'); i >= 0 && i < start; i = article.text.indexOf('\n\n', i + 2)) line++;
  return article.facts[line] ?? null;
}

/** The generator's old name, for tests that only need realistic text. */
export const generateMatchArticles = generateStoryArticles;
