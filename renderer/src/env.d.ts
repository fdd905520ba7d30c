/// <reference types="vite/client" />
import type { DesktopApi } from '../../shared/api/contract';

declare global {
  /** Set by the desktop preload; absent in the browser edition. */
  interface Window {
    api?: DesktopApi;
  }
  /** package.json version, injected at build time. */
  const __CORROBORATE_VERSION__: string;
}
