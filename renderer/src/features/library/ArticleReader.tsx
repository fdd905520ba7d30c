/**
 * One article's text and provenance. Text is rendered as text, never as HTML. The claims of the
 * article that are in pairs are highlighted with their pair counts; clicking one lists its pairs, each
 * a way to Review or Compare. The title, outlet, date and URL can be corrected (the values as imported
 * stay in the provenance, marked edited), and the article can be removed from its case.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { MetadataField } from '../../../../shared/article/types';
import type { PairRecord } from '../../../../shared/match/records';
import { VERDICT_LABELS } from '../../../../shared/review/verdicts';
import { useNavigate, type Place, type Target } from '../../app/navigation';
import { Modal } from '../../components/Modal';
import { db } from '../../db/AppDB';
import { removeArticle } from '../../db/articles';
import { useArticleText } from '../../db/hooks';
import type { ArticleRecord, EditableField, TextRecord } from '../../db/records';
import { usePairs } from '../../db/usePairs';
import { segmentText } from '../compare/segments';
import { claimMarks, markAt, type ClaimMark } from './claim-marks';
import { DetailsForm } from './DetailsForm';
import { languageName, sourceLabel } from './provenance';

const FIELD_LABELS: Record<EditableField, string> = { title: 'Title', outlet: 'Outlet', date: 'Date', url: 'URL' };

function Edited(props: { article: ArticleRecord; field: EditableField }) {
  const { original } = props.article;
  if (!original || !(props.field in original)) return null;
  const was = original[props.field];
  return (
    <span className="edited" data-testid={`edited-${props.field}`}>
      <span className="tag">edited</span>
      <span className="muted"> as imported: {was === null || was === undefined ? <em>none</em> : was}</span>
    </span>
  );
}

export function ArticleReader(props: {
  article: ArticleRecord;
  target: Target<Extract<Place, { view: 'read' }>> | null;
  onRemoved: (removed: { article: ArticleRecord; text: TextRecord }) => void;
}) {
  const { article: a } = props;
  const text = useArticleText(a.id);
  const pairs = usePairs(a.caseId);
  const marks = useMemo(() => claimMarks(pairs ?? [], a.id), [pairs, a.id]);
  const segments = useMemo(() => segmentText(text ?? '', marks), [text, marks]);
  const [selected, setSelected] = useState<{ articleId: string; n: number } | null>(null);
  const mark = selected?.articleId === a.id ? marks.find((m) => m.n === selected.n) : undefined;
  const [editing, setEditing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [flash, setFlash] = useState<number | null>(null);

  // Asked to show a claim (from a cluster, or a pair): select its mark, then scroll to it once laid out.
  const { target } = props;
  const [seenTarget, setSeenTarget] = useState<number | null>(null);
  const [scrollTo, setScrollTo] = useState<{ n: number; serial: number } | null>(null);
  if (target?.claim && target.articleId === a.id && target.serial !== seenTarget && text !== undefined && pairs) {
    setSeenTarget(target.serial);
    const m = markAt(marks, target.claim.start) ?? markAt(marks, target.claim.end - 1);
    if (m) {
      setSelected({ articleId: a.id, n: m.n });
      setFlash(m.n);
      setScrollTo({ n: m.n, serial: target.serial });
    }
  }
  useEffect(() => {
    if (scrollTo) document.getElementById(`read-mark-${scrollTo.n}`)?.scrollIntoView({ block: 'center' });
  }, [scrollTo]);

  const title = a.title;
  // Where a value came from, when not from the file itself ("from the manifest", "detected"); a
  // corrected value says so instead.
  const from = (field: MetadataField) => {
    const label = a.original && field in a.original ? null : sourceLabel(a, field);
    return label ? <span className="source" data-testid={`source-${field}`}> · {label}</span> : null;
  };
  return (
    <article className="reader" aria-label="Article" data-testid="article-reader">
      <h2 className="reader-title">
        {title}
        {a.titleInferred && <span className="tag" title="The file names no title; this is its first sentence">first sentence</span>}
      </h2>
      <div className="reader-actions">
        <button type="button" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>Correct details…</button>
        <button type="button" className="link danger-link" onClick={() => setConfirmRemove(true)}>Remove from case…</button>
      </div>
      {editing && <DetailsForm article={a} onDone={() => setEditing(false)} />}
      <dl className="provenance">
        {a.original && 'title' in a.original && (
          <>
            <dt>{FIELD_LABELS.title}</dt>
            <dd><Edited article={a} field="title" /></dd>
          </>
        )}
        <dt>Outlet</dt>
        <dd>{a.outlet ?? <em>unknown</em>}{a.outlet && from('outlet')} <Edited article={a} field="outlet" /></dd>
        <dt>Date</dt>
        <dd>
          {a.date ? <>{a.date}{a.original && 'date' in a.original ? ' · corrected' : a.dateInferred ? ' · inferred from the file name' : (from('date') ?? ' · stated in the file')}</> : <em>unknown</em>}{' '}
          <Edited article={a} field="date" />
        </dd>
        {a.place && (
          <>
            <dt>Place</dt>
            <dd>{a.place}{from('place')}</dd>
          </>
        )}
        <dt>URL</dt>
        <dd>{a.url ? <a href={a.url} target="_blank" rel="noreferrer noopener">{a.url}</a> : <em>none</em>}{a.url && from('url')} <Edited article={a} field="url" /></dd>
        <dt>Byline</dt>
        <dd>{a.byline ?? <em>none</em>}{a.byline && from('byline')}</dd>
        <dt>Language</dt>
        <dd data-testid="article-language">{a.language ? languageName(a.language) : <em>not stated</em>}{a.language && from('language')}</dd>
        <dt>File</dt>
        <dd className="mono">{a.sourcePath}</dd>
        <dt>SHA-256</dt>
        <dd className="mono" data-testid="article-sha256">{a.sha256}</dd>
        <dt>Imported</dt>
        <dd>{new Date(a.importedAt).toLocaleString()} · {a.format.toUpperCase()}, {a.encoding} · {a.importerVersion}</dd>
        {a.editedAt !== undefined && (
          <>
            <dt>Corrected</dt>
            <dd>{new Date(a.editedAt).toLocaleString()}</dd>
          </>
        )}
      </dl>
      <p className="muted reader-marks-note" data-testid="reader-marks-note">
        {!pairs
          ? 'Loading the pairs…'
          : marks.length === 0
            ? 'No claim of this article is in a pair.'
            : `${marks.length} highlighted claim${marks.length === 1 ? ' is' : 's are'} in pairs (the number: how many). Click one to list its pairs.`}
      </p>
      {mark && <ClaimPairs mark={mark} article={a} onClose={() => setSelected(null)} />}
      <div className="reader-text" data-testid="article-text">
        {text === undefined ? (
          <p className="empty">Loading…</p>
        ) : (
          segments.map((s, i) =>
            s.mark ? (
              <mark key={i} id={`read-mark-${s.mark.n}`} data-n={s.mark.n} role="button" tabIndex={0}
                aria-pressed={mark?.n === s.mark.n}
                className={`hl hl-${s.mark.n % 6} read-mark${mark?.n === s.mark.n ? ' active' : ''}${flash === s.mark.n ? ' flash' : ''}`}
                onAnimationEnd={() => setFlash(null)}
                onClick={() => setSelected({ articleId: a.id, n: s.mark!.n })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    setSelected({ articleId: a.id, n: s.mark!.n });
                  }
                }}>
                {s.text}
                {/* The name is the claim's own text then the count (WCAG 2.5.3: the label contains what is shown). */}
                <sup className="hl-count" aria-hidden="true">{marks[s.mark.n - 1]!.pairs.length}</sup>
                <span className="visually-hidden">{`: ${marks[s.mark.n - 1]!.pairs.length} pair${marks[s.mark.n - 1]!.pairs.length === 1 ? '' : 's'}`}</span>
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )
        )}
      </div>
      {confirmRemove && (
        <Modal title="Remove this article from the case?" onClose={() => setConfirmRemove(false)} testId="confirm-remove-article">
          <p>
            “{a.title}” and its pairs leave the case; verdicts given on its pairs are kept. You can undo this until you close
            the app.
          </p>
          <div className="modal-actions">
            <button type="button" onClick={() => setConfirmRemove(false)} autoFocus>Keep it</button>
            <button type="button" className="danger" onClick={() => void removeArticle(db, a.id).then((removed) => { setConfirmRemove(false); props.onRemoved(removed); })}>
              Remove article
            </button>
          </div>
        </Modal>
      )}
    </article>
  );
}

