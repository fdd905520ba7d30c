/**
 * Review bundles: a whole case in one `.corroborate.json` file (articles with their text and
 * provenance, pairs, verdicts anchored to their claims and their history, clusters) with a format
 * version, to share a review or keep it. Reading one validates its shape with zod, then every record
 * against the bundle's own case and articles (bundle-check.ts); a malformed bundle, another kind of
 * file, a newer format or a record that does not belong is refused with a sentence that names it,
 * before anything is stored. Format 1 bundles (verdicts keyed by pair id) are read and anchored.
 */
import { z } from 'zod';
import { ARTICLE_FORMATS, type ArticleDraft, type ArticleFormat } from '../article/types';
import type { ClusterView } from '../match/cluster-records';
import type { PairRecord } from '../match/records';
import { migrateLegacyVerdicts, type LegacyVerdict, type LegacyVerdictChange } from '../review/legacy';
import type { ClaimAnchor } from '../review/anchors';
import type { Opinion } from '../review/merge';
import { MAX_NOTE_CHARS, MAX_REVIEWER_CHARS, type Verdict, type VerdictChange } from '../review/verdicts';
import { BUNDLE_LIMITS, checkBundleCounts, checkBundleRecords } from './bundle-check';
import type { ReportData } from './model';

export const BUNDLE_FORMAT = 'corroborate-bundle';
/** 2: verdicts anchored to their claims (issue 16). 1: verdicts keyed by pair id, still read. */
export const BUNDLE_VERSION = 2;
export const BUNDLE_EXTENSION = '.corroborate.json';

export interface BundleArticle extends ArticleDraft {
  id: string;
  caseId: string;
  importedAt: number;
  /** The values as imported of the details the reviewer corrected. */
  original?: Partial<Pick<ArticleDraft, 'title' | 'outlet' | 'date' | 'url'>>;
  editedAt?: number;
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
  /** Colleagues' verdicts merged beside this case's (issue 19); absent when there are none. */
  opinions?: Opinion[];
  /** Notes typed on claims that have no verdict yet; absent when there are none. */
  drafts?: BundleDraft[];
}

/** A note typed before a verdict, keyed like the verdict its claims would have. */
export interface BundleDraft {
  id: string;
  caseId: string;
  anchors: [ClaimAnchor, ClaimAnchor];
  note: string;
  at: number;
}

const str = z.string();
const nullableStr = z.string().nullable();
const time = z.number().finite();
const offset = z.number().int().nonnegative();
const claimRef = z.object({ articleId: str, start: offset, end: offset, text: str, kind: z.enum(['statement', 'quote']), speaker: nullableStr, via: nullableStr });
const verdictValue = z.enum(['consistent', 'conflicting', 'unclear']);
// Lengths are checked by checkBundleRecords, which names the record; zod checks the shape.
const anchor = z.object({ sha256: str, start: offset, end: offset, exact: str, prefix: str, suffix: str });
const verdict = z.object({
  id: str, caseId: str, anchors: z.tuple([anchor, anchor]), verdict: verdictValue, note: str, reviewer: str, at: time, legacyPairId: str.optional(),
});
const legacyVerdict = z.object({ id: str, caseId: str, verdict: verdictValue, note: str, reviewer: str, at: time });
const fieldNames = ['title', 'date', 'outlet', 'url', 'byline', 'language', 'place'] as const;
const sourceNames = ['manifest', 'you', 'detected', 'url', 'sender', 'dateline'] as const;
/** Where metadata came from (added in importer 3; absent in older bundles). */
const sources = z.partialRecord(z.enum(fieldNames), z.enum(sourceNames)).optional();

const common = {
  format: z.literal(BUNDLE_FORMAT),
  exportedAt: time,
  case: z.object({ id: str.min(1).max(200).regex(/^[^:]+$/, 'a case id has no colon'), name: str.min(1).max(200), createdAt: time, updatedAt: time }),
  articles: z.array(
    z.object({
      id: str, caseId: str, importedAt: time, title: str, titleInferred: z.boolean(), text: str, date: nullableStr, dateInferred: z.boolean(),
      outlet: nullableStr, url: nullableStr, byline: nullableStr, language: nullableStr, fileName: str, sourcePath: str,
      sha256: str.regex(/^[0-9a-f]{64}$/), format: z.enum(ARTICLE_FORMATS as [ArticleFormat, ...ArticleFormat[]]), encoding: str, chars: z.number().int(), importerVersion: str,
      place: nullableStr.optional(), sources, manifest: str.optional(),
      // Details the reviewer corrected keep the values as imported (issue 19).
      original: z.object({ title: str.optional(), outlet: nullableStr.optional(), date: nullableStr.optional(), url: nullableStr.optional() }).strict().optional(),
      editedAt: time.optional(),
    }),
  ),
  pairs: z.array(
    z.object({
      id: str, caseId: str, a: claimRef, b: claimRef, score: z.number().min(0).max(1), kind: z.enum(['quote', 'statement', 'verbatim']),
      flags: z.array(z.enum(['number', 'date', 'negation', 'speaker', 'attribution'])), suggestion: z.enum(['consistent', 'conflict']).nullable(), reason: str, evidence: z.array(str).optional(), similarity: z.number().optional(), priority: z.number(),
    }),
  ),
  clusters: z.array(
    z.object({
      id: str, caseId: str, size: z.number().int(), pairIds: z.array(str), claims: z.array(claimRef),
      wordings: z.array(z.object({ text: str, claims: z.array(claimRef) })), articleIds: z.array(str),
    }),
  ),
};

