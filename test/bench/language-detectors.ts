/**
 * Which language detector the importer uses, measured: eld (four database sizes), franc and tinyld on
 * every article of the corpora (English, German, Spanish and Italian reports), on the whole text, on its
 * first 200 characters, its first 60 (a headline's length) and its first 30, with the time per article (median of
 * five passes) and the size each adds to a minified bundle. The language of each file is in its name
 * (`…-de-…`, `…-es-…`, `…-it-…`; the others are English). Run: `npx tsx test/bench/language-detectors.ts`.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticleFiles } from '../../shared/article/parse';
import { KEY_BRIDGE_DIR, SEEDS_DIR, TITAN_DIR, corpusFiles } from '../support/corpus';
import { median } from './stats';

const ISO3: Record<string, string> = { eng: 'en', deu: 'de', spa: 'es', ita: 'it', fra: 'fr', por: 'pt', nld: 'nl', cat: 'ca', glg: 'gl' };

interface Detector {
  name: string;
  /** The entry a bundle would import, for its size. */
  entry: string;
  /** Milliseconds to import the module (its data is built when it loads: once per worker). */
  loadMs: number;
  detect: (text: string) => string;
}

async function detectors(): Promise<Detector[]> {
  const list: Detector[] = [];
  const timed = async <T>(load: () => Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const module = await load();
    return [module, performance.now() - start];
  };
  for (const size of ['extrasmall', 'small', 'medium', 'large'] as const) {
    const [{ eld }, loadMs] = await timed(() => import(`eld/${size}`) as Promise<{ eld: { detect(t: string): { language: string } } }>);
    list.push({ name: `eld ${size}`, entry: `import { eld } from 'eld/${size}'; console.log(eld.detect('x'))`, loadMs, detect: (t) => eld.detect(t).language });
  }
  const [{ franc }, francMs] = await timed(() => import('franc'));
  list.push({ name: 'franc', entry: "import { franc } from 'franc'; console.log(franc('x'))", loadMs: francMs, detect: (t) => ISO3[franc(t)] ?? franc(t) });
  const [tinyld, tinyMs] = await timed(() => import('tinyld'));
  list.push({ name: 'tinyld', entry: "import { detect } from 'tinyld'; console.log(detect('x'))", loadMs: tinyMs, detect: (t) => tinyld.detect(t) });
  return list;
}

async function bundleKb(entry: string): Promise<number> {
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser' });
  return out.outputFiles[0]!.contents.length / 1000;
}

const truth = (file: string) => /-(de|es|it|fr)-/.exec(file)?.[1] ?? 'en';

const files = [SEEDS_DIR, TITAN_DIR, KEY_BRIDGE_DIR].flatMap((dir) => corpusFiles(dir));
const parsed = await parseArticleFiles(files.map((p) => ({ name: basename(p), path: p, bytes: readFileSync(p) })));
const articles = parsed.articles.map((a) => ({ file: a.fileName, lang: truth(a.fileName), text: a.text }));
const other = articles.filter((a) => a.lang !== 'en').length;
console.log(`${articles.length} articles: ${articles.length - other} English, ${other} German, Spanish or Italian\n`);
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
    `${d.name.padEnd(18)}${pct(whole)}${pct(mid)}${pct(short)}${pct(tiny)}${median(times).toFixed(3).padEnd(13)}${d.loadMs.toFixed(0).padEnd(10)}${(await bundleKb(d.entry)).toFixed(0)} kB${wrong.length ? `   wrong: ${wrong.join(' ')}` : ''}`,
  );
}
