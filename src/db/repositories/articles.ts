import { Dexie, type Table } from 'dexie';
import type { Analysis, ParsedArticle } from '../../core/model';
import { fold } from '../../core/text/fold';
import type { AppDatabase } from '../app-database';
import type { ArticleRow, ArticleSummary, Flag } from '../schema';
import { SearchIndex, type SearchSegment } from '../search-index';
import { addAnalyses, analysisTables, articleIdsMentioning } from './analysis';
import { COUNTER, addDelta, articleDeltas, bumpCounters, countersWithPrefix, getCounter } from './counters';

/** Most articles written in one transaction: a bigger one blocks readers (and the UI) for too long. */
export const ARTICLE_CHUNK = 1000;

/** A parsed article ready to be stored. */
export interface NewArticle {
  parsed: ParsedArticle;
  /** `contentHash` of the parsed text, from core/parse. */
  contentHash: string;
  /** The article's analysis and the engine version that made it, stored in the article's transaction. */
  analysis?: { result: Analysis; version: number };
}

/** What happened to one `NewArticle`: stored, or recognised as an article already in the library. */
export type AddOutcome =
  { status: 'imported'; id: number; title: string } | { status: 'duplicate'; id: number; title: string };

/** Options of `addArticles`. */
export interface AddArticlesOptions {
  /** The in-memory search index to update once each chunk is committed (its segment is stored anyway). */
  index?: SearchIndex;
  /** Called after each committed chunk with the number of articles handled so far. */
  onChunk?: (handled: number) => void;
}

/**
 * Sort orders of the library list. `relevance` keeps the order of `ArticleQuery.ids` (search hits, best
 * first) whatever `descending` says.
 */
export type ArticleSort = 'date' | 'title' | 'source' | 'imported' | 'relevance';

/** What the library list shows: a sort order and optional filters, all combined with AND. */
export interface ArticleQuery {
  sort?: ArticleSort;
  descending?: boolean;
  /** Only this source; '' selects articles without a source. */
  source?: string;
  tag?: string;
  /** Inclusive YYYY-MM-DD bounds on the publication date (undated articles are left out). */
  from?: string;
  to?: string;
  read?: boolean;
  starred?: boolean;
  /** Restrict to these ids (search hits); required for `relevance`. */
  ids?: number[];
  /** Only articles that mention this entity ref. */
  entity?: string;
}

/** A facet value and how many articles carry it. */
export interface FacetCount {
  name: string;
  count: number;
}

/** Library-wide counts for the sidebar, read from running counters (no table scans). */
export interface LibraryFacets {
  total: number;
  unread: number;
  starred: number;
  /** By count, most first. */
  sources: FacetCount[];
  tags: FacetCount[];
}

const SORT_INDEX: Record<Exclude<ArticleSort, 'relevance'>, string> = {
  date: 'sortDate',
  title: 'sortTitle',
  source: 'sortSource',
  imported: 'importedAt',
};

function toRow(article: NewArticle, importedAt: number): ArticleRow {
  const { parsed } = article;
  const title = parsed.title?.trim() || parsed.origin;
  return {
    contentHash: article.contentHash,
    title,
    titleDerived: parsed.titleDerived,
    date: parsed.date,
    source: parsed.source,
    dateline: parsed.dateline,
    format: parsed.format,
    origin: parsed.origin,
    text: parsed.text,
    blocks: parsed.blocks,
    importedAt,
    read: 0,
    starred: 0,
    tags: [...new Set(parsed.tags ?? [])],
    analysisVersion: article.analysis?.version ?? 0,
    sortDate: parsed.date ?? '',
    sortTitle: fold(title),
    sortSource: parsed.source ?? '',
  };
}

/** A chunk of articles made ready to store: rows and their search segment, built before any database work. */
export interface PreparedChunk {
  /** One row per article, in input order; a repeat within the chunk shares the first copy's row. */
  rows: ArticleRow[];
  /** Postings of the distinct rows, under provisional ids (1-based positions in `distinct`). */
  segment: SearchSegment;
  distinct: ArticleRow[];
  /** The analysis of each distinct row that comes with one. */
  analyses: Map<ArticleRow, Analysis>;
}

