/**
 * When a matching result cannot be stored (storage full), a dialog says so, what Review shows instead
 * (the pairs stored before, for the articles they were found for), that nothing stored was lost, and
 * offers to try again; Review carries the same sentence while the pairs are out of date (issue 16).
 */
import { Modal } from '../../components/Modal';
import type { MatchingFailure } from './useMatching';

/** What Review shows while the stored pairs are older than the articles, in one sentence. */
export function staleReviewSentence(f: MatchingFailure): string {
  const shown = f.storedFor === null ? 'No pairs are stored yet' : `The pairs shown were found for ${f.storedFor.toLocaleString('en')} of the case’s ${f.articles.toLocaleString('en')} articles`;
  return `${shown}: the latest matching could not be stored (${f.reason === 'storage-full' ? 'storage is full' : 'storage error'}). Your verdicts are all kept.`;
}

export function MatchingFailureDialog(props: { failure: MatchingFailure; onRetry: () => void; onClose: () => void }) {
  const { failure } = props;
  return (
    <Modal title={failure.reason === 'storage-full' ? 'Storage is full' : 'Matching could not be stored'} onClose={props.onClose} testId="matching-failure">
      <p role="alert">
        {failure.reason === 'storage-full'
          ? `The browser refused to store the pairs found for the ${failure.articles.toLocaleString('en')} articles of this case: its storage is full.`
          : `The pairs found for the ${failure.articles.toLocaleString('en')} articles of this case could not be stored: ${failure.message}.`}
      </p>
      <p>
        {failure.storedFor === null
          ? 'Review has no pairs for this case yet.'
          : `Review still shows the pairs found earlier for ${failure.storedFor.toLocaleString('en')} articles, and says so.`}{' '}
        Every article and verdict you stored is kept. Free disk space, or delete a case you no longer need, then try again.
      </p>
      <div className="modal-actions">
        <button type="button" className="primary" autoFocus onClick={props.onRetry}>Try again</button>
        <button type="button" onClick={props.onClose}>Close</button>
      </div>
    </Modal>
  );
}
