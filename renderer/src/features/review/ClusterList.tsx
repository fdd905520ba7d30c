/**
 * The clusters tab's list: one row per claim told in three or more articles, largest first. Only the
 * rows in view are in the page (a 1,000-article case has hundreds of clusters), so leaving the tab
 * removes a few dozen rows, not all of them (issue 18: going back to the pairs was a long task).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ClusterRecord } from '../../db/records';

/** Each row's height in pixels: two lines, as a pair row. */
export const CLUSTER_ROW_HEIGHT = 64;

export function ClusterList(props: { clusters: readonly ClusterRecord[] | null; selected: ClusterRecord | undefined; onSelect: (id: string) => void }) {
  const { clusters, selected, onSelect } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const count = clusters?.length ?? 0;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => CLUSTER_ROW_HEIGHT, overscan: 10 });
  // The selected cluster is in view when the tab opens (it may be far down after a reload).
  const selectedIndex = selected && clusters ? clusters.indexOf(selected) : -1;
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current || selectedIndex < 0) return;
    shown.current = true;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div ref={scroller} className="cluster-list" data-testid="cluster-list">
      {clusters?.length === 0 ? (
        <p className="empty">No claim appears in three or more articles yet.</p>
      ) : (
        <div role="list" aria-label="Clusters" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const c = clusters![row.index]!;
            return (
              <div key={c.id} role="listitem" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: CLUSTER_ROW_HEIGHT, transform: `translateY(${row.start}px)` }}>
                <button type="button" className={`cluster-row${c === selected ? ' selected' : ''}`} aria-pressed={c === selected} onClick={() => onSelect(c.id)}>
                  <span className="pair-row-head">
                    <strong>{c.articleIds.length} articles</strong>
                    <span className="muted">
                      {c.wordings.length} wording{c.wordings.length === 1 ? '' : 's'}
                    </span>
                  </span>
                  <span className="pair-row-text">{c.wordings[0]!.text}</span>
                </button>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
