/**
 * The BrowserWindow options of the workbench window, as plain data so tests can assert every security
 * switch without starting Electron (Electron's security checklist, items 2-4 and 8).
 */
export interface WorkbenchWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  backgroundColor: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    experimentalFeatures: false;
    navigateOnDragDrop: false;
    spellcheck: boolean;
  };
}

/** Window options for the main workbench window, given the absolute path of the built CJS preload. */
export function workbenchWindowOptions(preloadPath: string): WorkbenchWindowOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    title: 'Corroborate',
    backgroundColor: '#1d1f23',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Dropping a file must import it, never navigate the window to it.
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
