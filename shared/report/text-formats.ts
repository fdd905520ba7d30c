/**
 * The review report as Markdown (for editors), CSV (one row per pair, for spreadsheets: papaparse
 * quotes the cells and neutralises ones starting with = + - @ against formula injection) and JSON.
 */
import Papa from 'papaparse';
import { VERDICT_LABELS, type Verdict } from '../review/verdicts';
import { opinionsBeside, reportReview, summarise, type ReportData } from './model';

/**
 * Text made inert in Markdown: the marks that open emphasis, code, links, images, tables and
 * headings are backslash-escaped, a line that would start a list, quote or rule is escaped at its
 * start, and `&`, `<` and `>` become entities, so no article, title, name or note can open a tag, a
 * link or an image when the file is rendered (issue 16). Line breaks become spaces; callers that keep
 * lines escape each one.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]()#|~!{}]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Markdown with the same sections as the HTML report. */
export function renderMarkdown(data: ReportData): string {
  const s = summarise(data);
  const review = reportReview(data);
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const esc = (t: string | null) => escapeMarkdown(t ?? '');
  const quote = (t: string) => t.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`).join('\n');
  const oneLine = (label: string, v: Pick<Verdict, 'verdict' | 'reviewer' | 'at' | 'note'>) =>
    `${label}: **${VERDICT_LABELS[v.verdict]}** by ${esc(v.reviewer)}, ${new Date(v.at).toISOString()}${v.note ? `  \nNote: ${v.note.split(/\r?\n/).map(escapeMarkdown).join('  \n')}` : ''}`;
  const verdictLine = (v: Verdict) => {
    const others = opinionsBeside(data, v);
    const head = others.some((o) => o.verdict !== v.verdict) ? ['**Disagreement** between the reviewers.', ''] : [];
    return [...head, oneLine('Verdict', v), ...others.flatMap((o) => ['', oneLine('Also reviewed', o)])].join('\n');
  };
  const lines = [
    `# ${esc(data.caseName)}`,
    '',
    `Review report · generated ${new Date(data.generatedAt).toISOString()} · reviewers: ${s.reviewers.map(esc).join(', ') || 'none yet'}`,
    '',
    '## Summary',
    '',
    '| Articles | Pairs | Consistent | Conflicting | Unclear | Unreviewed | Reviewed, no longer proposed |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| ${s.articles} | ${s.pairs} | ${s.consistent} | ${s.conflicting} | ${s.unclear} | ${s.unreviewed} | ${s.noLongerProposed} |`,
    '',
    '## Articles',
    '',
    '| Title | Outlet | Date | URL | File | SHA-256 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...data.articles.map((a) => `| ${esc(a.title)} | ${esc(a.outlet)} | ${esc(a.date)} | ${esc(a.url)} | ${esc(a.fileName)} | \`${a.sha256.replace(/[^0-9a-f]/g, '')}\` |`),
    '',
    '## Reviewed pairs',
    '',
  ];
  const titleOf = (id: string) => esc(articles.get(id)?.title ?? id);
  data.pairs
    .filter((p) => review.verdictOf(p.id))
    .forEach((p, i) => {
      const v = review.verdictOf(p.id)!;
      lines.push(`### ${i + 1}\\. ${VERDICT_LABELS[v.verdict]} (${p.kind}, score ${p.score.toFixed(2)}${p.flags.length ? `, flags: ${p.flags.join(', ')}` : ''})`, '');
      lines.push(`A: ${titleOf(p.a.articleId)}${p.a.speaker ? ` — ${esc(p.a.speaker)}` : ''}`, '', quote(p.a.text), '');
      lines.push(`B: ${titleOf(p.b.articleId)}${p.b.speaker ? ` — ${esc(p.b.speaker)}` : ''}`, '', quote(p.b.text), '');
      lines.push(`Suggested: ${p.suggestion ?? 'undecided'} — ${esc(p.reason)}`, '');
      lines.push(verdictLine(v), '');
    });
  if (review.orphans.length) {
    lines.push('## Reviewed, no longer proposed', '', 'Verdicts on two claims that the current matching does not pair any more, kept as given.', '');
    review.orphans.forEach((v, i) => {
      lines.push(`### ${i + 1}\\. ${VERDICT_LABELS[v.verdict]} (no longer proposed)`, '');
      v.anchors.forEach((anchor, side) => {
        const article = review.articleBySha(anchor.sha256);
        lines.push(`${side === 0 ? 'A' : 'B'}: ${esc(article?.title ?? 'article no longer in the case')}`, '', quote(anchor.exact || 'claim text unavailable'), '');
      });
      lines.push(verdictLine(v), '');
    });
  }
  lines.push('## Unreviewed pairs', '');
  data.pairs.filter((p) => !review.verdictOf(p.id)).forEach((p) => lines.push(`- ${esc(p.a.text)} ↔ ${esc(p.b.text)}`));
  return `${lines.join('\n')}\n`;
}

/**
 * One row per pair, then one per verdict whose claims are no longer paired (proposed = no); formula-
 * like cells are prefixed so spreadsheets show them as text.
 */
export function renderCsv(data: ReportData): string {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const review = reportReview(data);
  const rows: Array<Record<string, string | number>> = data.pairs.map((p) => {
    const v = review.verdictOf(p.id);
    return {
      pair: p.id,
      proposed: 'yes',
      article_a: articles.get(p.a.articleId)?.title ?? p.a.articleId,
      file_a: articles.get(p.a.articleId)?.fileName ?? '',
      claim_a: p.a.text,
      speaker_a: p.a.speaker ?? '',
      article_b: articles.get(p.b.articleId)?.title ?? p.b.articleId,
      file_b: articles.get(p.b.articleId)?.fileName ?? '',
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
  for (const v of review.orphans) {
    const [x, y] = v.anchors.map((anchor) => review.articleBySha(anchor.sha256));
    rows.push({
      pair: '',
      proposed: 'no',
      article_a: x?.title ?? v.anchors[0].sha256,
      file_a: x?.fileName ?? '',
      claim_a: v.anchors[0].exact,
      speaker_a: '',
      article_b: y?.title ?? v.anchors[1].sha256,
      file_b: y?.fileName ?? '',
      claim_b: v.anchors[1].exact,
      speaker_b: '',
      score: '',
      kind: '',
      flags: '',
      suggestion: '',
      reason: 'reviewed, no longer proposed',
      verdict: v.verdict,
      note: v.note,
      reviewer: v.reviewer,
      reviewed_at: new Date(v.at).toISOString(),
    });
  }
  return Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' });
}

/**
 * The report data itself, with its summary; each verdict says which proposed pair shows it (pairId,
 * null when no longer proposed). `<`, `>` and `&` are written as \u escapes, so the file can be
 * embedded in a script element as it is.
 */
export function renderJson(data: ReportData): string {
  // Texts are for context in the HTML report; the JSON report carries the review, not the articles.
  const { texts: _texts, verdicts, ...rest } = data;
  const { pairOf } = reportReview(data).attachment;
  const withPairs = verdicts.map((v) => ({ ...v, pairId: pairOf.get(v.id) ?? null }));
  return `${scriptSafeJson({ format: 'corroborate-report/2', summary: summarise(data), ...rest, verdicts: withPairs }, 2)}\n`;
}

/**
 * JSON.stringify with `<`, `>`, `&` and the line separators written as \u escapes: the same data to
 * any JSON reader, and text that cannot close a script element it is embedded in (`</script>`).
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
