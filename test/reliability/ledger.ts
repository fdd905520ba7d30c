/**
 * The reliability ledger: every hostile input, injected fault and security check appends one line
 * (what was tried, whether the workbench survived it, how many stored articles or verdicts it lost).
 * table.ts reads the lines back and prints the summary table. Node and Playwright suites both write.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const LEDGER = join(import.meta.dirname, '../../test-results/reliability/ledger.jsonl');

export type TrialKind = 'input' | 'fault' | 'check';

export interface Outcome {
  area: string;
  kind: TrialKind;
  name: string;
  survived: boolean;
  /** Stored articles or verdicts missing or changed afterwards. */
  lost: number;
}

export function record(outcome: Outcome): void {
  mkdirSync(dirname(LEDGER), { recursive: true });
  appendFileSync(LEDGER, JSON.stringify(outcome) + '\n');
}

/**
 * Runs one trial and records it: `run` returns how many stored rows were lost (0 when the trial has
 * no stored data at stake) and throws when an expectation fails, which records it as not survived.
 */
export async function trial(area: string, kind: TrialKind, name: string, run: () => Promise<number> | number): Promise<void> {
  let lost: number;
  try {
    lost = await run();
  } catch (err) {
    record({ area, kind, name, survived: false, lost: 0 });
    throw err;
  }
  record({ area, kind, name, survived: lost === 0, lost });
  if (lost > 0) throw new Error(`${name}: ${lost} stored article(s) or verdict(s) lost or changed`);
}
