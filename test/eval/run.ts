/**
 * `npm run eval`: matching quality on every fixture corpus with gold pairs, beside a plain TF-IDF
 * baseline computed in the same run. Per corpus: gold pairs within the first 3 and 10 pairs per article
 * of the review order (a reviewer's budget: 3 × articles, 10 × articles), and anywhere; the baseline's
 * figures and the ratio; gold conflicts found and flagged; the possible conflicts suggested, with the
 * share judged real (test/eval/judgments); pairs proposed per article; and the misses with their why.
 *
 *   npm run eval                      the table
 *   npm run eval -- --json            the same figures as JSON
 *   npm run eval -- --conflicts       also every suggested conflict, judged or not, with its reason
 *   npm run eval -- --corpus NAME     one corpus
 *   npm run eval -- --cross           each dev corpus ranked by the model fitted on the other dev
 *                                     corpora only (npm run fit writes both): what carries to a new story
 *
 * Held-out corpora (test/eval/held-out.ts) are scored with the shipped model; only their totals are
 * printed, never their misses or suggested conflicts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures } from '../../shared/claims/figures';
import { readingLanguage } from '../../shared/claims/language';
import { matchArticles } from '../../shared/match/case-matcher';
import type { MatchPair } from '../../shared/match/pairs';
import { tfidfBaseline, type RankedSpan } from './baseline';
import { goldCorpusNames, loadCorpus, type EvalArticle, type EvalCorpus, type Fragment, type GoldPair } from './corpora';
import { goldRanks, pairCovers, within } from './score';
import { isHeldOut } from './held-out';
import fitted from '../../shared/match/ranker-model.json';
import type { RankerModel } from '../../shared/match/ranker';

const args = process.argv.slice(2);
const json = args.includes('--json');
const showConflicts = args.includes('--conflicts');
const only = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;
const cross = args.includes('--cross');

interface Judgment {
  left: Fragment;
  right: Fragment;
  judgment: 'conflict' | 'change' | 'not';
  note: string;
}

/** Judgments of suggested conflicts read by a person: real conflict, real change over time, or not. */
function loadJudgments(corpus: EvalCorpus): Judgment[] {
  const path = join(import.meta.dirname, 'judgments', `${corpus.name}.tsv`);
  if (!existsSync(path)) return [];
  const byPrefix = new Map(corpus.articles.map((a) => [a.prefix, a]));
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line, i) => {
      const [lf, lfrag, rf, rfrag, judgment, note] = line.split('\t');
      const locate = (prefix: string, fragment: string): Fragment => {
        const article = byPrefix.get(prefix);
        const start = article ? article.text.indexOf(fragment) : -1;
        if (!article || start < 0) throw new Error(`judgments/${corpus.name}.tsv row ${i + 2}: “${fragment}” is not in ${prefix}`);
        return { article: article.id, start, end: start + fragment.length, text: fragment };
      };
      if (judgment !== 'conflict' && judgment !== 'change' && judgment !== 'not') throw new Error(`judgments/${corpus.name}.tsv row ${i + 2}: judgment “${judgment}”`);
      return { left: locate(lf!, lfrag!), right: locate(rf!, rfrag!), judgment, note: note ?? '' };
    });
}

const span = (c: MatchPair['a']): RankedSpan => ({ article: c.articleId, start: c.start, end: c.end, text: c.text });

/** Both values of a figure conflict named in the reason: a number of each fragment appears in it. */
function namesBothValues(reason: string, g: GoldPair, corpus: EvalCorpus): boolean {
  const has = (f: Fragment) => figuresOf(f, corpus).some((n) => reason.toLowerCase().includes(n.text.toLowerCase()));
  return has(g.left) && has(g.right);
}

function figuresOf(f: Fragment, corpus: EvalCorpus) {
  const article = corpus.articles.find((a) => a.id === f.article)!;
  return findFigures(f.text, readingLanguage(article.text, article.language)).filter((x) => x.dimension !== 'clock');
}

const isFigureConflict = (g: GoldPair, corpus: EvalCorpus) => g.relation === 'conflicting' && figuresOf(g.left, corpus).length > 0 && figuresOf(g.right, corpus).length > 0;

