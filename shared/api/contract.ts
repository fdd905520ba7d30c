/**
 * The WorkbenchApi contract: what the UI may ask of its host, implemented by the desktop edition
 * (preload + IPC to the Electron main process) and by the browser edition (file inputs, downloads).
 * Payload types live here once so both sides of the process boundary agree on them.
 */
import type { GivenMetadata } from '../article/manifest';
import type { ParsedBatch } from '../article/types';

export type { GivenMetadata, ParsedBatch };

/** What the host tells the UI about itself. */
export interface AppInfo {
  name: string;
  version: string;
  edition: Edition;
  /** Platform string as the host reports it ("linux", "darwin", "win32", or the browser's). */
  platform: string;
}

export type Edition = 'desktop' | 'browser';

/** One file handed to the UI as bytes, with the path or name it came from. */
export interface RawFile {
  /** File name without folders, e.g. "000_b0b42460a32a0478.txt". */
  name: string;
  /** Where it came from: a path on disk (desktop) or the relative path in a picked/dropped folder. */
  path: string;
  bytes: Uint8Array;
  /** Metadata the person gave with it (the paste dialog), applied over what the file says. */
  given?: GivenMetadata;
}

/** A file that could not be read, with a reason a person can act on. */
export interface FileError {
  path: string;
  error: string;
}

/** The result of reading a selection: what was read and what was not, never one at the cost of the other. */
export interface FileBatch {
  files: RawFile[];
  errors: FileError[];
}

/** Whether the user picks individual files or a folder to walk recursively. */
export interface PickRequest {
  mode: 'files' | 'folder';
}

/** A file the UI wants to save: the host asks where (desktop) or downloads it (browser). */
export interface ExportFile {
  suggestedName: string;
  mimeType: string;
  content: string;
}

export type SaveResult = { saved: true; location: string } | { saved: false; reason: 'cancelled' };

/** An HTML report to print to PDF (desktop only: Electron's printToPDF). */
export interface PdfExport {
  suggestedName: string;
  html: string;
}

/** Something dropped on the window, as the DOM hands it over; read by the renderer in both editions. */
export interface DroppedItems {
  items: readonly DroppedItem[];
}

/** The subset of a DOM DataTransferItem the bridge needs; kept structural so shared/ has no DOM types. */
export interface DroppedItem {
  kind: string;
  getAsFile(): { name: string; arrayBuffer(): Promise<ArrayBuffer> } | null;
  webkitGetAsEntry(): unknown;
}

/** Text pasted into the workbench, with what the person says about it. */
export interface PastedText {
  /** The clipboard's plain text (what the dialog shows and the person may edit). */
  text: string;
  /** The clipboard's HTML, when it had some and the text was not edited: read as a web page. */
  html?: string | null;
  given: GivenMetadata;
}

/** Progress of reading and parsing: files done out of files found. */
export interface ImportProgress {
  done: number;
  total: number;
}

export type ProgressListener = (progress: ImportProgress) => void;

/**
 * The API every edition implements. Every method is async; subscriptions return an unsubscribe.
 * Importing hands back parsed drafts (shared/article), never stored: the renderer stores them.
 */
export interface WorkbenchApi {
  getAppInfo(): Promise<AppInfo>;
  /** Asks the user for files or a folder, reads and parses them; an empty batch if cancelled. */
  pickArticleFiles(request: PickRequest, onProgress?: ProgressListener): Promise<ParsedBatch>;
  /** Reads and parses what was dropped on the window. */
  readDroppedFiles(dropped: DroppedItems, onProgress?: ProgressListener): Promise<ParsedBatch>;
  /** Parses pasted text (or its HTML) as an article, in the page in both editions. */
  parsePastedText(paste: PastedText): Promise<ParsedBatch>;
  saveExport(file: ExportFile): Promise<SaveResult>;
  /** Prints an HTML report to a PDF and saves it; absent where the edition cannot (the browser). */
  exportPdf?(file: PdfExport): Promise<SaveResult>;
  /** Articles the host was asked to open from outside the UI (command line, OS "open with"). */
  onOpenFiles(listener: (batch: ParsedBatch) => void): () => void;
}

/**
 * The part of the contract that crosses the Electron IPC boundary. Dropped files are read in the
 * renderer in both editions (the DOM already grants them), so main never reads a path the user did
 * not choose in one of its own dialogs or name on the command line.
 */
export type DesktopApi = Omit<WorkbenchApi, 'readDroppedFiles' | 'parsePastedText'>;
