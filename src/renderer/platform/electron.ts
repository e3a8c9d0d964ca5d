import type { KizunaApi } from '../../shared/ipc';
import type { Platform } from './types';

/**
 * The desktop Platform: every host call goes through the preload's `window.api` (dialogs, fetching and
 * saving happen in the main process). Throws when the preload is missing, i.e. outside the desktop app.
 */
export function createElectronPlatform(api: KizunaApi | undefined = globalThis.window?.api): Platform {
  if (!api) throw new Error('The desktop API is missing: Kizuna was not started by its Electron shell.');
  return {
    kind: 'electron',
    pickFiles: () => api.pickFiles(),
    pickFolder: () => api.pickFolder(),
    fetchUrl: (url) => api.fetchUrl(url),
    saveFile: (suggestedName, content, mimeType) => api.saveFile({ suggestedName, content, mimeType }),
    openExternal: (url) => {
      // Fire and forget, as the interface promises; a refused scheme is simply not opened.
      void api.openExternal(url).catch(() => undefined);
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    // IndexedDB in Electron's userData folder is never evicted by the browser's storage pressure.
    requestPersistence: () => Promise.resolve(true),
  };
}
