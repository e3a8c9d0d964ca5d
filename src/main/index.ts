import { app, BrowserWindow, dialog, Menu, net, protocol, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMenuCommand } from '../shared/ipc';
import { resolveAppPath } from './app-protocol';
import { createMainWindow, isOwnPage, lockDownContents } from './app-window';
import { registerIpcHandlers } from './ipc/register';
import { appScheme, contentSecurityPolicy, isAppUrl } from './security';
import { buildMenuTemplate, listShortcuts } from './services/menu';

// Tests (and power users) can point the app at a fresh profile; it must be set before the instance lock.
if (process.env.KIZUNA_USER_DATA_DIR) app.setPath('userData', process.env.KIZUNA_USER_DATA_DIR);

// A standard, secure scheme gives the app a fixed origin (app://kizuna), so IndexedDB persists between
// launches, and lets module scripts, workers and fetch() work as they do over https.
protocol.registerSchemesAsPrivileged([
  {
    scheme: appScheme,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
  },
]);

const rendererRoot = join(import.meta.dirname, '../renderer');
const isMac = process.platform === 'darwin';
let mainWindow: BrowserWindow | null = null;

function withCsp(headers: Headers): Headers {
  headers.set('Content-Security-Policy', contentSecurityPolicy);
  headers.set('X-Content-Type-Options', 'nosniff');
  return headers;
}

function serveApp(): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppPath(rendererRoot, request.url);
    if (!file) return new Response('Forbidden', { status: 403 });
    try {
      const response = await net.fetch(pathToFileURL(file).href);
      return new Response(response.body, {
        status: response.status,
        headers: withCsp(new Headers(response.headers)),
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function secureSession(): void {
  const { webRequest } = session.defaultSession;
  // The header repeats the page's meta CSP without remote connect-src: on the desktop the page never fetches.
  // Only for app://, not the dev server, whose hot-reload tooling the stricter header would break.
  webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = { ...details.responseHeaders };
    if (isAppUrl(details.url)) responseHeaders['Content-Security-Policy'] = [contentSecurityPolicy];
    callback({ responseHeaders });
  });
  // Nothing in Kizuna needs the camera, notifications, geolocation...; clipboard writes back "Copy citation".
  const allowed = new Set(['clipboard-sanitized-write']);
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowed.has(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowed.has(permission));
}

function sendMenuCommand(command: IpcMenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow;
  win?.webContents.send('menu:command', command);
}

function installMenu(): void {
  const template = buildMenuTemplate({
    send: sendMenuCommand,
    isDev: !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL),
    isMac,
    showAbout: () =>
      void dialog.showMessageBox({
        title: 'About Kizuna',
        message: `Kizuna ${app.getVersion()}`,
        detail:
          'An offline analyst’s desk for Vietnam–Japan investment news.\n' +
          `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
      }),
    showShortcuts: () =>
      void dialog.showMessageBox({
        title: 'Keyboard Shortcuts',
        message: 'Keyboard shortcuts',
        detail: listShortcuts(template, isMac)
          .map(({ keys, action }) => `${keys}\t${action}`)
          .join('\n'),
      }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Another Kizuna owns this profile; it will come to the front through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });
  void app.whenReady().then(() => {
    serveApp();
    secureSession();
    registerIpcHandlers(isOwnPage);
    installMenu();
    showMainWindow();
  });
}
