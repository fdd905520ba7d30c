/**
 * Opens a review bundle (.corroborate.json) as a case. The file is read in the page in both editions,
 * like drops; a malformed or newer bundle, or a case already in the library, is refused in a dialog
 * naming the file and the reason, and nothing is stored. A bundle of a case already in the library is a
 * colleague's review of it: merging it is offered (MergeDialog). `open()` shows the file picker; `ui`
 * (the hidden input and the dialogs) must be rendered somewhere.
 */
import { useRef, useState, type ReactNode } from 'react';
import { parseBundle, type ReviewBundle } from '../../../../shared/report/bundle';
import type { MergePlan } from '../../../../shared/review/merge';
import { Modal } from '../../components/Modal';
import { db } from '../../db/AppDB';
import { importBundle } from '../../db/bundles';
import { mergeBundle, previewMerge } from '../../db/merge';
import type { MergeRecord } from '../../db/records';
import { MergeDialog } from './MergeDialog';

export function useOpenBundle(props: {
  onOpened: (caseId: string) => void;
  onMessage: (message: string) => void;
  onMerged: (merge: MergeRecord, caseName: string) => void;
}): { open: () => void; ui: ReactNode } {
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ file: string; reason: string } | null>(null);
  const [offer, setOffer] = useState<{ file: string; caseName: string; bundle: ReviewBundle; plan: MergePlan<ReviewBundle['articles'][number]> } | null>(null);
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
    const existing = await db.cases.get(parsed.bundle.case.id);
    if (existing && existing.deletedAt === null) {
      const plan = await previewMerge(db, existing.id, parsed.bundle, file.name);
      setOffer({ file: file.name, caseName: existing.name, bundle: parsed.bundle, plan });
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
  const merge = async () => {
    if (!offer) return;
    setOffer(null);
    try {
      const { merge: record } = await mergeBundle(db, offer.bundle.case.id, offer.bundle, offer.file);
      props.onOpened(record.caseId);
      props.onMerged(record, offer.caseName);
    } catch (err) {
      setRefused({ file: offer.file, reason: err instanceof Error ? err.message : String(err) });
    }
  };
  return {
    open: () => input.current?.click(),
    ui: (
      <>
      {offer && <MergeDialog file={offer.file} caseName={offer.caseName} plan={offer.plan} onMerge={() => void merge()} onClose={() => setOffer(null)} />}
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
