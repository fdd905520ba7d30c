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

/**
 * `items.sort(byReviewOrder)` for large lists, in place: items are grouped by priority, the distinct
 * priorities sorted as numbers, and only items sharing one priority compared by id. Sorting 450,000
 * pairs with the comparator took a second; most priorities are unique.
 */
export function sortForReview<T extends { id: string; priority: number }>(items: T[]): T[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.priority);
    if (group) group.push(item);
    else groups.set(item.priority, [item]);
  }
  const priorities = Float64Array.from(groups.keys()).sort().reverse();
  let at = 0;
  for (const priority of priorities) {
    const group = groups.get(priority)!;
    if (group.length > 1) group.sort(byId);
    for (const item of group) items[at++] = item;
  }
  return items;
}
