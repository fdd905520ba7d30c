/** The report data of a case, read from the database (pairs in review order, with their clusters). */
import type { ReportData } from '../../../../shared/report/model';
import { caseKeyPrefix, type AppDB } from '../../db/AppDB';
import { loadPairsInChunks } from '../../db/usePairs';

export async function buildReportData(db: AppDB, caseId: string, now = Date.now()): Promise<ReportData> {
  const prefix = caseKeyPrefix(caseId);
  const [record, articles, pairs, verdicts, clusters, texts, opinions] = await Promise.all([
    db.cases.get(caseId),
    db.articles.where(':id').startsWith(prefix).toArray(),
    loadPairsInChunks(caseId),
    db.verdicts.where(':id').startsWith(prefix).toArray(),
    db.clusters.where(':id').startsWith(prefix).toArray(),
    db.texts.where(':id').startsWith(prefix).toArray(),
    db.opinions.where(':id').startsWith(prefix).toArray(),
  ]);
  return {
    caseName: record?.name ?? 'Review',
    generatedAt: now,
    articles: articles
      .sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999'))
      .map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, date: a.date, url: a.url, sha256: a.sha256, fileName: a.fileName })),
    pairs: pairs ?? [],
    verdicts,
    clusters: clusters.sort((x, y) => y.size - x.size),
    texts: Object.fromEntries(texts.map((t) => [t.id, t.text])),
    opinions,
  };
}
