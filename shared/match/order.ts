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
 * `items.sort(byReviewOrder)` for large lists, in place. Each item's key packs the rank of its priority
 * among the distinct priorities with its position, so one native sort of a Float64Array orders them
 * by priority; only items sharing a priority are compared by id. Sorting 450,000 pairs with the
 * comparator took a second; most priorities are shared by few pairs.
 */
export function sortForReview<T extends { id: string; priority: number }>(items: T[]): T[] {
  const n = items.length;
  const priorities = new Float64Array(n);
  for (let i = 0; i < n; i++) priorities[i] = items[i]!.priority;
  const distinct = Float64Array.from(new Set(priorities)).sort().reverse();
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Binary search for the rank of this priority (highest first).
    const p = priorities[i]!;
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! > p) lo = mid + 1;
      else hi = mid;
    }
    keys[i] = lo * n + i;
  }
  keys.sort();
  const sorted = Array.from(keys, (key) => items[key % n]!);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end]!.priority === sorted[start]!.priority) end++;
    if (end - start > 1) {
      const group = sorted.slice(start, end).sort(byId);
      for (let j = 0; j < group.length; j++) sorted[start + j] = group[j]!;
    }
    start = end;
  }
  for (let i = 0; i < n; i++) items[i] = sorted[i]!;
  return items;
}
