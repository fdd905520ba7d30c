/**
 * The one wrapper every IPC handler goes through (after VS Code's validatedIpcMain): it refuses
 * channels the contract does not name, senders other than our own top-level page, and payloads that
 * fail the channel's schema, before the handler sees anything.
 */
import type { z } from 'zod';
import { isInvokeChannel, type InvokeChannel } from '../../shared/api/channels';
import { PAYLOAD_SCHEMAS, describeIssues } from '../../shared/api/schemas';

/** The part of an Electron IpcMainInvokeEvent the wrapper looks at. */
export interface InvokeSender {
  senderFrame: { url: string; parent: unknown } | null;
}

/** Thrown back to the renderer; the message says which check failed. */
export class IpcRejection extends Error {
  constructor(channel: string, reason: string) {
    super(`IPC ${channel} rejected: ${reason}`);
    this.name = 'IpcRejection';
  }
}

type PayloadOf<C extends InvokeChannel> = z.output<(typeof PAYLOAD_SCHEMAS)[C]>;

/** A handler receives the validated payload only. */
export type InvokeHandler<C extends InvokeChannel> = (payload: PayloadOf<C>) => unknown;

/** Where handlers end up: `ipcMain.handle` in the app, a map in tests. */
export type HandleFn = (
  channel: string,
  listener: (event: InvokeSender, ...args: unknown[]) => unknown,
) => void;

/**
 * Checks one invocation and returns the validated payload or throws IpcRejection.
 * `isTrustedUrl` decides whether the sender frame's URL is our own page.
 */
export function checkInvocation(
  channel: string,
  event: InvokeSender,
  args: unknown[],
  isTrustedUrl: (url: string) => boolean,
): unknown {
  if (!isInvokeChannel(channel)) throw new IpcRejection(channel, 'unknown channel');
  const frame = event.senderFrame;
  if (!frame) throw new IpcRejection(channel, 'sender frame is gone');
  if (frame.parent !== null) throw new IpcRejection(channel, 'sender is not the top-level frame');
  if (!isTrustedUrl(frame.url)) throw new IpcRejection(channel, `untrusted sender ${frame.url}`);
  if (args.length > 1) throw new IpcRejection(channel, 'more than one argument');
  const result = PAYLOAD_SCHEMAS[channel].safeParse(args[0]);
  if (!result.success) throw new IpcRejection(channel, `invalid payload: ${describeIssues(result.error)}`);
  return result.data;
}

/**
 * Registers `handler` for `channel` through the checks above. Registering a channel the contract does
 * not name throws at start-up, so a typo cannot open an unchecked door.
 */
export function registerValidated<C extends InvokeChannel>(
  handle: HandleFn,
  channel: C,
  handler: InvokeHandler<C>,
  isTrustedUrl: (url: string) => boolean,
): void {
  if (!isInvokeChannel(channel)) throw new IpcRejection(channel, 'unknown channel');
  handle(channel, (event, ...args) => {
    const payload = checkInvocation(channel, event, args, isTrustedUrl) as PayloadOf<C>;
    return handler(payload);
  });
}
