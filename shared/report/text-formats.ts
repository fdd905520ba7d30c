/**
 * The review report as Markdown (for editors), CSV (one row per pair, for spreadsheets: papaparse
 * quotes the cells and neutralises ones starting with = + - @ against formula injection) and JSON.
 */
import Papa from 'papaparse';
import { VERDICT_LABELS } from '../review/verdicts';
import { summarise, type ReportData } from './model';

/** Markdown with the same sections as the HTML report. */
export function renderMarkdown(data: ReportData): string {
  const s = summarise(data);
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const verdicts = new Map(data.verdicts.map((v) => [v.id, v]));
  const cell = (t: string | null) => (t ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const quote = (t: string) => `> ${t.replace(/\n/g, '\n> ')}`;
  const lines = [
    `# ${data.caseName}`,
    '',
    `Review report · generated ${new Date(data.generatedAt).toISOString()} · reviewers: ${s.reviewers.join(', ') || 'none yet'}`,
    '',
    '## Summary',
    '',
    '| Articles | Pairs | Consistent | Conflicting | Unclear | Unreviewed |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${s.articles} | ${s.pairs} | ${s.consistent} | ${s.conflicting} | ${s.unclear} | ${s.unreviewed} |`,
    '',
    '## Articles',
    '',
    '| Title | Outlet | Date | URL | SHA-256 |',
    '| --- | --- | --- | --- | --- |',
    ...data.articles.map((a) => `| ${cell(a.title)} | ${cell(a.outlet)} | ${cell(a.date)} | ${cell(a.url)} | \`${a.sha256}\` |`),
    '',
    '## Reviewed pairs',
    '',
  ];
  data.pairs
    .filter((p) => verdicts.has(p.id))
    .forEach((p, i) => {
      const v = verdicts.get(p.id)!;
      lines.push(`### ${i + 1}. ${VERDICT_LABELS[v.verdict]} (${p.kind}, score ${p.score.toFixed(2)}${p.flags.length ? `, flags: ${p.flags.join(', ')}` : ''})`, '');
      lines.push(`A: ${articles.get(p.a.articleId)?.title ?? p.a.articleId}${p.a.speaker ? ` — ${p.a.speaker}` : ''}`, '', quote(p.a.text), '');
      lines.push(`B: ${articles.get(p.b.articleId)?.title ?? p.b.articleId}${p.b.speaker ? ` — ${p.b.speaker}` : ''}`, '', quote(p.b.text), '');
      lines.push(`Suggested: ${p.suggestion ?? 'undecided'} — ${p.reason}`, '');
      lines.push(`Verdict: **${VERDICT_LABELS[v.verdict]}** by ${v.reviewer}, ${new Date(v.at).toISOString()}${v.note ? `  \nNote: ${v.note}` : ''}`, '');
    });
  lines.push('## Unreviewed pairs', '');
  data.pairs.filter((p) => !verdicts.has(p.id)).forEach((p) => lines.push(`- ${cell(p.a.text)} ↔ ${cell(p.b.text)}`));
  return `${lines.join('\n')}\n`;
}

/** One row per pair; formula-like cells are prefixed so spreadsheets show them as text. */
export function renderCsv(data: ReportData): string {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const verdicts = new Map(data.verdicts.map((v) => [v.id, v]));
  const rows = data.pairs.map((p) => {
    const v = verdicts.get(p.id);
    return {
      pair: p.id,
      article_a: articles.get(p.a.articleId)?.title ?? p.a.articleId,
      claim_a: p.a.text,
      speaker_a: p.a.speaker ?? '',
      article_b: articles.get(p.b.articleId)?.title ?? p.b.articleId,
      claim_b: p.b.text,
      speaker_b: p.b.speaker ?? '',
      score: p.score,
      kind: p.kind,
      flags: p.flags.join(' '),
      suggestion: p.suggestion ?? '',
      reason: p.reason,
      verdict: v?.verdict ?? '',
      note: v?.note ?? '',
      reviewer: v?.reviewer ?? '',
      reviewed_at: v ? new Date(v.at).toISOString() : '',
    };
  });
  return Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' });
}

/** The report data itself, with its summary. */
export function renderJson(data: ReportData): string {
  // Texts are for context in the HTML report; the JSON report carries the review, not the articles.
  const { texts: _texts, ...rest } = data;
  return `${JSON.stringify({ format: 'corroborate-report/1', summary: summarise(data), ...rest }, null, 2)}\n`;
}
