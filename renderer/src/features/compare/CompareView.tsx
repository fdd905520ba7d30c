/**
 * Two articles side by side with their matched claims highlighted in both columns (shared colour and
 * number), connected by lines in the gutter. Clicking a claim brings its partner level with it and
 * flashes it; j/k or the buttons step through the pairs; the columns scroll together. The columns are
 * padded by their own height at the end, so any claim can be brought level with its partner.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { isStringPair, useCaseSetting } from '../../app/useCaseSetting';
import type { Place, Target } from '../../app/navigation';
import { useArticleText } from '../../db/hooks';
import { usePairs } from '../../db/usePairs';
import type { ArticleRecord } from '../../db/records';
import { PairExplanation } from '../review/PairExplanation';
import { busiestArticlePair, matchedClaims, partnerCounts, partnerFor, segmentText, type Mark } from './segments';

/** Where a claim brought level sits: a third of the way down, unless it is already in view. */
const LEVEL_AT = 1 / 3;

interface ColumnProps {
  side: 'a' | 'b';
  article: ArticleRecord | undefined;
  marks: Mark[];
  active: number | null;
  flash: number | null;
  onMark: (n: number) => void;
  scrollRef: RefObject<HTMLDivElement | null>;
  onScroll: () => void;
}

function Column({ side, article, marks, active, flash, onMark, scrollRef, onScroll }: ColumnProps) {
  const text = useArticleText(article?.id ?? null) ?? '';
  const segments = useMemo(() => segmentText(text, marks), [text, marks]);
  return (
    <div className="compare-col" ref={scrollRef} onScroll={onScroll} data-testid={`compare-${side}`}>
      <h2 className="compare-title">{article?.title ?? '—'}</h2>
      <p className="muted">{article?.outlet ?? 'outlet unknown'} · {article?.date ?? 'no date'}</p>
      <div className="compare-text">
        {segments.map((s, i) => {
          const mark = s.mark;
          if (!mark) return <span key={i}>{s.text}</span>;
          return (
            // Named by what it shows, the number and the claim (WCAG 2.5.3), then what pressing it does.
            <mark key={i} id={`${side}-mark-${mark.n}`} data-n={mark.n} tabIndex={0} role="button"
              className={`hl hl-${mark.n % 6}${active === mark.n ? ' active' : ''}${flash === mark.n ? ' flash' : ''}`}
              onClick={() => onMark(mark.n)} onKeyDown={(e) => e.key === 'Enter' && onMark(mark.n)}>
              <sup className="hl-n">{mark.n}</sup>
              {s.text}
              <span className="visually-hidden">: show its partner</span>
            </mark>
          );
        })}
      </div>
    </div>
  );
}

