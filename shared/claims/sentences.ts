/**
 * Sentence boundaries with exact character offsets. Lines are split first (a line break always ends a
 * sentence in an article: bullets, headlines, tweets), then wink-nlp's English model finds sentences
 * in each line; a small post-pass mends what it gets wrong on news text: titles like "Adm."/"Gen."
 * before a name, and a sentence that starts after an ellipsis ("… It was").
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
const TITLE_ABBREVIATION = /(?:^|\s)(?:Adm|Gen|Lt|Col|Capt|Sgt|Cmdr|Rep|Sen|Gov|Rev|Gen|Maj|Brig|Supt|Insp|Det|Prof|St|No|Nos|Art|Fig|approx|est|Corp|Inc|Ltd|Co)\.$/;

/** Sentences of `text` as spans, trimmed of surrounding whitespace. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    for (const s of splitLine(m[0])) spans.push({ start: m.index + s.start, end: m.index + s.end });
  }
  return spans;
}

function splitLine(line: string): Span[] {
  const its = getNlp().its;
  const doc = getNlp().readDoc(line);
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
    raw.push({ start: starts[a]!, end: starts[b]! + tokens[b]!.length });
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
