/**
 * A PDF's text layer (positioned runs of text, page by page) to an article's paragraphs: runs grouped
 * into lines, lines put in reading order (two columns read one after the other), running headers,
 * footers and page numbers dropped, and lines rejoined into paragraphs across line breaks, page breaks
 * and hyphenation. Pure geometry over plain data, so it is tested without a PDF library.
 */

/** One run of text as a PDF's text layer gives it: PDF user space, y grows upwards. */
export interface TextRun {
  str: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size (the run's height). */
  size: number;
}

export interface PageText {
  runs: TextRun[];
  /** The page's box: [left, bottom, right, top]. */
  box: [number, number, number, number];
}

/** A line (or one column's part of it) with its geometry. */
interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  column: number;
}

/** Top and bottom share of a page where running headers and footers live. */
const MARGIN_ZONE = 0.1;
/** "3", "Page 3", "Page 3 of 12", "- 3 -", "3/12", "iv". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+|seite\s+|p\.\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|von|de|di|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** Paragraphs of the document, separated by blank lines. */
export function layoutText(pages: readonly PageText[]): string {
  const lines = pages.flatMap((page, i) => pageLines(page, i));
  const kept = dropRunningLines(lines, pages);
  return joinParagraphs(kept);
}

/** The page's runs as lines in reading order. */
function pageLines(page: PageText, pageIndex: number): Line[] {
  const runs = page.runs.filter((r) => r.str.length > 0 && r.size > 0);
  if (runs.length === 0) return [];
  // Rows: runs whose baselines lie within half a font size of each other, top to bottom.
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - run.y) <= Math.max(row[0]!.size, run.size) * 0.5) row.push(run);
    else rows.push([run]);
  }
  // Each row is split where a gap wider than two font sizes separates its runs (a column gutter).
  const segments: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: TextRun[] = [];
    const flush = () => {
      if (current.length) segments.push(segmentOf(current, pageIndex));
      current = [];
    };
    for (const run of row) {
      const prev = current.at(-1);
      if (prev && run.x - (prev.x + prev.width) > Math.max(prev.size, run.size) * 2) flush();
      current.push(run);
    }
    flush();
  }
  const gutter = columnGutter(segments);
  if (gutter !== null) for (const s of segments) s.column = s.x0 >= gutter ? 1 : 0;
  return segments.filter((s) => s.text.trim()).sort((a, b) => a.column - b.column || b.y - a.y || a.x0 - b.x0);
}

/** Joins a segment's runs, with a space where the gap between two runs is wider than a thin space. */
function segmentOf(runs: readonly TextRun[], page: number): Line {
  let text = '';
  let prevEnd = -Infinity;
  for (const run of runs) {
    const gap = run.x - prevEnd;
    if (text && gap > run.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
    text += run.str;
    prevEnd = run.x + run.width;
  }
  const size = runs.reduce((m, r) => Math.max(m, r.size), 0);
  return { text: text.replace(/\s+/g, ' ').trim(), x0: runs[0]!.x, x1: prevEnd, y: runs[0]!.y, size, page, column: 0 };
}

/**
 * The x where a second column starts, when the page has two: many segments start at or right of it,
 * many end before it, and none of the left ones runs across it (headlines across both may).
 */
function columnGutter(segments: readonly Line[]): number | null {
  if (segments.length < 8) return null;
  const left = Math.min(...segments.map((s) => s.x0));
  const starts = new Map<number, number>();
  for (const s of segments) {
    const key = Math.round(s.x0 / 4) * 4;
    starts.set(key, (starts.get(key) ?? 0) + 1);
  }
  // The most frequent start right of the left margin, by at least a fifth of the page's lines.
  let best: number | null = null;
  let bestCount = 0;
  for (const [x, n] of starts) {
    if (x - left > 40 && n > bestCount) {
      best = x;
      bestCount = n;
    }
  }
  if (best === null || bestCount < segments.length * 0.2) return null;
  const gutter = best - 4;
  const leftSegments = segments.filter((s) => s.x0 < gutter);
  const crossing = leftSegments.filter((s) => s.x1 > gutter).length;
  return leftSegments.length >= segments.length * 0.2 && crossing <= leftSegments.length * 0.15 ? gutter : null;
}

/**
 * Lines repeated in the top or bottom margin of most pages, page numbers there, and (with one page,
 * where nothing repeats) lines there in a smaller font than the body's, are not the article's text.
 */
function dropRunningLines(lines: readonly Line[], pages: readonly PageText[]): Line[] {
  const inMargin = (l: Line) => {
    const [, bottom, , top] = pages[l.page]!.box;
    const height = top - bottom || 1;
    return l.y > top - height * MARGIN_ZONE || l.y < bottom + height * MARGIN_ZONE;
  };
  const key = (l: Line) => l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const pagesWith = new Map<string, Set<number>>();
  for (const l of lines) {
    if (!inMargin(l)) continue;
    const k = key(l);
    if (!pagesWith.has(k)) pagesWith.set(k, new Set());
    pagesWith.get(k)!.add(l.page);
  }
  const repeatAt = Math.max(2, Math.ceil(pages.length / 2));
  const body = bodySize(lines);
  return lines.filter((l) => {
    if (!inMargin(l)) return true;
    if (PAGE_NUMBER.test(l.text.trim())) return false;
    if (pages.length < 2) return l.size >= body * 0.8;
    return (pagesWith.get(key(l))?.size ?? 0) < repeatAt;
  });
}

/** The font size most of the text is set in (weighted by characters). */
function bodySize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(Math.round(l.size), (chars.get(Math.round(l.size)) ?? 0) + l.text.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) {
    if (n > most) {
      best = size;
      most = n;
    }
  }
  return best;
}

