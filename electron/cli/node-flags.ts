/**
 * V8 options the CLI runs with: package.json's "cli" script passes them to node, and the bench's
 * fresh-process runs of the CLI's path pass the same (a test keeps the two in step).
 *
 * A 64 MB young-generation semi-space (16 MB by default). Matching a large case keeps most of what it
 * makes (claims, index entries, pairs), and the collector copied it between small semi-spaces over and
 * over: at 10,000 articles the matching thread ran 113 scavenges for 1.2 s, against 40 for 0.74 s; the
 * extraction worker, which inherits the option, 99 for 0.53 s against 40 for 0.25 s. Runs alternated
 * in one hour: 9.8-10.4 s against 8.3-9.2 s. 128 MB did no better.
 */
export const CLI_NODE_FLAGS = ['--max-semi-space-size=64'];
