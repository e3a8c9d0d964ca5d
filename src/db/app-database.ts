import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  AgreementRow,
  AnnotationRow,
  ArticleMentionsRow,
  ArticleRow,
  CounterRow,
  EntityRow,
  FigureRow,
  OfficialStatRow,
  SearchSegmentRow,
  SearchTombstoneRow,
  SettingRow,
  TagRow,
} from './schema';

/** Name of the IndexedDB database that holds the library. */
export const DATABASE_NAME = 'kizuna';

/**
 * The one Kizuna database. Versions are append-only: a shipped `version(n)` is never edited, a change adds
 * `version(n + 1)` with a comment saying why (and an `upgrade` when existing rows need rewriting).
 */
export class AppDatabase extends Dexie {
  declare articles: EntityTable<ArticleRow, 'id'>;
  declare annotations: EntityTable<AnnotationRow, 'id'>;
  declare articleMentions: EntityTable<ArticleMentionsRow, 'articleId'>;
  declare entities: EntityTable<EntityRow, 'ref'>;
  declare figures: EntityTable<FigureRow, 'id'>;
  declare agreements: EntityTable<AgreementRow, 'id'>;
  declare tags: EntityTable<TagRow, 'name'>;
  declare officialStats: EntityTable<OfficialStatRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare searchIndex: EntityTable<SearchSegmentRow, 'id'>;
  declare searchTombstones: EntityTable<SearchTombstoneRow, 'articleId'>;
  declare counters: Table<CounterRow, string>;

  /** Opens (or creates) the database `name`; tests pass a fresh name per case. */
  constructor(name: string = DATABASE_NAME) {
    super(name);
    // v1: the whole product's store, designed up front so later work adds versions instead of rewriting.
    // articles: sort keys (sortDate/sortTitle/sortSource) are always strings so no article drops out of a
    // sorted list; tags is multiEntry for tag filters; read/starred are 0|1 flags so they can be indexed;
    // analysisVersion finds articles to re-analyse after an engine upgrade.
    // articleMentions: one row of mentions per article (a row per mention made an analysed import ten times
    // slower); refs is multiEntry so "which articles mention X" is answered from index keys alone.
    // entities: [type+articleCount] gives the top entities per type without sorting.
    // figures/annotations: [articleId+start] serves the reader (one article, in text order).
    // counters: running counts, because count() over 100 k rows takes about a second.
    this.version(1).stores({
      articles:
        '++id, &contentHash, sortDate, sortTitle, sortSource, importedAt, *tags, read, starred, analysisVersion',
      annotations: '++id, articleId, [articleId+start], kind, updatedAt',
      articleMentions: '&articleId, *refs',
      entities: '&ref, type, name, mentionCount, [type+articleCount]',
      figures: '++id, articleId, [articleId+start], measure, unit, asOf, investor, recipient',
      agreements: '++id, articleId, kind, date, *parties',
      tags: '&name',
      officialStats: '++id, year, section, area, measure, sourceFile, [year+section]',
      settings: '&key',
      searchIndex: '++id',
      counters: '&key',
    });
    // v2: figures keep only the index the reader queries ([articleId+start]). The others (articleId,
    // measure, unit, asOf, investor, recipient) served no query, and an analysed import stores ~20 figures
    // per article: storing figures was the largest part of an analysed import, and their unused index
    // entries a large share of it (3,000 articles: 154 -> 185-196 articles/s). A query across articles
    // (charts) adds the index it needs in a later version; Dexie builds it from the stored rows. Rows are
    // unchanged, so there is no upgrade.
    this.version(2).stores({
      figures: '++id, [articleId+start]',
    });
    // v3: articles can be deleted. A persisted search segment holds the postings of up to 1,000 articles in
    // one packed row, so taking one article out of it means rewriting the whole row (~1 MB); instead each
    // deleted article gets a tombstone here, written in the deleting transaction, and loading the index
    // leaves tombstoned ids out. A new table, so there is no upgrade.
    this.version(3).stores({
      searchTombstones: '&articleId',
    });
  }
}
