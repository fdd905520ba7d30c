/**
 * The review report as one self-contained HTML file: styles inline, no scripts, no external requests
 * (a CSP meta tag forbids them), printable. Every piece of article text goes through escapeHtml, so a
 * <script> or onerror= inside an article is shown as text and runs nothing.
 */
import { diffClaims } from '../diff/pair-diff';
import type { PairRecord } from '../match/records';
import { VERDICT_LABELS, type Verdict } from '../review/verdicts';
import { opinionsBeside, reportReview, summarise, type ReportArticle, type ReportData } from './model';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d1f23;max-width:1000px;margin:2em auto;padding:0 1em}
h1{font-size:24px;margin:0}h2{font-size:19px;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:15px;margin:0}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;word-break:break-all}
.pair{border:1px solid #ccc;border-radius:6px;padding:10px 14px;margin:14px 0;break-inside:avoid}
.claims{display:grid;grid-template-columns:1fr 1fr;gap:12px}.claim{background:#f7f7f5;padding:6px 10px;border-radius:4px}
del{background:#fbdcdc;text-decoration:line-through}ins{background:#d9f2dd;text-decoration:underline}
.verdict{font-weight:700}.conflicting{color:#b3261e}.consistent{color:#17794a}.unclear{color:#a15c00}
.flag{border:1px solid currentColor;border-radius:9px;padding:0 6px;font-size:11px;margin-right:4px;color:#a15c00}
.disagreement{color:#b3261e;font-weight:700}.opinion{border-left:3px solid #ccc;padding-left:10px;margin-left:4px}
.muted{color:#5d6270}.context{font-size:13px}mark{background:#fff1b8}.summary td{text-align:right}
@media print{body{margin:0;max-width:none}.pair{page-break-inside:avoid}}`;

function articleLabel(a: ReportArticle | undefined): string {
  if (!a) return 'unknown article';
  return `${escapeHtml(a.title)} <span class="muted">· ${escapeHtml(a.outlet ?? 'outlet unknown')} · ${escapeHtml(a.date ?? 'no date')}</span>`;
}

function diffHtml(p: PairRecord, side: 'a' | 'b'): string {
  const diff = diffClaims(p.a.text, p.b.text);
  return diff.ops
    .map((op) =>
      op.op === 'equal' ? escapeHtml(op.text) : op.op === 'delete' ? (side === 'a' ? `<del>${escapeHtml(op.text)}</del>` : '') : side === 'b' ? `<ins>${escapeHtml(op.text)}</ins>` : '',
    )
    .join('');
}

const CONTEXT = 200;

/** The claim in its surrounding text, the claim itself marked; empty without the article text. */
function contextHtml(claim: PairRecord['a'], texts: Record<string, string> | undefined): string {
  const text = texts?.[claim.articleId];
  if (!text) return '';
  const before = text.slice(Math.max(0, claim.start - CONTEXT), claim.start);
  const after = text.slice(claim.end, claim.end + CONTEXT);
  return `<p class="context muted">In context: ${before.length === CONTEXT ? '…' : ''}${escapeHtml(before)}<mark>${escapeHtml(text.slice(claim.start, claim.end))}</mark>${escapeHtml(after)}${after.length === CONTEXT ? '…' : ''}</p>`;
}

function pairHtml(p: PairRecord, n: number, articles: Map<string, ReportArticle>, verdict: Verdict | undefined, data: ReportData): string {
  const { texts } = data;
  const speaker = (s: string | null, via: string | null) => (s ? `${escapeHtml(s)}${via ? ` (via ${escapeHtml(via)})` : ''}` : '<span class="muted">speaker not named</span>');
  return `<section class="pair" id="pair-${n}">
<h3>${n}. ${escapeHtml(p.kind)} · score ${p.score.toFixed(2)} ${p.flags.map((f) => `<span class="flag">${escapeHtml(f)}</span>`).join('')}</h3>
<div class="claims">
<div class="claim"><p>A: ${articleLabel(articles.get(p.a.articleId))}<br>${speaker(p.a.speaker, p.a.via)}</p><blockquote>${diffHtml(p, 'a')}</blockquote>${contextHtml(p.a, texts)}</div>
<div class="claim"><p>B: ${articleLabel(articles.get(p.b.articleId))}<br>${speaker(p.b.speaker, p.b.via)}</p><blockquote>${diffHtml(p, 'b')}</blockquote>${contextHtml(p.b, texts)}</div>
</div>
<p class="muted">Suggested: ${escapeHtml(p.suggestion ?? 'undecided')} — ${escapeHtml(p.reason)}</p>
${verdict ? verdictHtml(verdict, data) : ''}
</section>`;
}

function verdictHtml(verdict: Verdict, data: ReportData): string {
  const one = (v: Pick<Verdict, 'verdict' | 'reviewer' | 'at' | 'note'>) =>
    `<p><span class="verdict ${v.verdict}">${VERDICT_LABELS[v.verdict]}</span> · ${escapeHtml(v.reviewer)} · ${escapeHtml(new Date(v.at).toISOString())}</p>${v.note ? `<p class="note">Note: ${escapeHtml(v.note)}</p>` : ''}`;
  const others = opinionsBeside(data, verdict);
  const disagreement = others.some((o) => o.verdict !== verdict.verdict);
  return `${disagreement ? '<p class="disagreement">Disagreement: the reviewers judged these claims differently.</p>' : ''}${one(verdict)}${others.map((o) => `<div class="opinion">${one(o)}</div>`).join('')}`;
}

/** A verdict whose claims the matching no longer pairs: both claims as anchored, and the verdict. */
function orphanHtml(v: Verdict, n: number, data: ReportData): string {
  const review = reportReview(data);
  const side = (label: string, i: 0 | 1) => {
    const anchor = v.anchors[i];
    const article = review.articleBySha(anchor.sha256);
    const claim = { articleId: article?.id ?? '', start: anchor.start, end: anchor.end, text: anchor.exact };
    const placed = article && data.texts?.[article.id]?.slice(anchor.start, anchor.end) === anchor.exact;
    return `<div class="claim"><p>${label}: ${articleLabel(article)}</p><blockquote>${escapeHtml(anchor.exact) || '<span class="muted">claim text unavailable</span>'}</blockquote>${placed ? contextHtml(claim as PairRecord['a'], data.texts) : ''}</div>`;
  };
  return `<section class="pair orphan" id="orphan-${n}">
<h3>${n}. reviewed, no longer proposed</h3>
<div class="claims">
${side('A', 0)}
${side('B', 1)}
</div>
${verdictHtml(v, data)}
</section>`;
}

/** Renders the whole report. */
export function renderHtml(data: ReportData): string {
  const s = summarise(data);
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const review = reportReview(data);
  const reviewed = data.pairs.filter((p) => review.verdictOf(p.id));
  const unreviewed = data.pairs.filter((p) => !review.verdictOf(p.id));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.caseName)} — review report</title>
<style>${STYLE}</style></head><body>
<header><h1>${escapeHtml(data.caseName)}</h1>
<p class="muted">Review report · generated ${escapeHtml(new Date(data.generatedAt).toISOString())} · reviewer${s.reviewers.length === 1 ? '' : 's'}: ${s.reviewers.length ? s.reviewers.map(escapeHtml).join(', ') : 'none yet'}</p></header>
<h2>Summary</h2>
<table class="summary"><tr><th>Articles</th><th>Pairs</th><th>Consistent</th><th>Conflicting</th><th>Unclear</th><th>Unreviewed</th><th>Reviewed, no longer proposed</th></tr>
<tr><td>${s.articles}</td><td>${s.pairs}</td><td>${s.consistent}</td><td>${s.conflicting}</td><td>${s.unclear}</td><td>${s.unreviewed}</td><td>${s.noLongerProposed}</td></tr></table>
${s.disagreements ? `<p class="disagreement">${s.disagreements} pair${s.disagreements === 1 ? '' : 's'} judged differently by the reviewers (both verdicts below).</p>` : ''}
<h2>Articles</h2>
<table><tr><th>Title</th><th>Outlet</th><th>Date</th><th>URL</th><th>File</th><th>SHA-256</th></tr>
${data.articles.map((a) => `<tr><td>${escapeHtml(a.title)}</td><td>${escapeHtml(a.outlet ?? '')}</td><td>${escapeHtml(a.date ?? '')}</td><td class="mono">${escapeHtml(a.url ?? '')}</td><td class="mono">${escapeHtml(a.fileName)}</td><td class="mono">${escapeHtml(a.sha256)}</td></tr>`).join('\n')}
</table>
<h2>Reviewed pairs (${reviewed.length})</h2>
${reviewed.map((p, i) => pairHtml(p, i + 1, articles, review.verdictOf(p.id), data)).join('\n') || '<p class="muted">No pair reviewed yet.</p>'}
${review.orphans.length ? `<h2>Reviewed, no longer proposed (${review.orphans.length})</h2>
<p class="muted">Verdicts on two claims that the current matching does not pair any more. They are kept as given.</p>
${review.orphans.map((v, i) => orphanHtml(v, i + 1, data)).join('\n')}` : ''}
<h2>Clusters (${data.clusters.length})</h2>
${data.clusters
  .map(
    (c) => `<section class="pair"><h3>${c.articleIds.length} articles · ${c.wordings.length} wordings</h3><ul>${c.wordings
      .map((w) => `<li>${escapeHtml(w.text)} <span class="muted">— ${[...new Set(w.claims.map((x) => x.articleId))].map((id) => escapeHtml(articles.get(id)?.title ?? id)).join('; ')}</span></li>`)
      .join('')}</ul></section>`,
  )
  .join('\n') || '<p class="muted">No claim appears in three or more articles.</p>'}
<h2>Unreviewed pairs (${unreviewed.length})</h2>
<ol>${unreviewed.map((p) => `<li>${escapeHtml(p.a.text)} <span class="muted">↔</span> ${escapeHtml(p.b.text)}</li>`).join('\n')}</ol>
</body></html>
`;
}