/** The pairs of one highlighted claim: the other article, its wording, the verdict, and where to go. */
function ClaimPairs(props: { mark: ClaimMark; article: ArticleRecord; onClose: () => void }) {
  const navigate = useNavigate();
  const { mark, article } = props;
  const ids = mark.pairs.map((p) => p.id);
  const verdicts = useLiveQuery(() => db.verdicts.bulkGet(ids), [ids.join('\n')]);
  const titles = useLiveQuery(async () => {
    const others = [...new Set(mark.pairs.map((p) => other(p, article.id).articleId))];
    const records = await db.articles.bulkGet(others);
    return new Map(records.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  }, [ids.join('\n'), article.id]);
  return (
    <aside className="claim-pairs" aria-label={`Pairs of claim ${mark.n}`} data-testid="claim-pairs">
      <header>
        <strong>{mark.pairs.length} pair{mark.pairs.length === 1 ? '' : 's'}</strong> of this claim
        <button type="button" className="link" onClick={props.onClose}>Close</button>
      </header>
      <ul>
        {mark.pairs.map((p, i) => {
          const o = other(p, article.id);
          const v = verdicts?.[i];
          const partner = titles?.get(o.articleId);
          return (
            <li key={p.id} data-testid="claim-pair">
              <span className="claim-pair-head">
                <strong>{partner?.title.slice(0, 80) ?? '…'}</strong>
                <span className="muted"> · {partner?.outlet ?? 'outlet unknown'} · {partner?.date ?? 'no date'}</span>
                {v ? <span className={`badge verdict-badge verdict-${v.verdict}`}>{VERDICT_LABELS[v.verdict]}</span> : <span className="muted"> · unreviewed</span>}
              </span>
              <span className="claim-pair-text">{o.text}</span>
              <span className="claim-pair-go">
                <button type="button" className="link" onClick={() => navigate({ view: 'review', pairId: p.id })}>Review</button>
                <button type="button" className="link" onClick={() => navigate({ view: 'compare', left: article.id, right: o.articleId, pairId: p.id })}>Compare</button>
              </span>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

const other = (p: PairRecord, articleId: string) => (p.a.articleId === articleId ? p.b : p.a);
