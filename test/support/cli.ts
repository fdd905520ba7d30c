/** Runs one CLI invocation in-process and collects what it prints, for the CLI tests. */
import { runCli } from '../../electron/cli/index';

export async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
