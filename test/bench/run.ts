/**
 * `npm run bench`: runs every benchmark, prints figures with medians and ratios against baselines run
 * in the same process, and writes them to bench-results/latest.json. BENCH_ONLY=import|match|ui runs one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchImport } from './import.bench';
import { benchMatch } from './match.bench';
import { benchUi } from './ui.bench';

const only = process.env.BENCH_ONLY;
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
};
console.log(`Corroborate benchmarks · Node ${process.version} · ${cpus().length} cores`);
if (!only || only === 'import') results.import = await benchImport();
if (!only || only === 'match') results.match = await benchMatch();
if (!only || only === 'ui') results.ui = await benchUi();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench-results/latest.json');
