/**
 * One timed match of generated articles in a fresh Node process, spawned by match.bench.ts: a CLI run
 * starts with an empty heap, and a bench process that has already matched a case does not (its later
 * runs were 1-2 s slower). Prints `{ "ms", "pairs" }`.
 * Usage: node [CLI_NODE_FLAGS] --import tsx test/bench/match-run.ts <articles> threads|one
 */
import { CaseMatcher } from '../../shared/match/case-matcher';
import { matchOnThreads } from '../../electron/cli/extract-pool';
import { generateMatchArticles, indexOptions } from './match.bench';

const [n, mode] = process.argv.slice(2);
const articles = await generateMatchArticles(Number(n));
const t0 = performance.now();
let pairs: number;
if (mode === 'threads') {
  // The CLI's path: claims extracted on a worker thread per core while this thread matches.
  pairs = (await matchOnThreads(articles, indexOptions())).allPairs().length;
} else {
  const matcher = new CaseMatcher(indexOptions());
  for (const a of articles) matcher.addArticle(a);
  pairs = matcher.allPairs().length;
}
console.log(JSON.stringify({ ms: performance.now() - t0, pairs }));
