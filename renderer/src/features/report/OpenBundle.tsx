/**
 * Opens a review bundle (.corroborate.json) as a case. The file is read in the page in both editions,
 * like drops; a malformed or newer bundle, or a case already in the library, is refused with the
 * reason and nothing is stored. `open()` shows the file picker; `input` must be rendered somewhere.
 */
import { useRef, type ReactNode } from 'react';
import { parseBundle } from '../../../../shared/report/bundle';
import { db } from '../../db/AppDB';
import { importBundle } from '../../db/bundles';

export function useOpenBundle(props: { onOpened: (caseId: string) => void; onMessage: (message: string) => void }): { open: () => void; input: ReactNode } {
  const input = useRef<HTMLInputElement>(null);
  const read = async (file: File) => {
    const parsed = parseBundle(await file.text());
    if (!parsed.ok) {
      props.onMessage(`${file.name}: ${parsed.error}`);
      return;
    }
    try {
      await importBundle(db, parsed.bundle);
      props.onOpened(parsed.bundle.case.id);
      props.onMessage(`Opened “${parsed.bundle.case.name}” from ${file.name}`);
    } catch (err) {
      props.onMessage(`${file.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return {
    open: () => input.current?.click(),
    input: (
      <input ref={input} type="file" accept=".json,application/json" hidden data-testid="bundle-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }} />
    ),
  };
}
