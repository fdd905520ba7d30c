/**
 * One timed match of generated articles in a fresh Node process, spawned by match.bench.ts: a CLI run
 * starts with an empty heap, and a bench process that has already matched a case does not. Prints
 * `{ "ms", "pairs" }`. Usage: node [CLI_NODE_FLAGS] --import tsx test/bench/match-run.ts <articles>
 */
import { matchOnThreads } from '../../electron/cli/extract-pool';
import { generateStoryArticles } from './stories';

const [n] = process.argv.slice(2);
const articles = await generateStoryArticles(Number(n));
const t0 = performance.now();
// The CLI's path: claims extracted on a worker thread per core while this thread waits for them.
const pairs = (await matchOnThreads(articles)).allPairs().length;
console.log(JSON.stringify({ ms: performance.now() - t0, pairs }));
