/**
 * Review bundles: a whole case in one `.corroborate.json` file (articles with their text and
 * provenance, pairs, verdicts and their history, clusters) with a format version, to share a review
 * or keep it. Reading one validates it with zod; a malformed bundle, another kind of file or a newer
 * format is refused with a message that says which, before anything is stored.
 */
import { z } from 'zod';
import type { ArticleDraft } from '../article/types';
import type { ClusterView } from '../match/cluster-records';
import type { PairRecord } from '../match/records';
import type { Verdict, VerdictChange } from '../review/verdicts';
import type { ReportData } from './model';

export const BUNDLE_FORMAT = 'corroborate-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.corroborate.json';

export interface BundleArticle extends ArticleDraft {
  id: string;
  caseId: string;
  importedAt: number;
}

export interface ReviewBundle {
  format: typeof BUNDLE_FORMAT;
  version: number;
  exportedAt: number;
  case: { id: string; name: string; createdAt: number; updatedAt: number };
  articles: BundleArticle[];
  pairs: PairRecord[];
  verdicts: Verdict[];
  history: VerdictChange[];
  clusters: Array<ClusterView & { caseId: string; size: number }>;
}

const str = z.string();
const nullableStr = z.string().nullable();
const claimRef = z.object({ articleId: str, start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: str, kind: z.enum(['statement', 'quote']), speaker: nullableStr, via: nullableStr });
const verdict = z.object({ id: str, caseId: str, verdict: z.enum(['consistent', 'conflicting', 'unclear']), note: str, reviewer: str, at: z.number() });

const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.number(),
  case: z.object({ id: str.min(1), name: str.min(1), createdAt: z.number(), updatedAt: z.number() }),
  articles: z.array(
    z.object({
      id: str, caseId: str, importedAt: z.number(), title: str, titleInferred: z.boolean(), text: str, date: nullableStr, dateInferred: z.boolean(),
      outlet: nullableStr, url: nullableStr, byline: nullableStr, language: nullableStr, fileName: str, sourcePath: str,
      sha256: str.regex(/^[0-9a-f]{64}$/), format: z.enum(['txt', 'md', 'html', 'json', 'jsonl']), encoding: str, chars: z.number().int(), importerVersion: str,
    }),
  ),
  pairs: z.array(
    z.object({
      id: str, caseId: str, a: claimRef, b: claimRef, score: z.number().min(0).max(1), kind: z.enum(['quote', 'statement', 'verbatim']),
      flags: z.array(z.enum(['number', 'date', 'negation', 'speaker', 'attribution'])), suggestion: z.enum(['consistent', 'conflict']).nullable(), reason: str, priority: z.number(),
    }),
  ),
  verdicts: z.array(verdict),
  history: z.array(z.object({ seq: z.number().int().optional(), caseId: str, pairId: str, before: verdict.nullable(), after: verdict.nullable(), at: z.number(), batch: z.number().optional() })),
  clusters: z.array(
    z.object({
      id: str, caseId: str, size: z.number().int(), pairIds: z.array(str), claims: z.array(claimRef),
      wordings: z.array(z.object({ text: str, claims: z.array(claimRef) })), articleIds: z.array(str),
    }),
  ),
});

export type BundleResult = { ok: true; bundle: ReviewBundle } | { ok: false; error: string };

/** Reads and checks a bundle file's text. */
export function parseBundle(text: string): BundleResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not a review bundle: malformed JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BUNDLE_FORMAT) return { ok: false, error: 'not a Corroborate review bundle' };
  if (typeof head.version === 'number' && head.version > BUNDLE_VERSION) {
    return { ok: false, error: `made by a newer Corroborate (bundle format ${head.version}; this version reads up to ${BUNDLE_VERSION}): update the app to open it` };
  }
  const result = bundleSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, error: `damaged review bundle: ${issue.path.join('.') || 'file'}: ${issue.message}` };
  }
  const bundle = result.data as ReviewBundle;
  // Everything must belong to the bundle's case, so restoring it cannot write into another case.
  const prefix = `${bundle.case.id}:`;
  const foreign = [...bundle.articles, ...bundle.pairs, ...bundle.verdicts, ...bundle.clusters].find((r) => !r.id.startsWith(prefix));
  if (foreign) return { ok: false, error: `damaged review bundle: ${foreign.id} does not belong to its case` };
  return { ok: true, bundle };
}

/** The bundle as file text with keys sorted, so the same case always gives the same bytes. */
export function serialiseBundle(bundle: ReviewBundle): string {
  const sorted = (_key: string, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, (value as Record<string, unknown>)[k]]))
      : value;
  return `${JSON.stringify(bundle, sorted, 1)}\n`;
}

/** The report data of a bundle (verdicts included). */
export function bundleReportData(bundle: ReviewBundle, now = Date.now()): ReportData {
  return {
    caseName: bundle.case.name,
    generatedAt: now,
    articles: bundle.articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, date: a.date, url: a.url, sha256: a.sha256, fileName: a.fileName })),
    pairs: [...bundle.pairs].sort((x, y) => y.priority - x.priority || (x.id < y.id ? -1 : 1)),
    verdicts: bundle.verdicts,
    clusters: bundle.clusters,
    texts: Object.fromEntries(bundle.articles.map((a) => [a.id, a.text])),
  };
}
