/** Name a new case, rename one, or confirm deleting one. */
import { useState, type FormEvent } from 'react';
import { Modal } from '../../components/Modal';

export function CaseNameDialog(props: {
  title: string;
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  onClose: () => void;
  label?: string;
  placeholder?: string;
}) {
  const [name, setName] = useState(props.initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) props.onSubmit(name.trim());
  };
  return (
    <Modal title={props.title} onClose={props.onClose} testId="case-name-dialog">
      <form onSubmit={submit} className="modal-form">
        <label>
          {props.label ?? 'Case name'}
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder={props.placeholder ?? 'e.g. Titan submersible, June 2023'} maxLength={200} />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={props.onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={!name.trim()}>{props.submitLabel}</button>
        </div>
      </form>
    </Modal>
  );
}

export function ConfirmDeleteDialog(props: { caseName: string; articleCount: number; onConfirm: () => void; onClose: () => void }) {
  return (
    <Modal title="Delete this case?" onClose={props.onClose} testId="confirm-delete-dialog">
      <p>
        “{props.caseName}” and its {props.articleCount} article{props.articleCount === 1 ? '' : 's'} will be removed. You can
        undo this until you close the app.
      </p>
      <div className="modal-actions">
        <button type="button" onClick={props.onClose} autoFocus>Keep it</button>
        <button type="button" className="danger" onClick={props.onConfirm}>Delete case</button>
      </div>
    </Modal>
  );
}
