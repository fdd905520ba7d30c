/**
 * The workbench shell: toolbar (case and import), the library pane, the main area and the status bar.
 * Features plug into these regions; this file wires them to the current case.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, DroppedItems } from '../../../shared/api/contract';
import { api } from '../bridge';
import { db } from '../db/AppDB';
import { createCase, deleteCase, purgeDeletedCases, renameCase, restoreCase } from '../db/cases';
import { restoreArticle } from '../db/articles';
import { useArticles, useCases } from '../db/hooks';
import { undoMerge } from '../db/merge';
import type { ArticleRecord, MergeRecord, TextRecord } from '../db/records';
import { CaseBar } from '../features/cases/CaseBar';
import { CaseNameDialog, ConfirmDeleteDialog } from '../features/cases/CaseDialogs';
import { DropZone } from '../features/import/DropZone';
import { ImportProgress } from '../features/import/ImportProgress';
import { ImportSummary } from '../features/import/ImportSummary';
import { PasteDialog, isTypingTarget, type Clipboard } from '../features/import/PasteDialog';
import { useImport } from '../features/import/useImport';
import { ArticleReader } from '../features/library/ArticleReader';
import { LibraryPane } from '../features/library/LibraryPane';
import { MatchingFailureDialog, staleReviewSentence } from '../features/matching/MatchingFailure';
import { MatchStatus } from '../features/matching/MatchStatus';
import { useMatching, usePairCounts } from '../features/matching/useMatching';
import { ReviewView } from '../features/review/ReviewView';
import { CompareView } from '../features/compare/CompareView';
import { ExportMenu } from '../features/report/ExportMenu';
import { useOpenBundle } from '../features/report/OpenBundle';
import { MenuButton } from '../components/MenuButton';
import { ConnectionNotice, StorageStatus } from '../features/storage/StorageGuard';
import { NavigateContext, VIEWS, type Place, type Target, type View } from './navigation';
import { isString, oneOf, useCaseSetting } from './useCaseSetting';
import { useStoredState } from './useStoredState';

type Dialog = null | 'new' | 'rename' | 'delete' | 'paste';

// Cases deleted in an earlier session are purged once, at start.
const purged = purgeDeletedCases(db).catch(() => 0);

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const cases = useCases();
  const [storedCaseId, setCaseId] = useStoredState('corroborate.case');
  const current = cases?.find((c) => c.id === storedCaseId) ?? cases?.[0] ?? null;
  const caseId = current?.id ?? null;
  const articles = useArticles(caseId);
  // Where the reviewer was in each case (view, article) survives a reload, as the views' own state does.
  const [selectedId, setSelectedId] = useCaseSetting<string | null>(caseId, 'read.article', null, isString);
  const selected = articles?.find((a) => a.id === selectedId) ?? null;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [undo, setUndo] = useState<{ id: string; name: string } | null>(null);
  const [removed, setRemoved] = useState<{ article: ArticleRecord; text: TextRecord } | null>(null);
  const [view, setView] = useCaseSetting<View>(caseId, 'view', 'read', oneOf(...VIEWS));
  const [notice, setNotice] = useState<string | null>(null);
  const [clipboard, setClipboard] = useState<Clipboard | null>(null);
  const reviewing = view !== 'read' && caseId !== null;

  // Going to a place in another view: the view opens and is told where (a serial per request).
  const serial = useRef(0);
  const [targets, setTargets] = useState<{ [V in View]: Target<Extract<Place, { view: V }>> | null }>({ read: null, compare: null, review: null });
  const navigate = useCallback(
    (place: Place) => {
      const target = { ...place, serial: ++serial.current };
      setTargets((t) => ({ ...t, [place.view]: target }));
      if (place.view === 'read') setSelectedId(place.articleId);
      setView(place.view);
    },
    [setSelectedId, setView],
  );

  useEffect(() => {
    void api.getAppInfo().then(setInfo);
    void purged;
  }, []);

  const ensureCase = useCallback(async () => {
    if (caseId) return caseId;
    const created = await createCase(db, 'Untitled case');
    setCaseId(created.id);
    return created.id;
  }, [caseId, setCaseId]);
  const importer = useImport(ensureCase);
  const matching = useMatching(importer.progress ? null : caseId, articles);
  const pairCounts = usePairCounts(caseId);
  // The failure the dialog was closed on: the status bar and Review keep saying it, the dialog does not.
  const [dismissedFailure, setDismissedFailure] = useState<object | null>(null);
  const closeFailure = useCallback(() => setDismissedFailure(matching.failure), [matching.failure]);
  const { run } = importer;
  const busy = importer.progress !== null;

  useEffect(() => api.onOpenFiles((batch) => void run(async () => batch)), [run]);
  const onDrop = useCallback((dropped: DroppedItems) => void run((p) => api.readDroppedFiles(dropped, p)), [run]);

  // Ctrl/Cmd+V on the library, with no field focused and no dialog open: paste an article.
  const library = view === 'read';
  const quiet = !busy && dialog === null && importer.summary === null;
  useEffect(() => {
    if (!library || !quiet) return;
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      const html = event.clipboardData?.getData('text/html') || null;
      if (!text.trim() && !html) return;
      event.preventDefault();
      setClipboard({ text: text.replace(/\r\n?/g, '\n'), html });
      setDialog('paste');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [library, quiet]);

  const closeDialog = useCallback(() => {
    setDialog(null);
    setClipboard(null);
  }, []);
  const closeSummary = importer.dismiss;
  const [merged, setMerged] = useState<{ merge: MergeRecord; caseName: string } | null>(null);
  const bundle = useOpenBundle({ onMessage: setNotice, onOpened: (id) => { setCaseId(id); }, onMerged: (merge, caseName) => setMerged({ merge, caseName }) });
  // The pairs found once matching has covered every article the import stored.
  const { matched } = matching;
  const found =
    importer.summary && matched && matched.caseId === caseId && !matching.running && importer.summary.imported.every((a) => matched.articleIds.has(a.id))
      ? { pairs: matched.pairs }
      : null;

  return (
    <div className={`shell${reviewing ? ' review-mode' : ''}`}>
      <header className="toolbar" role="banner">
        <h1 className="brand">Corroborate</h1>
        <CaseBar
          cases={cases ?? []}
          currentId={caseId}
          onSelect={setCaseId}
          onNew={() => setDialog('new')}
          onRename={() => setDialog('rename')}
          onDelete={() => setDialog('delete')}
        />
        <div role="group" aria-label="View" className="view-switch">
          <button type="button" aria-pressed={view === 'read'} onClick={() => setView('read')}>Read</button>
          <button type="button" aria-pressed={view === 'compare'} onClick={() => setView('compare')} disabled={!caseId}>Compare</button>
          <button type="button" aria-pressed={view === 'review'} onClick={() => setView('review')} disabled={!caseId}>
            Review{pairCounts ? ` (${pairCounts.pairs.toLocaleString('en')})` : ''}
          </button>
        </div>
        <span className="spacer" />
        <div role="group" aria-label="Import" className="import-buttons">
          <button type="button" className="primary" disabled={busy} onClick={() => void run((p) => api.pickArticleFiles({ mode: 'files' }, p))}>
            Import files…
          </button>
          <MenuButton label="More" accessibleName="More ways to import" items={[
            { label: 'Import folder…', disabled: busy, onSelect: () => void run((p) => api.pickArticleFiles({ mode: 'folder' }, p)) },
            { label: 'Paste text…', disabled: busy, onSelect: () => setDialog('paste') },
            { label: 'Open bundle…', onSelect: bundle.open },
          ]} />
          {bundle.ui}
        </div>
        <ExportMenu caseId={caseId} onDone={setNotice} />
      </header>
      <nav className="library" aria-label="Library" hidden={reviewing}>
        <h2 className="pane-title">{current ? current.name : 'Library'}</h2>
        <LibraryPane caseId={caseId} articles={articles ?? []} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
      </nav>
      {/* The workspace scrolls (the reader's article): focusable, so the keyboard can scroll it (axe scrollable-region-focusable). */}
      <main className="workspace" aria-label="Workspace" tabIndex={0}>
        <NavigateContext.Provider value={navigate}>
          {reviewing && caseId && view === 'compare' ? (
            <CompareView caseId={caseId} articles={articles ?? []} target={targets.compare} />
          ) : reviewing && caseId ? (
            <ReviewView caseId={caseId} articles={articles ?? []} target={targets.review}
              matchingProblem={matching.failure ? staleReviewSentence(matching.failure) : null} onRetryMatching={matching.retry} />
          ) : selected ? (
            <ArticleReader article={selected} target={targets.read} onRemoved={(removed) => { setRemoved(removed); setSelectedId(null); }} />
          ) : (
            <section className="welcome">
              <h2>Find where the reports agree, and where they don&rsquo;t.</h2>
              <p>
                {articles && articles.length > 0
                  ? 'Choose an article in the library to read it with its provenance.'
                  : 'Import the articles you gathered about one event: saved web pages (HTML or MHTML), PDF and Word files, e-mails, text, Markdown or JSON. Drop files or whole folders on the window, use Import, or paste text with Ctrl/⌘+V.'}
              </p>
              {pairCounts && pairCounts.pairs > 0 && (
                <p>
                  <button type="button" className="primary" onClick={() => setView('review')}>
                    Review {pairCounts.pairs.toLocaleString('en')} pair{pairCounts.pairs === 1 ? '' : 's'}
                  </button>{' '}
                  <button type="button" onClick={() => setView('compare')}>Compare articles</button>
                </p>
              )}
            </section>
          )}
        </NavigateContext.Provider>
      </main>
      <footer className="statusbar" role="contentinfo">
        <span data-testid="edition">{info ? `${info.edition === 'desktop' ? 'Desktop' : 'Browser'} edition` : '…'}</span>
        <span>{info ? `v${info.version}` : ''}</span>
        <MatchStatus state={matching} counts={pairCounts} onOpen={() => setView('review')} />
        <StorageStatus />
        <span className="grow" />
        {importer.progress && <ImportProgress progress={importer.progress} onCancel={importer.cancel} />}
        {undo && (
          <span className="toast" role="status" data-testid="undo-toast">
            Deleted “{undo.name}”.
            <button type="button" onClick={() => void restoreCase(db, undo.id).then(() => { setCaseId(undo.id); setUndo(null); })}>Undo</button>
          </span>
        )}
        {removed && (
          <span className="toast" role="status" data-testid="undo-remove-toast">
            Removed “{removed.article.title.slice(0, 60)}”.
            <button type="button" onClick={() => void restoreArticle(db, removed).then(() => { setSelectedId(removed.article.id); setRemoved(null); })}>Undo</button>
          </span>
        )}
        {merged && (
          <span className="toast" role="status" data-testid="undo-merge-toast">
            Merged {merged.merge.source} into “{merged.caseName.slice(0, 40)}”.
            <button type="button" onClick={() => void undoMerge(db, merged.merge.id).then((r) => {
              setMerged(null);
              setNotice(`Undid the merge of ${merged.merge.source}${r.keptNewer ? `; kept ${r.keptNewer} verdict${r.keptNewer === 1 ? '' : 's'} changed since` : ''}.`);
            })}>Undo merge</button>
          </span>
        )}
        {notice && <span role="status" data-testid="notice">{notice}</span>}
        <span data-testid="article-count">{articles ? `${articles.length.toLocaleString('en')} article${articles.length === 1 ? '' : 's'}` : ''}</span>
      </footer>

      <DropZone onDrop={onDrop} disabled={busy} />
      <ConnectionNotice />
      {importer.summary && (
        <ImportSummary summary={importer.summary} found={found} onClose={closeSummary}
          onReview={() => { closeSummary(); setView('review'); }}
          onCompare={() => { closeSummary(); setView('compare'); }} />
      )}
      {matching.failure && matching.failure !== dismissedFailure && !importer.summary && (
        <MatchingFailureDialog failure={matching.failure} onRetry={matching.retry} onClose={closeFailure} />
      )}
      {dialog === 'paste' && (
        <PasteDialog initial={clipboard} onClose={closeDialog}
          onImport={(paste) => {
            closeDialog();
            void run(() => api.parsePastedText(paste));
          }} />
      )}
      {dialog === 'new' && (
        <CaseNameDialog title="New case" initial="" submitLabel="Create case" onClose={closeDialog}
          onSubmit={(name) => void createCase(db, name).then((c) => { setCaseId(c.id); setDialog(null); })} />
      )}
      {dialog === 'rename' && current && (
        <CaseNameDialog title="Rename case" initial={current.name} submitLabel="Rename" onClose={closeDialog}
          onSubmit={(name) => void renameCase(db, current.id, name).then(() => setDialog(null))} />
      )}
      {dialog === 'delete' && current && (
        <ConfirmDeleteDialog caseName={current.name} articleCount={articles?.length ?? 0} onClose={closeDialog}
          onConfirm={() => void deleteCase(db, current.id).then(() => { setUndo({ id: current.id, name: current.name }); setDialog(null); })} />
      )}
    </div>
  );
}
