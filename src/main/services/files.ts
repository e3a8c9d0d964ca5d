import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';

/** A file read for import: its display name and its bytes. */
export interface ReadFile {
  name: string;
  bytes: Uint8Array;
}

/** A file that was not read, and why, in words for the user. */
export interface SkippedFile {
  name: string;
  reason: string;
}

/** Files read plus the ones left out; `truncated` when a folder held more than the cap. */
export interface ReadResult {
  files: ReadFile[];
  skipped: SkippedFile[];
  truncated: boolean;
}

/** Limits that keep one import from exhausting memory (everything crosses IPC in one message). */
export interface ReadLimits {
  /** Largest single file read, in bytes. */
  maxFileBytes: number;
  /** Most files taken from one folder. */
  maxFiles: number;
}

/** News articles are kilobytes; 10 MB per file and 2,000 per folder leave room for long reports. */
export const defaultReadLimits: ReadLimits = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 2000 };

/** Extensions a folder import picks up; everything else in the folder is left alone. */
export const importableExtensions: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm'];

function formatSize(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes >= mb ? `${(bytes / mb).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'the file no longer exists';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function readOne(path: string, name: string, limits: ReadLimits): Promise<ReadFile | SkippedFile> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { name, reason: 'it is a folder' };
    if (info.size > limits.maxFileBytes) {
      return {
        name,
        reason: `it is ${formatSize(info.size)}, over the ${formatSize(limits.maxFileBytes)} limit`,
      };
    }
    return { name, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { name, reason: describeError(error) };
  }
}

async function readAll(entries: { path: string; name: string }[], limits: ReadLimits): Promise<ReadResult> {
  const result: ReadResult = { files: [], skipped: [], truncated: false };
  for (const { path, name } of entries) {
    const read = await readOne(path, name, limits);
    if ('bytes' in read) result.files.push(read);
    else result.skipped.push(read);
  }
  return result;
}

/**
 * Reads the files the user picked, whatever their type (the import pipeline explains files it cannot use).
 * Files over the size limit or that cannot be read are reported in `skipped`, not thrown.
 */
export function readPickedFiles(
  paths: readonly string[],
  limits: ReadLimits = defaultReadLimits,
): Promise<ReadResult> {
  return readAll(
    paths.map((path) => ({ path, name: basename(path) })),
    limits,
  );
}

/**
 * Reads every importable file under `root`, recursively, named by their path relative to `root` with `/`
 * separators. Hidden folders (.git, ...) and symbolic links are not followed, so a link loop cannot hang it;
 * unreadable sub-folders are reported in `skipped`. Stops at `maxFiles` and sets `truncated`.
 */
export async function readFolder(root: string, limits: ReadLimits = defaultReadLimits): Promise<ReadResult> {
  const found: { path: string; name: string }[] = [];
  const skipped: SkippedFile[] = [];
  let truncated = false;
  const pending = [root];
  while (pending.length > 0 && !truncated) {
    const dir = pending.shift() as string;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({
        name: relative(root, dir).split(sep).join('/') || basename(dir),
        reason: describeError(error),
      });
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) pending.push(path);
      } else if (entry.isFile() && importableExtensions.includes(extname(entry.name).toLowerCase())) {
        if (found.length >= limits.maxFiles) {
          truncated = true;
          break;
        }
        found.push({ path, name: relative(root, path).split(sep).join('/') });
      }
    }
  }
  const result = await readAll(found, limits);
  return { files: result.files, skipped: [...skipped, ...result.skipped], truncated };
}

/** One sentence per problem, for the warning shown after an import from disk. */
export function describeSkipped(result: ReadResult, limits: ReadLimits = defaultReadLimits): string | null {
  const lines = result.skipped.map(({ name, reason }) => `${name}: not imported, ${reason}.`);
  if (result.truncated) {
    lines.push(
      `Only the first ${limits.maxFiles} files of the folder were imported; import its sub-folders separately.`,
    );
  }
  return lines.length > 0 ? lines.join('\n') : null;
}
