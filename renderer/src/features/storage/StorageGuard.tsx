/**
 * The database connection's health, shown to the person: a blocking notice when another tab changed
 * the schema (reload, nothing is lost) and, in the status bar, whether the browser keeps our data.
 */
import { useEffect, useState } from 'react';
import { db } from '../../db/AppDB';
import { CONNECTION_MESSAGES, requestPersistence, watchConnection, type ConnectionProblem, type PersistenceState } from '../../db/connection';
import { Modal } from '../../components/Modal';

/** Watches the app's database; renders the reload notice when this window can no longer use it. */
export function ConnectionNotice() {
  const [problem, setProblem] = useState<ConnectionProblem | null>(null);
  useEffect(() => watchConnection(db, setProblem), []);
  if (!problem) return null;
  // 'blocked' clears itself when the other tab lets go; the others need a reload.
  return (
    <Modal title={problem === 'blocked' ? 'Waiting for another window' : 'Reload needed'} onClose={() => setProblem(problem === 'blocked' ? null : problem)} testId="connection-notice">
      <p role="alert">{CONNECTION_MESSAGES[problem]}</p>
      <div className="modal-actions">
        <button type="button" className="primary" autoFocus onClick={() => window.location.reload()}>Reload</button>
      </div>
    </Modal>
  );
}

const PERSISTENCE_LABELS: Record<PersistenceState, { text: string; title: string }> = {
  persistent: { text: 'Storage: kept', title: 'The browser has agreed to keep your articles and verdicts even when disk space runs low.' },
  'best-effort': {
    text: 'Storage: may be cleared',
    title: 'The browser did not grant persistent storage: under disk pressure it may clear this site’s data. Export a review bundle to keep a copy.',
  },
  unavailable: { text: 'Storage: unknown', title: 'This browser cannot say whether it keeps site data. Export a review bundle to keep a copy.' },
};

/** Asks once for persistent storage and shows the answer. */
export function StorageStatus() {
  const [state, setState] = useState<PersistenceState | null>(null);
  useEffect(() => {
    void requestPersistence(typeof navigator === 'undefined' ? undefined : navigator.storage).then(setState);
  }, []);
  if (!state) return null;
  const label = PERSISTENCE_LABELS[state];
  return (
    <span data-testid="storage-status" data-state={state} title={label.title} className={state === 'persistent' ? undefined : 'warn'}>
      {label.text}
    </span>
  );
}
