/**
 * What an import did: every file accounted for as imported, duplicate, or failed with its reason; and
 * what to do next: once matching has run over the new articles, "Review N pairs" (and Compare).
 */
import { useEffect, useRef } from 'react';
import { Modal } from '../../components/Modal';
import type { ImportResult } from './useImport';

/** The pairs matching found for the case with the imported articles in it, or null while it runs. */
export type FoundPairs = { pairs: number } | null;

export function ImportSummary(props: { summary: ImportResult; found: FoundPairs; onClose: () => void; onReview: () => void; onCompare: () => void }) {
  const { imported, duplicates, failed, cancelled, notes } = props.summary;
  const { found } = props;
  const review = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const hasPairs = found !== null && found.pairs > 0;
  // The next step takes the focus when it appears, unless the reviewer has moved it.
  useEffect(() => {
    if (hasPairs && document.activeElement === close.current) review.current?.focus();
  }, [hasPairs]);
  return (
    <Modal title={cancelled ? 'Import cancelled' : 'Import finished'} onClose={props.onClose} testId="import-summary">
      <p className="summary-counts">
        <strong data-testid="summary-imported">{imported.length} imported</strong>
        <span data-testid="summary-duplicates">{duplicates.length} already in this case</span>
        <span data-testid="summary-failed" className={failed.length ? 'bad' : undefined}>{failed.length} not imported</span>
      </p>
      {failed.length > 0 && (
        <section>
          <h3>Not imported</h3>
          <ul className="summary-list">
            {failed.map((f, i) => (
              <li key={`${f.path}-${i}`}>
                <span className="file">{f.path}</span>
                <span className="reason">{f.error}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {notes.length > 0 && (
        <section data-testid="summary-notes">
          <h3>Not articles</h3>
          <p className="muted">
            Tables read with the articles: a manifest gives its outlets, dates and URLs to the files it names; any other
            table (such as the corpora&rsquo;s gold.tsv) is data, not an article, and is left out.
          </p>
          <ul className="summary-list">
            {notes.map((n, i) => (
              <li key={`${n.path}-${i}`}>
                <span className="file">{n.path}</span>
                <span className="reason">{n.note}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {duplicates.length > 0 && (
        <section>
          <h3>Already in this case (same content)</h3>
          <ul className="summary-list">
            {duplicates.map((d, i) => (
              <li key={`${d.path}-${i}`}>
                <span className="file">{d.path}</span>
                <span className="reason">kept once as “{d.title}”</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="summary-next" data-testid="summary-next" aria-live="polite">
        {found === null ? 'Finding overlapping claims…' : found.pairs === 0 ? 'No overlapping claims found yet: import more reports of the same story.' : `${found.pairs.toLocaleString('en')} overlapping pair${found.pairs === 1 ? '' : 's'} to review.`}
      </p>
      {/* Close keeps its place when the next steps appear beside it: right-aligned, it moved under the
          pointer as matching finished, and a click begun on it ended on another button. */}
      <div className="modal-actions steady">
        <button ref={close} type="button" className={hasPairs ? undefined : 'primary'} onClick={props.onClose} autoFocus>Close</button>
        {hasPairs && (
          <>
            <button type="button" onClick={props.onCompare}>Compare</button>
            <button ref={review} type="button" className="primary" onClick={props.onReview}>
              Review {found.pairs.toLocaleString('en')} pair{found.pairs === 1 ? '' : 's'}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
