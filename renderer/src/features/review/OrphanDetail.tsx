/**
 * A verdict whose two claims the current matching no longer pairs: both claims as the verdict
 * anchored them (article, text, context), and the verdict with its note, which can still be changed.
 * Nothing reviewed disappears when matching changes (issue 16).
 */
import type { ClaimAnchor } from '../../../../shared/review/anchors';
import type { Verdict, VerdictValue } from '../../../../shared/review/verdicts';
import { useArticleText } from '../../db/hooks';
import type { ArticleRecord } from '../../db/records';
import { VerdictPanel, type NoteSave } from './VerdictPanel';

function AnchoredClaim(props: { label: 'A' | 'B'; anchor: ClaimAnchor; article: ArticleRecord | undefined }) {
  const { anchor, article } = props;
  const text = useArticleText(article?.id ?? null) ?? '';
  // The stored text at the anchor's position, if it still reads the same; else the anchor's own context.
  const placed = text.slice(anchor.start, anchor.end) === anchor.exact;
  const before = placed ? text.slice(Math.max(0, anchor.start - 220), anchor.start) : anchor.prefix;
  const after = placed ? text.slice(anchor.end, anchor.end + 220) : anchor.suffix;
  return (
    <section className="claim-side" aria-label={`Claim ${props.label}`} data-testid={`claim-${props.label.toLowerCase()}`}>
      <header className="claim-head">
        <span className="side-label">{props.label}</span>
        <span className="claim-source">
          <strong>{article?.title ?? 'Article no longer in this case'}</strong>
          {article && <span className="muted"> · {article.outlet ?? 'outlet unknown'} · {article.date ?? 'no date'}</span>}
        </span>
      </header>
      <blockquote className="claim-text">{anchor.exact || 'Claim text unavailable'}</blockquote>
      <details className="claim-context">
        <summary>In context</summary>
        <p>
          {before.length > 0 && '…'}
          {before}
          <mark>{anchor.exact}</mark>
          {after}
          {after.length > 0 && '…'}
        </p>
      </details>
    </section>
  );
}

export function OrphanDetail(props: {
  verdict: Verdict;
  index: number;
  total: number;
  articleBySha: (sha256: string) => ArticleRecord | undefined;
  onVerdict: (v: VerdictValue) => void;
  onNote: (note: string, base: string) => Promise<NoteSave | undefined>;
}) {
  const { verdict } = props;
  return (
    <article className="pair-detail" aria-label={`Item ${props.index + 1} of ${props.total}`} data-testid="orphan-detail">
      <header className="pair-head">
        <h2>
          Item {props.index + 1} of {props.total}
          <span className="badge orphan-badge">reviewed, no longer proposed</span>
        </h2>
      </header>
      <p className="suggestion suggestion-none" data-testid="orphan-explanation">
        The current matching no longer pairs these two claims (the articles changed, or the matching did). Your verdict and note are
        kept as you gave them, in Review and in every report.
      </p>
      <div className="claims-split">
        <AnchoredClaim label="A" anchor={verdict.anchors[0]} article={props.articleBySha(verdict.anchors[0].sha256)} />
        <AnchoredClaim label="B" anchor={verdict.anchors[1]} article={props.articleBySha(verdict.anchors[1].sha256)} />
      </div>
      <VerdictPanel verdict={verdict} onVerdict={props.onVerdict} onNote={props.onNote} />
    </article>
  );
}
