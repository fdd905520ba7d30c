/**
 * Correcting an article's details and removing an article from its case (issue 19). A correction
 * keeps the value as imported in `original` (once, the first time that field changes), so provenance
 * always shows what the file said. Removing deletes the article and its text in one transaction and
 * hands them back, so the caller can offer undo; verdicts are never touched.
 */
import type { AppDB } from './AppDB';
import type { ArticleRecord, EditableField, TextRecord } from './records';

export type ArticleDetails = Pick<ArticleRecord, EditableField>;

/** What a field may hold: dates as YYYY-MM-DD or YYYY-MM, URLs as http(s), titles not empty. */
export function checkDetails(details: ArticleDetails): string | null {
  if (!details.title.trim()) return 'The title cannot be empty.';
  if (details.date !== null && !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(details.date)) return 'Write the date as YYYY-MM-DD (or YYYY-MM).';
  if (details.url !== null) {
    let url: URL | null = null;
    try {
      url = new URL(details.url);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return 'The URL must start with http:// or https://.';
  }
  return null;
}

/** Empty strings mean "none"; spaces are trimmed. */
export function cleanDetails(details: ArticleDetails): ArticleDetails {
  const clean = (v: string | null) => (v === null || !v.trim() ? null : v.replace(/\s+/g, ' ').trim());
  return { title: details.title.replace(/\s+/g, ' ').trim(), outlet: clean(details.outlet), date: clean(details.date), url: clean(details.url) };
}

/**
 * Stores corrected details of article `id`; throws with a sentence when a value is not acceptable.
 * Returns the fields that changed.
 */
export async function correctArticle(db: AppDB, id: string, input: ArticleDetails, now = Date.now()): Promise<EditableField[]> {
  const details = cleanDetails(input);
  const problem = checkDetails(details);
  if (problem) throw new Error(problem);
  return db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (!article) throw new Error('This article is no longer in the case.');
    const changed = (Object.keys(details) as EditableField[]).filter((k) => details[k] !== article[k]);
    if (changed.length === 0) return changed;
    const original: Partial<Record<EditableField, string | null>> = { ...article.original };
    for (const k of changed) if (!(k in original)) original[k] = article[k];
    // A field corrected back to what the file said is no longer edited.
    for (const k of changed) if (original[k] === details[k]) delete original[k];
    const update: Partial<ArticleRecord> = { ...details, original: original as ArticleRecord['original'], editedAt: now };
    // A title typed by the reviewer is no longer the first sentence standing in for one.
    if (changed.includes('title')) update.titleInferred = false;
    if (changed.includes('date')) update.dateInferred = false;
    await db.articles.update(id, update);
    return changed;
  });
}

/** Removes an article and its text from its case; returns them for restoreArticle (undo). */
export async function removeArticle(db: AppDB, id: string): Promise<{ article: ArticleRecord; text: TextRecord }> {
  return db.transaction('rw', db.articles, db.texts, async () => {
    const [article, text] = await Promise.all([db.articles.get(id), db.texts.get(id)]);
    if (!article || !text) throw new Error('This article is no longer in the case.');
    await db.articles.delete(id);
    await db.texts.delete(id);
    return { article, text };
  });
}

/** Puts a removed article back (unless the same content was imported again meanwhile). */
export async function restoreArticle(db: AppDB, removed: { article: ArticleRecord; text: TextRecord }): Promise<void> {
  await db.transaction('rw', db.articles, db.texts, async () => {
    if (await db.articles.get(removed.article.id)) return;
    await db.articles.put(removed.article);
    await db.texts.put(removed.text);
  });
}
