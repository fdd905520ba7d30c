/** Types of electron-binary.mjs for TypeScript tests. */
export function findElectronBinary(
  load?: (id: string) => unknown,
  exists?: (path: string) => boolean,
): { ok: true; path: string } | { ok: false; reason: string };
export function missingElectronMessage(reason: string): string;
