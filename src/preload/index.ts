import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  menuCommandSchema,
  type InvokeChannel,
  type InvokePayload,
  type InvokeResult,
  type IpcEnvelope,
  type KizunaApi,
} from '../shared/ipc';

async function invoke<C extends InvokeChannel>(
  channel: C,
  payload?: InvokePayload<C>,
): Promise<InvokeResult<C>> {
  const answer = (await ipcRenderer.invoke(channel, payload)) as IpcEnvelope<InvokeResult<C>>;
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

// One function per channel and nothing else: the page never sees ipcRenderer itself.
const api = {
  pickFiles: () => invoke('dialog:pickFiles'),
  pickFolder: () => invoke('dialog:pickFolder'),
  fetchUrl: (url) => invoke('net:fetchUrl', { url }),
  saveFile: (payload) => invoke('file:save', payload),
  openExternal: (url) => invoke('shell:openExternal', { url }),
  onMenuCommand: (listener) => {
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      const parsed = menuCommandSchema.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on('menu:command', relay);
    return () => {
      ipcRenderer.removeListener('menu:command', relay);
    };
  },
} satisfies KizunaApi;

contextBridge.exposeInMainWorld('api', api);
