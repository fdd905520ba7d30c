/** What an import did: every file accounted for as imported, duplicate, or failed with its reason. */
import { Modal } from '../../components/Modal';
import type { StoreSummary } from '../../db/store-articles';

export function ImportSummary(props: { summary: StoreSummary; onClose: () => void }) {
  const { imported, duplicates, failed, cancelled } = props.summary;
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
      <div className="modal-actions">
        <button type="button" className="primary" onClick={props.onClose} autoFocus>Close</button>
      </div>
    </Modal>
  );
}
