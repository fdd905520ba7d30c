/**
 * A piece of UI state kept per case in localStorage (the view, the queue's filters, the selected pair,
 * the compared articles), so a reload puts the reviewer back where they were (issue 19). Only where
 * the reviewer was lives here; their work lives in IndexedDB.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'corroborate.case.';

function read<T>(key: string | null, fallback: T, valid: (value: unknown) => value is T): T {
  if (!key) return fallback;
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return fallback;
    const value: unknown = JSON.parse(raw);
    return valid(value) ? value : fallback;
  } catch {
    return fallback; // unreadable or blocked storage: start from the default
  }
}

/**
 * `[value, set]` for setting `name` of case `caseId`; switching cases reads that case's value.
 * `valid` checks what was stored (an older release, or another tab, may have left anything there).
 */
export function useCaseSetting<T>(caseId: string | null, name: string, fallback: T, valid: (value: unknown) => value is T): [T, (value: T) => void] {
  const key = caseId ? `${PREFIX}${caseId}.${name}` : null;
  const [state, setState] = useState(() => ({ key, value: read(key, fallback, valid) }));
  let current = state;
  if (state.key !== key) {
    current = { key, value: read(key, fallback, valid) };
    setState(current);
  }
  const set = useCallback(
    (value: T) => {
      if (key) {
        try {
          localStorage.setItem(key, JSON.stringify(value));
        } catch {
          // Storage full or blocked: the place is kept for this session only.
        }
      }
      setState({ key, value });
    },
    [key],
  );
  return [current.value, set];
}

/** Forgets every setting of a case (when it is purged). */
export function forgetCaseSettings(caseId: string): void {
  const prefix = `${PREFIX}${caseId}.`;
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(prefix)) localStorage.removeItem(key);
  }
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isStringPair = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every(isString);
export const oneOf =
  <T extends string>(...values: readonly T[]) =>
  (v: unknown): v is T =>
    values.includes(v as T);
