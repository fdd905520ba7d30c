import { describe, expect, it } from 'vitest';
import { workbenchWindowOptions } from '../../../electron/main/window-options';
import { SECURE_WEB_PREFERENCES } from '../../support/security';

describe('workbench window options', () => {
  const options = workbenchWindowOptions('/app/out/preload/index.cjs');

  it('isolates the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject(SECURE_WEB_PREFERENCES);
  });

  it('loads the CommonJS preload it is given', () => {
    expect(options.webPreferences.preload).toBe('/app/out/preload/index.cjs');
  });

  it('does not navigate when a file is dropped on the window', () => {
    expect(options.webPreferences.navigateOnDragDrop).toBe(false);
  });

  it('stays hidden until the first paint is ready', () => {
    expect(options.show).toBe(false);
  });
});
