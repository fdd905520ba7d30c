/**
 * electron-vite build of the desktop edition: the main process (ESM), the sandboxed preload (which
 * must be CommonJS) and the renderer (the same Vite config as the browser edition).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.web.config';

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(here, 'electron/main/index.ts'),
          'parse-worker': resolve(here, 'electron/main/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(here, 'electron/preload/index.ts') },
        // Sandboxed preloads cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig('out/renderer'),
    define: { __CORROBORATE_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  },
});
