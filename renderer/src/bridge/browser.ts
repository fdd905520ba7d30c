/**
 * The browser edition's WorkbenchApi: a file input to pick files or folders, the DOM drop reader, and a
 * download to save. No server is involved: everything stays in this tab and its IndexedDB.
 */
import type { ExportFile, FileBatch, PickRequest, SaveResult, WorkbenchApi } from '../../../shared/api/contract';
import { PICKER_ACCEPT } from '../../../shared/article/formats';
import { pastedFile } from '../../../shared/article/paste';
import { parseInPageWorker } from './parse-client';
import { readDroppedItems, readFileList } from './read-blobs';

/** Opens the browser's file chooser; resolves with the files, or an empty batch if cancelled. */
function pickWithInput(request: PickRequest): Promise<FileBatch> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = PICKER_ACCEPT;
    if (request.mode === 'folder') input.webkitdirectory = true;
    input.style.display = 'none';
    input.dataset.testid = 'import-input';
    const done = (batch: Promise<FileBatch> | FileBatch) => {
      input.remove();
      resolve(batch);
    };
    input.addEventListener('change', () => done(readFileList(Array.from(input.files ?? []))), { once: true });
    input.addEventListener('cancel', () => done({ files: [], errors: [] }), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Saves by downloading a Blob under the suggested name. */
function download(file: ExportFile): Promise<SaveResult> {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.suggestedName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve({ saved: true, location: `Downloads/${file.suggestedName}` });
}

/** The browser edition's implementation of the contract. */
export function createBrowserApi(): WorkbenchApi {
  return {
    getAppInfo: () =>
      Promise.resolve({
        name: 'Corroborate',
        version: __CORROBORATE_VERSION__,
        edition: 'browser',
        platform: navigator.platform || 'web',
      }),
    pickArticleFiles: async (request, onProgress) => parseInPageWorker(await pickWithInput(request), onProgress),
    readDroppedFiles: async (dropped, onProgress) => parseInPageWorker(await readDroppedItems(dropped), onProgress),
    parsePastedText: (paste) => parseInPageWorker({ files: [pastedFile(paste)], errors: [] }),
    saveExport: download,
    // A browser tab is never asked to open files from outside the page.
    onOpenFiles: () => () => {},
  };
}
