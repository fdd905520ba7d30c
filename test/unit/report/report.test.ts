import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { matchArticles } from '../../../shared/match/case-matcher';
import { clusterRecords } from '../../../shared/match/cluster-records';
import { toPairRecord } from '../../../shared/match/records';
import { renderHtml } from '../../../shared/report/html';
import { reportFileName, summarise, type ReportData } from '../../../shared/report/model';
import { escapeMarkdown, renderCsv, renderJson, renderMarkdown } from '../../../shared/report/text-formats';
import { createHash } from 'node:crypto';
import { anchorClaim, canonicalAnchors, verdictId } from '../../../shared/review/anchors';
import type { Verdict } from '../../../shared/review/verdicts';
import { seedArticles } from '../../support/articles';

const shaOf = (id: string) => createHash('sha256').update(id).digest('hex');

const NOTE = 'Two translations of one quote: locking vs freeze; check the French original.';

async function seedReport(extraArticles: Array<{ id: string; text: string; date: string | null; title?: string }> = []): Promise<ReportData> {
  const articles = [...(await seedArticles()), ...extraArticles];
  const pairs = matchArticles(articles).allPairs().map((p) => toPairRecord('c', p));
  const macron = pairs.find((p) => /locking the game/.test(p.a.text))!;
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const anchors = canonicalAnchors(anchorClaim(shaOf(macron.a.articleId), macron.a, textOf.get(macron.a.articleId)), anchorClaim(shaOf(macron.b.articleId), macron.b, textOf.get(macron.b.articleId)));
  const verdict: Verdict = { id: verdictId('c', anchors), caseId: 'c', anchors, verdict: 'conflicting', note: NOTE, reviewer: 'Ana Checker', at: Date.UTC(2026, 10, 22, 9) };
  return {
    caseName: 'Macron after Putin talks, Feb 2022',
    generatedAt: Date.UTC(2026, 10, 22, 10),
    articles: articles.map((a) => ({ id: a.id, title: (a as { title?: string }).title ?? a.id, outlet: null, date: a.date, url: null, sha256: shaOf(a.id), fileName: `${a.id}.txt` })),
    pairs,
    verdicts: [verdict],
    clusters: clusterRecords(pairs),
    texts: Object.fromEntries(articles.map((a) => [a.id, a.text])),
  };
}

