/** One side of a pair: the article it comes from, its speaker, and the claim in its surrounding text. */
import type { ReactNode } from 'react';
import type { ClaimRef } from '../../../../shared/match/records';
import { useArticleText } from '../../db/hooks';
import type { ArticleRecord } from '../../db/records';

const CONTEXT_CHARS = 220;

export function ClaimContext(props: { label: 'A' | 'B'; claim: ClaimRef; article: ArticleRecord | undefined; children: ReactNode }) {
  const { claim, article } = props;
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