const opinion = z.object({
  id: str, caseId: str, verdictId: str, anchors: z.tuple([anchor, anchor]), verdict: verdictValue, note: str.max(MAX_NOTE_CHARS), reviewer: str.max(MAX_REVIEWER_CHARS), at: time, source: str.max(1000), mergedAt: time,
});
const draft = z.object({ id: str, caseId: str, anchors: z.tuple([anchor, anchor]), note: str.max(MAX_NOTE_CHARS), at: time });

const bundleSchema = z.object({
  ...common,
  version: z.literal(BUNDLE_VERSION),
  verdicts: z.array(verdict),
  opinions: z.array(opinion).max(BUNDLE_LIMITS.verdicts).optional(),
  drafts: z.array(draft).max(BUNDLE_LIMITS.verdicts).optional(),
  history: z.array(
    z.object({ seq: z.number().int().optional(), caseId: str, verdictId: str, before: verdict.nullable(), after: verdict.nullable(), at: time, batch: z.number().optional(), tab: str.optional() }),
  ),
});

const bundleV1Schema = z.object({
  ...common,
  version: z.literal(1),
  verdicts: z.array(legacyVerdict),
  history: z.array(z.object({ seq: z.number().int().optional(), caseId: str, pairId: str, before: legacyVerdict.nullable(), after: legacyVerdict.nullable(), at: time, batch: z.number().optional() })),
});

export type BundleResult = { ok: true; bundle: ReviewBundle } | { ok: false; error: string };

/** Reads and checks a bundle file's text. */
export function parseBundle(text: string): BundleResult {
  if (text.length > BUNDLE_LIMITS.chars) {
    return { ok: false, error: `too large to open: ${text.length.toLocaleString('en')} characters (the limit is ${BUNDLE_LIMITS.chars.toLocaleString('en')})` };
  }
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
  const tooMany = checkBundleCounts(data as Record<string, unknown>);
  if (tooMany) return { ok: false, error: tooMany };
  let bundle: ReviewBundle;
  if (head.version === 1) {
    const result = bundleV1Schema.safeParse(data);
    if (!result.success) return { ok: false, error: damaged(result.error) };
    bundle = anchorFormat1(result.data as unknown as ReviewBundle & { verdicts: LegacyVerdict[]; history: LegacyVerdictChange[] });
  } else {
    const result = bundleSchema.safeParse(data);
    if (!result.success) return { ok: false, error: damaged(result.error) };
    bundle = result.data as ReviewBundle;
  }
  const problem = checkBundleRecords(bundle);
  if (problem) return { ok: false, error: `refused: ${problem}` };
  const prefix = `${bundle.case.id}:`;
  const stray = [...(bundle.opinions ?? []), ...(bundle.drafts ?? [])].find((r) => !r.id.startsWith(prefix) || r.caseId !== bundle.case.id);
  if (stray) return { ok: false, error: `refused: the note or verdict ${stray.id} does not belong to the bundle's case` };
  return { ok: true, bundle };
}

function damaged(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `damaged review bundle: ${issue.path.join('.') || 'file'}: ${issue.message}`;
}

/** A format-1 bundle with its verdicts and history anchored (shared/review/legacy.ts). */
function anchorFormat1(b: Omit<ReviewBundle, 'verdicts' | 'history'> & { verdicts: LegacyVerdict[]; history: LegacyVerdictChange[] }): ReviewBundle {
  const byId = new Map(b.articles.map((a) => [a.id, a]));
  const claimText = new Map<string, string>();
  for (const p of b.pairs) for (const c of [p.a, p.b]) claimText.set(`${c.articleId}#${c.start}-${c.end}`, c.text);
  // Only the bundle's own case: a verdict of another case is refused by the record check, not re-keyed.
  const { verdicts, history } = migrateLegacyVerdicts(b.verdicts, b.history, {
    shaOf: (id) => byId.get(id)?.sha256,
    textOf: (id) => byId.get(id)?.text,
    claimText: (id, start, end) => claimText.get(`${id}#${start}-${end}`),
  });
  return { ...b, version: BUNDLE_VERSION, verdicts, history: history.map(({ seq: _seq, ...h }) => h) };
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
