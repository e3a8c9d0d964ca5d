import { app, BrowserWindow, screen, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { appOrigin, isAppUrl, isSafeExternalUrl } from './security';
import { loadWindowState, minWindowSize, saveWindowState } from './window-state';

/** Where the renderer comes from: the dev server in `electron-vite dev`, else the app:// origin. */
export function rendererUrl(): string {
  return (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || `${appOrigin}/index.html`;
}

/** True when `url` is one of the app's own pages in this run (app:// or, in dev, the dev server). */
export function isOwnPage(url: string): boolean {
  return isAppUrl(url, app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
}

/**
 * Locks down any web contents: no navigation away from the app, no new windows, no <webview>.
 * Http(s) links the user follows open in the system browser instead.
 */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Opens the main window where the user left it, and remembers its place when it closes. */
export function createMainWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = new BrowserWindow({
    ...state,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Kizuna',
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveWindowState(stateFile, win.getNormalBounds(), win.isMaximized()));
  void win.loadURL(rendererUrl());
  return win;
}
