/**
 * The review queue: every pair of the case in review order, searchable, sortable and filterable, then
 * the verdicts whose claims are no longer paired ("reviewed, no longer proposed", issue 16), with the
 * selected item in detail. Keyboard: j/k (or the listbox keys in the list) next/previous,
 * c consistent, x conflicting, u unclear, n note, z undo (this tab's changes only), ? keys. The
 * filters, the sort, the tab and the selected pair are kept per case, so a reload comes back to the
 * same place.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { PairRecord } from '../../../../shared/match/records';
import { VERDICT_LABELS, type Verdict, type VerdictValue } from '../../../../shared/review/verdicts';
import type { Place, Target } from '../../app/navigation';
import { isString, oneOf, useCaseSetting } from '../../app/useCaseSetting';
import { tabId } from '../../app/tab-id';
import { listboxMove } from '../../components/listbox-keys';
import { MenuButton } from '../../components/MenuButton';
import { Modal } from '../../components/Modal';
import { caseKeyPrefix, db } from '../../db/AppDB';
import type { ArticleRecord } from '../../db/records';
import { byId } from '../../../../shared/match/order';
import { useReviewer } from '../../db/settings';
import { claimsId, saveDraft } from '../../db/drafts';
import { describeUndo, setClusterVerdict, setNote, setVerdict, undoLast, type VerdictTarget } from '../../db/verdicts';
import { ClusterDetail } from './ClusterDetail';
import { ClusterList } from './ClusterList';
import { CaseNameDialog } from '../cases/CaseDialogs';
import { filterOrphans, filterQueue, NO_FILTER, SORTS, sortQueue, withDefaults, type QueueSort } from './filter';
import { OrphanDetail } from './OrphanDetail';
import { QueueTools } from './QueueTools';
import { PairDetail } from './PairDetail';
import { itemOfVerdict } from './item-of-verdict';
import { useReview } from './useReview';
import { warmDateParser } from './warm-dates';
import { NOTE_ID, type NoteSave } from './VerdictPanel';

const ROW_HEIGHT = 64;

const anyValue = (v: unknown): v is unknown => v !== undefined;

/** One row of the queue: a proposed pair (with its verdict, if any) or a verdict no longer proposed. */
type QueueItem = { kind: 'pair'; id: string; pair: PairRecord; verdict: Verdict | undefined } | { kind: 'orphan'; id: string; verdict: Verdict };

const NO_ORPHANS: Verdict[] = [];