/** Lines to paragraphs: a new one after a wide gap, a change of font size, an indent, or a short last line. */
function joinParagraphs(lines: readonly Line[]): string {
  const paragraphs: string[] = [];
  let current = '';
  const spacing = typicalSpacing(lines);
  const columnEdges = new Map<string, { x0: number; x1: number }>();
  for (const l of lines) {
    const k = `${l.page}:${l.column}`;
    const edge = columnEdges.get(k) ?? { x0: Infinity, x1: -Infinity };
    columnEdges.set(k, { x0: Math.min(edge.x0, l.x0), x1: Math.max(edge.x1, l.x1) });
  }
  let prev: Line | null = null;
  for (const line of lines) {
    if (prev && current && startsParagraph(prev, line, spacing, columnEdges)) {
      paragraphs.push(current);
      current = '';
    }
    current = current ? joinLines(current, line.text) : line.text;
    prev = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
}

const ENDS_SENTENCE = /[.!?:;"”’)\]…]$/;

function startsParagraph(prev: Line, line: Line, spacing: number, edges: Map<string, { x0: number; x1: number }>): boolean {
  const sameFlow = prev.page === line.page && prev.column === line.column;
  if (!sameFlow) {
    // A page or column break splits a paragraph only where the sentence had ended.
    return ENDS_SENTENCE.test(prev.text);
  }
  const gap = prev.y - line.y;
  if (gap > Math.max(spacing, line.size) * 1.45) return true;
  if (Math.abs(prev.size - line.size) > Math.max(prev.size, line.size) * 0.15) return true;
  const edge = edges.get(`${line.page}:${line.column}`)!;
  if (line.x0 - edge.x0 > line.size * 1.2 && ENDS_SENTENCE.test(prev.text)) return true;
  const width = edge.x1 - edge.x0;
  return width > 0 && edge.x1 - prev.x1 > width * 0.2 && ENDS_SENTENCE.test(prev.text);
}

/** The usual distance between consecutive lines of one column (the median of the small gaps). */
function typicalSpacing(lines: readonly Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || a.column !== b.column) continue;
    const gap = a.y - b.y;
    if (gap > 0 && gap < a.size * 3) gaps.push(gap);
  }
  if (gaps.length === 0) return 0;
  gaps.sort((x, y) => x - y);
  return gaps[gaps.length >> 1]!;
}

/** Words after which a hyphen is a suspended compound ("Infrarot- und Radartechnik"), not a break. */
const CONJUNCTIONS = /^(?:und|oder|bis|sowie|bzw|and|or|to|y|o|e|ou|et|i)\b/u;

/** Rejoins a line break: "consis-" + "tent" → "consistent"; a soft hyphen goes; otherwise one space. */
function joinLines(before: string, after: string): string {
  if (/\u00ad$/.test(before)) return before.slice(0, -1) + after;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after) && !CONJUNCTIONS.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}
