/** The case switcher in the toolbar: pick a case, create, rename or delete one. */
import type { CaseRecord } from '../../db/records';

export function CaseBar(props: {
  cases: CaseRecord[];
  currentId: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
  onRename: () => void;
  onDelete: () => void;
}) {
  const { cases, currentId } = props;
  return (
    <div className="casebar" role="group" aria-label="Case">
      <label className="visually-hidden" htmlFor="case-select">Current case</label>
      <select id="case-select" value={currentId ?? ''} onChange={(e) => props.onSelect(e.target.value)} disabled={cases.length === 0}>
        {cases.length === 0 && <option value="">No case yet</option>}
        {cases.map((c) => (
          <option key={c.id} value={c.id}>{c.name}</option>
        ))}
      </select>
      <button type="button" onClick={props.onNew}>New case</button>
      <button type="button" onClick={props.onRename} disabled={!currentId}>Rename</button>
      <button type="button" onClick={props.onDelete} disabled={!currentId}>Delete</button>
    </div>
  );
}
