/**
 * Electron glue for the guards in guards.ts, in one place: every web contents the app creates is
 * refused navigation, redirects, new windows and webviews; every permission request is denied.
 * Import for its side effect before any window exists.
 */
import { app, session, shell } from 'electron';
import { decideWindowOpen, isAllowedNavigation, isPermissionGranted } from './guards';

const openInBrowser = (url: string) => shell.openExternal(url);

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => decideWindowOpen(url, openInBrowser));
});

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
});
