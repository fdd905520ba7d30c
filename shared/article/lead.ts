/**
 * What the first lines of an article's text say about it: which line is its headline, and which are
 * not, because saved pages and copied text start with site chrome ("Skip to main content", "Menu", a
 * lone section name, "My Blog", "LiveLast Update:"), photo captions, bylines and datelines
 * ("MOSCOW, February 8.", "BALTIMORE (AP) —"). A dateline is read as the place and, when it has a
 * year, the date (issue 20). Only the choice of title and these fields come from here: the text itself
 * is never changed.
 */
import { WRITTEN_DATE, fromMatch, isMonthName, isoOf, readWrittenDate } from './dates';
import { cleanField } from './metadata';

export interface Lead {
  /** The headline, or the first sentence of the first line of body text when there is none. */
  title: string;
  /** True when the title is a first sentence rather than a headline line. */
  titleInferred: boolean;
  byline: string | null;
  /** The dateline's place, in the case people write it ("Baltimore", "St. John's"). */
  place: string | null;
  /** The dateline's date, when it states a year. */
  date: string | null;
}

const BYLINE = /^by\s+([\p{Lu}][^\n]{1,80})$/iu;

/** Navigation, section and widget words that are never a headline, alone or run together. */
const CHROME_PHRASES = [
  'skip to main content', 'skip to content', 'skip to navigation', 'skip navigation', 'skip to search', 'skip to footer',
  'go to home page', 'go to homepage', 'back to home', 'home page', 'homepage', 'home', 'main menu', 'menu', 'open menu', 'close menu',
  'toggle navigation', 'navigation', 'search', 'sign in', 'sign up', 'log in', 'login', 'register', 'subscribe', 'subscribe now',
  'newsletter', 'newsletters', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'cookies', 'accept cookies',
  'share', 'share this', 'share this article', 'share this story', 'kindly share this story', 'print', 'email', 'comments',
  'latest', 'latest news', 'latest stories', 'top stories', 'top news', 'breaking', 'breaking news', 'just in', 'live',
  'live updates', 'live blog', 'last update', 'last updated', 'updated', 'update', 'published', 'posted', 'my blog',
  'my wordpress blog', 'blog', 'more', 'read more', 'see more', 'show more', 'related', 'related articles', 'related stories',
  'recommended', 'trending', 'trending now', 'most read', 'most popular', 'follow us', 'close', 'back to top', 'next', 'previous',
  'world', 'news', 'world news', 'us news', 'us', 'u s', 'uk', 'uk news', 'europe', 'americas', 'asia', 'africa', 'middle east',
  'australia', 'canada', 'india', 'politics', 'business', 'economy', 'markets', 'money', 'tech', 'technology', 'science',
  'health', 'sport', 'sports', 'entertainment', 'culture', 'arts', 'opinion', 'analysis', 'local', 'local news', 'national',
  'international', 'nation', 'metro', 'video', 'videos', 'watch', 'photos', 'gallery', 'podcast', 'podcasts', 'weather',
  'lifestyle', 'travel', 'science and technology', 'in pictures', 'explainer', 'exclusive', 'editorial', 'features',
  'nachrichten', 'welt', 'politik', 'noticias', 'mundo', 'internacional', 'notizie', 'esteri', 'cronaca', 'actualités', 'monde',
];

/** Words that may stand beside chrome phrases (timestamps: "Last updated 10:32 am EDT, 2 hours ago"). */
const CHROME_FILLER = new Set(['am', 'pm', 'et', 'edt', 'est', 'gmt', 'utc', 'bst', 'cet', 'ist', 'ago', 'hour', 'hours', 'min', 'mins', 'minute', 'minutes', 'on', 'at', 'by', 'and', 'the', 'of', 'to', 'day', 'days']);

const PHRASES = CHROME_PHRASES.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Labels that open a headline or a paragraph without being part of it ("JUST IN:", "LIVE:"). */
const LABEL = /^(?:just in|breaking(?: news)?|live(?: updates?)?|update[ds]?|watch|video|exclusive|developing(?: story)?|analysis|opinion|explainer|editorial)\s*[:|–—-]\s+/i;

