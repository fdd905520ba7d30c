/**
 * The case's articles: search, sort, and a virtualised list that stays fast with thousands of rows.
 * The listbox keys (arrows, Home, End, PageUp/PageDown) move through the list; click opens an article.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { listboxMove } from '../../components/listbox-keys';
import { caseKeyPrefix, db } from '../../db/AppDB';
import type { ArticleRecord } from '../../db/records';
import { filterArticles, searchWords, sortArticles, textMatches, type SortKey } from './sort-filter';

const ROW_HEIGHT = 58;

const count = (n: number) => n.toLocaleString('en');

export function LibraryPane(props: {
  caseId: string | null;
  articles: ArticleRecord[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('date');
  const deferredQuery = useDeferredValue(query);
  const words = useMemo(() => searchWords(deferredQuery), [deferredQuery]);
  const textHits = useLiveQuery(async () => {
    if (!props.caseId || words.length === 0) return new Set<string>();
    const hits = new Set<string>();
    await db.texts.where(':id').startsWith(caseKeyPrefix(props.caseId)).each((t) => {
      if (textMatches(t.text, words)) hits.add(t.id);
    });
    return hits;
  }, [props.caseId, words.join(' ')]);
  const visible = useMemo(
    () => sortArticles(filterArticles(props.articles, deferredQuery, textHits ?? new Set()), sort),
    [props.articles, deferredQuery, textHits, sort],
  );

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const selectedIndex = visible.findIndex((a) => a.id === props.selectedId);

  const onKeyDown = (event: KeyboardEvent) => {
    const pageSize = Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT);
    const next = listboxMove(event.key, selectedIndex, visible.length, pageSize);
    if (next === null) return;
    event.preventDefault();
    const article = visible[next];
    if (article) {
      props.onSelect(article.id);
      virtualizer.scrollToIndex(next);
    }
  };

  return (
    <>
      <div className="library-tools">
        <input type="search" placeholder="Search titles and text" aria-label="Search articles" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label>
          Sort
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)} aria-label="Sort articles by">
            <option value="date">Date</option>
            <option value="outlet">Outlet</option>
            <option value="title">Title</option>
          </select>
        </label>
      </div>
      <p className="library-count" aria-live="polite" data-testid="library-count">
        {words.length ? `${count(visible.length)} of ${count(props.articles.length)} articles` : `${count(props.articles.length)} article${props.articles.length === 1 ? '' : 's'}`}
      </p>
      {props.articles.length === 0 ? (
        <p className="empty">No articles yet. Import files or a folder, or drop them on the window.</p>
      ) : (
        <div ref={scroller} className="article-list" role="listbox" aria-label="Articles" tabIndex={0} onKeyDown={onKeyDown}
          aria-activedescendant={props.selectedId ? `article-${props.selectedId}` : undefined}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((row) => {
              const a = visible[row.index]!;
              return (
                <div key={a.id} id={`article-${a.id}`} role="option" aria-selected={a.id === props.selectedId}
                  className={`article-row${a.id === props.selectedId ? ' selected' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
                  onClick={() => props.onSelect(a.id)} data-testid="article-row">
                  <span className="row-title" title={a.title}>{a.title}</span>
                  <span className="row-meta" title={a.manifest ? `Outlet and date from ${a.manifest}` : undefined}>
                    {a.outlet ?? <em>outlet unknown</em>} · {a.date ?? <em>no date</em>}{a.dateInferred ? ' (inferred)' : ''} · {a.chars.toLocaleString('en')} chars
                    {a.format !== 'txt' && a.format !== 'md' && <span className="row-format"> · {a.format.toUpperCase()}</span>}
                    {a.manifest && <span className="row-manifest" data-testid="row-manifest"> · manifest</span>}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </>
  );
}
