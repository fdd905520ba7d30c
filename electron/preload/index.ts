/**
 * The preload: one object of named functions on window.api, closed with `satisfies DesktopApi` so it
 * cannot drift from the contract. ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/api/channels';
import type { DesktopApi, ImportProgress, ParsedBatch } from '../../shared/api/contract';

const api = {
  getAppInfo: () => ipcRenderer.invoke(INVOKE_CHANNELS.getAppInfo),
  async pickArticleFiles(request, onProgress) {
    const relay = (_event: IpcRendererEvent, progress: ImportProgress) => onProgress?.(progress);
    ipcRenderer.on(EVENT_CHANNELS.importProgress, relay);
    try {
      return await ipcRenderer.invoke(INVOKE_CHANNELS.pickArticleFiles, request);
    } finally {
      ipcRenderer.removeListener(EVENT_CHANNELS.importProgress, relay);
    }
  },
  saveExport: (file) => ipcRenderer.invoke(INVOKE_CHANNELS.saveExport, file),
  exportPdf: (file) => ipcRenderer.invoke(INVOKE_CHANNELS.exportPdf, file),
  onOpenFiles(listener) {
    const wrapped = (_event: IpcRendererEvent, batch: ParsedBatch) => listener(batch);
    ipcRenderer.on(EVENT_CHANNELS.openFiles, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.openFiles, wrapped);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
