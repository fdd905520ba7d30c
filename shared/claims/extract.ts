/**
 * An article's claims: every sentence of five words or more as a statement, and every quotation of
 * three words or more as a quote with its speaker. Paragraph by paragraph, so attribution cues and
 * pronouns are read in context; offsets always index the article's stored text.
 */
import { countWords } from '../article/words';
import { isDateline } from './dates';
import { findDetails } from './details';
import { readingLanguage } from './language';
import { attributeQuotes, findQuoteSpans, statementSpeaker } from './quotes';
import { splitSentences } from './sentences';
import type { Claim } from './types';

export interface ClaimSource {
  id: string;
  text: string;
  date: string | null;
  /** The article's language as declared or detected at import ("de", "es-ES"), if known. */
  language?: string | null;
}

const MIN_STATEMENT_WORDS = 5;
const MIN_QUOTE_WORDS = 3;

/** Extracts the claims of one article, in text order (quotes before the sentence that holds them). */
export function extractClaims(article: ClaimSource): Claim[] {
  const { text } = article;
  const language = readingLanguage(text, article.language);
  const claims: Claim[] = [];
  const make = (kind: Claim['kind'], start: number, end: number, speaker: string | null, via: string | null): Claim => {
    const slice = text.slice(start, end);
    return { id: `${article.id}#${start}-${end}`, articleId: article.id, kind, start, end, text: slice, speaker, via, language, details: findDetails(slice, article.date, language) };
  };
  let recentSpeakers: string[] = [];
  const paraRe = /[^\n]+/g;
  for (let p = paraRe.exec(text); p; p = paraRe.exec(text)) {
    const para = p[0];
    const offset = p.index;
    const sentences = splitSentences(para);
    const sentenceSpeakers: Array<string | null> = [];
    for (const s of sentences) {
      const named = [...recentSpeakers, ...sentenceSpeakers.filter((x): x is string => !!x)];
      sentenceSpeakers.push(statementSpeaker(para.slice(s.start, s.end), named));
    }
    const spans = findQuoteSpans(para);
    const firstQuote = spans[0]?.start ?? para.length;
    const known = [...recentSpeakers, ...sentences.flatMap((s, i) => (s.end <= firstQuote && sentenceSpeakers[i] ? [sentenceSpeakers[i]!] : []))];
    const quotes = attributeQuotes(para, spans, known);
    const quoteClaims: Claim[] = [];
    for (const q of quotes) {
      // Trailing commas and spaces inside the marks ("rich and substantive,") are not part of the words.
      let end = q.end;
      while (end > q.start && /[\s,;:]/.test(para[end - 1]!)) end--;
      let start = q.start;
      while (start < end && /\s/.test(para[start]!)) start++;
      if (countWords(para.slice(start, end), MIN_QUOTE_WORDS) < MIN_QUOTE_WORDS) continue;
      quoteClaims.push(make('quote', offset + start, offset + end, q.speaker, q.via));
    }
    sentences.forEach((s, i) => {
      const sentenceText = para.slice(s.start, s.end);
      if (countWords(sentenceText, MIN_STATEMENT_WORDS) < MIN_STATEMENT_WORDS) return;
      // Datelines, bylines and timestamps ("Eva Deschamps / February 11, 2022") are not claims.
      if (sentenceText.length < 80 && isDateline(sentenceText, language)) return;
      const inner = quoteClaims.filter((q) => q.start < offset + s.end && q.end > offset + s.start);
      for (const q of inner) if (!claims.includes(q)) claims.push(q);
      const speaker = sentenceSpeakers[i] ?? inner.find((q) => q.speaker)?.speaker ?? null;
      const via = inner.find((q) => q.via)?.via ?? null;
      claims.push(make('statement', offset + s.start, offset + s.end, speaker, via));
    });
    for (const q of quoteClaims) if (!claims.includes(q)) claims.push(q);
    const named = [...sentenceSpeakers.filter((x): x is string => !!x), ...quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))];
    // Pronouns look back one paragraph at most.
    recentSpeakers = named.length ? named : [];
  }
  return claims;
}
