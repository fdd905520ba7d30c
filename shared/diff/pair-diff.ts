/**
 * The word-level diff of two claims (jsdiff's diffWords, bounded by a timeout and an edit-length cap)
 * and the classification of each change: wording, number, date or negation. The view only renders
 * `ops`; `changes` index into them so the UI can jump to the next or previous change.
 */
import { diffWords } from 'diff';
import { findDates, findFigures, findNegations } from '../claims/details';

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };
export type ChangeKind = 'wording' | 'number' | 'date' | 'negation';

export interface DiffChange {
  kind: ChangeKind;
  removed: string;
  added: string;
  /** Index of the change's first op in `ops`. */
  at: number;
}

export interface PairDiff {
  ops: DiffOp[];
  changes: DiffChange[];
  /** True when the texts were too different to diff within the bounds: ops is one delete, one insert. */
  tooDifferent: boolean;
}

/**
 * The diff gives up past this many edits (words and spaces inserted or deleted): a pair that far apart
 * is shown as "too different". A bound on work, not on time, so the outcome is the same on any machine
 * (about 50 ms for two 10,000-word texts here).
 */
export const MAX_EDITS = 400;
/** A last resort on a machine far slower than any we measured: the edit bound ends every diff first. */
export const DIFF_TIMEOUT_MS = 2000;

/** Runs of spaces and tabs count as one space in a diff (the word diff would otherwise drop some). */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\u00a0]{2,}/g, ' ');
}

/**
 * Diffs `a` against `b` word by word, within MAX_EDITS edits (past that: too different). Case counts, so
 * equal and deleted ops rebuild `a` and equal and inserted ops rebuild `b` (with runs of spaces
 * collapsed: see collapseSpaces).
 */
export function diffClaims(rawA: string, rawB: string): PairDiff {
  const a = collapseSpaces(rawA);
  const b = collapseSpaces(rawB);
  const words = Math.max(a.split(/\s+/).length, b.split(/\s+/).length);
  const changes = diffWords(a, b, { timeout: DIFF_TIMEOUT_MS, maxEditLength: Math.min(MAX_EDITS, Math.max(64, words * 2)) });
  if (!changes) {
    return { ops: [{ op: 'delete', text: a }, { op: 'insert', text: b }], changes: [], tooDifferent: true };
  }
  const ops: DiffOp[] = [];
  for (const c of changes) {
    const op = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += c.value;
    else ops.push({ op, text: c.value });
  }
  return { ops, changes: classifyChanges(ops), tooDifferent: false };
}

/** Groups adjacent delete/insert ops into changes and says what kind each is. */
export function classifyChanges(ops: readonly DiffOp[]): DiffChange[] {
  const out: DiffChange[] = [];
  for (let i = 0; i < ops.length; i++) {
    if (ops[i]!.op === 'equal') continue;
    const at = i;
    let removed = '';
    let added = '';
    while (i < ops.length && ops[i]!.op !== 'equal') {
      if (ops[i]!.op === 'delete') removed += ops[i]!.text;
      else added += ops[i]!.text;
      i++;
    }
    i--;
    if (!/[\p{L}\p{N}]/u.test(removed + added)) continue; // punctuation or spacing only
    out.push({ kind: changeKind(removed, added), removed: trimEdges(removed), added: trimEdges(added), at });
  }
  return out;
}

function changeKind(removed: string, added: string): ChangeKind {
  if (findNegations(removed).length !== findNegations(added).length) return 'negation';
  if (/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b/i.test(removed + added) && numbersOf(removed) !== numbersOf(added)) return 'number';
  if (findDates(removed, null).length + findDates(added, null).length > 0) return 'date';
  return 'wording';
}

/**
 * The numbers a stretch of text holds: its figures' values and every number written in digits, figure
 * or not ("crossing the 47-year-old bridge" split by the diff leaves a bare "47" on one side).
 */
function numbersOf(s: string): string {
  const values = findFigures(s).map((n) => String(n.value));
  for (const m of s.matchAll(/\d+(?:[.,]\d+)*/g)) values.push(m[0].replace(/,(?=\d{3}\b)/g, ''));
  return [...new Set(values)].sort().join(',');
}

/** Words of a change without the punctuation and spaces at its edges ("'locking" → "locking"). */
function trimEdges(s: string): string {
  return s.replace(/^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}%]+$/gu, '');
}
