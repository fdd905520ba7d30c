/**
 * Dates a claim mentions, resolved against its article's date with chrono-node (English, German,
 * Spanish, Italian and French): "on January 26", "28.03.2024", "yesterday", "last Sunday". A bare weekday
 * resolves with the sentence's tense, which chrono does not read: "Macron met Putin on Monday" in an
 * article of Tuesday 8 Feb is Monday 7 Feb; "On Tuesday, Mr. Macron will go to Ukraine" in an
 * article of Monday 7 Feb is Tuesday 8 Feb, not 1 Feb. Clock times alone are not dates. Without an
 * article date only dates that state their year resolve.
 *
 * Measured against the hand-written resolver it replaces on every date mention of the corpora: see
 * docs/architecture.md.
 */
import * as chrono from 'chrono-node';
import type { FigureLanguage } from './figures';

export interface DateMention {
  text: string;
  /** Offsets in the claim's text. */
  start: number;
  end: number;
  /** "YYYY-MM-DD" when it resolves to a day, else null. */
  iso: string | null;
}

/**
 * chrono's casual parsers for each language, without those for times and time units: a claim's date
 * needs neither, and they cost most of chrono's time (its Italian "later" parser took 87 ms a sentence,
 * its time expressions 10–20 ms; the whole English set took 2.6 s on first use). "Four days ago" is
 * read by DAYS_AGO instead.
 */
const KEEP = /MonthName|Weekday|CasualDate|CasualTime|SlashDate|ISOFormat|^ENYearMonthDay/;
function slim(c: chrono.Chrono): chrono.Chrono {
  return new chrono.Chrono({ parsers: c.parsers.filter((p) => KEEP.test(p.constructor.name)), refiners: c.refiners });
}
const parsers = new Map<FigureLanguage, chrono.Chrono>();
function parserFor(language: FigureLanguage): chrono.Chrono {
  let p = parsers.get(language);
  if (!p) parsers.set(language, (p = slim({ en: chrono.en.casual, de: chrono.de.casual, es: chrono.es.casual, it: chrono.it.casual, fr: chrono.fr.casual }[language])));
  return p;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, due: 2, tre: 3, quattro: 4, cinque: 5, deux: 2, trois: 3, quatre: 4, cinq: 5 };
/** "four days ago", "vor zwei Tagen", "hace tres días", "due giorni fa", "il y a deux jours". */
const DAYS_AGO = /\b(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) days? ago|vor (\d+|einem|zwei|drei|vier|fünf) Tag(?:en)?|hace (\d+|un|dos|tres|cuatro|cinco) días?|(\d+|un|due|tre|quattro|cinque) giorni? fa|il y a (\d+|un|deux|trois|quatre|cinq) jours?)\b/gi;

