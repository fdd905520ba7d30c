/**
 * Direct quotes and who said them. Finds quotations in straight, curly and single quotes (a single-
 * quoted phrase inside a double-quoted one stays part of it: 'locking the game' inside "…"), then
 * attributes each from cues around it in its paragraph: "…," Macron said; Putin said, "…";
 * "Sputnik quoted Macron as saying" (speaker Macron, via Sputnik); according to …; a quote continued
 * after an attribution inherits its speaker; "he"/"she" resolve to the latest named speaker only when
 * one person has been named as speaking so far in the paragraph or the one before.
 */
import { AMBIGUOUS_FORMS, REPORTING_VERBS } from '../lexicon/reporting';
import type { Span } from './sentences';

export interface QuoteSpan extends Span {
  speaker: string | null;
  via: string | null;
}

const SPEECH_VERBS =
  'said|says|say|stated|states|told(?: reporters| journalists| the \\w+)?|added|adds|posted|wrote|writes|explained|noted|asserted|declared|continued|insisted|warned|argued|recalled|remarked|replied|tweeted|announced|confirmed|admitted|disclosed|emphasized|emphasised|stressed|urged|claimed';
// A name: capitalised words, allowing initials, hyphens and particles; optional role words before it.
const NAME = "(?:[A-Z][\\p{L}'’.-]+|[A-Z]\\.)(?:\\s+(?:de|van|von|al|bin|da)?\\s*(?:[A-Z][\\p{L}'’.-]+|[A-Z]\\.)){0,4}";
const PRONOUN = '(?:he|she|He|She)';

const AFTER_PATTERNS: Array<{ re: RegExp; speaker: number; via?: number }> = [
  // ", Sputnik quoted Macron as saying"
  { re: new RegExp(`^[\\s,.;:!?—–-]*(${NAME})\\s+quoted\\s+(${NAME})\\s+as\\s+saying`, 'u'), speaker: 2, via: 1 },
  // ", Macron said" / ", the French president said"
  { re: new RegExp(`^[\\s,.;:!?—–-]*(${NAME}|${PRONOUN})(?:,[^,]{1,40},)?\\s+(?:${SPEECH_VERBS})\\b`, 'u'), speaker: 1 },
  // ", said Macron" / ", said director James Cameron"
  { re: new RegExp(`^[\\s,.;:!?—–-]*(?:${SPEECH_VERBS})\\s+(?:(?:the\\s+)?[a-z]+\\s+){0,3}(${NAME})`, 'u'), speaker: 1 },
  // ", according to Sputnik"
  { re: new RegExp(`^[\\s,.;:!?—–-]*according to\\s+(${NAME})`, 'u'), speaker: 1 },
];

const BEFORE_PATTERNS: Array<{ re: RegExp; speaker: number; via?: number }> = [
  // "Sputnik quoted Macron as saying: "
  { re: new RegExp(`(${NAME})\\s+quoted\\s+(${NAME})\\s+as\\s+saying[\\s,:]*$`, 'u'), speaker: 2, via: 1 },
  // "Macron said: " / "He added, " / "Lavrov asserted that " (the name right before the verb)
  { re: new RegExp(`(${NAME}|${PRONOUN})(?:,[^,"“”]{1,60},)?\\s+(?:[a-z]+ly\\s+)?(?:${SPEECH_VERBS})(?:\\s+(?:(?:to|in|on)\\s+)?${NAME})?(?:\\s+that)?[\\s,:]*$`, 'u'), speaker: 1 },
  // "According to Macron, "
  { re: new RegExp(`[Aa]ccording to\\s+(${NAME})[\\s,:]*$`, 'u'), speaker: 1 },
];

/** A word every BEFORE_PATTERNS match contains. */
const BEFORE_CUE = new RegExp(`${SPEECH_VERBS}|quoted|ccording to`, 'u');

/** Words that look like names but are not speakers. */
const NOT_NAMES = new Set(['The', 'This', 'That', 'It', 'We', 'They', 'I', 'You', 'Our', 'Their', 'His', 'Her', 'Its', 'In', 'On', 'But', 'And', 'However', 'Notably', 'Earlier', 'Further', 'Moreover', 'Meanwhile', 'Also', 'A', 'An', 'As', 'After', 'Before', 'When']);
/** Role words dropped from the front of a speaker's name ("French President Emmanuel Macron" → "Emmanuel Macron"). */
const ROLE_WORDS = /^(?:(?:French|Russian|US|U\.S\.|Ukrainian|British|Canadian|Pakistani|American|Foreign|Prime|Deputy|Vice|Former|Rear|Chief|Senior|President|Minister|Chancellor|Secretary|Spokesman|Spokeswoman|Spokesperson|Adm\.|Admiral|Gen\.|General|Capt\.|Captain|Lt\.|Dr\.|Mr\.|Mrs\.|Ms\.|Sen\.|Rep\.|Gov\.|Director|CEO|Filmmaker|Director)\s+)+/;

