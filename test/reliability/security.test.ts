/**
 * The Electron security checklist, run against the real main-process wiring with fake Electron
 * effects: window options, the page's CSP, navigation and window guards, the app:// protocol, and
 * every IPC channel as registered by registerHandlers — attacked with unknown channels, foreign
 * senders, invalid payloads and paths the user never chose. (The live checks run in the desktop e2e
 * suite where the Electron binary exists; the browser edition's XSS checks are in xss.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/api/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/csp';
import { resolveAppRequest } from '../../electron/main/app-protocol';
import { decideWindowOpen, isAllowedNavigation, isPermissionGranted } from '../../electron/main/guards';
import { createHandlers, registerHandlers, type HandlerEffects } from '../../electron/main/handlers';
import type { HandleFn, InvokeSender } from '../../electron/main/ipc';
import { workbenchWindowOptions } from '../../electron/main/window-options';
import { SECURE_WEB_PREFERENCES } from '../support/security';
import { trial } from './ledger';

const AREA = 'security';
const check = (name: string, run: () => Promise<void> | void) => it(name, () => trial(AREA, 'check', name, async () => (await run(), 0)));

const OWN_PAGE: InvokeSender = { senderFrame: { url: 'app://corroborate/index.html', parent: null } };
const DIALOG_PICK = '/home/reviewer/chosen/article.txt';
const DIALOG_SAVE = '/home/reviewer/exports/report.html';

/** The app's handlers on a fake ipcMain, with effects that record every path main touches. */
function wiredMain() {
  const touched: string[] = [];
  const effects: HandlerEffects = {
    appInfo: () => ({ edition: 'desktop', version: 'test', platform: 'linux' }) as ReturnType<HandlerEffects['appInfo']>,
    showOpenDialog: async () => [DIALOG_PICK],
    showSaveDialog: async () => DIALOG_SAVE,
    writeFile: async (path) => void touched.push(`write:${path}`),
    printToPdf: async () => new Uint8Array([37, 80, 68, 70]),
    parseFiles: async (paths) => {
      for (const p of paths) touched.push(`read:${p}`);
      return { articles: [], errors: [] };
    },
    reportProgress: () => undefined,
  };
  const listeners = new Map<string, (event: InvokeSender, ...args: unknown[]) => unknown>();
  const handle: HandleFn = (channel, listener) => listeners.set(channel, listener);
  registerHandlers(handle, createHandlers(effects));
  const invoke = async (channel: string, event: InvokeSender, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { invoke, touched, channels: [...listeners.keys()] };
}

describe('window and page', () => {
  check('the window isolates the page: context isolation, sandbox, no Node, no webviews, web security on', () => {
    const { webPreferences: prefs } = workbenchWindowOptions('/app/preload.cjs');
    expect(prefs).toMatchObject(SECURE_WEB_PREFERENCES);
  });

  check('the CSP allows only our own scripts: no inline, no eval, no plugins, frames, forms or remote hosts', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  check('navigation anywhere but our own page is refused', () => {
    expect(isAllowedNavigation('app://corroborate/index.html')).toBe(true);
    for (const url of ['https://evil.example/', 'http://127.0.0.1:4178/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'app://evil/index.html', 'app://corroborate.evil.example/', 'about:blank']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  check('new windows are never opened; only plain http(s) links go to the system browser', async () => {
    const opened: string[] = [];
    const open = async (url: string) => void opened.push(url);
    for (const url of ['https://example.org/story', 'javascript:alert(1)', 'file:///etc/passwd', 'app://corroborate/index.html', 'https://user:pass@example.org/', 'smb://share/x']) {
      expect(decideWindowOpen(url, open)).toEqual({ action: 'deny' });
    }
    await new Promise((r) => setTimeout(r, 0));
    expect(opened).toEqual(['https://example.org/story']);
  });

  check('every permission request (camera, notifications, clipboard, …) is denied', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      expect(isPermissionGranted(permission), permission).toBe(false);
    }
  });

  check('the app:// protocol serves only files inside the app, never a path climbed out of it', () => {
    expect(resolveAppRequest('app://corroborate/index.html', '/opt/app/renderer')).toBe('/opt/app/renderer/index.html');
    for (const url of ['app://corroborate/../../etc/passwd', 'app://corroborate/%2e%2e/%2e%2e/etc/passwd', 'app://corroborate/..%2f..%2fetc/passwd', 'app://evil/index.html', 'app://corroborate//etc/passwd']) {
      const resolved = resolveAppRequest(url, '/opt/app/renderer');
      expect(resolved === null || resolved.startsWith('/opt/app/renderer/'), url).toBe(true);
    }
  });
});

describe('IPC, as main registers it', () => {
  check('only the channels of the contract are registered', () => {
    expect(wiredMain().channels.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  check('an unknown channel has no handler', async () => {
    const main = wiredMain();
    for (const channel of ['fs:read', 'files:read-path', 'shell:open', 'app:get-info ', '__proto__']) {
      await expect(main.invoke(channel, OWN_PAGE), channel).rejects.toThrow(/no handler/);
    }
    expect(main.touched).toEqual([]);
  });

  check('calls from a foreign sender are refused on every channel before any handler runs', async () => {
    const main = wiredMain();
    const senders: InvokeSender[] = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///tmp/evil.html', parent: null } },
      { senderFrame: { url: 'app://corroborate/index.html', parent: {} } },
      { senderFrame: null },
    ];
    const valid: Record<string, unknown[]> = {
      [INVOKE_CHANNELS.getAppInfo]: [],
      [INVOKE_CHANNELS.pickArticleFiles]: [{ mode: 'files' }],
      [INVOKE_CHANNELS.saveExport]: [{ suggestedName: 'r.html', mimeType: 'text/html', content: 'x' }],
      [INVOKE_CHANNELS.exportPdf]: [{ suggestedName: 'r.pdf', html: '<p>x</p>' }],
    };
    for (const [channel, args] of Object.entries(valid)) {
      for (const sender of senders) await expect(main.invoke(channel, sender, ...args), channel).rejects.toThrow();
      await expect(main.invoke(channel, OWN_PAGE, ...args), channel).resolves.toBeDefined();
    }
    // Only the calls from our own page reached the (dialog-chosen) paths.
    expect(main.touched).toEqual([`read:${DIALOG_PICK}`, `write:${DIALOG_SAVE}`, `write:${DIALOG_SAVE}`]);
  });

  check('invalid payloads are refused on every channel', async () => {
    const main = wiredMain();
    const invalid: [string, unknown[]][] = [
      [INVOKE_CHANNELS.getAppInfo, [{ path: '/etc/passwd' }]],
      [INVOKE_CHANNELS.pickArticleFiles, []],
      [INVOKE_CHANNELS.pickArticleFiles, [{ mode: 'everything' }]],
      [INVOKE_CHANNELS.pickArticleFiles, [{ mode: 'files' }, { mode: 'files' }]],
      [INVOKE_CHANNELS.saveExport, [{ suggestedName: '../../.bashrc', mimeType: 'text/plain', content: 'x' }]],
      [INVOKE_CHANNELS.saveExport, [{ suggestedName: 'r.html', mimeType: 'text/html', content: 42 }]],
      [INVOKE_CHANNELS.saveExport, [{ suggestedName: 'r.html', mimeType: 'not a mime', content: 'x' }]],
      [INVOKE_CHANNELS.exportPdf, [{ suggestedName: 'r.exe', html: '<p>x</p>' }]],
      [INVOKE_CHANNELS.exportPdf, [{ suggestedName: 'r.pdf', html: '' }]],
      [INVOKE_CHANNELS.exportPdf, ['<p>x</p>']],
    ];
    for (const [channel, args] of invalid) await expect(main.invoke(channel, OWN_PAGE, ...args), `${channel} ${JSON.stringify(args)}`).rejects.toThrow();
    expect(main.touched).toEqual([]);
  });

  check('the page cannot make main read or write a path it did not get from a dialog', async () => {
    const main = wiredMain();
    const smuggled = ['/etc/passwd', '/root/.ssh/id_rsa', 'C:\\Windows\\System32\\config\\SAM', '../../secret.txt'];
    for (const path of smuggled) {
      const attempts: [string, unknown[]][] = [
        [INVOKE_CHANNELS.pickArticleFiles, [{ mode: 'files', paths: [path] }]],
        [INVOKE_CHANNELS.pickArticleFiles, [{ mode: 'files' }, [path]]],
        [INVOKE_CHANNELS.pickArticleFiles, [{ mode: path }]],
        [INVOKE_CHANNELS.saveExport, [{ suggestedName: path, mimeType: 'text/plain', content: 'x' }]],
        [INVOKE_CHANNELS.saveExport, [{ suggestedName: 'r.txt', mimeType: 'text/plain', content: 'x', path }]],
        [INVOKE_CHANNELS.exportPdf, [{ suggestedName: 'r.pdf', html: '<p>x</p>', target: path }]],
      ];
      for (const [channel, args] of attempts) await main.invoke(channel, OWN_PAGE, ...args).catch(() => undefined);
    }
    await main.invoke(INVOKE_CHANNELS.pickArticleFiles, OWN_PAGE, { mode: 'folder' });
    // Everything main read or wrote came from its own dialogs.
    expect(main.touched.length).toBeGreaterThan(0);
    for (const entry of main.touched) expect([`read:${DIALOG_PICK}`, `write:${DIALOG_SAVE}`]).toContain(entry);
  });
});
