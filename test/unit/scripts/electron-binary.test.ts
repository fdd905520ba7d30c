import { describe, expect, it } from 'vitest';
import { findElectronBinary, missingElectronMessage } from '../../../scripts/electron-binary.mjs';

describe('finding the Electron binary', () => {
  it('reports the binary path when the package installed one', () => {
    expect(findElectronBinary(() => '/x/electron', () => true)).toEqual({ ok: true, path: '/x/electron' });
  });

  it('explains a skipped download instead of throwing', () => {
    const found = findElectronBinary(
      () => {
        throw new Error('Electron failed to install correctly, please delete node_modules/electron');
      },
      () => true,
    );
    expect(found).toEqual({ ok: false, reason: expect.stringMatching(/not downloaded/) });
  });

  it('notices a binary path that does not exist', () => {
    expect(findElectronBinary(() => '/gone/electron', () => false).ok).toBe(false);
  });

  it('tells the user how to get Electron and points to the browser edition', () => {
    const message = missingElectronMessage('the Electron binary was not downloaded');
    expect(message).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD=1/);
    expect(message).toMatch(/npm run web/);
    expect(message).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  });
});
