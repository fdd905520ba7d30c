/**
 * The workbench shell: a toolbar, the library pane on the left, the main area, and a status bar.
 * Features plug into these regions; this file only lays them out.
 */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/api/contract';
import { api } from '../bridge';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api.getAppInfo().then(setInfo);
  }, []);

  return (
    <div className="shell">
      <header className="toolbar" role="banner">
        <h1 className="brand">Corroborate</h1>
      </header>
      <nav className="library" aria-label="Library">
        <h2 className="pane-title">Library</h2>
        <p className="empty">No articles yet.</p>
      </nav>
      <main className="workspace" aria-label="Workspace">
        <section className="welcome">
          <h2>Find where the reports agree, and where they don&rsquo;t.</h2>
          <p>Import the articles you gathered about one event. Corroborate finds the claims and quotes they share.</p>
        </section>
      </main>
      <footer className="statusbar" role="contentinfo">
        <span data-testid="edition">{info ? `${info.edition === 'desktop' ? 'Desktop' : 'Browser'} edition` : '…'}</span>
        <span>{info ? `v${info.version}` : ''}</span>
      </footer>
    </div>
  );
}