/** A cleaner display name: role words removed, trailing punctuation dropped. */
export function cleanSpeaker(name: string): string | null {
  const words = name.trim().replace(/[,.;:]+$/, '');
  if (!words || NOT_NAMES.has(words.split(/\s+/)[0]!)) return null;
  const stripped = words.replace(ROLE_WORDS, '').trim();
  return stripped || words;
}

const speakerKeys = new Map<string, string | null>();
/** Generational suffixes after a surname: "Roland L. Butler Jr." is keyed by "butler". */
const SUFFIXES = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** Words a title ends with: "United States Coast Guard Response Coordinator", "Fire Chief". */
const TITLE_END = /(?:^|\s)(?:Coordinator|Spokesperson|Spokesman|Spokeswoman|Director|Commander|Chief|Officer|Secretary|Minister|Governor|Mayor|Administrator|Commissioner|Superintendent|Manager|Chairman|Chairwoman|President|Captain|Founder|Executive|Adviser|Advisor)$/;
// The title's first words may be left before the match: a name is at most five words.
const NAME_BEFORE_TITLE = new RegExp(`(${NAME}),\\s*(?:the\\s+)?(?:[A-Z][\\p{L}.’'-]*\\s+){0,4}$`, 'u');

/**
 * A title matched where a speaker's name was expected ("Capt. Jamie Frederick, United States Coast
 * Guard Response Coordinator says"): the name before the title, when there is one, is the speaker.
 */
export function nameBeforeTitle(speaker: string, textBefore: string): string {
  if (!TITLE_END.test(speaker.trim())) return speaker;
  const m = NAME_BEFORE_TITLE.exec(textBefore);
  return m && !NOT_NAMES.has(m[1]!.split(/\s+/)[0]!) ? m[1]! : speaker;
}

