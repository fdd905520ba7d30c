/** One article's text and provenance. Text is rendered as text, never as HTML. */
import { useArticleText } from '../../db/hooks';
import type { ArticleRecord } from '../../db/records';

export function ArticleReader(props: { article: ArticleRecord }) {
  const { article: a } = props;
  const text = useArticleText(a.id);
  const paragraphs = (text ?? '').split(/\n{2,}/);
  return (
    <article className="reader" aria-label="Article" data-testid="article-reader">
      <h2 className="reader-title">{a.title}{a.titleInferred && <span className="tag" title="The file names no title; this is its first sentence">first sentence</span>}</h2>
      <dl className="provenance">
        <dt>Outlet</dt>
        <dd>{a.outlet ?? <em>unknown</em>}</dd>
        <dt>Date</dt>
        <dd>{a.date ? `${a.date} · ${a.dateInferred ? 'inferred from the file name' : 'stated in the file'}` : <em>unknown</em>}</dd>
        <dt>URL</dt>
        <dd>{a.url ? <a href={a.url} target="_blank" rel="noreferrer noopener">{a.url}</a> : <em>none</em>}</dd>
        <dt>Byline</dt>
        <dd>{a.byline ?? <em>none</em>}</dd>
        <dt>Language</dt>
        <dd>{a.language ?? <em>not stated</em>}</dd>
        <dt>File</dt>
        <dd className="mono">{a.sourcePath}</dd>
        <dt>SHA-256</dt>
        <dd className="mono" data-testid="article-sha256">{a.sha256}</dd>
        <dt>Imported</dt>
        <dd>{new Date(a.importedAt).toLocaleString()} · {a.format.toUpperCase()}, {a.encoding} · {a.importerVersion}</dd>
      </dl>
      <div className="reader-text" data-testid="article-text">
        {text === undefined ? <p className="empty">Loading…</p> : paragraphs.map((p, i) => <p key={i}>{p}</p>)}
      </div>
    </article>
  );
}
