/**
 * The WAI-ARIA listbox keys for a single-select list with a moving selection: ArrowUp/ArrowDown,
 * Home/End, PageUp/PageDown (a screenful). The Library list and the Review queue share it.
 */

/** The index `key` moves the selection to, or null when the key is not a listbox key. */
export function listboxMove(key: string, index: number, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  const page = Math.max(1, pageSize - 1);
  const to: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    Home: 0,
    End: count - 1,
    PageDown: index + page,
    PageUp: index - page,
  };
  const next = to[key];
  return next === undefined ? null : Math.max(0, Math.min(count - 1, next));
}
