/** A string remembered in localStorage across reloads (UI preferences only; data lives in IndexedDB). */
import { useCallback, useState } from 'react';

export function useStoredState(key: string): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState<string | null>(() => localStorage.getItem(key));
  const set = useCallback(
    (next: string | null) => {
      if (next === null) localStorage.removeItem(key);
      else localStorage.setItem(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, set];
}
