/** Types for dependencies that ship none. */
declare module 'wink-porter2-stemmer' {
  /** Porter2 stem of one lower-cased English word. */
  export default function stem(word: string): string;
}

declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** PDF.js's worker side; set as globalThis.pdfjsWorker it runs in the calling thread. */
  export const WorkerMessageHandler: unknown;
}

declare module 'js-quantities' {
  /** A quantity with a unit (js-quantities); only what Corroborate uses is declared. */
  interface Qty {
    scalar: number;
    toBase(): Qty;
    to(unit: string): Qty;
    kind(): string;
    units(): string;
  }
  function Qty(value: number, unit: string): Qty;
  export default Qty;
}
