/**
 * Prints the reliability table from the ledger the Node and browser suites wrote: per area, the
 * inputs tried, faults injected and checks run, how many the workbench survived, and how many stored
 * articles or verdicts were lost. Also writes it as Markdown for the README. Exits 1 if the ledger is
 * missing, if anything was not survived, or if anything was lost.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEDGER, type Outcome } from './ledger';

if (!existsSync(LEDGER)) {
  console.error(`No reliability ledger at ${LEDGER}: run the suites first (npm run test:reliability).`);
  process.exit(1);
}
const outcomes = readFileSync(LEDGER, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Outcome);

interface Row {
  area: string;
  inputs: number;
  faults: number;
  checks: number;
  survived: number;
  lost: number;
}
const rows = new Map<string, Row>();
for (const o of outcomes) {
  const row = rows.get(o.area) ?? { area: o.area, inputs: 0, faults: 0, checks: 0, survived: 0, lost: 0 };
  if (o.kind === 'input') row.inputs++;
  else if (o.kind === 'fault') row.faults++;
  else row.checks++;
  if (o.survived) row.survived++;
  row.lost += o.lost;
  rows.set(o.area, row);
}
const all = [...rows.values()].sort((a, b) => a.area.localeCompare(b.area));
const total: Row = all.reduce((t, r) => ({ area: 'total', inputs: t.inputs + r.inputs, faults: t.faults + r.faults, checks: t.checks + r.checks, survived: t.survived + r.survived, lost: t.lost + r.lost }), { area: 'total', inputs: 0, faults: 0, checks: 0, survived: 0, lost: 0 });

const header = ['Area', 'Inputs tried', 'Faults injected', 'Checks', 'Survived', 'Articles or verdicts lost'];
const cells = (r: Row) => [r.area, String(r.inputs), String(r.faults), String(r.checks), `${r.survived} of ${r.inputs + r.faults + r.checks}`, String(r.lost)];
const lines = [header, ...all.map(cells), cells(total).map((c, i) => (i === 0 ? '**total**' : `**${c}**`))];
const markdown = [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
  ...lines.slice(1).map((l) => `| ${l.join(' | ')} |`),
].join('\n');

const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.replace(/\*/g, '').length)));
console.log('\nReliability: what was tried, what survived, what was lost');
for (const [i, l] of lines.entries()) {
  console.log('  ' + l.map((c, j) => (j === 0 ? c.replace(/\*/g, '').padEnd(widths[j]!) : c.replace(/\*/g, '').padStart(widths[j]!))).join('  '));
  if (i === 0 || i === lines.length - 2) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
}
writeFileSync(join(LEDGER, '..', 'table.md'), markdown + '\n');
console.log(`\n(Markdown: ${join(LEDGER, '..', 'table.md')})`);

const failed = outcomes.filter((o) => !o.survived);
if (failed.length || total.lost) {
  for (const o of failed) console.error(`  not survived: [${o.area}] ${o.name}${o.lost ? ` (${o.lost} lost)` : ''}`);
  process.exit(1);
}
