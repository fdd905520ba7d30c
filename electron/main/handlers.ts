/**
 * The main-process implementation of DesktopApi, with every Electron effect passed in (dialogs, file
 * writes, the parse worker, progress events) so the behaviour is tested in Node. index.ts supplies the
 * real effects.
 */
import type { AppInfo, ExportFile, ImportProgress, PdfExport, PickRequest, SaveResult } from '../../shared/api/contract';
import type { ParsedBatch } from '../../shared/article/types';
import { INVOKE_CHANNELS } from '../../shared/api/channels';
import { isAllowedNavigation } from './guards';
import { registerValidated, type HandleFn } from './ipc';

export interface HandlerEffects {
  appInfo(): AppInfo;
  /** Shows the open dialog; resolves to the chosen paths, empty when cancelled. */
  showOpenDialog(request: PickRequest): Promise<string[]>;
  /** Shows the save dialog; resolves to the chosen path, or null when cancelled. */
  showSaveDialog(suggestedName: string): Promise<string | null>;
  writeFile(path: string, content: string | Uint8Array): Promise<void>;
  /** Renders self-contained HTML to PDF bytes (a hidden, script-free window's printToPDF in the app). */
  printToPdf(html: string): Promise<Uint8Array>;
  /** Reads and parses files off the main thread (parse-in-worker in the app). */
  parseFiles(paths: string[], onProgress: (progress: ImportProgress) => void): Promise<ParsedBatch>;
  /** Tells the window how far parsing has got. */
  reportProgress(progress: ImportProgress): void;
}

/** The handlers for each invoke channel, keyed by DesktopApi method name. */
export function createHandlers(effects: HandlerEffects) {
  return {
    async getAppInfo(): Promise<AppInfo> {
      return effects.appInfo();
    },
    /** Only paths the user chose in our own dialog are ever read. */
    async pickArticleFiles(request: PickRequest): Promise<ParsedBatch> {
      const chosen = await effects.showOpenDialog(request);
      if (chosen.length === 0) return { articles: [], errors: [] };
      return effects.parseFiles(chosen, effects.reportProgress);
    },
    async saveExport(file: ExportFile): Promise<SaveResult> {
      const target = await effects.showSaveDialog(file.suggestedName);
      if (!target) return { saved: false, reason: 'cancelled' };
      await effects.writeFile(target, file.content);
      return { saved: true, location: target };
    },
    /** The PDF is rendered only once the user has chosen where to save it. */
    async exportPdf(file: PdfExport): Promise<SaveResult> {
      const target = await effects.showSaveDialog(file.suggestedName);
      if (!target) return { saved: false, reason: 'cancelled' };
      await effects.writeFile(target, await effects.printToPdf(file.html));
      return { saved: true, location: target };
    },
  };
}

/**
 * Registers every handler on its channel through the validated wrapper: only our own top-level page
 * (app://corroborate) is a trusted sender. `handle` is ipcMain.handle in the app.
 */
export function registerHandlers(handle: HandleFn, handlers: ReturnType<typeof createHandlers>): void {
  registerValidated(handle, INVOKE_CHANNELS.getAppInfo, handlers.getAppInfo, isAllowedNavigation);
  registerValidated(handle, INVOKE_CHANNELS.pickArticleFiles, handlers.pickArticleFiles, isAllowedNavigation);
  registerValidated(handle, INVOKE_CHANNELS.saveExport, handlers.saveExport, isAllowedNavigation);
  registerValidated(handle, INVOKE_CHANNELS.exportPdf, handlers.exportPdf, isAllowedNavigation);
}

/** Paths on the command line that name files to open (not flags, not the app itself). */
export function filesFromArgv(argv: readonly string[], isPackaged: boolean): string[] {
  // Unpackaged: electron <app-dir> [files]; packaged: <app> [files].
  const rest = argv.slice(isPackaged ? 1 : 2);
  return rest.filter((arg) => arg.length > 0 && !arg.startsWith('-'));
}
