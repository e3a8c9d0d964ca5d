import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  AgreementRow,
  AnnotationRow,
  ArticleMentionsRow,
  ArticleRow,
  CounterRow,
  EntityRow,
  FigureRow,
  MentionRow,
  OfficialStatRow,
  SearchSegmentRow,
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
  declare counters: Table<CounterRow, string>;

  /** Opens (or creates) the database `name`; tests pass a fresh name per case. */
  constructor(name: string = DATABASE_NAME) {
    super(name);
    // v1: the whole product's store, designed up front so later work adds versions instead of rewriting.
    // articles: sort keys (sortDate/sortTitle/sortSource) are always strings so no article drops out of a
    // sorted list; tags is multiEntry for tag filters; read/starred are 0|1 flags so they can be indexed;
    // analysisVersion finds articles to re-analyse after an engine upgrade.
    // mentions/figures/annotations: [articleId+start] serves the reader (one article, in text order).
    // counters: running counts, because count() over 100 k rows takes about a second.
    this.version(1).stores({
      articles:
        '++id, &contentHash, sortDate, sortTitle, sortSource, importedAt, *tags, read, starred, analysisVersion',
      annotations: '++id, articleId, [articleId+start], kind, updatedAt',
      mentions: '++id, articleId, [articleId+start], ref, type, status',
      entities: '&ref, type, name, mentionCount',
      figures: '++id, articleId, [articleId+start], measure, unit, asOf, investor, recipient',
      agreements: '++id, articleId, kind, date, *parties',
      tags: '&name',
      officialStats: '++id, year, section, area, measure, sourceFile, [year+section]',
      settings: '&key',
      searchIndex: '++id',
      counters: '&key',
    });
    // v2: entity facets. [ref+articleId] answers "which articles mention X" from index keys alone (no mention
    // rows read), replacing the plain ref index it starts with; [type+articleCount] gives the top entities per
    // type without sorting. articleCount is new, so existing entities get it counted once here.
    this.version(2)
      .stores({
        mentions: '++id, articleId, [articleId+start], [ref+articleId], type, status',
        entities: '&ref, type, name, mentionCount, [type+articleCount]',
      })
      .upgrade(async (tx) => {
        const articles = new Map<string, Set<number>>();
        await tx.table<MentionRow>('mentions').each((row) => {
          if (!row.ref) return;
          const seen = articles.get(row.ref) ?? new Set<number>();
          seen.add(row.articleId);
          articles.set(row.ref, seen);
        });
        await tx
          .table<EntityRow>('entities')
          .toCollection()
          .modify((row) => {
            row.articleCount = articles.get(row.ref)?.size ?? 0;
          });
      });
    // v3: one row of mentions per article (ArticleMentionsRow says why: a row per mention made an analysed
    // import ten times slower than a plain one). Existing mentions move over, grouped by article.
    this.version(3)
      .stores({ mentions: null, articleMentions: '&articleId, *refs' })
      .upgrade(async (tx) => {
        const byArticle = new Map<number, MentionRow[]>();
        await tx.table<MentionRow>('mentions').each((row) => {
          const rows = byArticle.get(row.articleId) ?? [];
          rows.push(row);
          byArticle.set(row.articleId, rows);
        });
        await tx.table<ArticleMentionsRow>('articleMentions').bulkAdd(
          [...byArticle].map(([articleId, mentions]) => ({
            articleId,
            refs: [...new Set(mentions.flatMap((row) => (row.ref ? [row.ref] : [])))],
            mentions: mentions.sort((a, b) => a.start - b.start),
          })),
        );
      });
  }
}
