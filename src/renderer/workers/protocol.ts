import type { FetchedPage } from '../platform/types';
import type { AnalysisOutcome } from './analysis-job';

/** One thing to import: a file's bytes, pasted text, or a fetched web page. */
export type ImportItem =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'text'; name: string; text: string }
  | { kind: 'page'; page: FetchedPage };

/** What happened to one import item. `message` is shown to the user as is. */
export interface ImportItemResult {
  /** File name, URL, or "Pasted text". */
  file: string;
  status: 'imported' | 'duplicate' | 'error';
  /** The stored article (for `duplicate`, the one already in the library); absent on error. */
  articleId?: number;
  message: string;
}

/** Progress of an import: items parsed so far, and the one being read. */
export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

/** Messages the UI thread sends to the library worker. */
export type WorkerRequest =
  /** `analyse: false` stores without analysing (benchmarks of the store alone); the app always analyses. */
  | { type: 'import'; job: number; items: ImportItem[]; analyse?: boolean }
  | { type: 'search'; job: number; query: string; limit?: number }
  /** Analyse the stored articles imported before analysis existed (or by an older engine). */
  | { type: 'analyse-stored'; job: number }
  /** Delete these articles with everything derived from them, and forget them in the search index. */
  | { type: 'delete'; job: number; ids: number[] }
  /** Undo the deletion that answered with this `undo` token (only the latest deletion can be undone). */
  | { type: 'undo-delete'; job: number; undo: number };

/** Messages the library worker answers with. */
export type WorkerResponse =
  | { type: 'progress'; job: number; progress: ImportProgress }
  | { type: 'imported'; job: number; results: ImportItemResult[] }
  | { type: 'found'; job: number; ids: number[] }
  | { type: 'analysed'; job: number; outcome: AnalysisOutcome }
  /** `count` articles deleted; `undo` names this deletion to an `undo-delete`. */
  | { type: 'deleted'; job: number; count: number; undo: number }
  | { type: 'restored'; job: number; ids: number[] }
  | { type: 'failed'; job: number; message: string };

/** How long the status bar offers Undo after a deletion: long enough to notice a slip, short enough not to linger. */
export const UNDO_MS = 8000;

/**
 * How long the worker keeps a deletion's snapshot (texts, figures …): well after the UI stops offering Undo,
 * so an Undo clicked at the last moment still works.
 */
export const KEEP_UNDO_MS = 60_000;
