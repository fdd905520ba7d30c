/**
 * The Node command line: `npm run cli -- <command> ...`. It reuses shared/ and the main process's file
 * reader, so what it reports is what the app would import.
 */
import { pathToFileURL } from 'node:url';
import { formatImportCheck, importCheck } from './import-check';
import { formatMatch, matchFiles } from './match';
import { isReportFormat, writeReport } from './report';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `usage: npm run cli -- <command> [options]

commands:
  import-check <files or folders...> [--json] [--max-bytes N]
      parse without storing; print each article's title, date, outlet, characters and hash,
      or why a file was refused. Exit code 1 only if nothing could be read.
  match <files or folders...> [--json] [--max-bytes N]
      import and match in Node; print the overlapping claims in review order with their word diff
      (text: [-removed-]{+added+}), flags and suggested status.
  report <bundle.corroborate.json | files or folders...> --format html|md|csv|json|claimreview --out <file>
      write the review report of a review bundle, or of the automatic matching of the files
      (every pair unreviewed).`;

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const valueOf = (flag: string) => {
    const i = rest.indexOf(flag);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const maxBytes = valueOf('--max-bytes') !== undefined ? Number(valueOf('--max-bytes')) : undefined;
  // Flags that take a value: their value is not a path.
  const valued = new Set(['--max-bytes', '--format', '--out'].map((f) => rest.indexOf(f) + 1).filter((i) => i > 0));
  const paths = rest.filter((arg, i) => !arg.startsWith('--') && !valued.has(i));
  if (command === 'report') {
    const format = valueOf('--format');
    const out = valueOf('--out');
    if (paths.length === 0 || !isReportFormat(format) || !out) {
      io.err(USAGE);
      return 2;
    }
    const result = await writeReport(paths, format, out);
    for (const e of result.errors) io.err(`✗ ${e.path}: ${e.error}`);
    io.out(`wrote ${out}: ${result.articles} article(s), ${result.pairs} pair(s), ${result.reviewed ? `${result.reviewed} reviewed` : 'all unreviewed'}`);
    return result.articles === 0 ? 1 : 0;
  }
  const commands: Record<string, (paths: string[]) => Promise<{ text: string; json: unknown; read: number }>> = {
    'import-check': async (p) => {
      const result = await importCheck(p, maxBytes);
      return { text: formatImportCheck(result), json: result, read: result.articles.length };
    },
    match: async (p) => {
      const result = await matchFiles(p, maxBytes);
      return { text: formatMatch(result), json: result, read: result.articles.length };
    },
  };
  const run = command && Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (run) {
    if (paths.length === 0 || (maxBytes !== undefined && !(maxBytes > 0))) {
      io.err(USAGE);
      return 2;
    }
    const out = await run(paths);
    io.out(json ? JSON.stringify(out.json, null, 2) : out.text);
    // 1 only when nothing could be read.
    return out.read === 0 ? 1 : 0;
  }
  io.err(command && command !== '--help' && command !== 'help' ? `unknown command "${command}"\n\n${USAGE}` : USAGE);
  return command === '--help' || command === 'help' ? 0 : 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
  process.exitCode = code;
}
