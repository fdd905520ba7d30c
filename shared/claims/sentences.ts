/**
 * Sentence boundaries with exact character offsets. Lines are split first (a line break always ends a
 * sentence in an article: bullets, headlines, tweets), then wink-nlp's English model finds sentences
 * in each line; a small post-pass mends what it gets wrong on news text: titles like "Adm."/"Gen."
 * before a name, and a sentence that starts after an ellipsis ("… It was"). wink is given each line
 * with the middle of its runs of plain words left out (see shortened): a fifth of the words of the
 * Titan corpus, the same sentences.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Span {
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | null = null;
/** The model takes ~100 ms to load, so it loads on first use. */
function getNlp() {
  // Only sentence boundary detection: the full pipeline (POS, NER, sentiment) cost 4x more.
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

/** Titles that take a period and a following name; wink splits after some of them. */
const TITLE_ABBREVIATION =
  /(?:^|\s)(?:Adm|Gen|Lt|Col|Capt|Sgt|Cmdr|Rep|Sen|Gov|Rev|Gen|Maj|Brig|Supt|Insp|Det|Prof|St|No|Nos|Art|Fig|approx|est|Corp|Inc|Ltd|Co)\.$/;

/**
 * Sentences of `text` as spans, trimmed of surrounding whitespace. `wholeLines: true` gives wink every
 * word of each line (see shortened); the tests compare the two.
 */
export function splitSentences(text: string, { wholeLines = false } = {}): Span[] {
  const spans: Span[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    for (const s of splitLine(m[0], wholeLines))
      spans.push({ start: m.index + s.start, end: m.index + s.end });
  }
  return spans;
}

/**
 * Words kept at each end of a run of plain words (see shortened): wink reads a boundary from the
 * tokens right next to it. One word gave the sentences of whole lines wherever two did (the corpora,
 * 3,000 generated articles, the tricky lines in the tests) with a third fewer words.
 */
const CONTEXT_WORDS = 1;

/**
 * A plain word besides ASCII letters only: letters and digits joined by hyphens or apostrophes
 * ("five-hour", "it's"), a number with thousands separators ("1,600"), either with a trailing comma,
 * or a lone dash. None can end a sentence or open or close a quotation.
 */
const PLAIN_WORD = /^(?:[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*|[0-9]{1,3}(?:,[0-9]{3})+),?$|^[-—–]$/;

/**
 * The line as wink needs to see it to find its sentences, and where text was left out. wink-nlp's
 * tokenizer costs about 2 µs a token, and most tokens of a news paragraph are plain words (ASCII
 * letters only, or PLAIN_WORD) far from other punctuation: such a word cannot end a sentence, and
 * wink decides each boundary from the tokens next to it. So the middle of each run of plain words is left out, keeping
 * CONTEXT_WORDS at each end. `cuts[i]` is where the i-th cut falls in the shortened text,
 * `skipped[i]` how many characters were left out up to and including it. The tests check that the
 * sentences are those of the whole line on every line of both corpora.
 */
export function shortened(line: string): { text: string; cuts: number[]; skipped: number[] } {
  const s: Shortening = { line, text: '', from: 0, total: 0, run: [], cuts: [], skipped: [] };
  let wordStart = -1;
  let plain = true;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    if (c === 32) {
      if (wordStart < 0) continue;
      if (plain || PLAIN_WORD.test(line.slice(wordStart, i))) s.run.push(i);
      else endRun(s);
      wordStart = -1;
    } else {
      if (wordStart < 0) {
        wordStart = i;
        plain = true;
      }
      // ASCII letters only: (c | 32) folds A-Z onto a-z. Other words are tested against PLAIN_WORD.
      if (plain && ((c | 32) < 97 || (c | 32) > 122)) plain = false;
    }
  }
  endRun(s);
  const { cuts, skipped } = s;
  return cuts.length ? { text: s.text + line.slice(s.from), cuts, skipped } : { text: line, cuts, skipped };
}

/**
 * shortened's state: the text so far, where the line was copied up to (`from`), characters left out
 * so far, and the ends of the plain words of the current run, each followed by spaces only. (A
 * function of this module, not a closure: one closure per line cost a tenth of splitting in tsx.)
 */
interface Shortening {
  line: string;
  text: string;
  from: number;
  total: number;
  run: number[];
  cuts: number[];
  skipped: number[];
}

/** Ends the current run of plain words, leaving out its middle when it is long enough. */
function endRun(s: Shortening): void {
  const { run } = s;
  if (run.length > 2 * CONTEXT_WORDS) {
    // From the end of the last word kept at the start to the end of the last word left out.
    const cutFrom = run[CONTEXT_WORDS - 1]!;
    const cutTo = run[run.length - CONTEXT_WORDS - 1]!;
    s.text += s.line.slice(s.from, cutFrom);
    s.cuts.push(cutFrom - s.total);
    s.total += cutTo - cutFrom;
    s.skipped.push(s.total);
    s.from = cutTo;
  }
  run.length = 0;
}

/**
 * A position in the shortened text, in the line: every cut before it put back. A cut never falls
 * inside a token, and a sentence never starts at one (a space follows it).
 */
function inLine(at: number, cuts: readonly number[], skipped: readonly number[]): number {
  let back = 0;
  for (let i = 0; i < cuts.length && cuts[i]! < at; i++) back = skipped[i]!;
  return at + back;
}

function splitLine(line: string, wholeLine: boolean): Span[] {
  const its = getNlp().its;
  const { text, cuts, skipped } = wholeLine ? { text: line, cuts: [], skipped: [] } : shortened(line);
  const doc = getNlp().readDoc(text);
  const tokens = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  let pos = 0;
  tokens.forEach((t, i) => {
    pos += spaces[i]!.length;
    starts.push(pos);
    pos += t.length;
  });
  const raw: Span[] = [];
  doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
    const [a, b] = sentence.out(its.span) as unknown as [number, number];
    raw.push({
      start: inLine(starts[a]!, cuts, skipped),
      end: inLine(starts[b]! + tokens[b]!.length, cuts, skipped),
    });
  });
  if (raw.length === 0 && line.trim()) raw.push({ start: line.search(/\S/), end: line.trimEnd().length });
  // Mend: join a sentence that ends in a title abbreviation to the next one.
  const joined: Span[] = [];
  for (const span of raw) {
    const prev = joined[joined.length - 1];
    if (prev && TITLE_ABBREVIATION.test(line.slice(prev.start, prev.end))) prev.end = span.end;
    else joined.push({ ...span });
  }
  // Mend: split after an ellipsis followed by a capitalised word.
  const out: Span[] = [];
  for (const span of joined) {
    let start = span.start;
    const piece = line.slice(span.start, span.end);
    const re = /(?:…|\.\.\.)\s+(?=[\p{Lu}"“‘])/gu;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      const cut = span.start + m.index + m[0].trimEnd().length;
      if (cut - start > 1) out.push({ start, end: cut });
      start = span.start + m.index + m[0].length;
    }
    out.push({ start, end: span.end });
  }
  return out.filter((s) => s.end > s.start);
}
