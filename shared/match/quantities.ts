/**
 * Quantities compared across claims: units folded to a base per dimension (feet and metres are both
 * length), values within 3% counted as the same quantity rounded, and "fact keys" that say what a
 * quantity is about ("22-foot submersible" → length:submersible) so claims reporting the same
 * measurement find each other even when the rest of their wording differs.
 */
import type { Claim } from '../claims/types';
import { contentTokens } from './tokens';

/** Units folded to a base per dimension, so "1,600 feet" and "488 metres" compare. */
const BASE_UNITS: Record<string, [dimension: string, factor: number]> = {
  foot: ['length', 0.3048], metre: ['length', 1], kilometre: ['length', 1000], mile: ['length', 1609.34],
  second: ['time', 1 / 60], minute: ['time', 1], hour: ['time', 60], day: ['time', 1440], week: ['time', 10080],
  pound: ['mass', 0.4536], ton: ['mass', 1000],
};
/** Values this close (3%) are the same quantity rounded; 21 vs 22 feet (4.5%) is not. */
const TOLERANCE = 0.03;

interface Quantity {
  dimension: string;
  value: number;
  unit: string;
  text: string;
}

/** A quantity with the content words right around it: what it measures. */
interface Measurement {
  dimension: string;
  value: number;
  text: string;
  keys: Set<string>;
}

/** A claim's numbers prepared for comparing, computed once per claim text (see figuresOf). */
export interface Figures {
  /** The numbers that have units, in base units. */
  quantities: Quantity[];
  /** The quantities with what they measure ("22-foot (6.7m) Titan" → submersible); head counts left out. */
  measurements: Measurement[];
  /** Dimension-and-noun keys of the measurements ("length:submersibl"), for the index. */
  facts: string[];
}

const NO_FIGURES: Figures = { quantities: [], measurements: [], facts: [] };

/**
 * Cached by the claim's details: syndicated copies of a sentence share one details object (findDetails
 * memoises by text), so they share their figures too.
 */
const figured = new WeakMap<Claim['details'], Figures>();

/** The claim's figures; callers that compare one claim many times keep the result. */
export function figuresOf(c: Claim): Figures {
  if (c.details.numbers.length === 0) return NO_FIGURES;
  let figures = figured.get(c.details);
  if (!figures) {
    figures = computeFigures(c);
    figured.set(c.details, figures);
  }
  return figures;
}

function computeFigures(c: Claim): Figures {
  const quantities: Quantity[] = [];
  const measurements: Measurement[] = [];
  for (const n of c.details.numbers) {
    if (!n.unit) continue;
    const [dimension, factor] = BASE_UNITS[n.unit] ?? [n.unit, 1];
    quantities.push({ dimension, value: n.value * factor, unit: n.unit, text: n.text });
    const at = c.text.indexOf(n.text);
    // Head counts ("five people" vs "24 people on the ship") too often count different groups.
    if (at < 0 || dimension === 'person') continue;
    // What is measured is the noun after the number: "22-foot (6.7m) Titan", "40 hours of breathable air".
    const after = c.text.slice(at + n.text.length).replace(/^\s*\([^)]*\)/, '').split(/\s+/).slice(0, 6).join(' ');
    const keys = new Set(contentTokens(after).filter((t) => !t.startsWith('#') && t !== '¬').slice(0, 1));
    measurements.push({ dimension, value: n.value * factor, text: n.text, keys });
  }
  const facts = [...new Set(measurements.flatMap((m) => [...m.keys].map((k) => `${m.dimension}:${k}`)))];
  return { quantities, measurements, facts };
}

const close = (x: number, y: number) => Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));

/** A quantity of one claim that no quantity of the same dimension in the other comes close to. */
export function disagreeingNumbers(a: Figures, b: Figures): string | null {
  const qa = a.quantities;
  const qb = b.quantities;
  if (qa.length === 0 || qb.length === 0) return null;
  for (const x of qa) {
    const same = qb.filter((y) => y.dimension === x.dimension);
    if (same.length === 0) continue;
    const mine = qa.filter((y) => y.dimension === x.dimension);
    if (!same.some((y) => mine.some((m) => close(m.value, y.value)))) return `${x.text} vs ${same.map((n) => n.text).join(', ')}`;
  }
  return null;
}

/** Quantities that agree only after converting units ("1,600 feet" ≈ "490 metres"), for the reason. */
export function roughlyEqualNumbers(a: Figures, b: Figures): string | null {
  if (b.quantities.length === 0) return null;
  for (const x of a.quantities) {
    const y = b.quantities.find((q) => q.dimension === x.dimension && q.unit !== x.unit && close(q.value, x.value));
    if (y) return `${x.text} ≈ ${y.text}`;
  }
  return null;
}

/**
 * The same measurement of the same thing with another value: a quantity in `a` and one in `b` of one
 * dimension whose surrounding words overlap, where nothing of that kind in `b` comes close to it.
 */
export function conflictingMeasurement(a: Figures, b: Figures): string | null {
  const mb = b.measurements;
  if (mb.length === 0) return null;
  for (const x of a.measurements) {
    const related = mb.filter((y) => y.dimension === x.dimension && sharesKey(x.keys, y.keys));
    if (related.length === 0) continue;
    if (!related.some((y) => close(x.value, y.value))) return `${x.text} vs ${related.map((y) => y.text).join(', ')}`;
  }
  return null;
}

/** Whether two sets of measured-noun keys share one. */
function sharesKey(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of b) if (a.has(k)) return true;
  return false;
}
