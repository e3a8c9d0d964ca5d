import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import {
  invokeContract,
  type InvokeChannel,
  type InvokePayload,
  type InvokeResult,
  type IpcEnvelope,
} from '../../shared/ipc';

/** Implementation of one channel; throw an `Error` whose message the user should read. */
export type Handler<C extends InvokeChannel> = (
  payload: InvokePayload<C>,
  event: IpcMainInvokeEvent,
) => Promise<InvokeResult<C>> | InvokeResult<C>;

/** Decides whether a frame URL belongs to the app itself (see `isAppUrl`). */
export type SenderCheck = (frameUrl: string) => boolean;

/**
 * Registers `handler` for `channel` so that it only ever runs for the app's own pages and with a payload
 * that matches the contract. Anything else answers `{ ok: false }` with a specific message, never a throw,
 * so the renderer shows the reason rather than Electron's "Error invoking remote method".
 */
export function handle<C extends InvokeChannel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrustedSender: SenderCheck,
  channel: C,
  handler: Handler<C>,
): void {
  const { payload: payloadSchema, result: resultSchema } = invokeContract[channel];
  ipcMain.handle(channel, async (event, raw: unknown): Promise<IpcEnvelope<InvokeResult<C>>> => {
    const frameUrl = event.senderFrame?.url;
    if (!frameUrl || !isTrustedSender(frameUrl)) {
      return { ok: false, error: `Refused ${channel}: the request did not come from Kizuna's own window.` };
    }
    const parsed = payloadSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: `Refused ${channel}: invalid request (${z.prettifyError(parsed.error)}).` };
    }
    try {
      const value = await handler(parsed.data as InvokePayload<C>, event);
      // A handler returning the wrong shape is our bug; catch it here rather than in the renderer.
      return { ok: true, value: resultSchema.parse(value) as InvokeResult<C> };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