async function evaluate(name: string) {
  const corpus = await loadCorpus(name);
  const n = corpus.articles.length;
  const heldOut = isHeldOut(name);
  const crossModel = cross && !heldOut ? (fitted.heldOut as Record<string, RankerModel | undefined>)[name] : undefined;
  if (cross && !heldOut && !crossModel) throw new Error(`no model fitted without ${name}: run npm run fit`);
  const started = performance.now();
  const matcher = matchArticles(corpus.articles, crossModel ? { model: crossModel } : {});
  const pairs = matcher.allPairs();
  const engineMs = performance.now() - started;
  const claims = [...matcher.claimsByArticle.values()].reduce((sum, c) => sum + c.length, 0);
  const copies = (c: MatchPair['a']) => matcher.copiesOf(c).map(span);
  const ranked = pairs.map((p) => ({ a: span(p.a), b: span(p.b), aCopies: copies(p.a), bCopies: copies(p.b), pair: p }));
  const baseline = tfidfBaseline(corpus.articles);
  const ranks = goldRanks(ranked, corpus.gold);
  const baseRanks = goldRanks(baseline, corpus.gold);
  const at = (r: number[], k: number) => within(r, k * n);
  const anywhere = (r: number[]) => r.filter((x) => x >= 0).length;

  const conflicts = corpus.gold.map((g, i) => ({ g, i })).filter(({ g }) => g.relation === 'conflicting');
  const found = conflicts.filter(({ i }) => ranks[i]! >= 0);
  const flagged = found.filter(({ i }) => ranked[ranks[i]!]!.pair.suggestion === 'conflict');
  const figure = conflicts.filter(({ g }) => isFigureConflict(g, corpus));
  const figureOk = figure.filter(({ g, i }) => ranks[i]! >= 0 && ranked[ranks[i]!]!.pair.suggestion === 'conflict' && namesBothValues(ranked[ranks[i]!]!.pair.reason, g, corpus));

  // Every suggested conflict, judged by the gold pairs or by test/eval/judgments.
  const judgments = loadJudgments(corpus);
  const suggested = ranked.filter((r) => r.pair.suggestion === 'conflict');
  const judged = suggested.map((r) => {
    const gold = corpus.gold.find((g) => pairCovers(r, g.left, g.right));
    if (gold) return { r, judgment: gold.relation === 'conflicting' ? ('conflict' as const) : ('not' as const), note: `gold: ${gold.why}` };
    const j = judgments.find((x) => pairCovers(r, x.left, x.right));
    return { r, judgment: j?.judgment ?? null, note: j?.note ?? '' };
  });
  const real = judged.filter((j) => j.judgment === 'conflict' || j.judgment === 'change').length;
  const not = judged.filter((j) => j.judgment === 'not').length;
  const translated = corpus.gold.map((g, i) => ({ g, i })).filter(({ g }) => g.translated);

  const misses = corpus.gold
    .map((g, i) => ({ g, rank: ranks[i]!, baseRank: baseRanks[i]! }))
    .filter(({ rank }) => rank < 0 || rank >= 10 * n);
  return {
    corpus: name,
    heldOut,
    model: crossModel ? `fitted on ${(crossModel as { fittedOn?: string[] }).fittedOn?.join(', ')} only` : 'shipped (fitted on every dev corpus)',
    articles: n,
    claims,
    gold: corpus.gold.length,
    goldConflicting: conflicts.length,
    engineMs: Math.round(engineMs),
    engine: { at3: at(ranks, 3), at10: at(ranks, 10), anywhere: anywhere(ranks), pairs: pairs.length, pairsPerArticle: pairs.length / n },
    baseline: { at3: at(baseRanks, 3), at10: at(baseRanks, 10), anywhere: anywhere(baseRanks), pairs: baseline.length },
    conflicts: { gold: conflicts.length, found: found.length, flagged: flagged.length, figure: figure.length, figureFlaggedWithValues: figureOk.length },
    suggested: { total: suggested.length, real, not, unjudged: suggested.length - real - not },
    translated: { gold: translated.length, at10: translated.filter(({ i }) => ranks[i]! >= 0 && ranks[i]! < 10 * n).length, anywhere: translated.filter(({ i }) => ranks[i]! >= 0).length },
    misses: misses.map(({ g, rank, baseRank }) => ({
      left: g.left.article.slice(0, 3),
      right: g.right.article.slice(0, 3),
      relation: g.relation,
      why: g.why,
      rank: rank < 0 ? null : rank + 1,
      baselineRank: baseRank < 0 ? null : baseRank + 1,
    })),
    suggestedConflicts: judged.map(({ r, judgment, note }) => ({
      left: `${r.a.article.slice(0, 3)}: ${r.a.text}`,
      right: `${r.b.article.slice(0, 3)}: ${r.b.text}`,
      reason: r.pair.reason,
      judgment,
      note,
    })),
  };
}

