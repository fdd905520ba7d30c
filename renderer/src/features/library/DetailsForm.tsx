/** Correcting an article's title, outlet, date and URL; the values as imported stay in its provenance. */
import { useState, type FormEvent } from 'react';
import { db } from '../../db/AppDB';
import { correctArticle, type ArticleDetails } from '../../db/articles';
import type { ArticleRecord } from '../../db/records';

export function DetailsForm(props: { article: ArticleRecord; onDone: () => void }) {
  const { article } = props;
  const [values, setValues] = useState({ title: article.title, outlet: article.outlet ?? '', date: article.date ?? '', url: article.url ?? '' });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const details: ArticleDetails = { title: values.title, outlet: values.outlet || null, date: values.date || null, url: values.url || null };
    correctArticle(db, article.id, details).then(props.onDone, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <form className="details-form" aria-label="Correct the article's details" onSubmit={submit} data-testid="details-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onDone();
      }}>
      <label>Title<input value={values.title} onChange={set('title')} autoFocus maxLength={500} /></label>
      <label>Outlet<input value={values.outlet} onChange={set('outlet')} placeholder="e.g. apnews.com" maxLength={200} /></label>
      <label>Date<input value={values.date} onChange={set('date')} placeholder="YYYY-MM-DD" maxLength={10} /></label>
      <label>URL<input value={values.url} onChange={set('url')} placeholder="https://…" maxLength={2000} /></label>
      {error && <p className="bad" role="alert">{error}</p>}
      <div className="modal-actions">
        <button type="button" onClick={props.onDone}>Cancel</button>
        <button type="submit" className="primary">Save details</button>
      </div>
    </form>
  );
}
