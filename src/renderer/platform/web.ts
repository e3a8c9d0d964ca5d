import { formatFromName } from '../../core/parse';
import type { FetchedPage, MenuCommand, PickedFile, Platform } from './types';

/** File types the importer reads; the chooser offers these first (the user may still pick anything). */
const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** Reads browser `File`s into memory; a folder's files keep their path relative to the chosen folder. */
export async function readPickedFiles(files: Iterable<File>): Promise<PickedFile[]> {
  return Promise.all(
    [...files].map(async (file) => ({
      name: file.webkitRelativePath || file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/**
 * True for a file a folder import should pick up: an article format by its extension, and not hidden
 * (a folder holds images, `.DS_Store` and the like that the user never meant to import).
 */
export function belongsInFolderImport(path: string): boolean {
  return !path.split('/').some((part) => part.startsWith('.')) && formatFromName(path) !== null;
}

function chooseWithInput(folder: boolean): Promise<PickedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    if (folder) input.webkitdirectory = true;
    else input.accept = ACCEPT;
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      const chosen = folder ? files.filter((file) => belongsInFolderImport(file.webkitRelativePath)) : files;
      readPickedFiles(chosen).then(resolve, reject);
    });
    // Chromium fires `cancel` when the chooser is dismissed; without it the promise would never settle.
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

/** True for the URLs Kizuna fetches or opens: http and https only. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Fetches a page for import in the browser. A browser may only read another site's page when that site
 * allows it (CORS), so a blocked fetch gets a message that says so and what to do instead.
 */
export async function fetchPage(
  url: string,
  fetcher: typeof fetch = fetch,
  online: () => boolean = () => navigator.onLine,
): Promise<FetchedPage> {
  if (!isWebUrl(url))
    throw new Error(`“${url}” is not a web address: it must start with http:// or https://.`);
  let response: Response;
  try {
    response = await fetcher(url, { redirect: 'follow', credentials: 'omit' });
  } catch {
    if (!online())
      throw new Error(
        `You are offline, so ${url} could not be fetched. Connect and try again, or import a saved copy.`,
      );
    const host = new URL(url).host;
    throw new Error(
      `The browser blocked reading ${host}: the site does not allow other sites to fetch its pages (CORS). ` +
        'Open the page in your browser, save it as HTML (Ctrl+S), then import the saved file.',
    );
  }
  if (!response.ok)
    throw new Error(
      `${url} answered ${response.status} ${response.statusText}`.trim() + ': nothing to import.',
    );
  return {
    url: response.url || url,
    contentType: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

function download(suggestedName: string, content: string | Uint8Array, mimeType: string): boolean {
  // Copy into a fresh ArrayBuffer: a Uint8Array may view a SharedArrayBuffer, which Blob refuses.
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.click();
  // The download has started by the time the click returns; a tick later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return true;
}

/** The browser Platform: file and folder inputs, downloads, fetch, and no menu (web mode has none). */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    pickFiles: () => chooseWithInput(false),
    pickFolder: () => chooseWithInput(true),
    fetchUrl: (url) => fetchPage(url),
    // The browser gives no way to know whether the user kept the download, so a started one counts.
    saveFile: (suggestedName, content, mimeType) =>
      Promise.resolve(download(suggestedName, content, mimeType)),
    openExternal: (url) => {
      if (isWebUrl(url)) window.open(url, '_blank', 'noopener');
    },
    onMenuCommand: (_listener: (command: MenuCommand) => void) => () => undefined,
    requestPersistence: async () => (await navigator.storage?.persist?.()) ?? false,
  };
}
