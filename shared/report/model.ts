/**
 * The data every review report is rendered from, as plain data built by the app (from Dexie) or by
 * the CLI (from matching files). Renderers only format it; the counts are computed here once.
 */
import type { ClusterView } from '../match/cluster-records';
import type { PairRecord } from '../match/records';
import type { Verdict } from '../review/verdicts';

export interface ReportArticle {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  sha256: string;
  fileName: string;
}

export interface ReportData {
  caseName: string;
  generatedAt: number;
  articles: ReportArticle[];
  /** In review order. */
  pairs: PairRecord[];
  verdicts: Verdict[];
  clusters: ClusterView[];
  /** Article texts by id, for showing each claim in its context (optional: without them, claims only). */
  texts?: Record<string, string>;
}

export interface ReportSummary {
  articles: number;
  pairs: number;
  consistent: number;
  conflicting: number;
  unclear: number;
  unreviewed: number;
  reviewers: string[];
}

export function summarise(data: ReportData): ReportSummary {
  const verdicts = new Map(data.verdicts.map((v) => [v.id, v]));
  const count = (value: Verdict['verdict']) => data.pairs.filter((p) => verdicts.get(p.id)?.verdict === value).length;
  const consistent = count('consistent');
  const conflicting = count('conflicting');
  const unclear = count('unclear');
  return {
    articles: data.articles.length,
    pairs: data.pairs.length,
    consistent,
    conflicting,
    unclear,
    unreviewed: data.pairs.length - consistent - conflicting - unclear,
    reviewers: [...new Set(data.verdicts.map((v) => v.reviewer))].sort(),
  };
}

export const FORMAT_EXTENSIONS = { html: 'html', md: 'md', csv: 'csv', json: 'json', claimreview: 'claimreview.jsonld' } as const;
export type ReportFormat = keyof typeof FORMAT_EXTENSIONS;
export const FORMAT_MIME: Record<ReportFormat, string> = {
  html: 'text/html',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  claimreview: 'application/ld+json',
};

/** A file name for the report of `caseName`: letters, digits and dashes only. */
export function reportFileName(caseName: string, format: ReportFormat): string {
  const base = caseName.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'review';
  return `${base}-review.${FORMAT_EXTENSIONS[format]}`;
}
