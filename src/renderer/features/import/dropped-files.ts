import type { PickedFile } from '../../platform/types';
import { belongsInFolderImport } from '../../platform/web';

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) and an empty batch marks the end.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function picked(file: File, name: string): Promise<PickedFile> {
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    // Files inside a dropped folder keep their path ("folder/sub/name.txt") so the results can name them.
    into.push(await picked(await fileOf(entry as FileSystemFileEntry), entry.fullPath.replace(/^\//, '')));
    return;
  }
  for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) {
    // Inside folders only article files count, as with "Import folder…"; hidden folders are skipped.
    const wanted = child.isDirectory
      ? !child.name.startsWith('.')
      : belongsInFolderImport(child.fullPath.replace(/^\//, ''));
    if (wanted) await walk(child, into);
  }
}

/**
 * The files of a drop: loose files as they are (a wrong one gets its own error in the import results) and
 * the article files inside dropped folders, recursively.
 */
export async function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  // Entries must be taken synchronously: the DataTransfer is emptied once the drop handler returns.
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry());
  if (entries.every((entry) => entry === null))
    return Promise.all([...data.files].map((file) => picked(file, file.name)));
  const found: PickedFile[] = [];
  for (const entry of entries) if (entry) await walk(entry, found);
  return found;
}
