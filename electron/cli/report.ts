/**
 * `report`: writes the review report of a review bundle, or of plain article files matched in Node
 * with every pair unreviewed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { BUNDLE_EXTENSION, bundleReportData, parseBundle } from '../../shared/report/bundle';
import { clusterRecords } from '../../shared/match/cluster-records';
import { toPairRecord } from '../../shared/match/records';
import { parseArticleFiles } from '../../shared/article/parse';
import { matchOnThreads } from './extract-pool';
import { FORMAT_EXTENSIONS, type ReportData, type ReportFormat } from '../../shared/report/model';
import { renderReport } from '../../shared/report/render';
import { readPaths } from '../main/read-files';
import { cliArticleId } from './import-check';

export function isReportFormat(value: string | undefined): value is ReportFormat {
  return value !== undefined && Object.hasOwn(FORMAT_EXTENSIONS, value);
}

/**
 * Renders the report of a review bundle (with its verdicts) or of plain files (matched here, every
 * pair unreviewed); returns the number of articles and pairs, and the errors.
 */
export async function writeReport(paths: string[], format: ReportFormat, out: string, now = Date.now()) {
  if (paths.length === 1 && paths[0]!.endsWith(BUNDLE_EXTENSION)) {
    const parsed = parseBundle(await readFile(paths[0]!, 'utf8'));
    if (!parsed.ok) return { articles: 0, pairs: 0, reviewed: 0, errors: [{ path: paths[0]!, error: parsed.error }] };
    await writeFile(out, renderReport(bundleReportData(parsed.bundle, now), format), 'utf8');
    return { articles: parsed.bundle.articles.length, pairs: parsed.bundle.pairs.length, reviewed: parsed.bundle.verdicts.length, errors: [] };
  }
  const read = await readPaths(paths);
  const parsed = await parseArticleFiles(read.files);
  const unique = [...new Map(parsed.articles.map((a) => [cliArticleId(a), a])).values()];
  const pairs = (await matchOnThreads(unique.map((a) => ({ id: cliArticleId(a), text: a.text, date: a.date }))))
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
  return { articles: unique.length, pairs: pairs.length, reviewed: 0, errors: [...read.errors, ...parsed.errors] };
}
