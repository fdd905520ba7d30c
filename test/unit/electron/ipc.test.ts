import { describe, expect, it, vi } from 'vitest';
import { isAllowedNavigation } from '../../../electron/main/guards';
import { IpcRejection, registerValidated, type HandleFn, type InvokeSender } from '../../../electron/main/ipc';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/api/channels';

type Listener = (event: InvokeSender, ...args: unknown[]) => unknown;

/** A stand-in for ipcMain.handle that records listeners by channel. */
function fakeIpc() {
  const listeners = new Map<string, Listener>();
  const handle: HandleFn = (channel, listener) => listeners.set(channel, listener);
  const invoke = (channel: string, event: InvokeSender, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  };
  return { handle, invoke, listeners };
}

const ownPage: InvokeSender = { senderFrame: { url: 'app://corroborate/index.html', parent: null } };

describe('validated IPC wrapper', () => {
  it('passes a valid payload from our top-level page to the handler', async () => {
    const ipc = fakeIpc();
    const handler = vi.fn(async () => ({ saved: false, reason: 'cancelled' }));
    registerValidated(ipc.handle, INVOKE_CHANNELS.saveExport, handler, isAllowedNavigation);
    const file = { suggestedName: 'report.html', mimeType: 'text/html', content: '<p>ok</p>' };
    await expect(ipc.invoke(INVOKE_CHANNELS.saveExport, ownPage, file)).resolves.toEqual({
      saved: false,
      reason: 'cancelled',
    });
    expect(handler).toHaveBeenCalledWith(file);
  });

  it('refuses to register a channel the contract does not name', () => {
    const ipc = fakeIpc();
    expect(() =>
      registerValidated(ipc.handle, 'fs:read-any' as InvokeChannel, vi.fn(), isAllowedNavigation),
    ).toThrow(IpcRejection);
    expect(ipc.listeners.size).toBe(0);
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/', parent: null } }, /untrusted sender/],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }, /untrusted sender/],
    ['a subframe of our page', { senderFrame: { url: 'app://corroborate/x', parent: {} } }, /top-level/],
    ['a destroyed frame', { senderFrame: null }, /frame is gone/],
  ])('rejects %s and never calls the handler', (_label, event, reason) => {
    const ipc = fakeIpc();
    const handler = vi.fn();
    registerValidated(ipc.handle, INVOKE_CHANNELS.getAppInfo, handler, isAllowedNavigation);
    expect(() => ipc.invoke(INVOKE_CHANNELS.getAppInfo, event as InvokeSender)).toThrow(reason);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing payload', []],
    ['a wrong mode', [{ mode: 'everything' }]],
    ['an extra key', [{ mode: 'files', path: '/etc/passwd' }]],
    ['a string instead of an object', ['/etc/passwd']],
    ['two arguments', [{ mode: 'files' }, '/etc']],
  ])('rejects %s for files:pick', (_label, args) => {
    const ipc = fakeIpc();
    const handler = vi.fn();
    registerValidated(ipc.handle, INVOKE_CHANNELS.pickArticleFiles, handler, isAllowedNavigation);
    expect(() => ipc.invoke(INVOKE_CHANNELS.pickArticleFiles, ownPage, ...args)).toThrow(IpcRejection);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a save whose name would escape the chosen folder', () => {
    const ipc = fakeIpc();
    const handler = vi.fn();
    registerValidated(ipc.handle, INVOKE_CHANNELS.saveExport, handler, isAllowedNavigation);
    const bad = { suggestedName: '../../.bashrc', mimeType: 'text/plain', content: 'x' };
    expect(() => ipc.invoke(INVOKE_CHANNELS.saveExport, ownPage, bad)).toThrow(/plain file name/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a payload on a call that takes none', () => {
    const ipc = fakeIpc();
    registerValidated(ipc.handle, INVOKE_CHANNELS.getAppInfo, vi.fn(), isAllowedNavigation);
    expect(() => ipc.invoke(INVOKE_CHANNELS.getAppInfo, ownPage, { sneaky: true })).toThrow(/invalid payload/);
  });
});