type Result = Awaited<ReturnType<typeof evaluate>>;

/**
 * Every gold story matched as one case, as a newsroom's case of several stories is: the same budgets
 * over the whole case, and how many of the first pairs join two stories (noise a reviewer must wade
 * through). Article ids are prefixed with their story, so the stories' files never collide.
 */
async function evaluateMixed(names: readonly string[]) {
  const articles: EvalArticle[] = [];
  const gold: GoldPair[] = [];
  for (const name of names) {
    const corpus = await loadCorpus(name);
    const own = (f: Fragment): Fragment => ({ ...f, article: `${name}/${f.article}` });
    for (const a of corpus.articles) articles.push({ ...a, id: `${name}/${a.id}` });
    for (const g of corpus.gold) gold.push({ ...g, left: own(g.left), right: own(g.right) });
  }
  const n = articles.length;
  const started = performance.now();
  const matcher = matchArticles(articles);
  const pairs = matcher.allPairs();
  const engineMs = performance.now() - started;
  const copies = (c: MatchPair['a']) => matcher.copiesOf(c).map(span);
  const ranked = pairs.map((p) => ({ a: span(p.a), b: span(p.b), aCopies: copies(p.a), bCopies: copies(p.b) }));
  const baseline = tfidfBaseline(articles, 10 * n);
  const ranks = goldRanks(ranked, gold);
  const baseRanks = goldRanks(baseline, gold);
  const story = (s: RankedSpan) => s.article.slice(0, s.article.indexOf('/'));
  const across = (list: ReadonlyArray<{ a: RankedSpan; b: RankedSpan }>) => list.slice(0, 10 * n).filter((p) => story(p.a) !== story(p.b)).length;
  const badges = pairs.filter((p) => p.suggestion === 'conflict');
  const badgesAcross = badges.filter((p) => story(span(p.a)) !== story(span(p.b))).length;
  return {
    stories: names.length,
    articles: n,
    gold: gold.length,
    engineMs: Math.round(engineMs),
    engine: { at3: within(ranks, 3 * n), at10: within(ranks, 10 * n), acrossStories: across(ranked), shown: Math.min(ranked.length, 10 * n), badges: badges.length, badgesAcross },
    baseline: { at3: within(baseRanks, 3 * n), at10: within(baseRanks, 10 * n), acrossStories: across(baseline), shown: Math.min(baseline.length, 10 * n) },
  };
}

function printMixed(m: Awaited<ReturnType<typeof evaluateMixed>>): void {
  const ratio = (x: number, y: number) => (y ? (x / y).toFixed(2) : '—');
  const row = (label: string, e: number | string, b: number | string, rat = '') => console.log(`  ${label.padEnd(30)} ${String(e).padStart(8)} ${String(b).padStart(10)} ${rat.padStart(7)}`);
  const share = (x: number, of: number) => `${((100 * x) / Math.max(1, of)).toFixed(0)}%`;
  console.log(`
all ${m.stories} gold stories as one case: ${m.articles} articles, ${m.gold} gold pairs, matched in ${m.engineMs} ms; budgets over the whole case`);
  console.log(`  ${''.padEnd(30)} ${'engine'.padStart(8)} ${'baseline'.padStart(10)} ${'ratio'.padStart(7)}`);
  row('gold within 3 pairs/article', m.engine.at3, m.baseline.at3, ratio(m.engine.at3, m.baseline.at3));
  row('gold within 10 pairs/article', m.engine.at10, m.baseline.at10, ratio(m.engine.at10, m.baseline.at10));
  row('first 10/article across stories', share(m.engine.acrossStories, m.engine.shown), share(m.baseline.acrossStories, m.baseline.shown));
  console.log(`  possible conflicts joining two stories: ${m.engine.badgesAcross} of ${m.engine.badges} (each wrong: two events)`);
}

