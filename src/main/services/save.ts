import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

/** A filter row of the save dialog. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

/** What the save dialog needs to offer a sensible default. */
export interface SaveDialogRequest {
  defaultName: string;
  filters: SaveFilter[];
}

/** Shows the save dialog; resolves to the chosen path, or undefined when cancelled. */
export type ChooseSavePath = (request: SaveDialogRequest) => Promise<string | undefined>;

/**
 * Strips folders and characters Windows, macOS or Linux refuse from a suggested name, so the renderer
 * cannot steer the default path outside the folder the dialog opens in.
 */
export function safeFileName(suggested: string): string {
  const name = basename(suggested.replaceAll('\\', '/'))
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return name || 'kizuna-export';
}

/** A filter for the suggested file's own extension first, then "All files". */
export function saveFilters(fileName: string, mimeType: string): SaveFilter[] {
  const extension = extname(fileName).slice(1).toLowerCase();
  const all: SaveFilter = { name: 'All files', extensions: ['*'] };
  if (!extension) return [all];
  const label = mimeType ? `${extension.toUpperCase()} (${mimeType})` : extension.toUpperCase();
  return [{ name: label, extensions: [extension] }, all];
}

/**
 * Asks where to save, then writes `content` there. Resolves false when the user cancels; rejects with the
 * path and reason when the file cannot be written.
 */
export async function saveExport(
  suggestedName: string,
  content: string | Uint8Array,
  mimeType: string,
  choosePath: ChooseSavePath,
): Promise<boolean> {
  const defaultName = safeFileName(suggestedName);
  const target = await choosePath({ defaultName, filters: saveFilters(defaultName, mimeType) });
  if (!target) return false;
  try {
    await writeFile(target, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new Error(`Could not save ${target}: ${reason}.`, { cause: error });
  }
  return true;
}
