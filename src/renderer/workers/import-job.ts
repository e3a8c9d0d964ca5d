import type { ParsedArticle } from '../../core/model';
import { ANALYSIS_VERSION, analyze } from '../../core/analysis/analyze';
import { contentHash } from '../../core/parse/hash';
import type { AppDatabase } from '../../db/app-database';
import {
  ARTICLE_CHUNK,
  prepareArticles,
  storePrepared,
  type NewArticle,
} from '../../db/repositories/articles';
import type { SearchIndex } from '../../db/search-index';
import type { ImportItem, ImportItemResult, ImportProgress } from './protocol';
import { errorMessage } from '../components/format';

/** Turns one import item into an article; throws ImportError (or any Error) with a message for the user. */
export type ParseItem = (item: ImportItem) => ParsedArticle | Promise<ParsedArticle>;

/** What `runImport` needs besides the items. */
export interface ImportJobOptions {
  parse: ParseItem;
  /** The in-memory search index to keep current (the persisted index is updated regardless). */
  index?: SearchIndex;
  onProgress?: (progress: ImportProgress) => void;
  /** Analyse each article (entities, figures, agreements) and store the analysis with it; the app always does. */
  analyse?: boolean;
}

/** The name an item is reported under: its file name, its URL, or what the user pasted. */
export function itemName(item: ImportItem): string {
  return item.kind === 'page' ? item.page.url : item.name;
}

function analyseParsed(parsed: ParsedArticle): NewArticle['analysis'] {
  try {
    return { result: analyze(parsed.text, { date: parsed.date }), version: ANALYSIS_VERSION };
  } catch {
    // An engine fault must not cost the user the article: it is stored unanalysed, and analysed again
    // by the next background pass (`analyseStored`) once the engine is fixed.
    return undefined;
  }
}

function failure(file: string, error: unknown): ImportItemResult {
  const message = error instanceof Error && error.message ? error.message : `${file} could not be imported.`;
  return { file, status: 'error', message };
}

/**
 * Imports a batch: parses, hashes (and with `analyse`, analyses) each item, stores the new articles in chunks of at most
 * ARTICLE_CHUNK (each chunk one transaction, index segment included) and reports every item. A bad item
 * never stops the batch; a chunk that fails to store reports its items as errors and stores none of them.
 */
export async function runImport(
  db: AppDatabase,
  items: ImportItem[],
  options: ImportJobOptions,
): Promise<ImportItemResult[]> {
  const results: ImportItemResult[] = new Array(items.length);
  let pending: { at: number; article: NewArticle }[] = [];
  let storing: Promise<void> = Promise.resolve();

  const store = async (batch: typeof pending, previous: Promise<void>) => {
    if (batch.length === 0) return previous;
    try {
      // Prepared (parsed text indexed) before waiting, so this CPU work overlaps the previous commit.
      const prepared = prepareArticles(batch.map((entry) => entry.article));
      await previous;
      const outcomes = await storePrepared(db, prepared, options.index);
      outcomes.forEach((outcome, i) => {
        const file = itemName(items[batch[i]!.at]!);
        results[batch[i]!.at] =
          outcome.status === 'imported'
            ? { file, status: 'imported', articleId: outcome.id, message: `Imported “${outcome.title}”.` }
            : {
                file,
                status: 'duplicate',
                articleId: outcome.id,
                message: `Already in the library as “${outcome.title}”.`,
              };
      });
    } catch (error) {
      const reason = errorMessage(error);
      for (const entry of batch) {
        const file = itemName(items[entry.at]!);
        results[entry.at] = failure(file, new Error(`${file} could not be stored: ${reason}`));
      }
    }
  };

  for (let at = 0; at < items.length; at++) {
    const item = items[at]!;
    const file = itemName(item);
    options.onProgress?.({ done: at, total: items.length, current: file });
    try {
      const parsed = await options.parse(item);
      const article: NewArticle = { parsed, contentHash: await contentHash(parsed.text) };
      if (options.analyse) article.analysis = analyseParsed(parsed);
      pending.push({ at, article });
    } catch (error) {
      results[at] = failure(file, error);
    }
    if (pending.length >= ARTICLE_CHUNK) {
      // One chunk is written while the next is parsed: IndexedDB commits off this thread.
      const previous = storing;
      storing = store(pending, previous);
      pending = [];
      await previous;
    }
  }
  await store(pending, storing);
  options.onProgress?.({ done: items.length, total: items.length, current: '' });
  return results;
}