function print(r: Result): void {
  const ratio = (x: number, y: number) => (y ? (x / y).toFixed(2) : x ? '∞' : '—');
  const row = (label: string, e: number | string, b: number | string, rat = '') => console.log(`  ${label.padEnd(30)} ${String(e).padStart(8)} ${String(b).padStart(10)} ${rat.padStart(7)}`);
  console.log(`\n${r.corpus}${r.heldOut ? ' (held out)' : ''}: ${r.articles} articles, ${r.claims.toLocaleString('en')} claims, ${r.gold} gold pairs (${r.goldConflicting} conflicting), matched in ${r.engineMs} ms; ranker ${r.model}`);
  console.log(`  ${''.padEnd(30)} ${'engine'.padStart(8)} ${'baseline'.padStart(10)} ${'ratio'.padStart(7)}`);
  row('gold within 3 pairs/article', r.engine.at3, r.baseline.at3, ratio(r.engine.at3, r.baseline.at3));
  row('gold within 10 pairs/article', r.engine.at10, r.baseline.at10, ratio(r.engine.at10, r.baseline.at10));
  row('gold anywhere', r.engine.anywhere, r.baseline.anywhere);
  row('pairs proposed per article', r.engine.pairsPerArticle.toFixed(1), (r.baseline.pairs / r.articles).toFixed(1));
  console.log(`  gold conflicts: ${r.conflicts.found} of ${r.conflicts.gold} found, ${r.conflicts.flagged} flagged as possible conflicts; figure conflicts flagged with both values named: ${r.conflicts.figureFlaggedWithValues} of ${r.conflicts.figure}`);
  const judgedCount = r.suggested.real + r.suggested.not;
  console.log(`  possible conflicts suggested: ${r.suggested.total}; judged real ${r.suggested.real}, not ${r.suggested.not}, unjudged ${r.suggested.unjudged}${judgedCount ? ` (real: ${((100 * r.suggested.real) / judgedCount).toFixed(0)}% of judged)` : ''}`);
  console.log(`  gold across languages: ${r.translated.at10} of ${r.translated.gold} within 10 pairs/article, ${r.translated.anywhere} anywhere`);
  if (r.heldOut) return;
  console.log(`  misses (not within 10 pairs/article; rank in the review order, baseline's rank):`);
  for (const m of r.misses) console.log(`    ${m.left}↔${m.right} ${m.relation === 'conflicting' ? 'conflict  ' : 'consistent'} ${(m.rank ? `#${m.rank}` : 'never').padStart(6)} ${(m.baselineRank ? `#${m.baselineRank}` : '—').padStart(7)}  ${m.why}`);
  const shown = r.suggestedConflicts.filter((c) => showConflicts || c.judgment === null);
  if (shown.length) {
    console.log(`  suggested conflicts${showConflicts ? '' : ' not yet judged (test/eval/judgments)'}:`);
    for (const c of shown) console.log(`    [${c.judgment ?? '?'}] ${c.reason}\n        ${c.left}\n        ${c.right}${c.note ? `\n        (${c.note})` : ''}`);
  }
}

const names = goldCorpusNames().filter((n) => !only || n === only);
const results: Result[] = [];
for (const name of names) results.push(await evaluate(name));
// With the shipped ranker only (a cross run refits per dev corpus), and only when every story is read.
const mixed = !only && !cross && names.length > 1 ? await evaluateMixed(names) : null;
if (json) {
  // Held-out corpora: totals only.
  const shown = results.map((r) => (r.heldOut ? { ...r, misses: [], suggestedConflicts: [] } : r));
  console.log(JSON.stringify({ date: new Date().toISOString(), cross, corpora: shown, mixed }, null, 2));
} else {
  console.log(`Corroborate matching evaluation · ${results.length} corpora with gold pairs · budgets are pairs per article of the review order`);
  for (const r of results) print(r);
  for (const [label, group] of [['dev corpora', results.filter((r) => !r.heldOut)], ['held-out corpora', results.filter((r) => r.heldOut)]] as const) {
    if (!group.length) continue;
    const sum = (f: (r: Result) => number) => group.reduce((s, r) => s + f(r), 0);
    console.log(`\n${label}: within 3/article ${sum((r) => r.engine.at3)} vs ${sum((r) => r.baseline.at3)} (baseline), within 10/article ${sum((r) => r.engine.at10)} vs ${sum((r) => r.baseline.at10)}, of ${sum((r) => r.gold)} gold pairs`);
  }
  if (mixed) printMixed(mixed);
}