/**
 * Builds rows and the search segment for at most ARTICLE_CHUNK articles, without touching the database,
 * so an importer can do this CPU work while the previous chunk is being written.
 */
export function prepareArticles(articles: NewArticle[]): PreparedChunk {
  if (articles.length > ARTICLE_CHUNK) throw new Error(`A chunk holds at most ${ARTICLE_CHUNK} articles.`);
  const importedAt = Date.now();
  const byHash = new Map<string, ArticleRow>();
  const analyses = new Map<ArticleRow, Analysis>();
  const rows = articles.map((article) => {
    let row = byHash.get(article.contentHash);
    if (!row) {
      row = toRow(article, importedAt);
      byHash.set(article.contentHash, row);
      if (article.analysis) analyses.set(row, article.analysis.result);
    }
    return row;
  });
  const distinct = [...byHash.values()];
  const segment = SearchIndex.buildSegment(distinct);
  return { rows, segment, distinct, analyses };
}

/**
 * The stored articles among `hashes`, by hash (inside a transaction that has `articles` in scope). One
 * index lookup per hash, all sent at once rather than one cursor step after another.
 */
async function storedByHash(
  db: AppDatabase,
  hashes: string[],
): Promise<Map<string, { id: number; title: string }>> {
  const matches = await Promise.all(
    hashes.map((hash) => db.articles.where('contentHash').equals(hash).primaryKeys()),
  );
  const found = hashes.flatMap((hash, i) => (matches[i]!.length ? [{ hash, id: matches[i]![0]! }] : []));
  const rows = await db.articles.bulkGet(found.map((match) => match.id));
  return new Map(found.map((match, i) => [match.hash, { id: match.id, title: rows[i]!.title }]));
}

/**
 * Adds the rows whose contentHash is not stored yet, setting their `id`, and returns the stored articles
 * the others duplicate, by hash (inside a transaction that has `articles` in scope).
 * Adds first and lets the unique contentHash index refuse duplicates: looking every hash up beforehand
 * (`anyOf`, a cursor step per hash, each waiting for the worker's busy event loop) took most of an import's
 * time and grew with the library, while a chunk rarely holds a duplicate. Only when one is refused are the
 * hashes looked up.
 */
async function addDistinct(
  db: AppDatabase,
  rows: ArticleRow[],
): Promise<Map<string, { id: number; title: string }>> {
  try {
    const ids = await db.articles.bulkAdd(rows, { allKeys: true });
    rows.forEach((row, i) => (row.id = ids[i]));
    return new Map();
  } catch (error) {
    // Anything but a refused duplicate (e.g. a row IndexedDB cannot store) aborts the chunk.
    if (!(error instanceof Dexie.BulkError)) throw error;
    const refused = error.failuresByPos;
    if (!Object.values(refused).every((failure) => failure.name === 'ConstraintError')) throw error;
    const stored = await storedByHash(
      db,
      rows.map((row) => row.contentHash),
    );
    const known = new Map<string, { id: number; title: string }>();
    rows.forEach((row, i) => {
      const match = stored.get(row.contentHash)!;
      if (i in refused) known.set(row.contentHash, match);
      else row.id = match.id;
    });
    return known;
  }
}

/**
 * Stores a prepared chunk in one transaction with its search segment and counters. Articles whose
 * contentHash is already stored are not stored again; their outcome names the stored article, as does
 * that of a repeat within the chunk. Outcomes are in input order.
 */
