/**
 * One pair under review: both claims in context with the word diff (split or inline), the flags as
 * labelled badges, the suggestion and its reason, and the verdict with its note.
 */
import { useMemo, useState } from 'react';
import { diffClaims, type ChangeKind, type DiffChange } from '../../../../shared/diff/pair-diff';
import type { PairRecord } from '../../../../shared/match/records';
import { VERDICT_LABELS, type Verdict, type VerdictValue } from '../../../../shared/review/verdicts';
import type { ArticleRecord } from '../../db/records';
import { ClaimContext } from './ClaimContext';
import { DiffText } from './DiffText';
import { PairExplanation } from './PairExplanation';

/** The note field's id: the review keys focus it with "n". */
export const NOTE_ID = 'review-note';

/** The summary's groups, in the order a reviewer weighs them. */
const CHANGE_GROUPS: ReadonlyArray<[ChangeKind, string]> = [
  ['negation', 'Negation'],
  ['number', 'Numbers'],
  ['date', 'Dates'],
  ['wording', 'Wording'],
];

/** Every change of the diff, grouped by kind (issue 19: the summary left all but wording out). */
function ChangeSummary(props: { changes: readonly DiffChange[] }) {
  if (props.changes.length === 0) return null;
  return (
    <div className="changes" data-testid="wording-changes" aria-label="Changes between A and B">
      {CHANGE_GROUPS.map(([kind, label]) => {
        const group = props.changes.filter((c) => c.kind === kind);
        if (group.length === 0) return null;
        return (
          <p key={kind} className="change-group" data-kind={kind}>
            <span className="change-kind">{label}:</span>
            {group.map((c, i) => (
              <span key={i} className="change">
                <del title="only in A">{c.removed || '∅'}</del> → <ins title="only in B">{c.added || '∅'}</ins>
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}

const FLAG_LABELS: Record<string, string> = {
  number: 'Number differs',
  date: 'Date differs',
  negation: 'Negation flipped',
  speaker: 'Different speaker',
  attribution: 'Attribution differs',
};

export function PairDetail(props: {
  pair: PairRecord;
  index: number;
  total: number;
  articles: ReadonlyMap<string, ArticleRecord>;
  verdict: Verdict | undefined;
  onVerdict: (v: VerdictValue) => void;
  onNote: (note: string) => void;
}) {
  const { pair, verdict } = props;
  const diff = useMemo(() => diffClaims(pair.a.text, pair.b.text), [pair.a.text, pair.b.text]);
  const [mode, setMode] = useState<'split' | 'inline'>('split');
  // The draft note follows the stored one (undo, another tab) except while it is being edited; the
  // pane is not remounted when a verdict lands, so focus and typing are never lost.
  const stored = verdict?.note ?? '';
  const [note, setNote] = useState(stored);
  const [synced, setSynced] = useState(stored);
  const [editing, setEditing] = useState(false);
  if (stored !== synced) {
    setSynced(stored);
    if (!editing) setNote(stored);
  }

  return (
    <article className="pair-detail" aria-label={`Pair ${props.index + 1} of ${props.total}`} data-testid="pair-detail">
      <header className="pair-head">
        <h2>
          Pair {props.index + 1} of {props.total}
          <span className={`kind kind-${pair.kind}`}>{pair.kind}</span>
        </h2>
        <div className="flags" aria-label="Flags">
          {pair.flags.map((f) => (
            <span key={f} className={`badge flag-${f}`}>{FLAG_LABELS[f] ?? f}</span>
          ))}
        </div>
      </header>
      <p className={`suggestion suggestion-${pair.suggestion ?? 'none'}`} data-testid="suggestion">
        <strong>{pair.suggestion === 'conflict' ? 'Possible conflict' : pair.suggestion === 'consistent' ? 'Likely consistent' : 'Undecided'}:</strong>{' '}
        <PairExplanation pair={pair} />
        {diff.tooDifferent && ' The texts are too different for a word-by-word comparison.'}
      </p>
      <ChangeSummary changes={diff.changes} />
      <div className="diff-mode" role="group" aria-label="Diff view">
        <button type="button" aria-pressed={mode === 'split'} onClick={() => setMode('split')}>Side by side</button>
        <button type="button" aria-pressed={mode === 'inline'} onClick={() => setMode('inline')}>Inline</button>
      </div>
      {mode === 'split' ? (
        <div className="claims-split">
          <ClaimContext label="A" claim={pair.a} partner={pair.b} pairId={pair.id} article={props.articles.get(pair.a.articleId)}>
            <DiffText ops={diff.ops} side="a" />
          </ClaimContext>
          <ClaimContext label="B" claim={pair.b} partner={pair.a} pairId={pair.id} article={props.articles.get(pair.b.articleId)}>
            <DiffText ops={diff.ops} side="b" />
          </ClaimContext>
        </div>
      ) : (
        <blockquote className="claim-text inline-diff" data-testid="inline-diff"><DiffText ops={diff.ops} side="inline" /></blockquote>
      )}
      <section className="verdict" aria-label="Verdict">
        <div className="verdict-buttons" role="group" aria-label="Verdict">
          {(['consistent', 'conflicting', 'unclear'] as const).map((v) => (
            <button key={v} type="button" className={`verdict-${v}`} aria-pressed={verdict?.verdict === v} onClick={() => props.onVerdict(v)}>
              {VERDICT_LABELS[v]} <kbd>{v === 'consistent' ? 'c' : v === 'conflicting' ? 'x' : 'u'}</kbd>
            </button>
          ))}
        </div>
        <label className="note">
          <span>Note <kbd>n</kbd></span>
          <textarea
            id={NOTE_ID}
            value={note}
            placeholder={verdict ? 'Why? Sources checked, what to ask… (Enter saves)' : 'Give a verdict (c, x or u), then a note; Enter saves'}
            onChange={(e) => setNote(e.target.value)}
            onFocus={() => setEditing(true)}
            onBlur={() => {
              setEditing(false);
              if (note !== stored) props.onNote(note);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.blur();
              }
              if (e.key === 'Escape') e.currentTarget.blur();
            }}
          />
        </label>
        {verdict && (
          <p className="verdict-meta" data-testid="verdict-meta">
            {VERDICT_LABELS[verdict.verdict]} · {verdict.reviewer} · {new Date(verdict.at).toLocaleString()}
          </p>
        )}
      </section>
    </article>
  );
}
