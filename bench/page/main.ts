// The benchmark page: the real importer client, import worker and repositories, driven by
// bench/import.bench.ts through `window.kizunaBench`, with probes for main-thread responsiveness.
import { getFacets, listArticleIds } from '../../src/db/repositories/articles';
import { DATABASE_NAME } from '../../src/db/app-database';
import { summariseDeletion } from '../../src/db/repositories/deletion';
import { getDatabase } from '../../src/renderer/services/database';
import { deleteFromLibrary, importFiles, search } from '../../src/renderer/services/importer';
import { benchQueries, generateArticle, randomSource } from '../corpus';

/** What the driver polls while an import runs. */
export interface BenchStatus {
  phase: 'idle' | 'generating' | 'importing' | 'done' | 'failed';
  done: number;
  total: number;
  seconds: number;
  imported: number;
  duplicates: number;
  errors: string[];
  /** Largest delay of a 20 ms timer on the UI thread during the import. */
  maxTimerLagMs: number;
  /** UI-thread delay of each probe click during the import (handler time minus event creation). */
  clickDelaysMs: number[];
}

const IMPORT_BATCH = 10_000;
const TICK_MS = 20;

const status: BenchStatus = {
  phase: 'idle',
  done: 0,
  total: 0,
  seconds: 0,
  imported: 0,
  duplicates: 0,
  errors: [],
  maxTimerLagMs: 0,
  clickDelaysMs: [],
};

let lastTick = performance.now();
setInterval(() => {
  const now = performance.now();
  if (status.phase === 'importing')
    status.maxTimerLagMs = Math.max(status.maxTimerLagMs, now - lastTick - TICK_MS);
  lastTick = now;
}, TICK_MS);

document.getElementById('probe')!.addEventListener('click', (event) => {
  if (status.phase === 'importing') status.clickDelaysMs.push(performance.now() - event.timeStamp);
});

function files(from: number, count: number) {
  const encoder = new TextEncoder();
  const random = randomSource(from + 1);
  return Array.from({ length: count }, (_, i) => {
    const article = generateArticle(from + i, random);
    return { name: article.name, bytes: encoder.encode(article.text) };
  });
}

async function importLibrary(size: number, analyse: boolean): Promise<void> {
  status.phase = 'generating';
  status.total = size;
  const batches = [];
  for (let from = 0; from < size; from += IMPORT_BATCH)
    batches.push(files(from, Math.min(IMPORT_BATCH, size - from)));
  // Collect the generator's garbage now, so a GC pause of the benchmark's own making is not counted as
  // import jank (the driver launches Chromium with --expose-gc).
  (window as unknown as { gc?: () => void }).gc?.();
  // Generation held the thread; lag is measured from here, not from the last tick before it.
  lastTick = performance.now();
  status.phase = 'importing';
  const started = performance.now();
  for (const [i, batch] of batches.entries()) {
    const summary = await importFiles(batch, (progress) => (status.done = i * IMPORT_BATCH + progress.done), {
      analyse,
    });
    batches[i] = [];
    status.imported += summary.imported;
    status.duplicates += summary.duplicates;
    status.errors.push(...summary.errors.slice(0, 3).map((error) => `${error.file}: ${error.message}`));
  }
  status.seconds = (performance.now() - started) / 1000;
  status.phase = 'done';
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const bench = {
  /** Deletes the library; call on a freshly loaded page (no worker holds the database yet). */
  reset: () =>
    new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DATABASE_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('The library database is still open elsewhere.'));
    }),
  /** Starts importing a generated library of `size` articles, analysed or not; poll `status()`. */
  start: ([size, analyse]: [number, boolean]) => {
    importLibrary(size, analyse).catch((error: unknown) => {
      status.phase = 'failed';
      status.errors.push(error instanceof Error ? error.message : String(error));
    });
  },
  status: () => status,
  /** Milliseconds per search (worker round trip included), one- and two-word queries. */
  searchTimes: async () => {
    const queries = benchQueries(randomSource(7));
    const run = async (list: string[]) => {
      const times: number[] = [];
      let hits = 0;
      for (const query of list) {
        const started = performance.now();
        hits += (await search(query, { limit: 100 })).length;
        times.push(performance.now() - started);
      }
      return { times, hits };
    };
    return { oneWord: await run(queries.oneWord), twoWords: await run(queries.twoWords) };
  },
  /** Milliseconds of the first search on a fresh page: loading the persisted index included. */
  firstSearch: (query: string) => timed(() => search(query)),
  /**
   * Milliseconds to delete one article, then 1,000 spread over the whole library (so every search segment
   * holds some), worker round trip included, and the confirmation's summary of the 1,000; with the ids deleted.
   */
  deleteTimes: async () => {
    const ids = await listArticleIds(getDatabase(), { sort: 'imported' });
    const one = ids[Math.floor(ids.length / 2)]!;
    const step = Math.max(1, Math.floor(ids.length / 1000));
    const spread = ids.filter((id, i) => i % step === 1 && id !== one).slice(0, 1000);
    return {
      one: await timed(() => deleteFromLibrary([one])),
      // What the confirmation reads on the UI thread before it shows.
      summary: await timed(() => summariseDeletion(getDatabase(), spread)),
      many: await timed(() => deleteFromLibrary(spread)),
      ids: [one, ...spread],
    };
  },
  /** How many hits of the benchmark's queries are among `deleted` (articles deleted: should be none). */
  deletedHits: async (deleted: number[]) => {
    const gone = new Set(deleted);
    const queries = benchQueries(randomSource(7));
    let hits = 0;
    for (const query of [...queries.oneWord, ...queries.twoWords])
      hits += (await search(query, { limit: 2000 })).filter((id) => gone.has(id)).length;
    return hits;
  },
  /** Milliseconds of the library list's queries at this size. */
  listTimes: async () => {
    const db = getDatabase();
    return {
      byDate: await timed(() => listArticleIds(db, { sort: 'date', descending: true })),
      byTitleUnread: await timed(() => listArticleIds(db, { sort: 'title', read: false })),
      facets: await timed(() => getFacets(db)),
    };
  },
};

(window as unknown as { kizunaBench: typeof bench }).kizunaBench = bench;
