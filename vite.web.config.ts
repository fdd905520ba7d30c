/**
 * Vite config of the renderer, shared by both editions: `rendererConfig()` is used by
 * electron.vite.config.ts for the desktop build and, as the default export, for the browser edition
 * (`npm run web`). The CSP comes from shared/api/csp.ts so both editions enforce the same policy.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
// With its extension, so Vite's native config loader can read it too (it warned on every build).
import { CONTENT_SECURITY_POLICY } from './shared/api/csp.ts';

const root = resolve(import.meta.dirname, 'renderer');

/** Writes the shared CSP into index.html as a <meta> tag (the desktop shell also sends it as a header). */
function cspMetaTag(): Plugin {
  return {
    name: 'corroborate-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** Renderer build settings; `outDir` differs per edition. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root,
    base: './',
    plugins: [react(), cspMetaTag()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      target: 'chrome120',
      // The matching Worker carries wink's English model (3.5 MB) and the page about 550 kB: both are
      // read from the app's own files or from localhost, never over a network, so a chunk's size costs
      // a few milliseconds of parsing, not a download. Above this a chunk is worth a look.
      chunkSizeWarningLimit: 6000,
      rollupOptions: { input: resolve(root, 'index.html') },
    },
  };
}

export default defineConfig({
  ...rendererConfig('out/web'),
  define: { __CORROBORATE_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  // scripts/serve-web.mjs chooses the port (PORT, default 4178, else the next free one).
  preview: { host: '127.0.0.1' },
});
