import { describe, expect, it, vi } from 'vitest';
import type { KizunaApi } from '../../shared/ipc';
import { createElectronPlatform } from './electron';

function fakeApi(): KizunaApi {
  return {
    pickFiles: vi.fn(async () => [{ name: 'a.txt', bytes: new Uint8Array([97]) }]),
    pickFolder: vi.fn(async () => []),
    fetchUrl: vi.fn(async (url: string) => ({ url, contentType: 'text/html', body: '<p>x</p>' })),
    saveFile: vi.fn(async () => true),
    openExternal: vi.fn(async () => {
      throw new Error('Refused shell:openExternal');
    }),
    onMenuCommand: vi.fn(() => () => undefined),
  };
}

describe('createElectronPlatform', () => {
  it('passes each Platform call to the preload api', async () => {
    const api = fakeApi();
    const platform = createElectronPlatform(api);
    expect(platform.kind).toBe('electron');
    await expect(platform.pickFiles()).resolves.toEqual([{ name: 'a.txt', bytes: new Uint8Array([97]) }]);
    await expect(platform.fetchUrl('https://e.vnexpress.net/')).resolves.toMatchObject({ body: '<p>x</p>' });
    await platform.saveFile('facts.csv', 'a;b', 'text/csv');
    expect(api.saveFile).toHaveBeenCalledWith({
      suggestedName: 'facts.csv',
      content: 'a;b',
      mimeType: 'text/csv',
    });
    await expect(platform.requestPersistence()).resolves.toBe(true);
  });

  it('never lets a refused external link surface as an unhandled rejection', async () => {
    const api = fakeApi();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    createElectronPlatform(api).openExternal('file:///etc/passwd');
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(api.openExternal).toHaveBeenCalledWith('file:///etc/passwd');
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('says clearly when it is used outside the desktop app', () => {
    expect(() => createElectronPlatform(undefined)).toThrow(/desktop API is missing/);
  });
});
