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
 * `items.sort(byReviewOrder)` for large lists, in place. The priority range is cut into as many
 * buckets as a Float64Array key can hold alongside an item's position, so one native sort orders the
 * items by bucket; only items sharing a bucket are then compared, by priority and id (most buckets
 * hold one item; copies share priority 1 and one bucket). Sorting 450,000 pairs with the comparator
 * took a second.
 */
export function sortForReview<T extends { id: string; priority: number }>(items: T[]): T[] {
  const n = items.length;
  if (n < 2) return items;
  const priorities = new Float64Array(n);
  let lowest = Infinity;
  let highest = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = items[i]!.priority;
    priorities[i] = p;
    if (p < lowest) lowest = p;
    if (p > highest) highest = p;
  }
  // bucket * n + position stays an exact integer below 2^52; the highest priorities get bucket 0.
  const buckets = Math.floor(2 ** 52 / n) - 1;
  const scale = highest > lowest ? buckets / (highest - lowest) : 0;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.floor((highest - priorities[i]!) * scale) * n + i;
  keys.sort();
  const sorted = Array.from(keys, (key) => items[key % n]!);
  for (let start = 0; start < n; ) {
    // key - key % n is the bucket times n, exactly.
    const bucket = keys[start]! - (keys[start]! % n);
    let end = start + 1;
    while (end < n && keys[end]! - (keys[end]! % n) === bucket) end++;
    if (end - start > 1) {
      const group = sorted.slice(start, end);
      if (group.length >= LARGE_GROUP) sortByIdPrefix(group);
      else group.sort(byReviewOrder);
      for (let j = 0; j < group.length; j++) sorted[start + j] = group[j]!;
    }
    start = end;
  }
  for (let i = 0; i < n; i++) items[i] = sorted[i]!;
  return items;
}

/** Groups this large (the copies, all at priority 1) are sorted by sortByIdPrefix. */
const LARGE_GROUP = 64;

/**
 * `group.sort(byReviewOrder)`, in place, mostly by one native sort of numbers: sorting the 90,000 copies
 * of a 10,000-article case by comparing id strings was a third of reading its pairs. Each item's key is
 * the first characters of its id, 7 bits each (codes above 127 count as 127, a short id is padded with
 * 0, so keys order as the ids do or tie), then its position; only runs of items whose keys tie on the
 * characters are compared as strings. A group whose priorities differ is sorted with the comparator.
 */
function sortByIdPrefix<T extends { id: string; priority: number }>(group: T[]): void {
  const m = group.length;
  const priority = group[0]!.priority;
  if (group.some((item) => item.priority !== priority)) {
    group.sort(byReviewOrder);
    return;
  }
  const positions = 2 ** Math.ceil(Math.log2(m + 1));
  // key = prefix * positions + position stays an exact integer below 2^52.
  const chars = Math.floor((52 - Math.log2(positions)) / 7);
  const keys = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const id = group[j]!.id;
    let prefix = 0;
    for (let c = 0; c < chars; c++) prefix = prefix * 128 + (c < id.length ? Math.min(id.charCodeAt(c), 127) : 0);
    keys[j] = prefix * positions + j;
  }
  keys.sort();
  const copy = group.slice();
  for (let start = 0; start < m; ) {
    const prefix = Math.floor(keys[start]! / positions);
    let end = start + 1;
    while (end < m && Math.floor(keys[end]! / positions) === prefix) end++;
    const run = Array.from(keys.subarray(start, end), (key) => copy[key % positions]!);
    if (run.length > 1) run.sort(byId);
    for (let j = 0; j < run.length; j++) group[start + j] = run[j]!;
    start = end;
  }
}