export function ReviewView(props: {
  caseId: string;
  articles: readonly ArticleRecord[];
  target: Target<Extract<Place, { view: 'review' }>> | null;
  /** Said while the stored pairs are older than the articles (matching could not be stored). */
  matchingProblem?: string | null;
  onRetryMatching?: () => void;
}) {
  const { caseId } = props;
  const review = useReview(caseId);
  useEffect(warmDateParser, []);
  const pairs = review?.pairs;
  // Which pair shows which verdict: recomputed from the stored pairs and verdicts (shared/review/attach).
  const verdicts = review?.attachment.byPair;
  const orphans = review?.attachment.orphans ?? NO_ORPHANS;
  const articles = useMemo(() => new Map(props.articles.map((a) => [a.id, a])), [props.articles]);
  const bySha = useMemo(() => new Map(props.articles.map((a) => [a.sha256, a])), [props.articles]);
  const articleBySha = useCallback((sha: string) => bySha.get(sha), [bySha]);
  const [storedFilter, setFilter] = useCaseSetting<unknown>(caseId, 'review.filter', NO_FILTER, anyValue);
  const filter = useMemo(() => withDefaults(storedFilter), [storedFilter]);
  const [sort, setSort] = useCaseSetting<QueueSort>(caseId, 'review.sort', 'review', oneOf(...SORTS));
  // Verdicts a merged colleague judged otherwise: listed under "Disagreements" for a decision.
  const opinions = useLiveQuery(() => db.opinions.where(':id').startsWith(caseKeyPrefix(caseId)).toArray(), [caseId]);
  const disagreeing = useMemo(() => {
    const verdictOf = new Map((review?.verdicts ?? []).map((v) => [v.id, v.verdict]));
    return new Set((opinions ?? []).filter((o) => verdictOf.has(o.verdictId) && verdictOf.get(o.verdictId) !== o.verdict).map((o) => o.verdictId));
  }, [opinions, review?.verdicts]);
  const visible = useMemo<QueueItem[]>(() => {
    if (!pairs || !verdicts) return [];
    const shown: QueueItem[] = sortQueue(filterQueue(pairs, verdicts, filter, articles, disagreeing), sort, articles).map((p) => ({ kind: 'pair', id: p.id, pair: p, verdict: verdicts.get(p.id) }));
    for (const v of filterOrphans(orphans, filter, (sha) => bySha.get(sha)?.id, articles, disagreeing)) shown.push({ kind: 'orphan', id: `orphan:${v.id}`, verdict: v });
    return shown;
  }, [pairs, verdicts, orphans, filter, articles, bySha, sort, disagreeing]);
  const [currentId, setCurrentId] = useCaseSetting<string | null>(caseId, 'review.pair', null, isString);
  const found = visible.findIndex((item) => item.id === currentId);
  const index = found >= 0 ? found : 0;
  const current: QueueItem | undefined = visible[index];
  const [reviewer, saveReviewer] = useReviewer();
  const [askName, setAskName] = useState<{ verdict: VerdictValue; bulk: boolean } | null>(null);
  // Optional: after a verdict, go on to the next unreviewed pair (kept per case).
  const [advance, setAdvance] = useCaseSetting<boolean>(caseId, 'review.advance', false, (v): v is boolean => typeof v === 'boolean');
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The latest verdict write, and the item it was for: a note typed right after a verdict key goes on that verdict.
  const pendingVerdict = useRef<{ itemId: string; write: Promise<Verdict | undefined> } | null>(null);
  const tab = tabId();
  // This tab's writes (notes, verdicts, undo) run one at a time in the order they were asked for, so
  // keys pressed faster than the database answers give the same result as slow ones: a verdict key
  // pressed right after typing takes the note, and z takes back the change just made, not the one before.
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const inOrder = useCallback(<T,>(write: () => Promise<T>): Promise<T> => {
    const run = writes.current.then(write);
    writes.current = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }, []);
  // Each visit of a pair is one note-editing session: its saves as typed undo as one change.
  const [visit, setVisit] = useState({ itemId: '', n: 0 });
  if (current && visit.itemId !== current.id) setVisit({ itemId: current.id, n: visit.n + 1 });
  // The draft and the colleagues' verdicts of the item shown (by the id its claims have).
  const shownClaims = useLiveQuery(async () => {
    if (!current) return null;
    const id = current.kind === 'pair' ? (current.verdict?.id ?? (await claimsId(db, caseId, current.pair))) : current.verdict.id;
    const [draft, opinions] = await Promise.all([db.drafts.get(id), db.opinions.where('verdictId').equals(id).sortBy('at')]);
    return { itemId: current.id, draft: draft?.note, opinions };
  }, [current?.id, current?.verdict?.id, caseId]);
  const shown = shownClaims && shownClaims.itemId === current?.id ? shownClaims : undefined;
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
      if (!visible.some((item) => item.id === target.pairId)) setFilter(NO_FILTER);
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

  const failed = useCallback((err: unknown) => {
    setNotice(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }, []);

  const decide = useCallback(
    (v: VerdictValue, name = reviewer) => {
      if (mode === 'clusters' ? !cluster : !current) return;
      if (!name) {
        setAskName({ verdict: v, bulk: false });
        return;
      }
      setNotice(null);
      if (advance && mode === 'pairs' && current) {
        const after = [...visible.slice(index + 1), ...visible.slice(0, index)].find((item) => !item.verdict && item.id !== current.id);
        if (after) setCurrentId(after.id);
      }
      if (mode === 'clusters' && cluster) {
        // Looked up here, not kept in a map of every pair: building one on each new list cost a long task (issue 18).
        const wanted = new Set(cluster.pairIds);
        const pairById = new Map((pairs ?? []).filter((p) => wanted.has(p.id)).map((p) => [p.id, p]));
        const targets: VerdictTarget[] = cluster.pairIds.flatMap((id) => {
          const pair = pairById.get(id);
          return pair ? [{ verdictId: verdicts?.get(id)?.id, pair } as VerdictTarget] : [];
        });
        void inOrder(() => setClusterVerdict(db, { caseId, targets, verdict: v, reviewer: name, tab })).catch(failed);
      } else if (current) {
        const target: VerdictTarget = current.kind === 'pair' ? ({ verdictId: current.verdict?.id, pair: current.pair } as VerdictTarget) : { verdictId: current.verdict.id };
        pendingVerdict.current = { itemId: current.id, write: inOrder(() => setVerdict(db, { caseId, target, verdict: v, reviewer: name, tab })).catch(failed) };
      }
    },
    [current, cluster, mode, reviewer, caseId, pairs, verdicts, tab, failed, advance, visible, index, setCurrentId, inOrder],
  );

  // The unreviewed pairs the filters show, to give one verdict to all at once (one undo reverts it).
  const unreviewedShown = useMemo(() => visible.filter((item): item is Extract<QueueItem, { kind: 'pair' }> => item.kind === 'pair' && !item.verdict), [visible]);
  const decideAll = useCallback(
    (v: VerdictValue, name = reviewer) => {
      if (!name) {
        setAskName({ verdict: v, bulk: true });
        return;
      }
      const targets = unreviewedShown.map((item) => ({ pair: item.pair }) as VerdictTarget);
      if (targets.length === 0) return;
      void inOrder(() => setClusterVerdict(db, { caseId, targets, verdict: v, reviewer: name, tab })).then(
        () => setNotice(`Marked ${targets.length.toLocaleString('en')} pair${targets.length === 1 ? '' : 's'} ${VERDICT_LABELS[v]}; z undoes it.`),
        failed,
      );
    },
    [reviewer, unreviewedShown, caseId, tab, failed, inOrder],
  );

  const saveNote = useCallback(
    (item: QueueItem, note: string, base: string): Promise<NoteSave | undefined> => {
      // Read now, not when the write runs: a verdict asked for later must not be waited for (it waits for this).
      const verdictWrite = pendingVerdict.current?.itemId === item.id ? pendingVerdict.current.write : undefined;
      return inOrder(async (): Promise<NoteSave | undefined> => {
        let verdictId = item.verdict?.id ?? (await verdictWrite)?.id;
        if (!verdictId && item.kind === 'pair') {
          // No verdict yet: the note is kept as a draft on the two claims (issue 19).
          if (await saveDraft(db, { caseId, pair: item.pair, note })) return { status: 'draft' };
          verdictId = await claimsId(db, caseId, item.pair); // a verdict came meanwhile (another tab)
        }
        if (!verdictId || !reviewer) return undefined;
        return setNote(db, { verdictId, note, base, reviewer, tab, session: `${tab}:${visit.n}:${item.id}` });
      });
    },
    [reviewer, tab, caseId, visit, inOrder],
  );

  // The review as last rendered: undo reads it after its write, not as it was when z was pressed.
  const latestReview = useRef(review);
  useLayoutEffect(() => {
    latestReview.current = review;
  });
  const undo = useCallback(async () => {
    const result = await inOrder(() => undoLast(db, caseId, tab));
    if (!result) {
      setNotice('Nothing to undo in this tab.');
      return;
    }
    const kept = `${result.keptNewer === 1 ? 'a verdict' : `${result.keptNewer} verdicts`} as another tab or window changed ${result.keptNewer === 1 ? 'it' : 'them'} since.`;
    setNotice(result.undone.length === 0 ? `Undo kept ${kept}` : `${describeUndo(result.undone)}${result.keptNewer > 0 ? ` Kept ${kept}` : ''}`);
    // Selected by its claims: the live query may not have shown the verdict yet, or no longer has it.
    const change = result.undone.find((u) => (u.after ?? u.before)?.id === result.verdictId);
    setCurrentId(itemOfVerdict(latestReview.current, result.verdictId, change?.after ?? change?.before));
  }, [caseId, tab, setCurrentId, inOrder]);

  // The keys act on what is on screen: the actions are updated before paint, so a key pressed as soon
  // as a pair shows never reaches the previous one (an effect updated them only after paint).
  const keyActions = useRef<Record<string, () => void>>({});
  useLayoutEffect(() => {
    keyActions.current = {
      j: () => go(index + 1),
      k: () => go(index - 1),
      c: () => decide('consistent'),
      x: () => decide('conflicting'),
      u: () => decide('unclear'),
      n: () => document.getElementById(NOTE_ID)?.focus(),
      z: () => void undo(),
      '?': () => setHelp((h) => !h),
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (target?.closest('input, textarea, select, [contenteditable="true"]') || document.querySelector('dialog[open]')) return;
      const action = keyActions.current[e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!pairs || !verdicts) return <p className="empty">Loading pairs…</p>;
  const reviewed = verdicts.size + orphans.length;
  const total = pairs.length + orphans.length;

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
          <ClusterList clusters={clusters ?? null} selected={cluster} onSelect={setClusterId} />
        ) : (
        <>
        <QueueTools pairs={pairs} articles={articles} filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} />
        <p className="queue-progress" data-testid="review-progress" aria-live="polite">
          {reviewed.toLocaleString('en')} of {total.toLocaleString('en')} reviewed
          {orphans.length > 0 && ` · ${orphans.length.toLocaleString('en')} no longer proposed`}
          {disagreeing.size > 0 && ` · ${disagreeing.size.toLocaleString('en')} disagreement${disagreeing.size === 1 ? '' : 's'}`}
          {visible.length !== total && ` · showing ${visible.length.toLocaleString('en')}`}
          <button type="button" className="link" onClick={() => setHelp(true)}>Keys <kbd>?</kbd></button>
        </p>
        <div className="queue-actions">
          <MenuButton label={`Mark ${unreviewedShown.length.toLocaleString('en')} unreviewed listed`}
            accessibleName={`Mark ${unreviewedShown.length.toLocaleString('en')} unreviewed listed: one verdict for each`}
            disabled={unreviewedShown.length === 0}
            items={(['consistent', 'conflicting', 'unclear'] as const).map((v) => ({ label: `as ${VERDICT_LABELS[v]}`, onSelect: () => decideAll(v) }))} />
          <label className="advance">
            <input type="checkbox" checked={advance} onChange={(e) => setAdvance(e.target.checked)} /> Next unreviewed after a verdict
          </label>
        </div>
        {props.matchingProblem && (
          <p className="queue-warning" role="status" data-testid="review-stale">
            {props.matchingProblem}{' '}
            {props.onRetryMatching && <button type="button" className="link" onClick={props.onRetryMatching}>Try again</button>}
          </p>
        )}
        {notice && <p className="queue-notice" role="status" data-testid="review-notice">{notice}</p>}
        <div ref={scroller} className="queue-list" role="listbox" aria-label="Pairs to review" tabIndex={0} onKeyDown={onListKey}
          aria-activedescendant={current ? `pair-${index}` : undefined}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((row) => {
              const item = visible[row.index]!;
              const v = item.verdict;
              return (
                <div key={item.id} id={`pair-${row.index}`} role="option" aria-selected={item === current} data-testid={item.kind === 'pair' ? 'pair-row' : 'orphan-row'}
                  className={`pair-row${item === current ? ' selected' : ''}`} onClick={() => setCurrentId(item.id)}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}>
                  <span className="pair-row-head">
                    <span className="muted">#{row.index + 1}</span>
                    {item.kind === 'pair' ? (
                      <>
                        <span className={`kind kind-${item.pair.kind}`}>{item.pair.kind}</span>
                        {item.pair.suggestion === 'conflict' && <span className="badge flag-number">possible conflict</span>}
                      </>
                    ) : (
                      <span className="badge orphan-badge">no longer proposed</span>
                    )}
                    {v ? <span className={`badge verdict-badge verdict-${v.verdict}`}>{VERDICT_LABELS[v.verdict]}</span> : <span className="muted">unreviewed</span>}
                    {v && disagreeing.has(v.id) && <span className="badge disagreement-badge">disagreement</span>}
                  </span>
                  <span className="pair-row-text">{item.kind === 'pair' ? item.pair.a.text : item.verdict.anchors[0].exact}</span>
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
        ) : current?.kind === 'pair' ? (
          <PairDetail key={current.id} pair={current.pair} index={index} total={visible.length} articles={articles} verdict={current.verdict}
            draft={shown?.draft} opinions={shown?.opinions}
            onVerdict={(v) => decide(v)} onNote={(note, base) => saveNote(current, note, base).catch(failed)} />
        ) : current?.kind === 'orphan' ? (
          <OrphanDetail key={current.id} verdict={current.verdict} index={index} total={visible.length} articleBySha={articleBySha}
            onVerdict={(v) => decide(v)} onNote={(note, base) => saveNote(current, note, base).catch(failed)} />
        ) : (
          <p className="empty">{total ? 'No pair matches these filters.' : 'No overlapping claims found yet. Import more articles about the same story.'}</p>
        )}
      </div>
      {askName && (
        <CaseNameDialog title="Who is reviewing?" initial="" submitLabel="Save name" onClose={() => setAskName(null)}
          label="Your name (recorded with each verdict)" placeholder="e.g. A. Fact-checker"
          onSubmit={(name) => {
            const { verdict: v, bulk } = askName;
            // The dialog closes once the name is committed to the database, so it survives a crash.
            void saveReviewer(name).then(
              (clean) => {
                setAskName(null);
                if (bulk) decideAll(v, clean);
                else decide(v, clean);
              },
              (err: unknown) => failed(err),
            );
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
            <dt><kbd>z</kbd></dt><dd>undo the last change made in this tab</dd>
            <dt><kbd>?</kbd></dt><dd>this list</dd>
          </dl>
          <div className="modal-actions"><button type="button" className="primary" onClick={() => setHelp(false)} autoFocus>Close</button></div>
        </Modal>
      )}
    </div>
  );
}

