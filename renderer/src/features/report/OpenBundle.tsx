/**
 * Opens a review bundle (.corroborate.json) as a case. The file is read in the page in both editions,
 * like drops; a malformed or newer bundle, or a case already in the library, is refused in a dialog
 * naming the file and the reason, and nothing is stored. `open()` shows the file picker; `ui` (the
 * hidden input and the dialog) must be rendered somewhere.
 */
import { useRef, useState, type ReactNode } from 'react';
import { parseBundle } from '../../../../shared/report/bundle';
import { Modal } from '../../components/Modal';
import { db } from '../../db/AppDB';
import { importBundle } from '../../db/bundles';

export function useOpenBundle(props: { onOpened: (caseId: string) => void; onMessage: (message: string) => void }): { open: () => void; ui: ReactNode } {
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ file: string; reason: string } | null>(null);
  const read = async (file: File) => {
    let parsed;
    try {
      parsed = parseBundle(await file.text());
    } catch (err) {
      parsed = { ok: false as const, error: `unreadable (${err instanceof Error ? err.message : String(err)})` };
    }
    if (!parsed.ok) {
      setRefused({ file: file.name, reason: parsed.error });
      return;
    }
    try {
      await importBundle(db, parsed.bundle);
      props.onOpened(parsed.bundle.case.id);
      props.onMessage(`Opened “${parsed.bundle.case.name}” from ${file.name}`);
    } catch (err) {
      setRefused({ file: file.name, reason: err instanceof Error ? err.message : String(err) });
    }
  };
  const close = () => setRefused(null);
  return {
    open: () => input.current?.click(),
    ui: (
      <>
      {refused && (
        <Modal title="This bundle was not opened" onClose={close} testId="bundle-refused">
          <p className="mono" data-testid="bundle-refused-file">{refused.file}</p>
          <p data-testid="bundle-refused-reason">{refused.reason.charAt(0).toUpperCase() + refused.reason.slice(1)}</p>
          <p className="muted">Nothing in your library was changed.</p>
          <div className="modal-actions"><button type="button" className="primary" onClick={close} autoFocus>Close</button></div>
        </Modal>
      )}
      <input ref={input} type="file" accept=".json,application/json" hidden data-testid="bundle-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }} />
      </>
    ),
  };
}
