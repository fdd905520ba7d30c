/**
 * `report`: writes the review report of plain article files, matched in Node, with every pair
 * unreviewed (review bundles, which carry verdicts, are a later step).
 */
import { writeFile } from 'node:fs/promises';
import { clusterRecords } from '../../shared/match/cluster-records';
import { toPairRecord } from '../../shared/match/records';
import { matchArticles } from '../../shared/match/case-matcher';
import { parseArticleFiles } from '../../shared/article/parse';
import { FORMAT_EXTENSIONS, type ReportData, type ReportFormat } from '../../shared/report/model';
import { renderReport } from '../../shared/report/render';
import { readPaths } from '../main/read-files';
import { cliArticleId } from './import-check';

export function isReportFormat(value: string | undefined): value is ReportFormat {
  return value !== undefined && Object.hasOwn(FORMAT_EXTENSIONS, value);
}

/** Reads, matches and renders `paths`; returns the number of articles and pairs, and the errors. */
export async function writeReport(paths: string[], format: ReportFormat, out: string, now = Date.now()) {
  const read = await readPaths(paths);
  const parsed = await parseArticleFiles(read.files);
  const unique = [...new Map(parsed.articles.map((a) => [cliArticleId(a), a])).values()];
  const pairs = matchArticles(unique.map((a) => ({ id: cliArticleId(a), text: a.text, date: a.date })))
    .allPairs()
    .map((p) => toPairRecord('cli', p));
  const data: ReportData = {
    caseName: `Review of ${unique.length} article${unique.length === 1 ? '' : 's'}`,
    generatedAt: now,
    articles: unique.map((a) => ({ id: cliArticleId(a), title: a.title, outlet: a.outlet, date: a.date, url: a.url, sha256: a.sha256, fileName: a.fileName })),
    pairs,
    verdicts: [],
    clusters: clusterRecords(pairs),
  };
  await writeFile(out, renderReport(data, format), 'utf8');
  return { articles: unique.length, pairs: pairs.length, errors: [...read.errors, ...parsed.errors] };
}
