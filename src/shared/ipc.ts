import { z } from 'zod';

/**
 * The one contract between the Electron main process and the renderer: channel names (`area:verb`) with a
 * zod schema for every payload and result. The main process validates payloads against it before a handler
 * runs (and results before they leave); the preload builds `window.api` from the same channel names.
 */

// z.instanceof would narrow to Uint8Array<ArrayBuffer>; the Platform types use plain Uint8Array.
const bytesSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array,
  'expected bytes (a Uint8Array)',
);

/** A file read by the main process, ready for the import pipeline. */
export const pickedFileSchema = z.object({
  /** File name, or the path relative to the chosen folder. */
  name: z.string().min(1),
  bytes: bytesSchema,
});

/** A web page fetched by the main process (it has no CORS limits, unlike the browser). */
export const fetchedPageSchema = z.object({
  url: z.string(),
  contentType: z.string(),
  body: z.string(),
});

/** Every command the desktop menu sends to the renderer. */
export const menuCommandSchema = z.enum([
  'import-files',
  'import-folder',
  'import-url',
  'toggle-theme',
  'font-bigger',
  'font-smaller',
]);

/** A menu command, as sent on `menu:command`. */
export type IpcMenuCommand = z.infer<typeof menuCommandSchema>;

/** Request/response channels (renderer → main, answered by `ipcMain.handle`). */
export const invokeContract = {
  'dialog:pickFiles': { payload: z.undefined(), result: z.array(pickedFileSchema) },
  'dialog:pickFolder': { payload: z.undefined(), result: z.array(pickedFileSchema) },
  'net:fetchUrl': {
    payload: z.object({ url: z.string().max(8192) }),
    result: fetchedPageSchema,
  },
  'file:save': {
    payload: z.object({
      suggestedName: z.string().min(1).max(255),
      content: z.union([z.string(), bytesSchema]),
      mimeType: z.string().max(255),
    }),
    result: z.boolean(),
  },
  'shell:openExternal': { payload: z.object({ url: z.string().max(8192) }), result: z.boolean() },
} as const;

/** Name of a request/response channel. */
export type InvokeChannel = keyof typeof invokeContract;

/** What the renderer sends on `channel`. */
export type InvokePayload<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['payload']>;

/** What the main process answers on `channel`. */
export type InvokeResult<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['result']>;

/**
 * How every answer crosses the process boundary. Electron rewrites errors thrown by a handler into
 * "Error invoking remote method ..." text, so handlers return the user-facing message as data instead.
 */
export type IpcEnvelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Main → renderer event channels. */
export const eventContract = {
  'menu:command': menuCommandSchema,
} as const;

/** Name of a main → renderer event channel. */
export type EventChannel = keyof typeof eventContract;

/**
 * The narrow API the preload exposes as `window.api`; one method per channel, nothing else.
 * Invoke methods reject with the handler's message when the main process reports an error.
 */
export interface KizunaApi {
  pickFiles(): Promise<InvokeResult<'dialog:pickFiles'>>;
  pickFolder(): Promise<InvokeResult<'dialog:pickFolder'>>;
  fetchUrl(url: string): Promise<InvokeResult<'net:fetchUrl'>>;
  saveFile(payload: InvokePayload<'file:save'>): Promise<InvokeResult<'file:save'>>;
  openExternal(url: string): Promise<InvokeResult<'shell:openExternal'>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: IpcMenuCommand) => void): () => void;
}

declare global {
  interface Window {
    /** Present only in the desktop app, where the preload exposes it; absent in web mode. */
    api?: KizunaApi;
  }
}
