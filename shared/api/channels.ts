/**
 * IPC channel names, the one list both the preload and the main process use. A channel that is not
 * here cannot be registered or invoked.
 */
export const INVOKE_CHANNELS = {
  getAppInfo: 'app:get-info',
  pickArticleFiles: 'files:pick',
  saveExport: 'export:save',
  exportPdf: 'export:pdf',
} as const;

/** Main → renderer events. */
export const EVENT_CHANNELS = {
  openFiles: 'files:open',
  importProgress: 'files:progress',
} as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];
export type EventChannel = (typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS];

const known = new Set<string>(Object.values(INVOKE_CHANNELS));

/** True only for channels the contract names. */
export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && known.has(value);
}
