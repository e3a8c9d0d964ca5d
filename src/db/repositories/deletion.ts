import { Dexie } from 'dexie';
import type { AppDatabase } from '../app-database';
import type { AnnotationRow, ArticleRow } from '../schema';
import { SearchIndex } from '../search-index';
import {
  analysisTables,
  countFigures,
  removeAnalyses,
  restoreAnalyses,
  type RemovedAnalyses,
} from './analysis';
import { articleDeltas, bumpCounters } from './counters';
import { deleteKeys } from './delete-keys';

/** Everything `deleteArticles` removed, as it was stored: enough for `restoreArticles` to undo it exactly. */
export interface DeletedArticles {
  articles: ArticleRow[];
  annotations: AnnotationRow[];
  analyses: RemovedAnalyses;
}

/** What deleting some articles takes with it, for the confirmation the user answers first. */
export interface DeletionSummary {
  /** Articles that exist among the ids asked about. */
  articles: number;
  /** The title when exactly one article would go. */
  title: string | null;
  /** Highlights, including the user's entity marks. */
  highlights: number;
  /** Comments the user wrote. */
  notes: number;
  figures: number;
}

function deletionTables(db: AppDatabase) {
  return [db.articles, db.annotations, db.counters, db.searchTombstones, ...analysisTables(db)];
}

/** Counts what deleting `ids` would remove (ids of articles that are gone already count for nothing). */
export async function summariseDeletion(db: AppDatabase, ids: number[]): Promise<DeletionSummary> {
  const unique = [...new Set(ids)];
  // Runs on the UI thread before the confirmation shows: counts and keys only, no article texts.
  const [stored, annotations, figures] = await Promise.all([
    Promise.all(unique.map((id) => db.articles.where(':id').equals(id).primaryKeys())),
    db.annotations.where('articleId').anyOf(unique).toArray(),
    Promise.all(unique.map((id) => countFigures(db, id))),
  ]);
  const found = unique.filter((_, i) => stored[i]!.length > 0);
  const notes = annotations.filter((row) => row.kind === 'comment').length;
  return {
    articles: found.length,
    title: found.length === 1 ? ((await db.articles.get(found[0]!))?.title ?? null) : null,
    highlights: annotations.length - notes,
    notes,
    figures: figures.reduce((sum, count) => sum + count, 0),
  };
}

/**
 * Deletes articles and everything derived from them (annotations, mentions, figures, agreements) in one
 * transaction, keeping the running counts (library, unread, starred, per source and tag, per entity) right.
 * The search segments keep the articles' postings under a tombstone, so no reload ever finds them again;
 * `index`, the in-memory index, drops them once the deletion committed. Tags stay even when no article
 * carries them any more: they are the user's vocabulary, and a tag with no article is left out of the
 * facets by its zero count. Ids that are not in the library are ignored. Resolves to what was removed.
 */
export async function deleteArticles(
  db: AppDatabase,
  ids: number[],
  index?: SearchIndex,
): Promise<DeletedArticles> {
  const deleted = await db.transaction('rw', deletionTables(db), async () => {
    const articles = (await db.articles.bulkGet([...new Set(ids)])).filter((row) => row !== undefined);
    const found = articles.map((row) => row.id!);
    const annotations = await db.annotations.where('articleId').anyOf(found).toArray();
    const analyses = await removeAnalyses(db, found);
    await Promise.all([
      deleteKeys(
        db.annotations,
        annotations.map((row) => row.id!),
      ),
      deleteKeys(db.articles, found),
      db.searchTombstones.bulkPut(found.map((articleId) => ({ articleId }))),
      bumpCounters(db, articleDeltas(articles, -1)),
    ]);
    return { articles, annotations, analyses };
  });
  // Only after the commit: an aborted deletion must leave every article findable.
  index?.remove(deleted.articles);
  return deleted;
}

/**
 * Undoes `deleteArticles`: puts every removed row back under its old id, counts it again and lifts the
 * search tombstones (the persisted segments still hold the postings). Fails, changing nothing, when one of
 * the articles was imported again since.
 */
export async function restoreArticles(
  db: AppDatabase,
  deleted: DeletedArticles,
  index?: SearchIndex,
): Promise<void> {
  const { articles } = deleted;
  if (articles.length === 0) return;
  await db.transaction('rw', deletionTables(db), async () => {
    try {
      await db.articles.bulkAdd(articles);
    } catch (error) {
      if (!(error instanceof Dexie.BulkError)) throw error;
      const again = articles[Number(Object.keys(error.failuresByPos)[0])]!;
      throw new Error(`Cannot undo: “${again.title}” was imported again after it was deleted.`, {
        cause: error,
      });
    }
    await Promise.all([
      db.annotations.bulkAdd(deleted.annotations),
      restoreAnalyses(db, deleted.analyses),
      db.searchTombstones.bulkDelete(articles.map((row) => row.id!)),
      bumpCounters(db, articleDeltas(articles, 1)),
    ]);
  });
  if (index) {
    // The in-memory postings were dropped at deletion; index the restored texts again (they score the same).
    const segment = SearchIndex.buildSegment(articles);
    segment.ids = articles.map((row) => row.id!);
    index.merge(segment);
  }
}
