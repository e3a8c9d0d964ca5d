import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const openExternal = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('electron', () => ({
  app: { isPackaged: true },
  shell: { openExternal },
  BrowserWindow: class {},
  screen: {},
}));

const { isOwnPage, lockDownContents, rendererUrl } = await import('./app-window');

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      contents.openHandler = handler;
    },
  });
  lockDownContents(contents as unknown as WebContents);
  return contents;
}

function navigate(contents: EventEmitter, url: string): boolean {
  let prevented = false;
  contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('lockDownContents', () => {
  it('keeps the window on the app, sending web links to the system browser', () => {
    openExternal.mockClear();
    const contents = fakeContents();
    expect(navigate(contents, 'https://www.jica.go.jp/')).toBe(true);
    expect(navigate(contents, 'file:///etc/passwd')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://www.jica.go.jp/']]);
  });

  it('denies every new window and opens only http(s) ones outside', () => {
    openExternal.mockClear();
    const contents = fakeContents();
    expect(contents.openHandler!({ url: 'https://nikkei.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'smb://host/share' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://nikkei.com/']]);
  });
});

describe('a packaged app', () => {
  it('loads from app:// and ignores a dev server URL left in the environment', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(rendererUrl()).toBe('app://kizuna/index.html');
    expect(isOwnPage('http://localhost:5173/')).toBe(false);
    expect(isOwnPage('app://kizuna/index.html')).toBe(true);
    vi.unstubAllEnvs();
  });
});