export async function storePrepared(
  db: AppDatabase,
  prepared: PreparedChunk,
  index?: SearchIndex,
): Promise<AddOutcome[]> {
  const { rows, segment, distinct, analyses } = prepared;
  let stored: SearchSegment | undefined;
  const tables: Table[] = [db.articles, db.searchIndex, db.counters, db.tags];
  if (analyses.size) tables.push(...analysisTables(db));
  const outcomes = await db.transaction('rw', tables, async () => {
    const known = await addDistinct(db, distinct);
    const fresh = distinct.filter((row) => !known.has(row.contentHash));
    if (fresh.length) {
      segment.ids = distinct.map((row) => row.id ?? 0);
      segment.docs = fresh.length;
      await db.searchIndex.add(segment);
      stored = segment;
      await bumpCounters(db, articleDeltas(fresh, 1));
      await ensureTags(db, [...new Set(fresh.flatMap((row) => row.tags))]);
      await addAnalyses(
        db,
        fresh.flatMap((row) => {
          const analysis = analyses.get(row);
          return analysis ? [{ articleId: row.id!, analysis }] : [];
        }),
      );
    }
    const seen = new Set<ArticleRow>();
    return rows.map((row): AddOutcome => {
      const existing = known.get(row.contentHash);
      if (existing) return { status: 'duplicate', ...existing };
      const repeat = seen.has(row);
      seen.add(row);
      return { status: repeat ? 'duplicate' : 'imported', id: row.id!, title: row.title };
    });
  });
  // Only after the commit: an aborted chunk must not leave phantom hits in memory.
  if (index && stored) index.merge(stored);
  return outcomes;
}

/**
 * Stores articles in transactions of at most ARTICLE_CHUNK, each also writing the chunk's search-index
 * segment and counters (see `storePrepared` for duplicates). The next chunk is prepared while the previous
 * one is written. Outcomes are in input order.
 */
export async function addArticles(
  db: AppDatabase,
  articles: NewArticle[],
  options: AddArticlesOptions = {},
): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = [];
  let storing: Promise<void> = Promise.resolve();
  for (let start = 0; start < articles.length; start += ARTICLE_CHUNK) {
    const prepared = prepareArticles(articles.slice(start, start + ARTICLE_CHUNK));
    await storing;
    storing = storePrepared(db, prepared, options.index).then((chunk) => {
      outcomes.push(...chunk);
      options.onChunk?.(outcomes.length);
    });
  }
  await storing;
  return outcomes;
}

/** The stored article with this content hash, if any (to name it in a duplicate message). */
export async function findArticleByHash(
  db: AppDatabase,
  contentHash: string,
): Promise<ArticleRow | undefined> {
  return db.articles.where('contentHash').equals(contentHash).first();
}

/** One article with its full text, or undefined when there is no such id. */
export async function getArticle(db: AppDatabase, id: number): Promise<ArticleRow | undefined> {
  return db.articles.get(id);
}

function toSummary(row: ArticleRow): ArticleSummary {
  const { text: _text, blocks: _blocks, ...summary } = row;
  return { ...summary, id: row.id! };
}

/** List rows for the given ids (the visible window of the virtualised list), in the same order. */
export async function getArticleSummaries(
  db: AppDatabase,
  ids: number[],
): Promise<(ArticleSummary | undefined)[]> {
  const rows = await db.articles.bulkGet(ids);
  return rows.map((row) => (row ? toSummary(row) : undefined));
}

async function filterSets(db: AppDatabase, query: ArticleQuery): Promise<Set<number>[]> {
  const sets: Promise<number[]>[] = [];
  const keys = (promise: Promise<unknown[]>) => promise as Promise<number[]>;
  if (query.source !== undefined)
    sets.push(keys(db.articles.where('sortSource').equals(query.source).primaryKeys()));
  if (query.tag !== undefined) sets.push(keys(db.articles.where('tags').equals(query.tag).primaryKeys()));
  if (query.from !== undefined || query.to !== undefined) {
    // '' is the undated sort key; a range starting just above it leaves undated articles out.
    const from = query.from ?? '\u0001';
    const to = query.to ?? '\uffff';
    sets.push(keys(db.articles.where('sortDate').between(from, to, true, true).primaryKeys()));
  }
  if (query.read !== undefined)
    sets.push(
      keys(
        db.articles
          .where('read')
          .equals(query.read ? 1 : 0)
          .primaryKeys(),
      ),
    );
  if (query.starred !== undefined) {
    sets.push(
      keys(
        db.articles
          .where('starred')
          .equals(query.starred ? 1 : 0)
          .primaryKeys(),
      ),
    );
  }
  if (query.ids) sets.push(Promise.resolve(query.ids));
  if (query.entity !== undefined) sets.push(articleIdsMentioning(db, query.entity));
  return (await Promise.all(sets)).map((ids) => new Set(ids));
}

