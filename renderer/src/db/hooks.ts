/** Live queries the UI reads the database through: they re-render when the data changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { caseKeyPrefix, db } from './AppDB';
import { listCases } from './cases';
import type { ArticleRecord, CaseRecord } from './records';

export function useCases(): CaseRecord[] | undefined {
  return useLiveQuery(() => listCases(db), []);
}

/** Article metadata of a case (no texts), in storage order. */
export function useArticles(caseId: string | null): ArticleRecord[] | undefined {
  return useLiveQuery(
    () => (caseId ? db.articles.where(':id').startsWith(caseKeyPrefix(caseId)).toArray() : Promise.resolve([] as ArticleRecord[])),
    [caseId],
  );
}

export function useArticleText(articleId: string | null): string | undefined {
  return useLiveQuery(async () => (articleId ? (await db.texts.get(articleId))?.text ?? '' : ''), [articleId]);
}