export function CompareView(props: { caseId: string; articles: readonly ArticleRecord[]; target: Target<Extract<Place, { view: 'compare' }>> | null }) {
  const allPairs = usePairs(props.caseId);
  // Copies are left out (they would mark most of a syndicated article), except one asked for from Review.
  const askedId = props.target?.pairId;
  const pairs = useMemo(() => allPairs?.filter((p) => p.kind !== 'verbatim' || p.id === askedId), [allPairs, askedId]);
  const busiest = useMemo(() => busiestArticlePair(pairs ?? []), [pairs]);
  const [stored, setChosen] = useCaseSetting<[string, string] | null>(props.caseId, 'compare.articles', null, (v): v is [string, string] => isStringPair(v));
  const known = (id: string) => props.articles.some((a) => a.id === id);
  const chosen = stored && known(stored[0]) && known(stored[1]) ? stored : null;
  const [aId, bId] = chosen ?? busiest ?? [props.articles[0]?.id ?? '', props.articles[1]?.id ?? ''];
  // The pair Review asked for is shown itself, until other articles are chosen.
  const [preferred, setPreferred] = useState<string | undefined>(undefined);
  const between = useMemo(() => matchedClaims(pairs ?? [], aId, bId, preferred), [pairs, aId, bId, preferred]);
  const marksA = useMemo(() => between.map((p, i) => ({ start: p.a.start, end: p.a.end, n: i + 1 })), [between]);
  const marksB = useMemo(() => between.map((p, i) => ({ start: p.b.start, end: p.b.end, n: i + 1 })), [between]);
  const [active, setActive] = useState<number | null>(null);
  // The partner that flashes: which side, which mark; cleared after the animation so it can replay.
  const [flash, setFlash] = useState<{ side: 'a' | 'b'; n: number } | null>(null);
  const flashTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const colA = useRef<HTMLDivElement>(null);
  const colB = useRef<HTMLDivElement>(null);
  const gutter = useRef<SVGSVGElement>(null);
  const syncing = useRef(false);
  const [lines, setLines] = useState<Array<{ n: number; y1: number; y2: number }>>([]);

  /** Measures where each pair's marks are, for the gutter lines. */
  const measure = useCallback(() => {
    const svg = gutter.current;
    if (!svg) return;
    const top = svg.getBoundingClientRect().top;
    const next: Array<{ n: number; y1: number; y2: number }> = [];
    for (const m of marksA) {
      const a = document.getElementById(`a-mark-${m.n}`)?.getBoundingClientRect();
      const b = document.getElementById(`b-mark-${m.n}`)?.getBoundingClientRect();
      if (a && b) next.push({ n: m.n, y1: a.top + Math.min(a.height, 24) / 2 - top, y2: b.top + Math.min(b.height, 24) / 2 - top });
    }
    setLines((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
  }, [marksA]);

  /**
   * Brings mark `n` and its partner level (the clicked one stays put when it is in view and the partner
   * can reach it), and flashes the partner.
   */
  const focusPair = useCallback(
    (n: number, from: 'a' | 'b' = 'a') => {
      setActive(n);
      const source = document.getElementById(`${from}-mark-${n}`);
      const target = document.getElementById(`${from === 'a' ? 'b' : 'a'}-mark-${n}`);
      const [sCol, tCol] = from === 'a' ? [colA.current, colB.current] : [colB.current, colA.current];
      if (!source || !target || !sCol || !tCol) return;
      // Positions within each column's content; a column can show any of them at offsets 0 … position.
      const at = (el: HTMLElement, col: HTMLElement) => el.getBoundingClientRect().top - col.getBoundingClientRect().top + col.scrollTop;
      const sPos = at(source, sCol);
      const tPos = at(target, tCol);
      const shown = sPos - sCol.scrollTop;
      const inView = shown >= 0 && shown + Math.min(source.getBoundingClientRect().height, 48) <= sCol.clientHeight;
      const offset = Math.max(0, Math.min(inView ? shown : sCol.clientHeight * LEVEL_AT, sPos, tPos));
      syncing.current = true;
      sCol.scrollTop = sPos - offset;
      tCol.scrollTop = tPos - offset;
      setFlash(null);
      clearTimeout(flashTimer.current);
      requestAnimationFrame(() => setFlash({ side: from === 'a' ? 'b' : 'a', n }));
      flashTimer.current = setTimeout(() => setFlash(null), 2000);
      requestAnimationFrame(() => {
        syncing.current = false;
        measure();
      });
    },
    [measure],
  );

  /** Scrolling one column scrolls the other by the same share of its height. */
  const syncFrom = useCallback(
    (from: 'a' | 'b') => {
      measure();
      if (syncing.current) return;
      const [s, t] = from === 'a' ? [colA.current, colB.current] : [colB.current, colA.current];
      if (!s || !t) return;
      const share = s.scrollTop / Math.max(1, s.scrollHeight - s.clientHeight);
      syncing.current = true;
      t.scrollTop = share * (t.scrollHeight - t.clientHeight);
      requestAnimationFrame(() => (syncing.current = false));
    },
    [measure],
  );

  const step = useCallback(
    (delta: number) => {
      if (between.length === 0) return;
      const next = active === null ? (delta > 0 ? 1 : between.length) : Math.min(between.length, Math.max(1, active + delta));
      focusPair(next);
    },
    [active, between.length, focusPair],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement | null)?.closest('input, textarea, select') || document.querySelector('dialog[open]')) return;
      if (e.key === 'j') step(1);
      if (e.key === 'k') step(-1);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', measure);
    };
  }, [step, measure]);

  // Lines need the marks laid out; texts load asynchronously, so measure after each render.
  useLayoutEffect(() => {
    const id = requestAnimationFrame(measure);
    return () => cancelAnimationFrame(id);
  });

  // Asked to show a pair (from Review): its two articles, then its claims level once they are laid out.
  const [pendingPair, setPendingPair] = useState<{ serial: number; pairId?: string } | null>(null);
  const { target } = props;
  const [seenTarget, setSeenTarget] = useState<number | null>(null);
  if (target && target.serial !== seenTarget) {
    setSeenTarget(target.serial);
    setChosen([target.left, target.right]);
    setPreferred(target.pairId);
    setActive(null);
    setPendingPair({ serial: target.serial, pairId: target.pairId });
  }
  useEffect(() => {
    if (!pendingPair || aId !== target?.left || bId !== target?.right) return;
    // The pair itself, or the one shown in its place (compare shows one of overlapping pairs).
    const asked = pairs?.find((p) => p.id === pendingPair.pairId);
    const leftSide = asked && (asked.a.articleId === aId ? asked.a : asked.b);
    const rightSide = asked && (asked.a.articleId === aId ? asked.b : asked.a);
    // The pair kept in its place overlaps it on the left, or else on the right.
    const n =
      between.findIndex((p) => p.id === pendingPair.pairId) + 1 ||
      (leftSide ? between.findIndex((p) => p.a.start < leftSide.end && leftSide.start < p.a.end) + 1 : 0) ||
      (rightSide ? between.findIndex((p) => p.b.start < rightSide.end && rightSide.start < p.b.end) + 1 : 0);
    if (pendingPair.pairId !== undefined && n === 0 && !pairs) return; // pairs still loading
    const id = requestAnimationFrame(() => {
      if (n > 0 && document.getElementById(`a-mark-${n}`) && document.getElementById(`b-mark-${n}`)) {
        focusPair(n, 'a');
        setPendingPair(null);
      } else if (n === 0) setPendingPair(null);
    });
    return () => cancelAnimationFrame(id);
  });

  const current = active !== null ? between[active - 1] : undefined;
  const titled = (a: ArticleRecord) => `${a.title.slice(0, 70)}${a.date ? ` (${a.date})` : ''}`;
  // A thousand <option>s cost a long task: the left list is built when opened, the right one lists
  // only the articles that share claims with the left, most overlaps first.
  const [leftOpen, setLeftOpen] = useState(false);
  const byId = useMemo(() => new Map(props.articles.map((a) => [a.id, a])), [props.articles]);
  const leftOptions = leftOpen ? props.articles : props.articles.filter((a) => a.id === aId);
  const partners = useMemo(() => {
    const counts = partnerCounts(pairs ?? [], aId);
    if (!counts.has(bId)) counts.set(bId, 0);
    return [...counts.entries()].sort((x, y) => y[1] - x[1]).flatMap(([id, n]) => {
      const a = byId.get(id);
      return a ? [{ article: a, n }] : [];
    });
  }, [pairs, aId, bId, byId]);
  return (
    <div className="compare" data-testid="compare-view">
      <div className="compare-tools">
        <select aria-label="Left article" value={aId} onFocus={() => setLeftOpen(true)} onPointerDown={() => setLeftOpen(true)}
          onChange={(e) => {
            const left = e.target.value;
            // The right side keeps its article only if it still shares claims; else the busiest partner.
            const right = partnerFor(pairs ?? [], left, bId) ?? (left === bId ? aId : bId);
            setChosen([left, right]);
            setPreferred(undefined);
          }}>
          {leftOptions.map((a) => <option key={a.id} value={a.id}>{titled(a)}</option>)}
        </select>
        <select aria-label="Right article" value={bId} onChange={(e) => { setChosen([aId, e.target.value]); setPreferred(undefined); }}>
          {partners.map(({ article, n }) => (
            <option key={article.id} value={article.id}>{titled(article)} · {n} shared</option>
          ))}
        </select>
        <span className="muted" data-testid="compare-count">{between.length} matched claim{between.length === 1 ? '' : 's'}</span>
        <button type="button" onClick={() => step(-1)} disabled={!between.length}>Previous <kbd>k</kbd></button>
        <button type="button" onClick={() => step(1)} disabled={!between.length}>Next <kbd>j</kbd></button>
        {current && (
          <span className="flags" data-testid="compare-flags">
            {current.flags.map((f) => <span key={f} className={`badge flag-${f}`}>{f}</span>)}
            <PairExplanation pair={current} />
          </span>
        )}
      </div>
      <div className="compare-body">
        <Column side="a" article={props.articles.find((a) => a.id === aId)} marks={marksA} active={active} flash={flash?.side === 'a' ? flash.n : null} onMark={(n) => focusPair(n, 'a')} scrollRef={colA} onScroll={() => syncFrom('a')} />
        <svg className="compare-gutter" ref={gutter} aria-hidden="true" data-testid="compare-gutter">
          {lines.map((l) => (
            <line key={l.n} x1="0" y1={l.y1} x2="100%" y2={l.y2} className={`gl hl-${l.n % 6}${active === l.n ? ' active' : ''}`} />
          ))}
        </svg>
        <Column side="b" article={props.articles.find((a) => a.id === bId)} marks={marksB} active={active} flash={flash?.side === 'b' ? flash.n : null} onMark={(n) => focusPair(n, 'b')} scrollRef={colB} onScroll={() => syncFrom('b')} />
      </div>
    </div>
  );
}
