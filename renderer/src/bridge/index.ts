/**
 * Chooses the WorkbenchApi of this edition: the preload's window.api on the desktop, the browser
 * bridge otherwise. The rest of the UI only ever sees WorkbenchApi.
 */
import type { DesktopApi, WorkbenchApi } from '../../../shared/api/contract';
import { pastedFile } from '../../../shared/article/paste';
import { createBrowserApi } from './browser';
import { parseInPageWorker } from './parse-client';
import { readDroppedItems } from './read-blobs';

/** The desktop edition: IPC methods from the preload plus drops and pastes read in the page. */
export function createDesktopApi(desktop: DesktopApi): WorkbenchApi {
  return {
    getAppInfo: () => desktop.getAppInfo(),
    pickArticleFiles: (request, onProgress) => desktop.pickArticleFiles(request, onProgress),
    saveExport: (file) => desktop.saveExport(file),
    exportPdf: desktop.exportPdf ? (file) => desktop.exportPdf!(file) : undefined,
    onOpenFiles: (listener) => desktop.onOpenFiles(listener),
    readDroppedFiles: async (dropped, onProgress) => parseInPageWorker(await readDroppedItems(dropped), onProgress),
    parsePastedText: (paste) => parseInPageWorker({ files: [pastedFile(paste)], errors: [] }),
  };
}

export const api: WorkbenchApi = window.api ? createDesktopApi(window.api) : createBrowserApi();
