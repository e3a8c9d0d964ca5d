import { app, BrowserWindow, dialog, ipcMain, net, shell } from 'electron';
import { join } from 'node:path';
import { isSafeExternalUrl } from '../security';
import { fetchPage } from '../services/fetch-url';
import { describeSkipped, readFolder, readPickedFiles, type ReadResult } from '../services/files';
import { saveExport } from '../services/save';
import { handle, type SenderCheck } from './handle';

/** Tells the user which files were left out, without holding up the import of the others. */
function reportSkipped(win: BrowserWindow | null, result: ReadResult): ReadResult['files'] {
  const detail = describeSkipped(result);
  if (detail) {
    const options = { type: 'warning' as const, message: 'Some files were not imported', detail };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  }
  return result.files;
}

/** Registers every request channel of the contract; each handler runs only for the app's own pages. */
export function registerIpcHandlers(isTrustedSender: SenderCheck): void {
  const windowOf = (event: Electron.IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);

  handle(ipcMain, isTrustedSender, 'dialog:pickFiles', async (_payload, event) => {
    const win = windowOf(event);
    const options: Electron.OpenDialogOptions = {
      title: 'Import articles',
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const picked = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
    if (picked.canceled) return [];
    return reportSkipped(win, await readPickedFiles(picked.filePaths));
  });

  handle(ipcMain, isTrustedSender, 'dialog:pickFolder', async (_payload, event) => {
    const win = windowOf(event);
    const options: Electron.OpenDialogOptions = {
      title: 'Import a folder of articles',
      properties: ['openDirectory'],
    };
    const picked = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
    const [folder] = picked.filePaths;
    if (picked.canceled || !folder) return [];
    return reportSkipped(win, await readFolder(folder));
  });

  handle(ipcMain, isTrustedSender, 'net:fetchUrl', ({ url }) =>
    // Chromium's network stack rather than Node's: it honours the system proxy and certificate store.
    fetchPage(url, (target, init) => net.fetch(target, init)),
  );

  handle(ipcMain, isTrustedSender, 'file:save', ({ suggestedName, content, mimeType }, event) =>
    saveExport(suggestedName, content, mimeType, async ({ defaultName, filters }) => {
      const win = windowOf(event);
      const options: Electron.SaveDialogOptions = {
        title: 'Save export',
        defaultPath: join(app.getPath('documents'), defaultName),
        filters,
      };
      const chosen = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return chosen.canceled ? undefined : chosen.filePath;
    }),
  );

  handle(ipcMain, isTrustedSender, 'shell:openExternal', async ({ url }) => {
    if (!isSafeExternalUrl(url)) return false;
    await shell.openExternal(url);
    return true;
  });
}
