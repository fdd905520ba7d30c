/**
 * The review queue: every pair of the case in review order, searchable, sortable and filterable, with
 * the selected pair in detail. Keyboard: j/k (or the listbox keys in the list) next/previous,
 * c consistent, x conflicting, u unclear, n note, z undo, ? keys. The filters, the sort, the tab and
 * the selected pair are kept per case, so a reload comes back to the same place.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { PairRecord } from '../../../../shared/match/records';
import { VERDICT_LABELS, type VerdictValue } from '../../../../shared/review/verdicts';
import type { Place, Target } from '../../app/navigation';
import { isString, oneOf, useCaseSetting } from '../../app/useCaseSetting';
import { useStoredState } from '../../app/useStoredState';
import { listboxMove } from '../../components/listbox-keys';
import { Modal } from '../../components/Modal';
import { caseKeyPrefix, db } from '../../db/AppDB';
import type { ArticleRecord } from '../../db/records';
import { byId } from '../../../../shared/match/order';
import { usePairs } from '../../db/usePairs';
import { setClusterVerdict, setNote, setVerdict, undoLast } from '../../db/verdicts';
import { ClusterDetail } from './ClusterDetail';
import { CaseNameDialog } from '../cases/CaseDialogs';
import { filterQueue, NO_FILTER, SORTS, sortQueue, withDefaults, type QueueSort } from './filter';
import { QueueTools } from './QueueTools';
import { NOTE_ID, PairDetail } from './PairDetail';

const ROW_HEIGHT = 64;

const anyValue = (v: unknown): v is unknown => v !== undefined;

export function ReviewView(props: { caseId: string; articles: readonly ArticleRecord[]; target: Target<Extract<Place, { view: 'review' }>> | null }) {
  const { caseId } = props;
  const pairs = usePairs(caseId);
  const verdictList = useLiveQuery(() => db.verdicts.where(':id').startsWith(caseKeyPrefix(caseId)).toArray(), [caseId]);
  const verdicts = useMemo(() => new Map((verdictList ?? []).map((v) => [v.id, v])), [verdictList]);
  const articles = useMemo(() => new Map(props.articles.map((a) => [a.id, a])), [props.articles]);
  const [storedFilter, setFilter] = useCaseSetting<unknown>(caseId, 'review.filter', NO_FILTER, anyValue);
  const filter = useMemo(() => withDefaults(storedFilter), [storedFilter]);
  const [sort, setSort] = useCaseSetting<QueueSort>(caseId, 'review.sort', 'review', oneOf(...SORTS));
  const visible = useMemo(() => sortQueue(filterQueue(pairs ?? [], verdicts, filter, articles), sort, articles), [pairs, verdicts, filter, articles, sort]);
  const [currentId, setCurrentId] = useCaseSetting<string | null>(caseId, 'review.pair', null, isString);
  const found = visible.findIndex((p) => p.id === currentId);
  const index = found >= 0 ? found : 0;
  const current: PairRecord | undefined = visible[index];
  const [reviewer, setReviewer] = useStoredState('corroborate.reviewer');
  const [askName, setAskName] = useState<VerdictValue | null>(null);
  const [help, setHelp] = useState(false);
  // The latest verdict write: a note typed right after a verdict key waits for it.
  const pendingVerdict = useRef<Promise<unknown>>(Promise.resolve());
  const [mode, setMode] = useCaseSetting<'pairs' | 'clusters'>(caseId, 'review.mode', 'pairs', oneOf('pairs', 'clusters'));
  // Clusters come from the matching Worker with the pairs; the tab reads the stored ones.
  const clusters = useLiveQuery(
    async () => (mode === 'clusters' ? (await db.clusters.where(':id').startsWith(caseKeyPrefix(caseId)).toArray()).sort((x, y) => y.size - x.size || byId(x, y)) : null),
    [mode, caseId],
  );
  const [clusterId, setClusterId] = useCaseSetting<string | null>(caseId, 'review.cluster', null, isString);
  const cluster = clusters?.find((c) => c.id === clusterId) ?? clusters?.[0];
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });

  const go = useCallback(
    (to: number) => {
      const next = visible[Math.max(0, Math.min(visible.length - 1, to))];
      if (!next) return;
      setCurrentId(next.id);
      virtualizer.scrollToIndex(visible.indexOf(next), { align: 'auto' });
    },
    [visible, virtualizer, setCurrentId],
  );

  // Asked to show a pair (from the reader): select it, clearing filters that hide it.
  const { target } = props;
  const [seenTarget, setSeenTarget] = useState<number | null>(null);
  if (target && target.serial !== seenTarget && pairs) {
    setSeenTarget(target.serial);
    if (mode !== 'pairs') setMode('pairs');
    if (target.pairId) {
      setCurrentId(target.pairId);
      if (!visible.some((p) => p.id === target.pairId)) setFilter(NO_FILTER);
    }
  }
  // The selected row is scrolled into view when the list first has it (after a reload, a target).
  const shownIndex = useRef<number | null>(null);
  useEffect(() => {
    if (!current || mode !== 'pairs' || shownIndex.current === index) return;
    shownIndex.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [current, index, mode, virtualizer]);

  const onListKey = (event: ReactKeyboardEvent) => {
    const pageSize = Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT);
    const next = listboxMove(event.key, index, visible.length, pageSize);
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    go(next);
  };

  const decide = useCallback(
    (v: VerdictValue, name = reviewer) => {
      const target = mode === 'clusters' ? cluster : current;
      if (!target) return;
      if (!name) {
        setAskName(v);
        return;
      }
      if (mode === 'clusters' && cluster) pendingVerdict.current = setClusterVerdict(db, { caseId, pairIds: cluster.pairIds, verdict: v, reviewer: name });
      else if (current) pendingVerdict.current = setVerdict(db, { caseId, pairId: current.id, verdict: v, reviewer: name });
    },
    [current, cluster, mode, reviewer, caseId],
  );

  const undo = useCallback(async () => {
    const pairId = await undoLast(db, caseId);
    if (pairId) setCurrentId(pairId);
  }, [caseId, setCurrentId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (target?.closest('input, textarea, select, [contenteditable="true"]') || document.querySelector('dialog[open]')) return;
      const actions: Record<string, () => void> = {
        j: () => go(index + 1),
        k: () => go(index - 1),
        c: () => decide('consistent'),
        x: () => decide('conflicting'),
        u: () => decide('unclear'),
        n: () => document.getElementById(NOTE_ID)?.focus(),
        z: () => void undo(),
        '?': () => setHelp((h) => !h),
      };
      const action = actions[e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, decide, undo]);

  if (!pairs) return <p className="empty">Loading pairs…</p>;
  const reviewed = pairs.filter((p) => verdicts.has(p.id)).length;

  return (
    <div className="review" data-testid="review-view">
      <div className="queue">
        <div className="queue-mode" role="group" aria-label="Review by">
          <button type="button" aria-pressed={mode === 'pairs'} onClick={() => setMode('pairs')}>Pairs</button>
          <button type="button" aria-pressed={mode === 'clusters'} onClick={() => setMode('clusters')}>
            Clusters{clusters ? ` (${clusters.length})` : ''}
          </button>
        </div>
        {mode === 'clusters' ? (
          <ul className="cluster-list" aria-label="Clusters" data-testid="cluster-list">
            {(clusters ?? []).map((c) => (
              <li key={c.id}>
                <button type="button" className={`cluster-row${c === cluster ? ' selected' : ''}`} aria-pressed={c === cluster} onClick={() => setClusterId(c.id)}>
                  <span className="pair-row-head">
                    <strong>{c.articleIds.length} articles</strong>
                    <span className="muted">{c.wordings.length} wording{c.wordings.length === 1 ? '' : 's'}</span>
                  </span>
                  <span className="pair-row-text">{c.wordings[0]!.text}</span>
                </button>
              </li>
            ))}
            {clusters?.length === 0 && <li className="empty">No claim appears in three or more articles yet.</li>}
          </ul>
        ) : (
        <>
        <QueueTools pairs={pairs} articles={articles} filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} />
        <p className="queue-progress" data-testid="review-progress" aria-live="polite">
          {reviewed.toLocaleString('en')} of {pairs.length.toLocaleString('en')} reviewed
          {visible.length !== pairs.length && ` · showing ${visible.length.toLocaleString('en')}`}
          <button type="button" className="link" onClick={() => setHelp(true)}>Keys <kbd>?</kbd></button>
        </p>
        <div ref={scroller} className="queue-list" role="listbox" aria-label="Pairs to review" tabIndex={0} onKeyDown={onListKey}
          aria-activedescendant={current ? `pair-${index}` : undefined}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((row) => {
              const p = visible[row.index]!;
              const v = verdicts.get(p.id);
              return (
                <div key={p.id} id={`pair-${row.index}`} role="option" aria-selected={p === current} data-testid="pair-row"
                  className={`pair-row${p === current ? ' selected' : ''}`} onClick={() => setCurrentId(p.id)}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}>
                  <span className="pair-row-head">
                    <span className="muted">#{row.index + 1}</span>
                    <span className={`kind kind-${p.kind}`}>{p.kind}</span>
                    {p.suggestion === 'conflict' && <span className="badge flag-number">possible conflict</span>}
                    {v ? <span className={`badge verdict-badge verdict-${v.verdict}`}>{VERDICT_LABELS[v.verdict]}</span> : <span className="muted">unreviewed</span>}
                  </span>
                  <span className="pair-row-text">{p.a.text}</span>
                </div>
              );
            })}
          </div>
        </div>
        </>
        )}
      </div>
      <div className="pair-pane">
        {mode === 'clusters' ? (
          cluster ? (
            <ClusterDetail cluster={cluster} articles={articles} verdicts={verdicts} onVerdict={(v) => decide(v)} />
          ) : (
            <p className="empty">No clusters yet.</p>
          )
        ) : current ? (
          <PairDetail key={current.id} pair={current} index={index} total={visible.length} articles={articles} verdict={verdicts.get(current.id)}
            onVerdict={(v) => decide(v)}
            onNote={(note) => {
              const pairId = current.id;
              void pendingVerdict.current.then(() => (reviewer ? setNote(db, pairId, note, reviewer) : undefined));
            }} />
        ) : (
          <p className="empty">{pairs.length ? 'No pair matches these filters.' : 'No overlapping claims found yet. Import more articles about the same story.'}</p>
        )}
      </div>
      {askName && (
        <CaseNameDialog title="Who is reviewing?" initial="" submitLabel="Save name" onClose={() => setAskName(null)}
          label="Your name (recorded with each verdict)" placeholder="e.g. A. Fact-checker"
          onSubmit={(name) => {
            setReviewer(name);
            const v = askName;
            setAskName(null);
            decide(v, name);
          }} />
      )}
      {help && (
        <Modal title="Keyboard" onClose={() => setHelp(false)} testId="keys-help">
          <dl className="keys">
            <dt><kbd>j</kbd> / <kbd>k</kbd></dt><dd>next / previous pair</dd>
            <dt><kbd>c</kbd></dt><dd>Consistent</dd>
            <dt><kbd>x</kbd></dt><dd>Conflicting</dd>
            <dt><kbd>u</kbd></dt><dd>Unclear</dd>
            <dt><kbd>n</kbd></dt><dd>write a note (Enter saves, Esc leaves)</dd>
            <dt><kbd>z</kbd></dt><dd>undo the last change</dd>
            <dt><kbd>?</kbd></dt><dd>this list</dd>
          </dl>
          <div className="modal-actions"><button type="button" className="primary" onClick={() => setHelp(false)} autoFocus>Close</button></div>
        </Modal>
      )}
    </div>
  );
}

