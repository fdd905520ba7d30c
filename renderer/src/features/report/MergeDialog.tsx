/**
 * Offering to merge a colleague's bundle of a case already in the library (issue 19): what it brings
 * (articles, verdicts, second opinions, disagreements) before anything is stored.
 */
import type { ReviewBundle } from '../../../../shared/report/bundle';
import type { MergePlan } from '../../../../shared/review/merge';
import { Modal } from '../../components/Modal';

const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

export function MergeDialog(props: { file: string; caseName: string; plan: MergePlan<ReviewBundle['articles'][number]>; onMerge: () => void; onClose: () => void }) {
  const { plan } = props;
  const nothing = plan.articles.length + plan.verdicts.length + plan.opinions.length === 0;
  return (
    <Modal title={`Merge this review into “${props.caseName}”?`} onClose={props.onClose} testId="merge-dialog">
      <p>
        <span className="mono">{props.file}</span> is a bundle of a case already in your library
        {plan.reviewers.length > 0 && <> (reviewed by {plan.reviewers.join(', ')})</>}. Merging keeps everything of both sides; it
        can be undone.
      </p>
      <ul className="merge-summary" data-testid="merge-summary">
        <li data-testid="merge-articles">{n(plan.articles.length, 'article')} new to this case (matched by SHA-256)</li>
        <li data-testid="merge-verdicts">{n(plan.verdicts.length, 'verdict')} on pairs not reviewed here, with their reviewer and time</li>
        <li data-testid="merge-disagreements" className={plan.disagreements ? 'bad' : undefined}>
          {n(plan.disagreements, 'disagreement')}: pairs judged otherwise here; both verdicts are kept and listed under “Disagreements”
        </li>
        {plan.opinions.length > plan.disagreements && <li>{n(plan.opinions.length - plan.disagreements, 'other note')} on verdicts that agree, kept beside yours</li>}
        <li>{n(plan.agreements, 'verdict')} already the same here</li>
      </ul>
      <div className="modal-actions">
        <button type="button" onClick={props.onClose}>Cancel</button>
        <button type="button" className="primary" onClick={props.onMerge} disabled={nothing} autoFocus>
          {nothing ? 'Nothing to merge' : 'Merge'}
        </button>
      </div>
    </Modal>
  );
}
