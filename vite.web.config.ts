/**
 * Vite config of the renderer, shared by both editions: `rendererConfig()` is used by
 * electron.vite.config.ts for the desktop build and, as the default export, for the browser edition
 * (`npm run web`). The CSP comes from shared/api/csp.ts so both editions enforce the same policy.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/api/csp';

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
      rollupOptions: { input: resolve(root, 'index.html') },
    },
  };
}

export const WEB_PORT = 4178;

export default defineConfig({
  ...rendererConfig('out/web'),
  define: { __CORROBORATE_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
});
