/**
 * Orderings shared by the matcher, the Worker and the views. Ties are broken by id with a plain
 * code-unit comparison: ids are machine-made, and ICU collation (localeCompare) made sorting 14,000
 * pairs a long task on the page.
 */
export function byId(x: { id: string }, y: { id: string }): number {
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Review order: higher priority first, then by id, so every view lists pairs identically. */
export function byReviewOrder(x: { id: string; priority: number }, y: { id: string; priority: number }): number {
  return y.priority - x.priority || byId(x, y);
}