describe('review report', () => {
  it('counts verdicts in the summary', async () => {
    const data = await seedReport();
    expect(summarise(data)).toMatchObject({ articles: 2, conflicting: 1, consistent: 0, unreviewed: data.pairs.length - 1, reviewers: ['Ana Checker'] });
  });

  it('HTML: self-contained, with the verdict, the note, both quotes and their diff', async () => {
    const data = await seedReport();
    const html = renderHtml(data);
    expect(html).toContain('<h1>Macron after Putin talks, Feb 2022</h1>');
    expect(html).toContain('Conflicting</span> · Ana Checker');
    expect(html).toContain(`Note: ${NOTE}`);
    expect(html).toMatch(/<del>[^<]*&#39;locking<\/del>/);
    expect(html).toMatch(/<ins>to freeze<\/ins>/);
    expect(html).toMatch(/<ins>perspectives/);
    // Both claims in context: the sentence around each quote, the quote marked.
    expect(html).toMatch(/In context: [^<]*Sputnik, Macron, who met his Russian counterpart[^<]*<mark>For me, it was about/);
    expect(html).toMatch(/In context: [^<]*Macron stated, satisfied\. “<mark>My aim was to freeze the game/);
    expect(html).toContain(data.articles[0]!.sha256);
    // No external requests, no scripts.
    expect(html).not.toMatch(/<script|<link|src="http|href="http/i);
    expect(html).toContain("default-src 'none'");
  });

  it('HTML: hostile article text is escaped and inert', async () => {
    const evil = '<script>alert(1)</script> The <img src=x onerror="alert(2)"> Coast Guard said debris was found about 1,600 feet from the bow of the Titanic.';
    const data = await seedReport([
      { id: 'evil1', text: evil, date: '2023-06-22', title: '<script>alert("title")</script>' },
      { id: 'evil2', text: evil.replace('1,600 feet', '1,600 ft'), date: '2023-06-23' },
    ]);
    const html = renderHtml(data);
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    expect(html).toContain('onerror=&quot;alert(2)&quot;');
  });

  it('CSV: one row per pair, formula-like cells neutralised, round-trips through a CSV parser', async () => {
    const data = await seedReport([
      { id: 'f1', text: '=HYPERLINK("http://evil.example","click") The Coast Guard said debris was found near the bow of the Titanic wreck.', date: null },
      { id: 'f2', text: '=HYPERLINK("http://evil.example","click") The Coast Guard said debris was found near the bow of the Titanic wreck site.', date: null },
    ]);
    const csv = renderCsv(data);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(data.pairs.length);
    const formulaRows = parsed.data.filter((r) => r.claim_a!.includes('HYPERLINK'));
    expect(formulaRows.length).toBeGreaterThan(0);
    for (const r of formulaRows) expect(r.claim_a!.startsWith("'=")).toBe(true);
    const macron = parsed.data.find((r) => r.verdict === 'conflicting')!;
    expect(macron.note).toBe(NOTE);
    expect(macron.claim_a).toMatch(/^For me, it was about 'locking the game'/);
  });

  it('Markdown and JSON carry the same verdict and note', async () => {
    const data = await seedReport();
    const md = renderMarkdown(data);
    expect(md).toMatch(/^# Macron after Putin talks, Feb 2022/);
    expect(md).toContain('Verdict: **Conflicting** by Ana Checker');
    expect(md).toContain(`Note: ${NOTE}`);
    const json = JSON.parse(renderJson(data));
    expect(json.format).toBe('corroborate-report/2');
    expect(json.summary.conflicting).toBe(1);
    expect(json.verdicts[0].note).toBe(NOTE);
    expect(json.verdicts[0].pairId).toBe(data.pairs.find((p) => /locking the game/.test(p.a.text))!.id);
  });

  it('names each article’s file in every format: HTML and Markdown article tables, CSV rows, JSON articles', async () => {
    const data = await seedReport();
    const files = data.articles.map((a) => a.fileName);
    expect(files.every(Boolean)).toBe(true);
    const html = renderHtml(data);
    const md = renderMarkdown(data);
    for (const f of files) {
      expect(html).toContain(`<td class="mono">${f}</td>`);
      expect(md).toContain(`| ${escapeMarkdown(f)} |`);
    }
    const rows = Papa.parse<Record<string, string>>(renderCsv(data), { header: true, skipEmptyLines: true }).data;
    expect(rows.every((r) => files.includes(r.file_a!) && files.includes(r.file_b!))).toBe(true);
    expect(JSON.parse(renderJson(data)).articles.map((a: { fileName: string }) => a.fileName)).toEqual(files);
  });

  it('names report files safely', () => {
    expect(reportFileName('Titan / June 2023: "implosion"', 'html')).toBe('Titan-June-2023-implosion-review.html');
    expect(reportFileName('///', 'csv')).toBe('review-review.csv');
  });
});

describe('ClaimReview JSON-LD', () => {
  it('gives the reviewed Macron quote one ClaimReview with rating, explanation, appearances and first appearance', async () => {
    const { renderClaimReview } = await import('../../../shared/report/claimreview');
    const data = await seedReport();
    const reviews = JSON.parse(renderClaimReview(data));
    expect(reviews).toHaveLength(1);
    const [r] = reviews;
    expect(r['@context']).toBe('https://schema.org');
    expect(r['@type']).toBe('ClaimReview');
    expect(r.claimReviewed).toMatch(/^For me, it was about 'locking the game'/);
    expect(r.reviewRating).toMatchObject({ alternateName: 'Conflicting', ratingExplanation: NOTE, ratingValue: 1, bestRating: 3, worstRating: 1 });
    expect(r.itemReviewed.author.name).toBe('Macron');
    expect(r.itemReviewed.appearance).toHaveLength(2);
    expect(r.itemReviewed.firstAppearance.datePublished).toBe('2022-02-08');
    expect(r.author.name).toBe('Ana Checker');
  });
});
