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

const quantified = new WeakMap<Claim, Quantity[]>();
const NONE: Quantity[] = [];

/** The claim's numbers that have units, in base units (cached: every pair of the claim asks). */
export function quantities(c: Claim): Quantity[] {
  if (c.details.numbers.length === 0) return NONE;
  let out = quantified.get(c);
  if (!out) {
    out = c.details.numbers.flatMap((n) => {
      if (!n.unit) return [];
      const [dimension, factor] = BASE_UNITS[n.unit] ?? [n.unit, 1];
      return [{ dimension, value: n.value * factor, unit: n.unit, text: n.text }];
    });
    quantified.set(c, out);
  }
  return out;
}

const close = (x: number, y: number) => Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));

/** A quantity of one claim that no quantity of the same dimension in the other comes close to. */
export function disagreeingNumbers(a: Claim, b: Claim): string | null {
  const qa = quantities(a);
  const qb = quantities(b);
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
export function roughlyEqualNumbers(a: Claim, b: Claim): string | null {
  for (const x of quantities(a)) {
    const y = quantities(b).find((q) => q.dimension === x.dimension && q.unit !== x.unit && close(q.value, x.value));
    if (y) return `${x.text} ≈ ${y.text}`;
  }
  return null;
}

/** A quantity with the content words right around it: what it measures. */
interface Measurement {
  dimension: string;
  value: number;
  text: string;
  keys: Set<string>;
}

const measured = new WeakMap<Claim, Measurement[]>();
const NO_MEASUREMENTS: Measurement[] = [];

/** The claim's quantities, each with the first words after it ("22-foot (6.7m) Titan" → submersible). */
export function measurements(c: Claim): Measurement[] {
  if (c.details.numbers.length === 0) return NO_MEASUREMENTS;
  const cached = measured.get(c);
  if (cached) return cached;
  const out: Measurement[] = [];
  measured.set(c, out);
  for (const n of c.details.numbers) {
    if (!n.unit) continue;
    const [dimension, factor] = BASE_UNITS[n.unit] ?? [n.unit, 1];
    const at = c.text.indexOf(n.text);
    if (at < 0) continue;
    // Head counts ("five people" vs "24 people on the ship") too often count different groups.
    if (dimension === 'person') continue;
    // What is measured is the noun after the number: "22-foot (6.7m) Titan", "40 hours of breathable air".
    const after = c.text.slice(at + n.text.length).replace(/^\s*\([^)]*\)/, '').split(/\s+/).slice(0, 6).join(' ');
    const keys = new Set(contentTokens(after).filter((t) => !t.startsWith('#') && t !== '¬').slice(0, 1));
    out.push({ dimension, value: n.value * factor, text: n.text, keys });
  }
  return out;
}

/** Dimension-and-noun keys of a claim's quantities, for the index. */
export function factKeys(c: Claim): string[] {
  return [...new Set(measurements(c).flatMap((m) => [...m.keys].map((k) => `${m.dimension}:${k}`)))];
}

/**
 * The same measurement of the same thing with another value: a quantity in `a` and one in `b` of one
 * dimension whose surrounding words overlap, where nothing of that kind in `b` comes close to it.
 */
export function conflictingMeasurement(a: Claim, b: Claim): string | null {
  const mb = measurements(b);
  if (mb.length === 0) return null;
  for (const x of measurements(a)) {
    const related = mb.filter((y) => y.dimension === x.dimension && [...y.keys].some((k) => x.keys.has(k)));
    if (related.length === 0) continue;
    if (!related.some((y) => close(x.value, y.value))) return `${x.text} vs ${related.map((y) => y.text).join(', ')}`;
  }
  return null;
}
