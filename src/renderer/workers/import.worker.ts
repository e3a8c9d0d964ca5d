/// <reference lib="webworker" />
import { DOMParser } from 'linkedom';
import { AppDatabase } from '../../db/app-database';
import { deleteArticles, restoreArticles, type DeletedArticles } from '../../db/repositories/deletion';
import { SearchIndex } from '../../db/search-index';
import { analyseStored } from './analysis-job';
import { runImport } from './import-job';
import { parseItem } from './parse-item';
import { KEEP_UNDO_MS } from './protocol';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { errorMessage } from '../components/format';

// The library worker: imports (parse, hash, analyse, store, index), the background analysis of articles
// stored without one, and full-text search, all off the UI thread.
// It holds the search index in memory; the UI reaches it through services/importer.ts.

const scope = self as unknown as DedicatedWorkerGlobalScope;
const db = new AppDatabase();
// Workers have no DOMParser; linkedom's is enough to read article HTML.
const env = {
  parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document,
};
const index = SearchIndex.load(db);
// Imports run one after another so each chunk's segment is merged into the index exactly once.
let imports: Promise<void> = Promise.resolve();
// Only the latest deletion can be undone; keeping one snapshot bounds what the worker holds for it.
let undoable: { undo: number; deleted: DeletedArticles } | undefined;
let nextUndo = 1;
// A progress message per file would flood the UI thread during a 100 k import; a few a second are enough.
const PROGRESS_INTERVAL_MS = 100;

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

/** Runs `work` after every import, analysis batch and deletion queued before it. */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = imports.then(work);
  // A failed turn must not block the work queued after it.
  imports = turn.then(
    () => undefined,
    () => undefined,
  );
  return turn;
}

/** Runs `work` in turn and posts its answer, or a failure whose message starts with `prefix`. */
function answerInTurn(job: number, work: () => Promise<WorkerResponse>, prefix = ''): void {
  inTurn(work).then(post, (error: unknown) =>
    post({ type: 'failed', job, message: `${prefix}${errorMessage(error)}` }),
  );
}

function deleteInTurn(job: number, ids: number[]): void {
  answerInTurn(
    job,
    async () => {
      const deleted = await deleteArticles(db, ids, await index);
      const undo = nextUndo++;
      undoable = { undo, deleted };
      setTimeout(() => {
        if (undoable?.undo === undo) undoable = undefined;
      }, KEEP_UNDO_MS);
      return { type: 'deleted', job, count: deleted.articles.length, undo };
    },
    'Could not delete: ',
  );
}

function undoInTurn(job: number, undo: number): void {
  answerInTurn(job, async () => {
    if (undoable?.undo !== undo) throw new Error('It is too late to undo that deletion.');
    const { deleted } = undoable;
    await restoreArticles(db, deleted, await index);
    undoable = undefined;
    return { type: 'restored', job, ids: deleted.articles.map((row) => row.id!) };
  });
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'search') {
    index
      .then((loaded) =>
        post({
          type: 'found',
          job: request.job,
          ids: loaded.search(request.query, { limit: request.limit }),
        }),
      )
      .catch((error: unknown) =>
        post({ type: 'failed', job: request.job, message: `Search failed: ${errorMessage(error)}` }),
      );
    return;
  }
  if (request.type === 'analyse-stored') {
    analyseStored(db, {
      // Each batch waits its turn behind imports (and imports started meanwhile wait only for one batch).
      schedule: inTurn,
      onProgress: (done, total) =>
        post({ type: 'progress', job: request.job, progress: { done, total, current: '' } }),
    }).then(
      (outcome) => post({ type: 'analysed', job: request.job, outcome }),
      (error: unknown) =>
        post({ type: 'failed', job: request.job, message: `Analysis failed: ${errorMessage(error)}` }),
    );
    return;
  }
  if (request.type === 'delete') return deleteInTurn(request.job, request.ids);
  if (request.type === 'undo-delete') return undoInTurn(request.job, request.undo);
  void inTurn(async () => {
    let lastProgress = 0;
    try {
      const results = await runImport(db, request.items, {
        parse: (item) => parseItem(item, env),
        analyse: request.analyse ?? true,
        index: await index,
        onProgress: (progress) => {
          const now = performance.now();
          if (
            progress.done > 0 &&
            progress.done < progress.total &&
            now - lastProgress < PROGRESS_INTERVAL_MS
          )
            return;
          lastProgress = now;
          post({ type: 'progress', job: request.job, progress });
        },
      });
      post({ type: 'imported', job: request.job, results });
    } catch (error) {
      post({ type: 'failed', job: request.job, message: `Import failed: ${errorMessage(error)}` });
    }
  });
};
