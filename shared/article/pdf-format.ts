/**
 * PDF articles through Mozilla's PDF.js: the text layer of every page, laid out as paragraphs by
 * pdf-layout.ts, and the title, author, date and language from the document's information. PDF.js runs
 * in the calling thread (its "fake worker"): the parser already runs in a Worker or a worker thread,
 * and a nested Worker would need a second script and a looser CSP. No eval (`isEvalSupported: false`),
 * no fonts or images are rendered, so nothing of the page's CSP changes. Loaded on the first PDF only.
 */
import { layoutText, type PageText, type TextRun } from './pdf-layout';
import { cleanField, isoDate } from './metadata';
import { FormatError, documentTitle, type DocumentFields } from './document';

/** More pages than this is a book or a scan of one, not an article. */
export const MAX_PDF_PAGES = 2000;

/** The part of PDF.js used here, typed structurally so shared/ needs no DOM typings. */
interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info: Record<string, unknown>; metadata: { get(name: string): unknown } | null }>;
  destroy(): Promise<void>;
}
interface PdfPage {
  view: number[];
  streamTextContent(params?: Record<string, unknown>): ReadableStream<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }> }>;
  cleanup(): void;
}

let loading: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // The worker's message handler in this thread: PDF.js then starts no Worker of its own.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  })();
  return loading;
}

/** Reads a PDF's text and information; throws FormatError with the reason it cannot. */
export async function parsePdf(bytes: Uint8Array, maxChars: number): Promise<DocumentFields> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    // Errors only: warnings about fonts it need not render would fill the console.
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw new FormatError(describePdfError(err));
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new FormatError(`too many pages for an article (${doc.numPages.toLocaleString('en')}; the limit is ${MAX_PDF_PAGES.toLocaleString('en')})`);
    }
    const pages: PageText[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const runs: TextRun[] = [];
      const reader = page.streamTextContent().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        for (const item of value.items) {
          if (typeof item.str !== 'string' || !item.transform) continue;
          const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
          runs.push({ str: item.str, x, y, width: item.width ?? 0, size: Math.hypot(c, d) || Math.hypot(a, b) || (item.height ?? 0) });
          chars += item.str.length;
        }
        // A content stream can inflate to far more text than the file's size suggests: stop reading.
        if (chars > maxChars) {
          await reader.cancel(new Error('text limit reached')).catch(() => undefined);
          throw new FormatError(`too much text for an article (over ${maxChars.toLocaleString('en')} characters)`);
        }
      }
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      pages.push({ runs, box: [left, bottom, right, top] });
      page.cleanup();
    }
    const text = layoutText(pages);
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new FormatError(`no text layer: scanned? (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} without text; run OCR on it first)`);
    }
    const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {} as Record<string, unknown>, metadata: null }));
    return {
      text,
      title: documentTitle(info.Title) ?? documentTitle(metadata?.get('dc:title')),
      byline: cleanField(info.Author) ?? cleanField(metadata?.get('dc:creator')),
      date: pdfDate(info.CreationDate) ?? isoDate(metadata?.get('xmp:createdate')),
      language: cleanField(info.Language, 20),
      url: null,
      outlet: null,
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** "D:20230622100000Z" (the PDF date format) → "2023-06-22". */
export function pdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})?/.exec(value.trim());
  return m ? isoDate(m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`) : null;
}

function describePdfError(err: unknown): string {
  const e = err as { name?: string; message?: string } | null;
  if (e?.name === 'PasswordException') return 'password-protected PDF: remove the password and import it again';
  return `malformed PDF (${cleanField(e?.message ?? String(err), 160) ?? 'unknown error'})`;
}