/**
 * Ids of the articles matching `query`, in list order: cheap enough at 100 k articles to back a virtualised
 * list (only index keys are read; rows are fetched per visible window with `getArticleSummaries`).
 */
export async function listArticleIds(db: AppDatabase, query: ArticleQuery = {}): Promise<number[]> {
  const sort = query.sort ?? 'date';
  if (sort === 'relevance' && !query.ids)
    throw new Error('Sorting by relevance needs the search hits (ids).');
  const sets = await filterSets(db, query);
  let ordered: number[];
  if (sort === 'relevance') {
    ordered = query.ids!;
  } else {
    const collection = db.articles.orderBy(SORT_INDEX[sort]);
    ordered = (await (query.descending ? collection.reverse() : collection).primaryKeys()) as number[];
  }
  return sets.length === 0 ? ordered : ordered.filter((id) => sets.every((set) => set.has(id)));
}

async function setFlag(db: AppDatabase, id: number, field: 'read' | 'starred', on: boolean): Promise<void> {
  await db.transaction('rw', [db.articles, db.counters], async () => {
    const row = await db.articles.get(id);
    if (!row) throw new Error(`There is no article ${id} in the library.`);
    const value: Flag = on ? 1 : 0;
    if (row[field] === value) return;
    await db.articles.update(id, field === 'read' ? { read: value } : { starred: value });
    const counter = field === 'read' ? COUNTER.unread : COUNTER.starred;
    // unread goes down when read goes up; starred follows the flag.
    const delta = field === 'read' ? (on ? -1 : 1) : on ? 1 : -1;
    await bumpCounters(db, new Map([[counter, delta]]));
  });
}

/** Stars or unstars an article. */
export async function setStarred(db: AppDatabase, id: number, starred: boolean): Promise<void> {
  await setFlag(db, id, 'starred', starred);
}

/** Marks an article read or unread. */
export async function setRead(db: AppDatabase, id: number, read: boolean): Promise<void> {
  await setFlag(db, id, 'read', read);
}

/** Creates the tags that do not exist yet (inside a transaction that has `tags` in scope). */
async function ensureTags(db: AppDatabase, names: string[]): Promise<void> {
  if (names.length === 0) return;
  const known = new Set(await db.tags.where('name').anyOf(names).primaryKeys());
  const now = Date.now();
  await db.tags.bulkAdd(
    names.filter((name) => !known.has(name)).map((name) => ({ name, color: '', createdAt: now })),
  );
}

/** Replaces an article's tags (trimmed, duplicates dropped), creating tags that do not exist yet. */
export async function setArticleTags(db: AppDatabase, id: number, tags: string[]): Promise<void> {
  const wanted = [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0))];
  await db.transaction('rw', [db.articles, db.tags, db.counters], async () => {
    const row = await db.articles.get(id);
    if (!row) throw new Error(`There is no article ${id} in the library.`);
    const deltas = new Map<string, number>();
    for (const tag of row.tags) if (!wanted.includes(tag)) addDelta(deltas, COUNTER.tag(tag), -1);
    for (const tag of wanted) if (!row.tags.includes(tag)) addDelta(deltas, COUNTER.tag(tag), 1);
    await ensureTags(db, wanted);
    await db.articles.update(id, { tags: wanted });
    await bumpCounters(db, deltas);
  });
}

function byCount(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Totals, sources and tags with their counts, for the library sidebar. */
export async function getFacets(db: AppDatabase): Promise<LibraryFacets> {
  const [total, unread, starred, sources, tags] = await Promise.all([
    getCounter(db, COUNTER.articles),
    getCounter(db, COUNTER.unread),
    getCounter(db, COUNTER.starred),
    countersWithPrefix(db, COUNTER.source('')),
    countersWithPrefix(db, COUNTER.tag('')),
  ]);
  return { total, unread, starred, sources: byCount(sources), tags: byCount(tags) };
}
