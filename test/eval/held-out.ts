/**
 * Which fixture corpora the engine is developed on, and which are held out. The ranker is fitted on
 * the dev corpora only (`npm run fit`); held-out corpora were built by someone who did not look at the
 * engine's output, and `npm run eval` reports only their totals, never their misses, so nobody tunes
 * the engine on them. Any corpus with a gold.tsv that is not listed here as dev is held out.
 */
export const DEV_CORPORA: readonly string[] = ['key-bridge-2024', 'titan-2023'];

export const isHeldOut = (name: string) => !DEV_CORPORA.includes(name);
