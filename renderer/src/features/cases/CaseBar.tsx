/** The case switcher in the toolbar: pick a case; create, rename or delete one from its menu. */
import { MenuButton } from '../../components/MenuButton';
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
      <MenuButton label="Case" accessibleName="Case actions" items={[
        { label: 'New case…', onSelect: props.onNew },
        { label: 'Rename case…', onSelect: props.onRename, disabled: !currentId },
        { label: 'Delete case…', onSelect: props.onDelete, disabled: !currentId },
      ]} />
    </div>
  );
}