/** The surname-like key two speakers are compared by ("Emmanuel Macron" and "Macron" agree). */
export function speakerKey(name: string | null): string | null {
  if (!name) return null;
  // Memoised: a case names a few hundred speakers, and every pair of their claims asks.
  let key = speakerKeys.get(name);
  if (key === undefined) {
    const words = name.trim().split(/\s+/);
    while (words.length > 1 && SUFFIXES.test(words[words.length - 1]!)) words.pop();
    const last = words.pop()?.replace(/,$/, '');
    key = last ? last.toLocaleLowerCase().replace(/[’']s$/, '') : null;
    if (speakerKeys.size >= 10_000) speakerKeys.clear();
    speakerKeys.set(name, key);
  }
  return key;
}

const OPENERS: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»' };

/** Quote spans (inside the marks) in one paragraph, in order, without attribution yet. */
export function findQuoteSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  // Jump from one possible opening mark to the next: most characters are not quote marks.
  const mark = /["“„«'‘]/g;
  for (let m = mark.exec(paragraph); m; m = mark.exec(paragraph)) {
    const i = m.index;
    const ch = m[0];
    const closer = OPENERS[ch];
    if (closer) {
      let end = paragraph.indexOf(closer, i + 1);
      // Typed quotes mix marks: “… on its face," Cameron told Reuters. A curly opener closed by a
      // straight mark (or the reverse) is still a quote.
      if (end < 0 && (ch === '“' || ch === '"')) end = paragraph.indexOf(ch === '“' ? '"' : '”', i + 1);
      if (end < 0) break;
      spans.push({ start: i + 1, end });
      mark.lastIndex = end + 1;
      continue;
    }
    // Single quotes open after a space or bracket and close before a space or punctuation, so
    // apostrophes (Erdogan's, won't, '90s) are not mistaken for them.
    if ((i === 0 || /[\s([:—–-]/.test(paragraph[i - 1]!)) && /\p{L}/u.test(paragraph[i + 1] ?? '')) {
      const re = ch === '‘' ? /’(?=[\s.,;:!?)\]—–-]|$)/gu : /'(?=[\s.,;:!?)\]—–-]|$)/gu;
      re.lastIndex = i + 1;
      const close = re.exec(paragraph);
      if (close) {
        spans.push({ start: i + 1, end: close.index });
        mark.lastIndex = close.index + 1;
      }
    }
  }
  return spans;
}

/** Attributes each quote in a paragraph; `previousSpeakers` are the speakers named just before. */
export function attributeQuotes(paragraph: string, spans: Span[], previousSpeakers: readonly string[] = []): QuoteSpan[] {
  const named: string[] = [...previousSpeakers];
  const out: QuoteSpan[] = [];
  spans.forEach((span, index) => {
    const nextStart = spans[index + 1]?.start ?? paragraph.length;
    const after = paragraph.slice(span.end + 1, Math.min(nextStart, span.end + 140));
    const prevEnd = index > 0 ? spans[index - 1]!.end + 1 : 0;
    const before = paragraph.slice(Math.max(prevEnd, span.start - 1 - 160), span.start - 1);
    let speaker: string | null = null;
    let via: string | null = null;
    for (const p of AFTER_PATTERNS) {
      const m = p.re.exec(after);
      if (m) {
        speaker = m[p.speaker]!;
        via = p.via ? m[p.via]! : null;
        break;
      }
    }
    // The patterns before a quote are anchored at its end, so each is tried from every position: skip
    // them when no cue word is there at all.
    if (!speaker && BEFORE_CUE.test(before)) {
      for (const p of BEFORE_PATTERNS) {
        const m = p.re.exec(before);
        if (m) {
          speaker = p.via ? m[p.speaker]! : nameBeforeTitle(m[p.speaker]!, before.slice(0, m.index));
          via = p.via ? m[p.via]! : null;
          break;
        }
      }
    }
    if (speaker && /^(he|she)$/i.test(speaker)) {
      const distinct = new Set(named.map(speakerKey));
      speaker = distinct.size === 1 ? named[named.length - 1]! : null;
    } else if (speaker) {
      speaker = cleanSpeaker(speaker);
      via = via ? cleanSpeaker(via) : null;
    }
    // A quote right after an attributed one, with nothing in between but the attribution, continues it.
    if (!speaker && index > 0 && out[index - 1]!.speaker && /^[^.!?]*[.!?]?\s*$/.test(paragraph.slice(spans[index - 1]!.end + 1, span.start - 1))) {
      speaker = out[index - 1]!.speaker;
      via = out[index - 1]!.via;
    }
    if (speaker) named.push(speaker);
    out.push({ ...span, speaker, via });
  });
  return out;
}

/**
 * The verbs that make a sentence its subject's statement: the speech verbs, every finite form of the
 * reporting verbs (shared/lexicon/reporting.ts: "revealed", "acknowledged", "suggests"; not the
 * gerunds, nor forms as often nouns), and verbs of belief, which a fact-checker attributes as well.
 */
const STATEMENT_VERBS = [
  SPEECH_VERBS,
  ...Object.values(REPORTING_VERBS)
    .flat()
    .filter((f) => !f.endsWith('ing') && !AMBIGUOUS_FORMS.has(f) && /^[a-z]+$/.test(f)),
  'believes|believed|thinks|thought|suspects|suspected|presumes|presumed',
].join('|');
// "Cameron said", "He has said", "Cameron, who designs submersibles, told", "Cameron — a submersible designer — said".
const STATEMENT_SPEAKER = new RegExp(
  `^(?:([^,"“]{0,60}),\\s*)?(${NAME}|${PRONOUN})(?:,[^,]{1,60},|\\s+[—–][^—–]{1,140}[—–])?\\s+(?:(?:has|have|had|would|will)\\s+)?(?:[a-z]+ly\\s+)?(?:${STATEMENT_VERBS}|told reporters)\\b`,
  'u',
);

/**
 * The speaker of a plain sentence with a speech verb ("Macron said that…", "At a briefing, Adm. John
 * Mauger said…"); "he"/"she" resolve to the one person named in `recent`, else null.
 */
export function statementSpeaker(sentence: string, recent: readonly string[] = []): string | null {
  const m = STATEMENT_SPEAKER.exec(sentence);
  if (!m) return null;
  if (/^(he|she)$/i.test(m[2]!)) {
    const distinct = new Set(recent.map(speakerKey));
    return distinct.size === 1 ? recent[recent.length - 1]! : null;
  }
  return cleanSpeaker(nameBeforeTitle(m[2]!, m[1] !== undefined ? `${m[1]}, ` : ''));
}
