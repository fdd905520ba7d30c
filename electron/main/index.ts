/**
 * Desktop entry point: Electron lifecycle and the thin glue that connects Electron's objects to the
 * tested functions in this folder. Keep logic out of here; it only runs where the Electron binary does.
 */
import './security';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol } from 'electron';
import { EVENT_CHANNELS } from '../../shared/api/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/csp';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  resolveAppRequest,
} from './app-protocol';
import { PICKER_EXTENSIONS } from '../../shared/article/formats';
import { createHandlers, filesFromArgv, registerHandlers } from './handlers';
import type { HandleFn } from './ipc';
import { parseInWorker } from './parse-in-worker';
import { workbenchWindowOptions } from './window-options';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;

/** Reads and parses in a worker thread; built next to this file by electron.vite.config.ts. */
const parseWorker = { url: new URL('./parse-worker.js', import.meta.url) };

function reportProgress(progress: { done: number; total: number }): void {
  mainWindow?.webContents.send(EVENT_CHANNELS.importProgress, progress);
}

/** Files named on the command line (or passed to a second instance) are parsed and sent to the page. */
async function sendFilesToWindow(paths: string[]): Promise<void> {
  if (!mainWindow || paths.length === 0) return;
  const batch = await parseInWorker(parseWorker, { paths }, reportProgress);
  mainWindow.webContents.send(EVENT_CHANNELS.openFiles, batch);
}

function registerProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': contentTypeFor(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function registerIpc(): void {
  const handlers = createHandlers({
    appInfo: () => ({
      name: 'Corroborate',
      version: app.getVersion(),
      edition: 'desktop',
      platform: process.platform,
    }),
    async showOpenDialog(request) {
      const result = await dialog.showOpenDialog({
        title: request.mode === 'folder' ? 'Import a folder of articles' : 'Import articles',
        properties: request.mode === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
        filters:
          request.mode === 'files'
            ? [{ name: 'Articles', extensions: PICKER_EXTENSIONS }]
            : undefined,
      });
      return result.canceled ? [] : result.filePaths;
    },
    async showSaveDialog(suggestedName) {
      const result = await dialog.showSaveDialog({ defaultPath: suggestedName });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    writeFile: (path, content) => writeFile(path, content),
    async printToPdf(html) {
      // A hidden window with scripts off renders the report; the report's own CSP forbids requests.
      const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } });
      try {
        await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return new Uint8Array(await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }));
      } finally {
        win.destroy();
      }
    },
    parseFiles: (paths, onProgress) => parseInWorker(parseWorker, { paths }, onProgress),
    reportProgress,
  });
  registerHandlers(ipcMain.handle.bind(ipcMain) as unknown as HandleFn, handlers);
}

function createWindow(): void {
  mainWindow = new BrowserWindow(workbenchWindowOptions(preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.webContents.once('did-finish-load', () => {
    void sendFilesToWindow(filesFromArgv(process.argv, app.isPackaged));
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
}

app.on('second-instance', (_event, argv) => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  void sendFilesToWindow(filesFromArgv(argv, app.isPackaged));
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.whenReady().then(() => {
  registerProtocol();
  registerIpc();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});
