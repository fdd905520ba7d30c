/** Files done out of total while an import runs, with a cancel button. */
import type { ImportPhase } from './useImport';

export function ImportProgress(props: { progress: ImportPhase; onCancel: () => void }) {
  const { phase, done, total } = props.progress;
  const label = phase === 'reading' ? 'Reading files' : 'Storing articles';
  return (
    <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <span>{label}{total ? ` ${done.toLocaleString('en')} / ${total.toLocaleString('en')}` : '…'}</span>
      <progress max={total || 1} value={total ? done : undefined} aria-label={label} />
      <button type="button" onClick={props.onCancel}>Cancel</button>
    </div>
  );
}
