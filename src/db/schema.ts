import type { ArticleFormat, Block, EntityType, Figure, Agreement, NamedEntityType } from '../core/model';

/**
 * Row shapes of the Kizuna IndexedDB store. Booleans are stored as 0 | 1 because IndexedDB cannot index
 * booleans, and every sort key is an always-present string because IndexedDB leaves null out of an index
 * (an undated article would vanish from the date-sorted list).
 */

/** IndexedDB-indexable flag. */
export type Flag = 0 | 1;

/** A stored article. `text` and `blocks` are immutable once stored: annotations anchor to them. */
export interface ArticleRow {
  id?: number;
  /** SHA-256 hex of the normalised text; unique, so re-importing the same article is detected. */
  contentHash: string;
  /** Headline, or the derived first sentence when `titleDerived`; never empty. */
  title: string;
  titleDerived: boolean;
  /** Publication date YYYY-MM-DD as stated, else null. */
  date: string | null;
  source: string | null;
  dateline: string | null;
  format: ArticleFormat;
  /** Original file name or URL. */
  origin: string;
  text: string;
  blocks: Block[];
  /** Epoch milliseconds. */
  importedAt: number;
  read: Flag;
  starred: Flag;
  tags: string[];
  /** Version of the analysis engine whose output is stored; 0 = not analysed yet. */
  analysisVersion: number;
  /** Sort key: `date` or '' (so undated articles still appear, first in ascending order). */
  sortDate: string;
  /** Sort key: folded title, so "Đà Nẵng" sorts with "Da Nang" rather than after "Z". */
  sortTitle: string;
  /** Sort and filter key: `source` or ''. */
  sortSource: string;
}

/** An article as the library list shows it: everything but the (large) text and blocks. */
export type ArticleSummary = Omit<ArticleRow, 'text' | 'blocks'> & { id: number };

/** W3C Web Annotation TextQuoteSelector: survives re-analysis because it quotes the anchored text. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Kinds of user annotation. */
export type AnnotationKind = 'highlight' | 'comment' | 'entity';

/** A user annotation anchored by offsets into `ArticleRow.text` plus a quote selector. */
export interface AnnotationRow {
  id?: number;
  articleId: number;
  start: number;
  end: number;
  quote: TextQuoteSelector;
  kind: AnnotationKind;
  /** Comment text, or the entity ref for `entity` annotations; '' for plain highlights. */
  body: string;
  createdAt: number;
  updatedAt: number;
}

/** Review state of a machine-suggested mention or figure. */
export type ReviewStatus = 'suggested' | 'accepted' | 'rejected';

/** An entity mention stored for an article (from analysis or entered by the user). */
export interface MentionRow {
  /** Unique within the article (see ArticleMentionsRow). */
  id: number;
  articleId: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Entity ref; '' for MONEY and DATE (IndexedDB does not index null). */
  ref: string;
  confidence: number;
  status: ReviewStatus;
  /** True once the user changed it; re-analysis never overwrites user-edited rows. */
  userEdited: Flag;
}

/**
 * All mentions of one article in one row. Analysis finds ~60 mentions in a 3 KB article, and IndexedDB
 * writes a few thousand rows a second, so a row per mention made an analysed import ten times slower
 * than a plain one; a row per article costs one write. `refs` (multiEntry) answers "which articles
 * mention X" from the index alone.
 */
export interface ArticleMentionsRow {
  articleId: number;
  /** Distinct entity refs of `mentions`. */
  refs: string[];
  /** In text order; each `id` is unique within the article. */
  mentions: MentionRow[];
}

/** A real-world entity across the library. */
export interface EntityRow {
  ref: string;
  type: NamedEntityType;
  name: string;
  aliases: string[];
  /** Running count of stored mentions with this ref, kept so the entity list sorts without counting. */
  mentionCount: number;
  /** Running count of articles with at least one stored mention of this ref (the library's entity facets). */
  articleCount: number;
}

/** A figure stored for an article. */
export interface FigureRow extends Figure {
  id?: number;
  articleId: number;
  status: ReviewStatus;
  userEdited: Flag;
}

/** An agreement stored for an article. */
export interface AgreementRow extends Agreement {
  id?: number;
  articleId: number;
}

/** A user tag. */
export interface TagRow {
  name: string;
  /** CSS colour, or '' for the default. */
  color: string;
  createdAt: number;
}

/** One value from an official FIA statistics workbook. */
export interface OfficialStatRow {
  id?: number;
  year: number;
  /** Workbook section as headed ("By country", "By locality"...). */
  section: string;
  /** Country or province the value belongs to, or '' for totals. */
  area: string;
  measure: string;
  value: number;
  unit: string;
  sourceFile: string;
}

/** A user setting (theme, font size, window state...). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * One persisted segment of the full-text index: the postings of the articles added in one import chunk,
 * written in the same transaction as those articles so the index never disagrees with the library.
 * Postings are packed into typed arrays, which IndexedDB stores and loads as one block of bytes (a Map of
 * small arrays costs more to store than to build).
 */
export interface SearchSegmentRow {
  id?: number;
  /** Number of articles indexed in this segment. */
  docs: number;
  /** Article id of each provisional id (provisional id n is `ids[n - 1]`); 0 = not stored (a duplicate). */
  ids: number[];
  /** Words, in the order their postings appear in `postings`. */
  terms: string[];
  /** Per term: slot count, then per slot its length and provisional ids (FlexSearch resolution slots). */
  postings: Uint32Array;
  /** Adjacent word pairs of titles and leads ("ha noi"), for phrase ranking; packed like `terms`. */
  pairs: string[];
  pairPostings: Uint32Array;
}

/**
 * A deleted article whose postings are still in a persisted search segment: loading the index leaves its id
 * out (rewriting the segment instead would rewrite up to 1,000 articles' postings).
 */
export interface SearchTombstoneRow {
  articleId: number;
}

/** A running count (articles, unread, starred, per source, per tag), kept because count() is slow at 100 k. */
export interface CounterRow {
  key: string;
  value: number;
}