/** Sentences that are about the page rather than the story. */
const CHROME_SENTENCES = [
  /^this (?:post|story|article|page|blog|report) (?:will be|is being|has been|was|is) (?:updated|developing)\b/i,
  /^this is a (?:developing|breaking) (?:news )?story\b/i,
  /^(?:please )?check back\b/i,
  /^(?:open|view|see) (?:this|the) (?:photo|image|picture|gallery|video)\b/i,
  /^in this (?:combination of |handout |file )?(?:photo|photos|image|images|picture|video)\b/i,
  /^(?:click|tap) here\b/i,
  /^(?:listen to|read) this (?:article|story)\b/i,
  /^advertisement\b/i,
];

/** A photo caption: ends with (or is led by) an image credit ("| Image: AP", "Image Credit: AP", "(AP Photo/…)", "/ Twitter"). */
const CAPTION = [
  /(?:[|·•]\s*|\(\s*|^)(?:file )?(?:photo|image|picture|credit|foto|bild)s?(?: credit)?\s*:\s*[^|]{1,60}\)?$/iu,
  /[\s.](?:photo|image|picture)s? credit\s*:\s*\p{Lu}[\p{L}\s/.&'-]{0,40}$/iu,
  /\((?:AP|AFP|Reuters|Getty|EPA|dpa)?\s*(?:Photo|Foto|Image)\b[^()]{0,60}\)$/u,
  /\s\/\s*(?:Twitter|X|Facebook|Instagram|Getty Images|Reuters|AP|AFP|EPA|Shutterstock|dpa)$/u,
];

/** "Skip to main contentSkip to navigation" → "Skip to main content Skip to navigation". */
function unglue(line: string): string {
  return line.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/** True when the line is navigation, a section name or a page widget, not part of the story. */
export function isSiteChrome(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  if (CHROME_SENTENCES.some((re) => re.test(trimmed))) return true;
  if (isRelatedLink(trimmed)) return true;
  // "LiveLast Update" is two phrases run together, "WordPress" one word: try the line both ways.
  return onlyChrome(trimmed) || onlyChrome(unglue(trimmed));
}

/** True when every word of the line belongs to a chrome phrase or a timestamp. */
function onlyChrome(line: string): boolean {
  const words = line
    .toLowerCase()
    .replace(/[\d:.,/|•·»«›‹>–—\-_()[\]'"’‘“”!?*#+]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  let i = 0;
  let phrases = 0;
  while (i < words.length) {
    const phrase = PHRASES.find((p) => p.every((w, k) => words[i + k] === w));
    if (phrase) {
      i += phrase.length;
      phrases++;
    } else if (CHROME_FILLER.has(words[i]!) || isMonthName(words[i]!)) i++;
    else return false;
  }
  return phrases > 0;
}

/**
 * A link to another story under a section name, run together by the copy ("- World NewsTikToker goes
 * viral…"): a bullet, a section phrase, then a capital or a quote with no space between.
 */
function isRelatedLink(line: string): boolean {
  const bullet = /^[-–•·*»]\s*/.exec(line);
  if (!bullet) return false;
  const rest = line.slice(bullet[0].length);
  const lower = rest.toLowerCase();
  return CHROME_PHRASES.some((p) => {
    if (!lower.startsWith(p)) return false;
    const next = rest.charAt(p.length);
    return /[\p{Lu}'"‘“]/u.test(next);
  });
}

/** True for a photo caption line. */
export function isCaption(line: string): boolean {
  const trimmed = line.trim();
  return CAPTION.some((re) => re.test(trimmed));
}

/** An upper-case place, then an optional region and agency: "BALTIMORE (AP)", "MADRID, España", "ST. JOHN'S". */
const CAPS_PLACE = String.raw`(\p{Lu}[\p{Lu}'’.\- ]*\p{Lu}\.?)(?:,\s*(\p{Lu}[\p{L}.'’ -]{1,30}?))?\s*(?:\(([^()\n]{1,40})\))?`;
/**
 * A place in mixed case: one capitalised word ("Islamabad", "Paris"), maybe with its region
 * ("Islamabad, Pakistan"). Two words ("Lori Hinnant:") are more often a person than a place.
 */
const MIXED_PLACE = String.raw`(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:,\s*(\p{Lu}[\p{L}.'’ -]{1,30}?))?\s*(?:\(([^()\n]{1,40})\))?`;

/** "BALTIMORE (AP) — ", "WASHINGTON - ", "MADRID, España.- ", "MOSCOW, Feb. 8, 2022 (Reuters) - ": a wire dateline with a dash. */
const DASH_DATELINE = new RegExp(`^${CAPS_PLACE}(?:,?\\s+(${WRITTEN_DATE}))?\\s*(?:\\(([^()\\n]{1,40})\\))?\\s*(?:\\.?-|—|–|--)\\s*(?=\\S)`, 'u');
/** "ISLAMABAD: ", "Washington: ", "Islamabad, Pakistan (AFP): ": a dateline with a colon (body lines only). */
const COLON_DATELINE = new RegExp(`^(?:${CAPS_PLACE}|${MIXED_PLACE})\\s*:\\s+(?=[\\p{Lu}\\d"“‘'])`, 'u');
/** A dateline alone on its line: "MOSCOW, February 8.", "Islamabad, Pakistan (AFP):", "WASHINGTON, June 22, 2023 (Reuters) -". */
const LONE_DATELINE = new RegExp(
  `^(?:${CAPS_PLACE}|${MIXED_PLACE})(?:,?\\s+(${WRITTEN_DATE}))?\\s*(?:\\(([^()\\n]{1,40})\\))?\\s*[.:—–-]*$`,
  'u',
);
/** "Maui. ", "ROMA. ": one capitalised word and a full stop before a sentence (body lines only). */
const DOT_DATELINE = /^(\p{Lu}[\p{L}'’-]{2,})\.\s+(?=\p{Lu})/u;
/** The sentence after such a place must be a story's, not a second word of a headline. */
const DOT_DATELINE_REST = 60;
/** "29 March PunjabKhabarnama : ": a date and a name before a colon. */
const DATE_NAME_DATELINE = new RegExp(`^(${WRITTEN_DATE})\\s+(\\p{Lu}[\\p{L}.&' -]{1,40}?)\\s*:\\s+`, 'u');
/** "Update vom 8. Mai 2024: ", "Updated on June 24, 2023: ". */
const UPDATE_LINE = new RegExp(`^(?:update[d]?|aktualisiert|actualizado|aggiornato|mis à jour)(?:\\s+(?:vom|am|on|el|del|il|le))?\\s+(${WRITTEN_DATE})\\s*[:|–—-]\\s*`, 'iu');
/** A date run into the text after a headline: "… collapse – Police 26th March 2024 A cargo ship…". */
const GLUED_DATE = new RegExp(`\\s+(${WRITTEN_DATE})\\s+(?=\\p{Lu})`, 'u');

/** Agency names and labels that an all-caps "place" must not be. */
const NOT_PLACES = /^(?:JUST IN|BREAKING(?: NEWS)?|LIVE|UPDATE[DS]?|WATCH|VIDEO|EXCLUSIVE|DEVELOPING|ANALYSIS|OPINION|EDITORIAL|EXPLAINER|PHOTOS?|NOTE|FILE|READ MORE|ALSO READ)$/;

/** "BALTIMORE" → "Baltimore", "ST. JOHN'S" → "St. John's"; mixed case is kept. */
function placeCase(place: string): string {
  if (/\p{Ll}/u.test(place)) return place;
  return place.toLowerCase().replace(/(^|[\s\-.'’(])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase()).replace(/(['’])S\b/g, '$1s');
}

interface Dateline {
  /** Characters of the line the dateline takes, with its separator. */
  length: number;
  place: string | null;
  date: string | null;
}

/** A dateline at the start of `line`; `body` allows the colon form (a headline "NTSB: …" is not one). */
export function readDateline(line: string, body: boolean): Dateline | null {
  const lone = LONE_DATELINE.exec(line);
  if (lone) {
    // Groups: caps place, region, agency (1-3); mixed-case place, region, agency (4-6); the written
    // date (7, with its own six inside); a trailing agency (14).
    const place = lone[1] ?? lone[4];
    const region = lone[2] ?? lone[5];
    const agency = lone[3] ?? lone[6] ?? lone[14];
    // "Menu", "Titan Found": a capitalised word or two alone are a headline or chrome, not a place;
    // a place needs a region, an agency or a date beside it (or, in capitals, a closing mark).
    const hasMore = Boolean(region || agency || lone[7] || (lone[1] && /[.:—–-]\s*$/.test(line)));
    if (place && hasMore && !NOT_PLACES.test(place) && !isSiteChrome(place)) {
      const written = lone[7] ? readWrittenDate(lone[7].replace(/[.\s]+$/, '')) : null;
      return { length: line.length, place: placeCase(place.replace(/[.\s]+$/, '')), date: isoOf(written) };
    }
  }
  const dash = DASH_DATELINE.exec(line);
  if (dash && !NOT_PLACES.test(dash[1]!.trim()) && /\p{Lu}{2}/u.test(dash[1]!)) {
    // Groups: place, region, agency (1-3); the written date (4, with its own six inside).
    const written = dash[4] ? readWrittenDate(dash[4].replace(/[.\s]+$/, '')) : null;
    return { length: dash[0].length, place: placeCase(dash[1]!.trim().replace(/\.$/, '')), date: isoOf(written) };
  }
  const named = DATE_NAME_DATELINE.exec(line);
  if (named) return { length: named[0].length, place: null, date: isoOf(fromMatch(named, 2)) };
  if (body) {
    // "Maui. Le immagini del prima e del dopo…": a place and a full stop opening the story (Italian papers).
    const dot = DOT_DATELINE.exec(line);
    if (dot && line.length - dot[0].length >= DOT_DATELINE_REST && !NOT_PLACES.test(dot[1]!.toUpperCase()) && !isSiteChrome(dot[1]!)) {
      return { length: dot[0].length, place: placeCase(dot[1]!), date: null };
    }
    const colon = COLON_DATELINE.exec(line);
    const place = colon?.[1] ?? colon?.[4];
    if (colon && place && !NOT_PLACES.test(place) && !isSiteChrome(place)) {
      return { length: colon[0].length, place: placeCase(place.trim()), date: null };
    }
  }
  return null;
}

/** A line that reads as running text (a sentence of the story) rather than a headline. */
function isBodyLine(line: string): boolean {
  return /[.!?…"”’)]$/.test(line) || line.split(/\s+/).length > 30;
}

/** Words whose period does not end a sentence ("U.S.", "Mr.", "Feb."). */
const ABBREVIATION = /(?:\b\p{Lu}\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Adm|Gen|Rep|Sen|Gov|Lt|Col|Capt|Sgt|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$/u;

const OPENING_QUOTES = /[“‘«„]/g;
const CLOSING_QUOTES = /[”’»]/g;

/** A title from text itself: the first sentence of its first line. */
export function titleFromText(text: string, max = 100): string {
  return firstSentence(text.split('\n', 1)[0] ?? '', max);
}

/** A title from running text: its first sentence (not ended inside a quotation or a date), cut at a word boundary. */
export function firstSentence(line: string, max = 100): string {
  let sentence = line;
  const ends = /[.!?](?=\s|$)/g;
  for (let m = ends.exec(line); m; m = ends.exec(line)) {
    const candidate = line.slice(0, m.index + 1);
    if (ABBREVIATION.test(candidate)) continue;
    // "Update vom 8. Mai": a day's number before a month name.
    const after = line.slice(m.index + 1).trimStart().split(/\s/, 1)[0] ?? '';
    if (/\b\d{1,2}\.$/.test(candidate) && isMonthName(after)) continue;
    // Inside a quotation that closes later: the sentence goes on to its end.
    const opened = (candidate.match(OPENING_QUOTES) ?? []).length;
    const closed = (candidate.match(CLOSING_QUOTES) ?? []).length - (candidate.match(/\p{L}’\p{L}/gu) ?? []).length;
    if (opened > closed && /[”’»]/.test(line.slice(m.index + 1))) continue;
    sentence = candidate;
    break;
  }
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6))}…`;
}

/** How many lines from the top are examined for chrome, captions and datelines. */
const LEAD_LINES = 12;

/**
 * Reads the lead of normalised text. `markdown` strips heading marks from the headline. The text is
 * what follows any date header.
 */
export function readLead(text: string, markdown = false): Lead {
  const lines = text.split('\n');
  let byline: string | null = null;
  let place: string | null = null;
  let date: string | null = null;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < LEAD_LINES; i++) {
    let line = (lines[i] ?? '').trim();
    if (!line) continue;
    seen++;
    const by = BYLINE.exec(line);
    if (by) {
      byline ??= cleanField(by[1]);
      continue;
    }
    // "(MENAFN" then "- Live Mint) …": a credit broken over two lines is read as one.
    if (/^\([^)]{0,40}$/.test(line) && i + 1 < lines.length && /^[^(]{0,40}\)/.test(lines[i + 1]!.trim())) {
      line = `${line} ${lines[++i]!.trim()}`;
    }
    if (isSiteChrome(line) || isCaption(line)) continue;
    const lone = LONE_DATELINE.test(line) ? readDateline(line, false) : null;
    if (lone && lone.length === line.length) {
      place ??= lone.place;
      date ??= lone.date;
      continue;
    }
    let rest = markdown ? line.replace(/^#{1,6}\s+/, '') : line;
    const more = lines.slice(i + 1).some((l) => l.trim());
    // Strip what leads the line without being part of it: labels, list numbers, credits, datelines.
    for (let pass = 0; pass < 3; pass++) {
      const before = rest;
      rest = rest.replace(LABEL, '').replace(/^\d{1,2}[.)]\s+(?=\p{Lu})/u, '').replace(/^\([^()]{1,40}\)\s*[-–—:]?\s*/u, '');
      const update = UPDATE_LINE.exec(rest);
      if (update) rest = rest.slice(update[0].length);
      const dateline = readDateline(rest, isBodyLine(rest));
      if (dateline && dateline.length < rest.length) {
        place ??= dateline.place;
        date ??= dateline.date;
        rest = rest.slice(dateline.length);
      }
      if (rest === before) break;
    }
    // A widget's running time at the end ("… missing submersible 03:36"), section names after a bar
    // ("… stuck in the Suez Canal? | World | News").
    rest = withoutChromeSuffix(rest.replace(/\s+\d{1,2}:\d{2}$/, '').trim());
    if (!rest || isSiteChrome(rest)) continue;
    const headline = more && rest.length <= 200 && !/[.:]$/.test(rest);
    if (headline) {
      // The dateline often opens the line after the headline ("Islamabad, Pakistan (AFP):").
      const next = lines.slice(i + 1).find((l) => l.trim())?.trim() ?? '';
      const after = next && !BYLINE.test(next) ? readDateline(next, isBodyLine(next) || LONE_DATELINE.test(next)) : null;
      return { title: cleanField(rest) ?? 'Untitled', titleInferred: false, byline: byline ?? laterByline(lines, i), place: place ?? after?.place ?? null, date: date ?? after?.date ?? null };
    }
    const glued = GLUED_DATE.exec(rest);
    const gluedDate = glued ? fromMatch(glued, 2) : null;
    if (glued && gluedDate?.year && glued.index < 200 && rest.slice(0, glued.index).split(/\s+/).length >= 4) {
      date ??= isoOf(gluedDate);
      const title = rest.slice(0, glued.index).replace(/[\s–—-]+$/, '');
      return { title: cleanField(title) ?? 'Untitled', titleInferred: true, byline: byline ?? laterByline(lines, i), place, date };
    }
    return { title: cleanField(firstSentence(rest)) ?? 'Untitled', titleInferred: true, byline: byline ?? laterByline(lines, i), place, date };
  }
  return { title: cleanField(firstSentence(lines.find((l) => l.trim())?.trim() ?? '')) ?? 'Untitled', titleInferred: true, byline, place, date };
}

/** "Headline | World | News" → "Headline". */
function withoutChromeSuffix(line: string): string {
  const parts = line.split(/\s+[|•]\s+/);
  while (parts.length > 1 && isSiteChrome(parts.at(-1)!)) parts.pop();
  return parts.join(' | ');
}

/** A "By …" line within the first six lines after the headline. */
function laterByline(lines: readonly string[], from: number): string | null {
  for (const line of lines.slice(from, from + 6)) {
    const match = BYLINE.exec(line.trim());
    if (match) return cleanField(match[1]);
  }
  return null;
}
