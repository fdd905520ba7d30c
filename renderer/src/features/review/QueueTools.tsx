/**
 * Finding pairs in the queue: search their text, sort, and filter by verdict, flag, article, outlet
 * and speaker. Article and outlet lists offer only what the case's pairs use. Both lists are built
 * when one of their pickers is opened: reading every pair for them and a thousand <option>s made
 * opening Review a long task (issue 18); until then each offers only its current choice.
 */
import { useMemo, useState } from 'react';
import type { PairFlag, PairRecord } from '../../../../shared/match/records';
import type { ArticleRecord } from '../../db/records';
import { NO_FILTER, NO_OUTLET, type QueueFilter, type QueueSort } from './filter';

const titled = (a: ArticleRecord) => `${a.title.slice(0, 60)}${a.date ? ` (${a.date})` : ''}`;

/** `x.localeCompare(y)` (the default locale's collation) without looking the collator up on each call. */
const localeCompare = new Intl.Collator().compare;

export function QueueTools(props: {
  pairs: readonly PairRecord[];
  articles: ReadonlyMap<string, ArticleRecord>;
  filter: QueueFilter;
  onFilter: (filter: QueueFilter) => void;
  sort: QueueSort;
  onSort: (sort: QueueSort) => void;
}) {
  const { filter, onFilter, pairs, articles } = props;
  const set = <K extends keyof QueueFilter>(key: K, value: QueueFilter[K]) => onFilter({ ...filter, [key]: value });
  const [listsOpen, setListsOpen] = useState(false);
  const open = () => setListsOpen(true);
  const lists = useMemo(() => {
    if (!listsOpen) return null;
    const ids = new Set<string>();
    for (const p of pairs) ids.add(p.a.articleId).add(p.b.articleId);
    const list = [...ids].flatMap((id) => articles.get(id) ?? []).sort((x, y) => localeCompare(x.date ?? '9999', y.date ?? '9999') || localeCompare(x.title, y.title));
    const names = [...new Set(list.map((a) => a.outlet ?? NO_OUTLET))].sort((x, y) => (x === NO_OUTLET ? 1 : y === NO_OUTLET ? -1 : localeCompare(x, y)));
    return { used: list, outlets: names };
  }, [listsOpen, pairs, articles]);
  const chosen = articles.get(filter.article);
  const used = lists?.used ?? (chosen ? [chosen] : []);
  const outlets = lists?.outlets ?? (filter.outlet ? [filter.outlet] : []);
  const filtered = Object.entries(NO_FILTER).some(([k, v]) => filter[k as keyof QueueFilter] !== v);
  return (
    <div className="queue-tools" role="group" aria-label="Find pairs">
      <input type="search" className="queue-search" aria-label="Search pairs" placeholder="Search the claims’ text" value={filter.text} onChange={(e) => set('text', e.target.value)} />
      <select className="fit" aria-label="Sort pairs by" value={props.sort} onChange={(e) => props.onSort(e.target.value as QueueSort)}>
        <option value="review">Review order</option>
        <option value="score">Highest score</option>
        <option value="date">Earliest date</option>
        <option value="outlet">Outlet</option>
      </select>
      <select className="fit" aria-label="Show" value={filter.status} onChange={(e) => set('status', e.target.value as QueueFilter['status'])}>
        <option value="all">All pairs</option>
        <option value="unreviewed">Unreviewed</option>
        <option value="consistent">Consistent</option>
        <option value="conflicting">Conflicting</option>
        <option value="unclear">Unclear</option>
        <option value="orphaned">No longer proposed</option>
        <option value="disagreements">Disagreements</option>
      </select>
      <select className="fit" aria-label="Flag" value={filter.flag} onChange={(e) => set('flag', e.target.value as PairFlag | 'any')}>
        <option value="any">Any flag</option>
        <option value="number">Number</option>
        <option value="date">Date</option>
        <option value="negation">Negation</option>
        <option value="attribution">Attribution</option>
        <option value="speaker">Speaker</option>
      </select>
 <select className="fit" aria-label="Kind" value={filter.kind} onChange={(e) => set('kind', e.target.value as QueueFilter['kind'])}>
        <option value="any">Any kind</option>
        <option value="quote">Quotes</option>
        <option value="statement">Statements</option>
        <option value="verbatim">Copies</option>
      </select>
      <select aria-label="Article" value={filter.article} onFocus={open} onPointerDown={open} onChange={(e) => set('article', e.target.value)}>
        <option value="">Any article</option>
        {used.map((a) => <option key={a.id} value={a.id}>{titled(a)}</option>)}
      </select>
      <select aria-label="Outlet" value={filter.outlet} onFocus={open} onPointerDown={open} onChange={(e) => set('outlet', e.target.value)}>
        <option value="">Any outlet</option>
        {outlets.map((o) => <option key={o} value={o}>{o === NO_OUTLET ? 'Outlet unknown' : o}</option>)}
      </select>
      <input type="search" aria-label="Speaker" placeholder="Speaker" value={filter.speaker} onChange={(e) => set('speaker', e.target.value)} />
      {filtered && <button type="button" className="link" onClick={() => onFilter(NO_FILTER)}>Clear filters</button>}
    </div>
  );
}
