/**
 * Parse throughput per format: the same generated Titan articles written as .txt, .html, .json, .mhtml,
 * .eml, .docx and .pdf files (by the test builders), parsed in Node, each format against a baseline run
 * in the same process on the same bytes: hashing them (SHA-256), which every parse does anyway.
 */
import type { RawFile } from '../../shared/api/contract';
import { parseArticleFile } from '../../shared/article/parse';
import { sha256Hex } from '../../shared/article/hash';
import { articleHtml, docxOf, emlOf, mhtmlOf, pdfOf, type SourceArticle } from '../support/build-files';
import { generateArticles } from './generate';
import { median, ms, timeRuns } from './stats';

export interface FormatFigures {
  files: number;
  mb: number;
  medianMs: number;
  filesPerSecond: number;
  baselineMs: number;
}

const enc = new TextEncoder();

/** `count` files of each format from the same articles. */
async function filesOf(count: number): Promise<Record<string, RawFile[]>> {
  const sources: SourceArticle[] = generateArticles(count, 20).map((f, i) => {
    const text = new TextDecoder().decode(f.bytes).replace(/^ date \S+\s*/, '');
    const [title = `Article ${i}`, ...rest] = text.split('\n\n');
    return { title, text: rest.join('\n\n'), date: '2023-06-22', author: 'Bench Writer' };
  });
  const named = (ext: string, bytes: (s: SourceArticle, i: number) => Uint8Array | Promise<Uint8Array>) =>
    Promise.all(sources.map(async (s, i) => ({ name: `a${i}.${ext}`, path: `/bench/a${i}.${ext}`, bytes: await bytes(s, i) })));
  return {
    txt: await named('txt', (s) => enc.encode(`${s.title}\n\n${s.text}`)),
    html: await named('html', (s) => enc.encode(articleHtml(s))),
    json: await named('json', (s) => enc.encode(JSON.stringify({ title: s.title, text: s.text, date: s.date }))),
    mhtml: await named('mhtml', (s) => mhtmlOf(s)),
    eml: await named('eml', (s) => emlOf(s)),
    docx: await named('docx', (s) => docxOf(s)),
    pdf: await named('pdf', async (s) => (await pdfOf(s, { running: true, hyphenate: true })).bytes),
  };
}

export async function benchFormats(count = Number(process.env.BENCH_FORMAT_FILES ?? 200)): Promise<Record<string, FormatFigures>> {
  console.log(`\nParse by format: ${count} files each, the same generated Titan articles (median of 3 runs; baseline: SHA-256 of the same bytes)`);
  const byFormat = await filesOf(count);
  const figures: Record<string, FormatFigures> = {};
  for (const [format, files] of Object.entries(byFormat)) {
    // One file first, so a format's library is loaded before it is timed (it loads once per worker).
    await parseArticleFile(files[0]!);
    const baseline = median(await timeRuns(3, async () => {
      for (const f of files) await sha256Hex(f.bytes);
    }));
    const runs = await timeRuns(3, async () => {
      for (const f of files) {
        const batch = await parseArticleFile(f);
        if (batch.errors.length) throw new Error(`${f.name}: ${batch.errors[0]!.error}`);
      }
    });
    const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
    const medianMs = median(runs);
    figures[format] = { files: files.length, mb, medianMs, filesPerSecond: (files.length / medianMs) * 1000, baselineMs: baseline };
    console.log(
      `  ${format.padEnd(6)} ${mb.toFixed(2).padStart(6)} MB  median ${ms(medianMs).padStart(9)}  → ${figures[format].filesPerSecond.toFixed(0).padStart(5)} files/s, ${((mb / medianMs) * 1000).toFixed(1).padStart(5)} MB/s, ${(medianMs / baseline).toFixed(0).padStart(4)}× hashing alone`,
    );
  }
  return figures;
}
