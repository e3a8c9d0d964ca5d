import type { FetchedPage, PickedFile } from '../platform/types';
import type { AnalysisOutcome } from '../workers/analysis-job';
import type {
  ImportItem,
  ImportItemResult,
  ImportProgress,
  WorkerRequest,
  WorkerResponse,
} from '../workers/protocol';

export type { ImportItemResult, ImportProgress } from '../workers/protocol';

/** What an import did, for the summary the UI shows. */
export interface ImportSummary {
  imported: number;
  duplicates: number;
  errors: { file: string; message: string }[];
  /** One entry per input, in input order. */
  results: ImportItemResult[];
}

/** Options of `importFiles`. */
export interface ImportOptions {
  /** False stores articles without analysing them (they are analysed by the next background pass). */
  analyse?: boolean;
}

/** Options of `search`. */
export interface SearchRequestOptions {
  /** Most hits returned; 100 unless told. */
  limit?: number;
}

interface Pending {
  resolve: (response: WorkerResponse) => void;
  onProgress?: (progress: ImportProgress) => void;
}

let worker: Worker | undefined;
let nextJob = 1;
const pending = new Map<number, Pending>();
let persistenceAsked = false;

function libraryWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const job = pending.get(message.job);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.job);
    job.resolve(message);
  };
  worker.onerror = (event) => {
    // A worker that fails to start would leave every caller waiting forever; fail them instead.
    const message = `The import worker stopped: ${event.message || 'it could not be loaded'}.`;
    for (const [job, entry] of pending) entry.resolve({ type: 'failed', job, message });
    pending.clear();
  };
  return worker;
}

function send(
  request: WorkerRequest,
  onProgress?: (progress: ImportProgress) => void,
): Promise<WorkerResponse> {
  return new Promise((resolve) => {
    pending.set(request.job, { resolve, onProgress });
    const transfer = request.type === 'import' ? transferables(request.items) : [];
    libraryWorker().postMessage(request, transfer);
  });
}

/** The worker's answer of the expected type, or an error: the worker's own message, or an unexpected answer. */
function answerOf<T extends WorkerResponse['type']>(
  response: WorkerResponse,
  type: T,
  worker: string,
): Extract<WorkerResponse, { type: T }> {
  if (response.type === 'failed') throw new Error(response.message);
  if (response.type !== type)
    throw new Error(`Unexpected answer from the ${worker} worker: ${response.type}.`);
  return response as Extract<WorkerResponse, { type: T }>;
}

function transferables(items: ImportItem[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const item of items) {
    if (item.kind === 'file' && item.bytes.buffer instanceof ArrayBuffer) buffers.add(item.bytes.buffer);
  }
  return [...buffers];
}

function askPersistenceOnce(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  // Without it the browser may evict the library under storage pressure; a refusal changes nothing else.
  void navigator.storage?.persist?.().catch(() => false);
}

function summarise(results: ImportItemResult[]): ImportSummary {
  return {
    imported: results.filter((result) => result.status === 'imported').length,
    duplicates: results.filter((result) => result.status === 'duplicate').length,
    errors: results
      .filter((result) => result.status === 'error')
      .map((result) => ({ file: result.file, message: result.message })),
    results,
  };
}

async function runImport(
  items: ImportItem[],
  onProgress?: (progress: ImportProgress) => void,
  options: ImportOptions = {},
) {
  askPersistenceOnce();
  const response = await send(
    { type: 'import', job: nextJob++, items, analyse: options.analyse },
    onProgress,
  );
  return summarise(answerOf(response, 'imported', 'import').results);
}

async function toItem(file: PickedFile | File): Promise<ImportItem> {
  if (file instanceof File) {
    const name = file.webkitRelativePath || file.name;
    return { kind: 'file', name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  return { kind: 'file', name: file.name, bytes: file.bytes };
}

/**
 * Imports files off the UI thread: parses, skips exact duplicates, stores and indexes them. One bad file
 * never stops the others; its error is in the summary. `onProgress` follows the files as they are read.
 * PickedFile bytes are transferred to the worker, not copied: they are empty afterwards.
 */
export async function importFiles(
  files: PickedFile[] | File[],
  onProgress?: (progress: ImportProgress) => void,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const items = await Promise.all(files.map(toItem));
  return runImport(items, onProgress, options);
}

/** Imports pasted text as one article. */
export async function importText(text: string): Promise<ImportSummary> {
  return runImport([{ kind: 'text', name: 'Pasted text', text }]);
}

/** Imports a fetched web page as one article. */
export async function importPage(page: FetchedPage): Promise<ImportSummary> {
  return runImport([{ kind: 'page', page }]);
}

/**
 * Full-text search over titles and texts, folded for Vietnamese ("ha noi" finds "Hà Nội"); resolves to
 * article ids, best first. Runs in the library worker, which holds the index.
 */
export async function search(query: string, options: SearchRequestOptions = {}): Promise<number[]> {
  const response = await send({ type: 'search', job: nextJob++, query, limit: options.limit });
  return answerOf(response, 'found', 'search').ids;
}

/**
 * Analyses, in the library worker, the stored articles that have no analysis from the current engine
 * (imported before analysis existed). `onProgress` gets articles done and the total.
 */
export async function analyseStoredArticles(
  onProgress?: (done: number, total: number) => void,
): Promise<AnalysisOutcome> {
  const response = await send({ type: 'analyse-stored', job: nextJob++ }, (progress) =>
    onProgress?.(progress.done, progress.total),
  );
  return answerOf(response, 'analysed', 'analysis').outcome;
}

/** What `deleteFromLibrary` did: how many articles went, and the token `undoDeletion` takes. */
export interface DeletionReceipt {
  count: number;
  undo: number;
}

/**
 * Deletes articles with their annotations and analysis, in the library worker so the search index forgets
 * them in the same turn. Runs after any import already under way.
 */
export async function deleteFromLibrary(ids: number[]): Promise<DeletionReceipt> {
  const response = await send({ type: 'delete', job: nextJob++, ids });
  const { count, undo } = answerOf(response, 'deleted', 'library');
  return { count, undo };
}

/** Puts back the articles of the latest deletion (named by its receipt's `undo`); resolves to their ids. */
export async function undoDeletion(undo: number): Promise<number[]> {
  const response = await send({ type: 'undo-delete', job: nextJob++, undo });
  return answerOf(response, 'restored', 'library').ids;
}
