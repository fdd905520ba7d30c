/**
 * The data every review report is rendered from, as plain data built by the app (from Dexie) or by
 * the CLI (from matching files). Renderers only format it; the counts are computed here once.
 */
import type { ClusterView } from '../match/cluster-records';
import type { PairRecord } from '../match/records';
import { attachVerdicts, PairIndex, type Attachment } from '../review/attach';
import type { Opinion } from '../review/merge';
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
  /** Colleagues' verdicts merged beside this library's (issue 19), shown with the verdict they sit by. */
  opinions?: Opinion[];
}

export interface ReportSummary {
  articles: number;
  /** Pairs the matching proposes. */
  pairs: number;
  /** Verdicts of every kind, on proposed pairs and on pairs no longer proposed. */
  consistent: number;
  conflicting: number;
  unclear: number;
  /** Proposed pairs without a verdict. */
  unreviewed: number;
  /** Verdicts whose two claims the current matching no longer pairs (counted above too). */
  noLongerProposed: number;
  /** Everyone whose verdict is in the report, merged colleagues included. */
  reviewers: string[];
  /** Claims two reviewers judged differently (a merged colleague's verdict differs). */
  disagreements: number;
}

/** The review of a report's data: each proposed pair's verdict, and the verdicts no pair carries. */
export interface ReportReview {
  verdictOf(pairId: string): Verdict | undefined;
  /** Reviewed, no longer proposed: newest first. */
  orphans: readonly Verdict[];
  attachment: Attachment;
  /** An article by SHA-256 (anchors name articles by hash). */
  articleBySha(sha256: string): ReportArticle | undefined;
}

const reviews = new WeakMap<ReportData, ReportReview>();

/** Attaches the data's verdicts to its pairs (shared/review/attach), once per data object. */
export function reportReview(data: ReportData): ReportReview {
  const known = reviews.get(data);
  if (known) return known;
  const shaOf = new Map(data.articles.map((a) => [a.id, a.sha256]));
  const bySha = new Map(data.articles.map((a) => [a.sha256, a]));
  const index = new PairIndex(data.pairs, (id) => shaOf.get(id));
  const textOf = data.texts ? (sha: string) => data.texts![bySha.get(sha)?.id ?? ''] : undefined;
  const attachment = attachVerdicts(index, data.verdicts, textOf);
  const review: ReportReview = {
    verdictOf: (id) => attachment.byPair.get(id),
    orphans: attachment.orphans,
    attachment,
    articleBySha: (sha) => bySha.get(sha),
  };
  reviews.set(data, review);
  return review;
}

export function summarise(data: ReportData): ReportSummary {
  const review = reportReview(data);
  const count = (value: Verdict['verdict']) => data.verdicts.filter((v) => v.verdict === value).length;
  return {
    articles: data.articles.length,
    pairs: data.pairs.length,
    consistent: count('consistent'),
    conflicting: count('conflicting'),
    unclear: count('unclear'),
    unreviewed: data.pairs.length - review.attachment.byPair.size,
    noLongerProposed: review.orphans.length,
    reviewers: [...new Set([...data.verdicts, ...(data.opinions ?? [])].map((v) => v.reviewer))].sort(),
    disagreements: new Set(opinionsOf(data).flatMap(([id, list]) => (list.some((o) => o.verdict !== verdictById(data).get(id)?.verdict) ? [id] : []))).size,
  };
}

const byVerdict = new WeakMap<ReportData, Map<string, Opinion[]>>();
const verdictsById = new WeakMap<ReportData, Map<string, Verdict>>();
function verdictById(data: ReportData): Map<string, Verdict> {
  let map = verdictsById.get(data);
  if (!map) verdictsById.set(data, (map = new Map(data.verdicts.map((v) => [v.id, v]))));
  return map;
}
function opinionsOf(data: ReportData): Array<[string, Opinion[]]> {
  return [...opinionMap(data)];
}
function opinionMap(data: ReportData): Map<string, Opinion[]> {
  let map = byVerdict.get(data);
  if (!map) {
    map = new Map();
    for (const o of data.opinions ?? []) map.set(o.verdictId, [...(map.get(o.verdictId) ?? []), o]);
    byVerdict.set(data, map);
  }
  return map;
}

/** Colleagues' verdicts on the same claims as `verdict`, oldest first. */
export function opinionsBeside(data: ReportData, verdict: Verdict): Opinion[] {
  return [...(opinionMap(data).get(verdict.id) ?? [])].sort((x, y) => x.at - y.at);
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
