/**
 * `match`: imports the given files in Node, matches their claims, and prints the pairs in review order,
 * as text with inline diff markers or as JSON in the documented shape.
 */
import { parseArticleFiles } from '../../shared/article/parse';
import type { DiffOp } from '../../shared/diff/pair-diff';
import { pairDiff } from '../../shared/match/pairs';
import type { Claim } from '../../shared/claims/types';
import { readPaths } from '../main/read-files';
import { clusterPairs } from '../../shared/match/case-matcher';
import { matchOnThreads } from './extract-pool';
import { cliArticleId } from './import-check';

export interface MatchJson {
  articles: Array<{ id: string; file: string; title: string; date: string | null; outlet: string | null }>;
  errors: Array<{ file: string; error: string }>;
  pairs: Array<{
    id: string;
    a: { article: string; start: number; end: number; text: string; speaker: string | null };
    b: { article: string; start: number; end: number; text: string; speaker: string | null };
    score: number;
    kind: 'quote' | 'statement' | 'verbatim';
    flags: string[];
    suggestion: 'consistent' | 'conflict' | null;
    reason: string;
    diff: DiffOp[];
  }>;
  clusters: Array<{ id: string; pairs: string[]; claims: Array<{ article: string; start: number; end: number; text: string }> }>;
}

const side = (c: Claim) => ({ article: c.articleId, start: c.start, end: c.end, text: c.text, speaker: c.speaker });

/** Reads, parses and matches `paths`; the result in the CLI's JSON shape. */
export async function matchFiles(paths: string[], maxBytes?: number): Promise<MatchJson> {
  const read = await readPaths(paths, { maxBytes });
  const parsed = await parseArticleFiles(read.files, { maxBytes });
  // The same content twice is one article, as in the app.
  const unique = [...new Map(parsed.articles.map((a) => [cliArticleId(a), a])).values()];
  const matcher = await matchOnThreads(unique.map((a) => ({ id: cliArticleId(a), text: a.text, date: a.date })));
  const pairs = matcher.allPairs();
  return {
    articles: unique.map((a) => ({ id: cliArticleId(a), file: a.sourcePath, title: a.title, date: a.date, outlet: a.outlet })),
    errors: [...read.errors, ...parsed.errors].map((e) => ({ file: e.path, error: e.error })),
    pairs: pairs.map((p) => ({
      id: p.id,
      a: side(p.a),
      b: side(p.b),
      score: p.score,
      kind: p.kind,
      flags: p.flags,
      suggestion: p.suggestion,
      reason: p.reason,
      diff: pairDiff(p).ops,
    })),
    clusters: clusterPairs(pairs).map((c) => ({
      id: c.id,
      pairs: c.pairs,
      claims: c.claims.map((claim) => ({ article: claim.articleId, start: claim.start, end: claim.end, text: claim.text })),
    })),
  };
}

/** git-style word diff: [-removed-]{+added+}. */
export function inlineDiff(ops: readonly DiffOp[]): string {
  return ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'delete' ? `[-${o.text}-]` : `{+${o.text}+}`)).join('');
}

/** The readable report: pairs in review order, then clusters. */
export function formatMatch(result: MatchJson): string {
  const files = new Map(result.articles.map((a) => [a.id, a]));
  const label = (id: string) => {
    const a = files.get(id);
    return a ? `${a.file}${a.date ? ` (${a.date})` : ''}` : id;
  };
  const lines: string[] = [];
  result.pairs.forEach((p, i) => {
    const flags = p.flags.length ? ` · flags: ${p.flags.join(', ')}` : '';
    const suggestion = p.suggestion === 'conflict' ? 'possible conflict' : p.suggestion === 'consistent' ? 'likely consistent' : 'undecided';
    lines.push(`#${i + 1} ${p.kind} · score ${p.score.toFixed(2)} · ${suggestion}${flags}`);
    lines.push(`   ${p.reason}`);
    lines.push(`   A ${label(p.a.article)}${p.a.speaker ? ` — ${p.a.speaker}` : ''}`);
    lines.push(`   B ${label(p.b.article)}${p.b.speaker ? ` — ${p.b.speaker}` : ''}`);
    lines.push(`   ${inlineDiff(p.diff)}`);
    lines.push('');
  });
  for (const c of result.clusters) {
    lines.push(`cluster of ${c.claims.length} claims in ${new Set(c.claims.map((x) => x.article)).size} articles: “${c.claims[0]!.text.slice(0, 100)}”`);
  }
  for (const e of result.errors) lines.push(`✗ ${e.file}: ${e.error}`);
  lines.push(`${result.articles.length} article(s), ${result.pairs.length} pair(s), ${result.clusters.length} cluster(s)`);
  return lines.join('\n');
}
