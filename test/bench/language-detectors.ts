/**
 * Which language detector the importer uses, measured: eld (four database sizes), franc and tinyld on
 * every article of the corpora (English, French, German, Spanish, Italian and Portuguese reports), on
 * the whole text, its first 200 characters, its first 60 (a headline's length) and its first 30, with
 * the time per article (median of five passes), the time to load each (its tables are built then,
 * once per worker) and the size each adds to a minified bundle. The language of each file is in its
 * name (`…-fr-…`, `…-de-…`; the others are English). Run: `npx tsx test/bench/language-detectors.ts`.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticleFiles } from '../../shared/article/parse';
import { join } from 'node:path';
import { CORPUS_DIR, KEY_BRIDGE_DIR, SEEDS_DIR, TITAN_DIR, corpusFiles } from '../support/corpus';
import { median } from './stats';

const ISO3: Record<string, string> = { eng: 'en', deu: 'de', spa: 'es', ita: 'it', fra: 'fr', por: 'pt', nld: 'nl', cat: 'ca', glg: 'gl', sco: 'sco' };

interface Detector {
  name: string;
  /** The entry a bundle would import, for its size. */
  entry: string;
  /** The module to import, for its load time. */
  module: string;
  detect: (text: string) => string;
}

async function detectors(): Promise<Detector[]> {
  const list: Detector[] = [];
  for (const size of ['extrasmall', 'small', 'medium', 'large'] as const) {
    const { eld } = (await import(`eld/${size}`)) as { eld: { detect(t: string): { language: string } } };
    list.push({ name: `eld ${size}`, entry: `import { eld } from 'eld/${size}'; console.log(eld.detect('x'))`, module: `eld/${size}`, detect: (t) => eld.detect(t).language });
  }
  const { franc } = await import('franc');
  list.push({ name: 'franc', entry: "import { franc } from 'franc'; console.log(franc('x'))", module: 'franc', detect: (t) => ISO3[franc(t)] ?? franc(t) });
  const tinyld = await import('tinyld');
  list.push({ name: 'tinyld', entry: "import { detect } from 'tinyld'; console.log(detect('x'))", module: 'tinyld', detect: (t) => tinyld.detect(t) });
  return list;
}

/** Milliseconds to import a module in a fresh Node (its tables are built then: once per worker), median of three. */
function loadMs(module: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(module)}); console.log(performance.now() - t);`;
  return median([0, 1, 2].map(() => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }))));
}

async function bundleKb(entry: string): Promise<number> {
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser' });
  return out.outputFiles[0]!.contents.length / 1000;
}

const truth = (file: string) => /-(de|es|it|fr|pt)-/.exec(file)?.[1] ?? 'en';

const dirs = [SEEDS_DIR, TITAN_DIR, KEY_BRIDGE_DIR, join(CORPUS_DIR, 'ever-given-2021'), join(CORPUS_DIR, 'notre-dame-2019')];
// Articles only: the held-out stories' folders also hold a README.
const files = dirs.flatMap((dir) => corpusFiles(dir)).filter((p) => /\/\d{3}_[^/]+\.txt$/.test(p));
const parsed = await parseArticleFiles(files.map((p) => ({ name: basename(p), path: p, bytes: readFileSync(p) })));
const articles = parsed.articles.map((a) => ({ file: a.fileName, lang: truth(a.fileName), text: a.text }));
const other = articles.filter((a) => a.lang !== 'en').length;
console.log(`${articles.length} articles: ${articles.length - other} English, ${other} in French, German, Spanish, Italian or Portuguese\n`);
console.log('detector          whole text    first 200 ch  first 60 ch   first 30 ch   ms/article   load ms   bundle (min)');
for (const d of await detectors()) {
  const score = (cut: number) => articles.filter((a) => d.detect(a.text.slice(0, cut)) === a.lang).length;
  const whole = score(Infinity);
  const mid = score(200);
  const short = score(60);
  const tiny = score(30);
  const times: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const start = performance.now();
    for (const a of articles) d.detect(a.text);
    times.push((performance.now() - start) / articles.length);
  }
  const wrong = articles.filter((a) => d.detect(a.text) !== a.lang).map((a) => `${a.file.slice(0, 3)}→${d.detect(a.text) || '?'}`);
  const pct = (n: number) => `${n}/${articles.length}`.padEnd(14);
  console.log(
    `${d.name.padEnd(18)}${pct(whole)}${pct(mid)}${pct(short)}${pct(tiny)}${median(times).toFixed(3).padEnd(13)}${loadMs(d.module).toFixed(0).padEnd(10)}${(await bundleKb(d.entry)).toFixed(0)} kB${wrong.length ? `   wrong: ${wrong.join(' ')}` : ''}`,
  );
}
