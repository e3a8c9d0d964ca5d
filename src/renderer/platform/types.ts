/** A file chosen by the user, read into memory, ready for the import worker. */
export interface PickedFile {
  /** File name, or the path relative to the chosen folder. */
  name: string;
  bytes: Uint8Array;
}

/** A web page fetched for import. */
export interface FetchedPage {
  /** Final URL after redirects. */
  url: string;
  contentType: string;
  body: string;
}

/** Commands the desktop menu (or keyboard shortcuts) can send to the app. */
export type MenuCommand =
  'import-files' | 'import-folder' | 'import-url' | 'toggle-theme' | 'font-bigger' | 'font-smaller';

/**
 * Everything the renderer needs from its host. `electron.ts` implements it over the preload `api`;
 * `web.ts` with browser APIs (file input, drag-and-drop, downloads, fetch).
 */
export interface Platform {
  kind: 'electron' | 'web';
  /** Lets the user choose article files; resolves to [] when cancelled. */
  pickFiles(): Promise<PickedFile[]>;
  /** Lets the user choose a folder; resolves to its importable files (recursively), [] when cancelled. */
  pickFolder(): Promise<PickedFile[]>;
  /** Fetches a web page for import; rejects with a message a user can act on (offline, blocked by CORS...). */
  fetchUrl(url: string): Promise<FetchedPage>;
  /** Saves an export; resolves false when the user cancelled. */
  saveFile(suggestedName: string, content: string | Uint8Array, mimeType: string): Promise<boolean>;
  /** Opens an http(s) link in the system browser; other schemes are ignored. */
  openExternal(url: string): void;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Asks for durable storage so the library survives; true when granted (always true on desktop). */
  requestPersistence(): Promise<boolean>;
}
