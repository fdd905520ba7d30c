/**
 * This tab's id, so undo belongs to the tab that made a change (issue 16). Kept in sessionStorage, so
 * it survives a reload of the same tab but not another tab. A duplicated tab copies sessionStorage; a
 * Web Lock held for the page's life under the id tells the copy, which then takes an id of its own.
 */
const KEY = 'corroborate.tab';
let current: string | null = null;

function remember(id: string): void {
  try {
    sessionStorage.setItem(KEY, id);
  } catch {
    // Storage refused (private mode): the id lasts as long as the page.
  }
}

/** Holds the lock on `id` for as long as the page lives; takes a new id when another page holds it. */
function claim(id: string): void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return;
  void locks.request(`corroborate-tab:${id}`, { ifAvailable: true }, (lock) => {
    if (lock) return new Promise<never>(() => undefined);
    current = crypto.randomUUID();
    remember(current);
    claim(current);
    return undefined;
  });
}

export function tabId(): string {
  if (current) return current;
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(KEY);
  } catch {
    stored = null;
  }
  current = stored ?? crypto.randomUUID();
  remember(current);
  claim(current);
  return current;
}
