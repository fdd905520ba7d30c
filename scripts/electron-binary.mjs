// Finds the Electron binary the `electron` npm package downloaded, or explains why there is none.
// Shared by `npm start` and the desktop e2e tests so both give the same reason.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * @param {(id: string) => unknown} [load] module loader (injected in tests)
 * @param {(path: string) => boolean} [exists] file check (injected in tests)
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function findElectronBinary(load = createRequire(import.meta.url), exists = existsSync) {
  let binary;
  try {
    binary = load('electron');
  } catch {
    return { ok: false, reason: 'the Electron binary was not downloaded when the packages were installed' };
  }
  if (typeof binary !== 'string' || !exists(binary)) {
    return { ok: false, reason: `the Electron binary is missing (${String(binary)})` };
  }
  return { ok: true, path: binary };
}

/** The explanation `npm start` prints when Electron cannot run here. */
export function missingElectronMessage(reason) {
  return [
    `Corroborate desktop cannot start: ${reason}.`,
    '',
    'This happens when packages were installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline.',
    'To get the desktop app, on a machine with internet access run:',
    '    npm rebuild electron        (or: node node_modules/electron/install.js)',
    'then `npm start` again.',
    '',
    'Meanwhile the same workbench runs in your browser:',
    '    npm run web',
  ].join('\n');
}
