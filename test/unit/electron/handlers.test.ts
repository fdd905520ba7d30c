import { describe, expect, it, vi } from 'vitest';
import { createHandlers, filesFromArgv, type HandlerEffects } from '../../../electron/main/handlers';
import { runParseJob } from '../../../electron/main/parse-worker';
import type { ParsedBatch } from '../../../shared/article/types';
import { SEEDS_DIR } from '../../support/corpus';

/** The parse worker's job, run in this thread. */
async function parseHere(paths: string[], onProgress: (p: { done: number; total: number }) => void): Promise<ParsedBatch> {
  let batch: ParsedBatch = { articles: [], errors: [] };
  await runParseJob({ paths }, (m) => (m.type === 'done' ? (batch = m.batch) : onProgress({ done: m.done, total: m.total })));
  return batch;
}

function effects(overrides: Partial<HandlerEffects> = {}): HandlerEffects {
  const defaults: HandlerEffects = {
    appInfo: () => ({ name: 'Corroborate', version: '1.2.3', edition: 'desktop', platform: 'linux' }),
    showOpenDialog: async () => [],
    showSaveDialog: async () => null,
    writeFile: vi.fn(async () => {}),
    parseFiles: parseHere,
    reportProgress: () => {},
    printToPdf: async () => new Uint8Array(),
  };
  return { ...defaults, ...overrides } as HandlerEffects;
}

describe('main-process handlers', () => {
  it('parses the folder chosen in the open dialog and reports progress to the window', async () => {
    const reportProgress = vi.fn();
    const handlers = createHandlers(effects({ showOpenDialog: async () => [SEEDS_DIR], reportProgress }));
    const batch = await handlers.pickArticleFiles({ mode: 'folder' });
    expect(batch.articles.map((a) => [a.fileName, a.date])).toEqual([
      ['000_b0b42460a32a0478.txt', '2022-02-08'],
      ['003_9dd4b330143851c7.txt', '2022-02-10'],
    ]);
    expect(reportProgress).toHaveBeenLastCalledWith({ done: 2, total: 2 });
  });

  it('reads nothing when the dialog is cancelled', async () => {
    const parseFiles = vi.fn(parseHere);
    const handlers = createHandlers(effects({ parseFiles }));
    await expect(handlers.pickArticleFiles({ mode: 'files' })).resolves.toEqual({ articles: [], errors: [] });
    expect(parseFiles).not.toHaveBeenCalled();
  });

  it('writes an export only where the user chose', async () => {
    const writeFile = vi.fn(async () => {});
    const handlers = createHandlers(effects({ showSaveDialog: async () => '/home/u/report.md', writeFile }));
    const result = await handlers.saveExport({ suggestedName: 'report.md', mimeType: 'text/markdown', content: '# R' });
    expect(result).toEqual({ saved: true, location: '/home/u/report.md' });
    expect(writeFile).toHaveBeenCalledWith('/home/u/report.md', '# R');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const writeFile = vi.fn(async () => {});
    const handlers = createHandlers(effects({ writeFile }));
    const result = await handlers.saveExport({ suggestedName: 'r.md', mimeType: 'text/markdown', content: 'x' });
    expect(result).toEqual({ saved: false, reason: 'cancelled' });
    expect(writeFile).not.toHaveBeenCalled();
  });
});

describe('files named on the command line', () => {
  it('takes the arguments after the app, not flags', () => {
    expect(filesFromArgv(['/usr/bin/electron', '.', 'a.txt', '--inspect', 'b.html'], false)).toEqual(['a.txt', 'b.html']);
    expect(filesFromArgv(['/opt/Corroborate/corroborate', 'a.txt'], true)).toEqual(['a.txt']);
    expect(filesFromArgv(['/opt/Corroborate/corroborate'], true)).toEqual([]);
  });
});

describe('PDF export', () => {
  it('renders the report only after a place is chosen, and writes the PDF bytes there', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const writeFile = vi.fn(async () => {});
    const printToPdf = vi.fn(async () => pdf);
    const handlers = createHandlers(effects({ showSaveDialog: async () => '/home/u/review.pdf', writeFile, printToPdf }));
    const result = await handlers.exportPdf({ suggestedName: 'review.pdf', html: '<h1>Review</h1>' });
    expect(result).toEqual({ saved: true, location: '/home/u/review.pdf' });
    expect(printToPdf).toHaveBeenCalledWith('<h1>Review</h1>');
    expect(writeFile).toHaveBeenCalledWith('/home/u/review.pdf', pdf);
  });

  it('renders nothing when the save dialog is cancelled', async () => {
    const printToPdf = vi.fn(async () => new Uint8Array());
    const handlers = createHandlers(effects({ printToPdf }));
    expect(await handlers.exportPdf({ suggestedName: 'r.pdf', html: 'x' })).toEqual({ saved: false, reason: 'cancelled' });
    expect(printToPdf).not.toHaveBeenCalled();
  });
});
