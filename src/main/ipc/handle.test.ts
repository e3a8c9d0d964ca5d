import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { IpcEnvelope } from '../../shared/ipc';
import { isAppUrl } from '../security';
import { handle } from './handle';

type Listener = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<IpcEnvelope<unknown>>;

function fakeIpc() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) };
  const call = (channel: string, frameUrl: string | null, payload?: unknown) =>
    listeners.get(channel)!(
      { senderFrame: frameUrl === null ? null : { url: frameUrl } } as IpcMainInvokeEvent,
      payload,
    );
  return { ipcMain, call };
}

const appPage = 'app://kizuna/index.html';
const trusted = (url: string) => isAppUrl(url);

describe('handle', () => {
  it('runs the handler for the app’s own page with a valid payload and wraps the answer', async () => {
    const { ipcMain, call } = fakeIpc();
    const handler = vi.fn(({ url }: { url: string }) => url.startsWith('https:'));
    handle(ipcMain as never, trusted, 'shell:openExternal', handler);
    await expect(call('shell:openExternal', appPage, { url: 'https://vnexpress.net/' })).resolves.toEqual({
      ok: true,
      value: true,
    });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('refuses a payload of the wrong shape without calling the handler, naming the bad field', async () => {
    const { ipcMain, call } = fakeIpc();
    const handler = vi.fn(() => true);
    handle(ipcMain as never, trusted, 'file:save', handler);
    const answer = await call('file:save', appPage, {
      suggestedName: 'notes.md',
      content: 42,
      mimeType: 'text/markdown',
    });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(/file:save.*invalid request.*content/s);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses requests from a foreign page, a lookalike host or a frame that is gone', async () => {
    const { ipcMain, call } = fakeIpc();
    const handler = vi.fn(async () => []);
    handle(ipcMain as never, trusted, 'dialog:pickFiles', handler);
    for (const url of ['https://evil.example/', 'app://kizuna.evil/index.html', 'file:///tmp/x.html', null]) {
      const answer = await call('dialog:pickFiles', url);
      expect(answer).toEqual({
        ok: false,
        error: expect.stringContaining("did not come from Kizuna's own window"),
      });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes the handler’s error message through as data the renderer can show', async () => {
    const { ipcMain, call } = fakeIpc();
    handle(ipcMain as never, trusted, 'net:fetchUrl', () => {
      throw new Error('example.com answered 404 Not Found');
    });
    await expect(call('net:fetchUrl', appPage, { url: 'https://example.com/x' })).resolves.toEqual({
      ok: false,
      error: 'example.com answered 404 Not Found',
    });
  });

  it('does not let a handler return a result outside the contract', async () => {
    const { ipcMain, call } = fakeIpc();
    handle(
      ipcMain as never,
      trusted,
      'dialog:pickFolder',
      () => [{ name: 'a.txt', bytes: 'not bytes' }] as never,
    );
    const answer = await call('dialog:pickFolder', appPage);
    expect(answer.ok).toBe(false);
  });
});
