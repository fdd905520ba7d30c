/** The status-bar line for matching: progress while it runs, then the case's overlap counts, a link to Review. */
import type { MatchingState } from './useMatching';

export function MatchStatus(props: { state: MatchingState; counts: { pairs: number; conflicts: number } | undefined; onOpen: () => void }) {
  const { running, error } = props.state;
  if (error) return <span className="bad" role="alert">{error}</span>;
  if (running) {
    return (
      <span className="match-progress" role="status" aria-live="polite" data-testid="match-progress">
        Finding overlaps {running.done.toLocaleString('en')} / {running.total.toLocaleString('en')} articles
        <progress max={running.total || 1} value={running.done} aria-label="Finding overlaps" />
      </span>
    );
  }
  if (!props.counts) return null;
  const { pairs, conflicts } = props.counts;
  const text = `${pairs.toLocaleString('en')} overlapping pair${pairs === 1 ? '' : 's'}${conflicts > 0 ? ` · ${conflicts.toLocaleString('en')} possible conflict${conflicts === 1 ? '' : 's'}` : ''}`;
  if (pairs === 0) return <span data-testid="match-status">{text}</span>;
  return (
    <button type="button" className="link status-link" data-testid="match-status" title="Review them" onClick={props.onOpen}>
      {text}
    </button>
  );
}
