/**
 * The app:// protocol that serves the built renderer. A fixed scheme and host give IndexedDB one
 * origin across versions and install folders (file:// origins are opaque and would change), and the
 * resolver below refuses anything outside the renderer folder.
 */
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'corroborate';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges registered before 'ready': standard (real origin), secure (IndexedDB, crypto.subtle). */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
} as const;

/**
 * Maps an app:// request URL to a file under `rootDir`, or null when the URL is foreign or tries to
 * leave the folder (encoded "..", backslashes, NUL bytes).
 */
export function resolveAppRequest(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

/** Content types for the files a Vite build emits; anything else is served as bytes. */
export function contentTypeFor(filePath: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.woff2': 'font/woff2',
    '.wasm': 'application/wasm',
  };
  return types[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
