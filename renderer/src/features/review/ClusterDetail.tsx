/**
 * One cluster: each distinct wording, the articles that use it with outlet and date, the earliest
 * appearance marked, and a verdict for every pair in the cluster at once.
 */
import { earliestArticle, type ClusterView } from '../../../../shared/match/cluster-records';
import { VERDICT_LABELS, type Verdict, type VerdictValue } from '../../../../shared/review/verdicts';
import { useNavigate } from '../../app/navigation';
import type { ArticleRecord } from '../../db/records';

export function ClusterDetail(props: {
  cluster: ClusterView;
  articles: ReadonlyMap<string, ArticleRecord>;
  verdicts: ReadonlyMap<string, Verdict>;
  onVerdict: (v: VerdictValue) => void;
}) {
  const { cluster, articles, verdicts } = props;
  const navigate = useNavigate();
  const earliest = earliestArticle(cluster.articleIds, (id) => articles.get(id)?.date ?? null);
  const counts = { consistent: 0, conflicting: 0, unclear: 0 };
  for (const id of cluster.pairIds) {
    const v = verdicts.get(id);
    if (v) counts[v.verdict]++;
  }
  return (
    <article className="cluster-detail" data-testid="cluster-detail" aria-label="Cluster">
      <h2>
        {cluster.articleIds.length} articles · {cluster.wordings.length} wording{cluster.wordings.length === 1 ? '' : 's'} · {cluster.pairIds.length} pairs
      </h2>
      <table className="wordings" data-testid="wordings">
        <thead>
          <tr>
            <th scope="col">Wording</th>
            <th scope="col">Used by</th>
          </tr>
        </thead>
        <tbody>
          {cluster.wordings.map((w, i) => (
            <tr key={i}>
              <td className="wording-text">{w.text}</td>
              <td>
                <ul className="wording-articles">
                  {[...new Map(w.claims.map((c) => [c.articleId, c])).values()].map((claim) => {
                    const id = claim.articleId;
                    const a = articles.get(id);
                    return (
                      <li key={id}>
                        <button type="button" className="link wording-link" title="Open the article at this claim"
                          onClick={() => navigate({ view: 'read', articleId: id, claim: { start: claim.start, end: claim.end } })}>
                          {a?.title ?? id}
                        </button>
                        <span className="muted"> · {a?.outlet ?? 'outlet unknown'} · {a?.date ?? 'no date'}</span>
                        {id === earliest && <span className="badge earliest" data-testid="earliest">earliest</span>}
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="verdict" aria-label="Cluster verdict">
        <p className="muted">
          Pairs in this cluster: {counts.consistent} consistent, {counts.conflicting} conflicting, {counts.unclear} unclear,{' '}
          {cluster.pairIds.length - counts.consistent - counts.conflicting - counts.unclear} unreviewed.
        </p>
        <div className="verdict-buttons" role="group" aria-label="Verdict for the whole cluster">
          {(['consistent', 'conflicting', 'unclear'] as const).map((v) => (
            <button key={v} type="button" className={`verdict-${v}`} onClick={() => props.onVerdict(v)}>
              All {VERDICT_LABELS[v].toLowerCase()}
            </button>
          ))}
        </div>
      </section>
    </article>
  );
}
