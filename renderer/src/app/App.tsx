/**
 * The workbench shell: toolbar (case and import), the library pane, the main area and the status bar.
 * Features plug into these regions; this file wires them to the current case.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, DroppedItems } from '../../../shared/api/contract';
import { api } from '../bridge';
import { db } from '../db/AppDB';
import { createCase, deleteCase, purgeDeletedCases, renameCase, restoreCase } from '../db/cases';
import { useArticles, useCases } from '../db/hooks';
import { CaseBar } from '../features/cases/CaseBar';
import { CaseNameDialog, ConfirmDeleteDialog } from '../features/cases/CaseDialogs';
import { DropZone } from '../features/import/DropZone';
import { ImportProgress } from '../features/import/ImportProgress';
import { ImportSummary } from '../features/import/ImportSummary';
import { useImport } from '../features/import/useImport';
import { ArticleReader } from '../features/library/ArticleReader';
import { LibraryPane } from '../features/library/LibraryPane';
import { MatchStatus } from '../features/matching/MatchStatus';
import { useMatching, usePairCounts } from '../features/matching/useMatching';
import { ReviewView } from '../features/review/ReviewView';
import { CompareView } from '../features/compare/CompareView';
import { ExportMenu } from '../features/report/ExportMenu';
import { OpenBundle } from '../features/report/OpenBundle';
import { ConnectionNotice, StorageStatus } from '../features/storage/StorageGuard';
import { useStoredState } from './useStoredState';

type Dialog = null | 'new' | 'rename' | 'delete';

// Cases deleted in an earlier session are purged once, at start.
const purged = purgeDeletedCases(db).catch(() => 0);

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const cases = useCases();
  const [storedCaseId, setCaseId] = useStoredState('corroborate.case');
  const current = cases?.find((c) => c.id === storedCaseId) ?? cases?.[0] ?? null;
  const caseId = current?.id ?? null;
  const articles = useArticles(caseId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = articles?.find((a) => a.id === selectedId) ?? null;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [undo, setUndo] = useState<{ id: string; name: string } | null>(null);
  const [view, setView] = useState<'read' | 'compare' | 'review'>('read');
  const [notice, setNotice] = useState<string | null>(null);
  const reviewing = view !== 'read' && caseId !== null;

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
  const { run } = importer;
  const busy = importer.progress !== null;

  useEffect(() => api.onOpenFiles((batch) => void run(async () => batch)), [run]);
  const onDrop = useCallback((dropped: DroppedItems) => void run((p) => api.readDroppedFiles(dropped, p)), [run]);

  const closeDialog = useCallback(() => setDialog(null), []);
  const closeSummary = importer.dismiss;

  return (
    <div className={`shell${reviewing ? ' review-mode' : ''}`}>
      <header className="toolbar" role="banner">
        <h1 className="brand">Corroborate</h1>
        <CaseBar
          cases={cases ?? []}
          currentId={caseId}
          onSelect={(id) => {
            setCaseId(id);
            setSelectedId(null);
          }}
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
        <ExportMenu caseId={caseId} onDone={setNotice} />
        <div role="group" aria-label="Import" className="import-buttons">
          <button type="button" className="primary" disabled={busy} onClick={() => void run((p) => api.pickArticleFiles({ mode: 'files' }, p))}>
            Import files…
          </button>
          <button type="button" disabled={busy} onClick={() => void run((p) => api.pickArticleFiles({ mode: 'folder' }, p))}>
            Import folder…
          </button>
          <OpenBundle onMessage={setNotice} onOpened={(id) => { setCaseId(id); setSelectedId(null); }} />
        </div>
      </header>
      <nav className="library" aria-label="Library" hidden={reviewing}>
        <h2 className="pane-title">{current ? current.name : 'Library'}</h2>
        <LibraryPane caseId={caseId} articles={articles ?? []} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
      </nav>
      <main className="workspace" aria-label="Workspace">
        {reviewing && caseId && view === 'compare' ? (
          <CompareView caseId={caseId} articles={articles ?? []} />
        ) : reviewing && caseId ? (
          <ReviewView caseId={caseId} articles={articles ?? []} />
        ) : selected ? (
          <ArticleReader article={selected} />
        ) : (
          <section className="welcome">
            <h2>Find where the reports agree, and where they don&rsquo;t.</h2>
            <p>
              {articles && articles.length > 0
                ? 'Choose an article in the library to read it with its provenance.'
                : 'Import the articles you gathered about one event: saved web pages, text, Markdown or JSON. Drop files or whole folders on the window, or use Import.'}
            </p>
          </section>
        )}
      </main>
      <footer className="statusbar" role="contentinfo">
        <span data-testid="edition">{info ? `${info.edition === 'desktop' ? 'Desktop' : 'Browser'} edition` : '…'}</span>
        <span>{info ? `v${info.version}` : ''}</span>
        <MatchStatus state={matching} counts={pairCounts} />
        <StorageStatus />
        <span className="grow" />
        {importer.progress && <ImportProgress progress={importer.progress} onCancel={importer.cancel} />}
        {undo && (
          <span className="toast" role="status" data-testid="undo-toast">
            Deleted “{undo.name}”.
            <button type="button" onClick={() => void restoreCase(db, undo.id).then(() => { setCaseId(undo.id); setUndo(null); })}>Undo</button>
          </span>
        )}
        {notice && <span role="status" data-testid="notice">{notice}</span>}
        <span data-testid="article-count">{articles ? `${articles.length.toLocaleString('en')} article${articles.length === 1 ? '' : 's'}` : ''}</span>
      </footer>

      <DropZone onDrop={onDrop} disabled={busy} />
      <ConnectionNotice />
      {importer.summary && <ImportSummary summary={importer.summary} onClose={closeSummary} />}
      {dialog === 'new' && (
        <CaseNameDialog title="New case" initial="" submitLabel="Create case" onClose={closeDialog}
          onSubmit={(name) => void createCase(db, name).then((c) => { setCaseId(c.id); setSelectedId(null); setDialog(null); })} />
      )}
      {dialog === 'rename' && current && (
        <CaseNameDialog title="Rename case" initial={current.name} submitLabel="Rename" onClose={closeDialog}
          onSubmit={(name) => void renameCase(db, current.id, name).then(() => setDialog(null))} />
      )}
      {dialog === 'delete' && current && (
        <ConfirmDeleteDialog caseName={current.name} articleCount={articles?.length ?? 0} onClose={closeDialog}
          onConfirm={() => void deleteCase(db, current.id).then(() => { setUndo({ id: current.id, name: current.name }); setSelectedId(null); setDialog(null); })} />
      )}
    </div>
  );
}