/** Words that put a sentence's weekday in the future. */
const FUTURE = /\b(?:will|shall|'ll|going to|is to|are to|expected to|scheduled to|plans? to|set to|upcoming|wird|werden|soll|sollen|va a|van a|sarà|saranno|sera|seront|va|vont)\b/i;
/** A reporting verb in the past right before a weekday: "said Tuesday", "announced on Monday". */
const PAST_BEFORE = /\b(?:said|told|announced|confirmed|reported|added|stated|wrote|tweeted|\w+ed)\s+(?:on\s+)?$/i;
/** Mentions relative to another event, not to the article's day: "a day after the collapse". */
const EVENT_RELATIVE = /\b(?:after|before|later|earlier|following|prior|nach|vor|después|antes|dopo|prima|après|avant)\b/i;

/** A cheap test before chrono: month names, weekdays, relative days, numeric dates. */
const DATEISH = REAL_DATE_SOURCE();

/** REAL_DATE's expression, built once (DATEISH and REAL_DATE are the same test). */
function REAL_DATE_SOURCE(): RegExp {
  return /\b(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|this morning|this afternoon|this evening|ago|januar|februar|märz|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mai)\.?\s*\d|\d\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/i;
}

/**
 * What a mention must hold to count: chrono's casual parsers also read "for one second", "now", "in
 * the day", "Mar" (of "Marítima") and "Sun." (the Baltimore Sun) as dates.
 */
const REAL_DATE = DATEISH;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** False when `text` cannot hold a date: most sentences, told apart without chrono. */
export function mayHaveDates(text: string): boolean {
  return DATEISH.test(text);
}

/** Dates in `text`, an article of `articleDate` ("YYYY-MM-DD", or null when unknown). */
export function findDates(text: string, articleDate: string | null, language: FigureLanguage = 'en'): DateMention[] {
  if (!DATEISH.test(text)) return [];
  const day = articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? articleDate : null;
  const reference = day ? new Date(`${day}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  const out: DateMention[] = [];
  if (day) {
    for (const m of text.matchAll(DAYS_AGO)) {
      const raw = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!.toLowerCase();
      const n = Number(raw) || NUMBER_WORDS[raw] || 0;
      if (n > 0) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, iso: iso(new Date(reference.getTime() - n * 864e5)) });
    }
  }
  for (const r of parserFor(language).parse(text, { instant: reference, timezone: 0 })) {
    const s = r.start;
    if (!REAL_DATE.test(r.text)) continue;
    const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day');
    const relative = /\b(?:yesterday|today|tonight|last night|this morning|this afternoon|this evening|ago|gestern|heute|ayer|hoy|ieri|oggi)\b/i.test(r.text);
    // Clock times ("1:30 a.m.") and other mentions without a day are not dates.
    if (!s.isCertain('day') && !weekdayOnly && !relative) continue;
    // "today" and "four days ago" need the article's day; "a day after the collapse" is not about it.
    const explicitYear = s.isCertain('month') && /\b(?:1[89]|20)\d\d\b/.test(r.text);
    if (!explicitYear && ((!day && !weekdayOnly) || EVENT_RELATIVE.test(r.text))) continue;
    // "this morning", "10am this morning", "tonight": the article's day (chrono gives no certain day).
    if (!s.isCertain('day') && /\bthis (?:morning|afternoon|evening)\b|\btonight\b/i.test(r.text)) {
      const shown = r.text.trim();
      out.push({ text: shown, start: r.index, end: r.index + shown.length, iso: day });
      continue;
    }
    let resolved: string | null = null;
    if (weekdayOnly) {
      if (day) resolved = weekdayByTense(text, r.index, r.text, s.get('weekday')!, day);
    } else if (s.isCertain('year') || day) {
      resolved = iso(s.date());
    }
    const text0 = r.text.replace(/[\s,]+$/, '');
    out.push({ text: text0, start: r.index, end: r.index + text0.length, iso: resolved });
  }
  return out;
}

/** The weekday `weekday` (0 = Sunday) nearest the article's day in the sentence's tense. */
function weekdayByTense(sentence: string, at: number, mention: string, weekday: number, day: string): string {
  const base = new Date(`${day}T12:00:00Z`);
  // The tense of the clause around the mention: a future cue within a few words, unless a past
  // reporting verb comes right before it ("Biden said Tuesday he plans to travel": said, so past).
  const clause = sentence.slice(Math.max(0, at - 40), at + mention.length + 40);
  const explicit = /\bnext\b|\bnächste|\bpróxim|\bprossim/i.test(mention) ? true : /\blast\b|\bletzte|\bpasad|\bscors/i.test(mention) ? false : null;
  const future = explicit ?? (!PAST_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) && FUTURE.test(clause));
  const today = base.getUTCDay();
  const shift = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
  return iso(new Date(base.getTime() + shift * 864e5));
}

/**
 * A dateline, byline or timestamp rather than a claim: the line is a date or time with at most a
 * name or place beside it ("10 February, 2022, 11:40 am", "Eva Deschamps / February 11, 2022",
 * "MOSCOW, February 8.", "Updated 3:15 PM EST").
 */
export function isDateline(text: string, language: FigureLanguage = 'en'): boolean {
  if (!DATEISH.test(text)) return false;
  const dates = parserFor(language).parse(text, { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 });
  if (dates.length === 0) return false;
  let rest = text.replace(/\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)|\b\d{1,2}:\d\d\b/gi, ' ');
  for (const d of dates) rest = rest.replace(d.text, ' ');
  // What is left besides capitalised words (names, places), "by", "published", "updated" and punctuation.
  const words = rest.match(/\p{L}+/gu) ?? [];
  const content = words.filter((w) => w.length > 2 && /^\p{Ll}/u.test(w) && !/^(?:by|published|updated|posted|last|on|at|am|pm|and|de|von|am|um|del|di|il)$/i.test(w));
  return content.length < 2;
}

/** An English month or weekday, lower-cased: capitalised inside a sentence, but not a name. */
export const CALENDAR_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
