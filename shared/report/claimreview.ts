/**
 * schema.org ClaimReview JSON-LD: one ClaimReview per reviewed claim, or per cluster where a whole
 * cluster has one verdict. claimReviewed is the claim; reviewRating.alternateName and
 * ratingExplanation come from the verdict and note; itemReviewed.appearance lists every article that
 * carries the claim, and firstAppearance the earliest dated one. A verdict whose claims are no longer
 * paired is still a review of its first claim. `<`, `>` and `&` are \u-escaped so the document can be
 * published inside <script type="application/ld+json"> as it is.
 */
import { earliestArticle } from '../match/cluster-records';
import type { ClaimRef } from '../match/records';
import { VERDICT_LABELS, type Verdict } from '../review/verdicts';
import { reportReview, type ReportArticle, type ReportData } from './model';
import { scriptSafeJson } from './text-formats';

const RATING: Record<Verdict['verdict'], number> = { conflicting: 1, unclear: 2, consistent: 3 };

function creativeWork(a: ReportArticle | undefined, id: string) {
  return {
    '@type': 'CreativeWork',
    ...(a?.url ? { url: a.url } : {}),
    headline: a?.title ?? id,
    ...(a?.date ? { datePublished: a.date } : {}),
    ...(a?.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
    identifier: a ? `sha256:${a.sha256}` : id,
  };
}

/** The JSON-LD document: an array of ClaimReview objects. */
export function renderClaimReview(data: ReportData): string {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const { verdictOf, orphans, articleBySha } = reportReview(data);
  const reviews: object[] = [];
  const covered = new Set<string>();
  const review = (claim: Pick<ClaimRef, 'text' | 'speaker'>, articleIds: string[], verdict: Verdict) => {
    const first = earliestArticle(articleIds, (id) => articles.get(id)?.date ?? null);
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: new Date(verdict.at).toISOString().slice(0, 10),
      author: { '@type': 'Person', name: verdict.reviewer },
      claimReviewed: claim.text,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: RATING[verdict.verdict],
        bestRating: 3,
        worstRating: 1,
        alternateName: VERDICT_LABELS[verdict.verdict],
        ...(verdict.note ? { ratingExplanation: verdict.note } : {}),
      },
      itemReviewed: {
        '@type': 'Claim',
        ...(claim.speaker ? { author: { '@type': 'Person', name: claim.speaker } } : {}),
        appearance: articleIds.map((id) => creativeWork(articles.get(id), id)),
        ...(first ? { firstAppearance: creativeWork(articles.get(first), first) } : {}),
      },
    };
  };
  // A cluster whose pairs all carry the same verdict is one reviewed claim.
  for (const c of data.clusters) {
    const vs = c.pairIds.map((id) => verdictOf(id));
    if (vs.some((v) => !v) || new Set(vs.map((v) => v!.verdict)).size !== 1) continue;
    const latest = vs.reduce((x, y) => (x!.at >= y!.at ? x : y))!;
    reviews.push(review(c.wordings[0]!.claims[0]!, c.articleIds, latest));
    for (const id of c.pairIds) covered.add(id);
  }
  for (const p of data.pairs) {
    const v = verdictOf(p.id);
    if (!v || covered.has(p.id)) continue;
    reviews.push(review(p.a, [p.a.articleId, p.b.articleId], v));
  }
  for (const v of orphans) {
    const ids = v.anchors.map((a) => articleBySha(a.sha256)?.id ?? `sha256:${a.sha256}`);
    reviews.push(review({ text: v.anchors[0].exact, speaker: null }, ids, v));
  }
  return `${scriptSafeJson(reviews, 2)}\n`;
}
