/**
 * chrono-node compiles its date patterns on its first parse of a date-like text: 75–85 ms on this
 * machine, which fell on the first pair whose diff has a wording change and made pressing j a long
 * task (issue 18). Review warms it once, when the page is idle, so no key press pays for it.
 */
import { findDates } from '../../../../shared/claims/details';

let warmed = false;

/** Runs one date parse when the page is next idle, once per page. */
export function warmDateParser(): void {
  if (warmed) return;
  warmed = true;
  const parse = () => void findDates('on Sunday morning', null);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(parse, { timeout: 5000 });
  else setTimeout(parse, 0);
}
