/**
 * Navigation, window-opening, webview and permission decisions, as pure functions. The Electron glue
 * in security.ts wires them to every web contents; nothing else may decide these things.
 */
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * Only our own page may load in the window; every navigation and redirect elsewhere is refused.
 * Compares scheme and host, because Node's URL gives custom schemes an opaque "null" origin.
 */
export function isAllowedNavigation(targetUrl: string): boolean {
  try {
    const url = new URL(targetUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * Parses `value` as an http(s) URL and hands it to `open` (shell.openExternal in the app). Anything
 * else (file:, javascript:, custom schemes, credentials in the URL, garbage) is refused.
 * Returns whether the URL was opened.
 */
export async function openExternalUrl(
  value: string,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password) return false;
  await open(url.href);
  return true;
}

/** The app asks for no permission (camera, notifications, geolocation...): all are denied. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** What setWindowOpenHandler answers: never a new Electron window; http(s) links go to the browser. */
export function decideWindowOpen(
  targetUrl: string,
  open: (url: string) => Promise<void>,
): { action: 'deny' } {
  void openExternalUrl(targetUrl, open);
  return { action: 'deny' };
}
