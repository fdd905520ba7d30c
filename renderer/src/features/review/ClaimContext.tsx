/**
 * One side of a pair: the article it comes from, its speaker, and the claim in its surrounding text,
 * with the way to its place: Compare with both claims level, or the article in the reader.
 */
import type { ReactNode } from 'react';
import { useNavigate } from '../../app/navigation';
import type { ClaimRef } from '../../../../shared/match/records';
import { useArticleText } from '../../db/hooks';
import type { ArticleRecord } from '../../db/records';

const CONTEXT_CHARS = 220;

export function ClaimContext(props: { label: 'A' | 'B'; claim: ClaimRef; partner: ClaimRef; pairId: string; article: ArticleRecord | undefined; children: ReactNode }) {
  const { claim, article } = props;
  const navigate = useNavigate();
  const text = useArticleText(claim.articleId) ?? '';
  const before = text.slice(Math.max(0, claim.start - CONTEXT_CHARS), claim.start);
  const after = text.slice(claim.end, claim.end + CONTEXT_CHARS);
  return (
    <section className="claim-side" aria-label={`Claim ${props.label}`} data-testid={`claim-${props.label.toLowerCase()}`}>
      <header className="claim-head">
        <span className="side-label">{props.label}</span>
        <span className="claim-source">
          <strong>{article?.title ?? 'Unknown article'}</strong>
          <span className="muted"> · {article?.outlet ?? 'outlet unknown'} · {article?.date ?? 'no date'}</span>
        </span>
        <span className="claim-places">
          <button type="button" className="link" aria-label={`Claim ${props.label} in Compare`}
            onClick={() => navigate({ view: 'compare', left: claim.articleId, right: props.partner.articleId, pairId: props.pairId })}>Compare</button>
          <button type="button" className="link" aria-label={`Claim ${props.label} in its article`}
            onClick={() => navigate({ view: 'read', articleId: claim.articleId, claim: { start: claim.start, end: claim.end } })}>Article</button>
        </span>
      </header>
      <p className="claim-speaker">
        {claim.kind === 'quote' ? 'Quote' : 'Statement'}
        {claim.speaker ? <> by <strong>{claim.speaker}</strong></> : ', speaker not named'}
        {claim.via && <> (via {claim.via})</>}
      </p>
      <blockquote className="claim-text">{props.children}</blockquote>
      <details className="claim-context">
        <summary>In context</summary>
        <p>
          {before.length === CONTEXT_CHARS && '…'}
          {before}
          <mark>{claim.text}</mark>
          {after}
          {after.length === CONTEXT_CHARS && '…'}
        </p>
      </details>
    </section>
  );
}
