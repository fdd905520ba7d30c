/** Vitest global setup for the reliability suite: it runs first, so it starts the ledger afresh. */
import { rmSync } from 'node:fs';
import { LEDGER } from './ledger';

export default function setup(): void {
  rmSync(LEDGER, { force: true });
}
