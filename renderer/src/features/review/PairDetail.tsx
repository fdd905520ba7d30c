/**
 * One pair under review: both claims in context with the word diff (split or inline), the flags as
 * labelled badges, the suggestion and its reason, and the verdict with its note (VerdictPanel; the pane
 * is not remounted when a verdict lands, so focus and typing are never lost). Two claims in different
 * languages get no word diff: every word would differ, and "Le navire → The 1" reads as a finding.
 */
import { useMemo, useState } from 'react';
import { diffClaims, type ChangeKind, type DiffChange } from '../../../../shared/diff/pair-diff';
import type { PairRecord } from '../../../../shared/match/records';
import type { Verdict, VerdictValue } from '../../../../shared/review/verdicts';
import type { ArticleRecord } from '../../db/records';
import type { Opinion } from '../../../../shared/review/merge';
import { ClaimContext } from './ClaimContext';
import { DiffText } from './DiffText';
import { PairExplanation } from './PairExplanation';
import { VerdictPanel, type NoteSave } from './VerdictPanel';

/** The two languages of a pair's articles ("fr", "en"), when both are known and differ; else null. */
export function otherLanguages(a: ArticleRecord | undefined, b: ArticleRecord | undefined): [string, string] | null {
  const primary = (tag: string | null | undefined) => tag?.split('-')[0]!.toLowerCase() || null;
  const [x, y] = [primary(a?.language), primary(b?.language)];
  return x && y && x !== y ? [x, y] : null;
}

const languageName = (code: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

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
  /** Saves the note if the stored one is still `base` (VerdictPanel); before a verdict, as a draft. */
  onNote: (note: string, base: string) => Promise<NoteSave | undefined>;
  draft?: string;
  opinions?: readonly Opinion[];
}) {
  const { pair, verdict } = props;
  const languages = otherLanguages(props.articles.get(pair.a.articleId), props.articles.get(pair.b.articleId));
  const diff = useMemo(() => (languages ? null : diffClaims(pair.a.text, pair.b.text)), [languages, pair.a.text, pair.b.text]);
  const [mode, setMode] = useState<'split' | 'inline'>('split');

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
        {diff?.tooDifferent && ' The texts are too different for a word-by-word comparison.'}
      </p>
      {diff ? (
        <ChangeSummary changes={diff.changes} />
      ) : (
        <p className="changes" data-testid="other-languages">
          In {languages!.map(languageName).join(' and ')}: no word-by-word comparison; read both, with the figures and names above.
        </p>
      )}
      <div className="diff-mode" role="group" aria-label="Diff view">
        <button type="button" aria-pressed={mode === 'split'} onClick={() => setMode('split')}>Side by side</button>
        <button type="button" aria-pressed={mode === 'inline'} onClick={() => setMode('inline')}>Inline</button>
      </div>
      {mode === 'split' ? (
        <div className="claims-split">
          <ClaimContext label="A" claim={pair.a} partner={pair.b} pairId={pair.id} article={props.articles.get(pair.a.articleId)}>
            {diff ? <DiffText ops={diff.ops} side="a" /> : pair.a.text}
          </ClaimContext>
          <ClaimContext label="B" claim={pair.b} partner={pair.a} pairId={pair.id} article={props.articles.get(pair.b.articleId)}>
            {diff ? <DiffText ops={diff.ops} side="b" /> : pair.b.text}
          </ClaimContext>
        </div>
      ) : diff ? (
        <blockquote className="claim-text inline-diff" data-testid="inline-diff"><DiffText ops={diff.ops} side="inline" /></blockquote>
      ) : (
        <blockquote className="claim-text inline-diff" data-testid="inline-diff">
          <span lang={languages![0]}>{pair.a.text}</span> / <span lang={languages![1]}>{pair.b.text}</span>
        </blockquote>
      )}
      <VerdictPanel verdict={verdict} draft={props.draft} opinions={props.opinions} onVerdict={props.onVerdict} onNote={props.onNote} />
    </article>
  );
}
