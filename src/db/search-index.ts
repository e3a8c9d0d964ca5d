import { Index } from 'flexsearch';
import { foldChars } from '../core/text/fold';
import type { AppDatabase } from './app-database';
import type { SearchSegmentRow } from './schema';

/** A document as the search index sees it. */
export interface SearchDoc {
  id: number;
  title: string;
  text: string;
}

/** Options of `SearchIndex.search`. */
export interface SearchOptions {
  /** Most ids returned; 100 unless told. */
  limit?: number;
}

/** A segment before it is stored (the database assigns `id`). */
export type SearchSegment = Omit<SearchSegmentRow, 'id'>;

// The FlexSearch 0.8.212 internals a segment is made of. Its public export/import cannot merge two
// indexes (import replaces a term's postings), and merging postings is what makes the persisted index
// incremental, so we read these three fields; the version is pinned exactly and search-index.test.ts
// fails if they change shape.
interface IndexInternals {
  map: Map<string, number[][]>;
  ctx: Map<string, Map<string, number[][]>>;
  reg: Set<number>;
}

const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Splits text into folded words: "Hà Nội, Đà Nẵng" → ["ha", "noi", "da", "nang"]. */
export function searchTokens(text: string): string[] {
  return foldChars(text)
    .split(WORD_SEPARATORS)
    .filter((word) => word.length > 0);
}

function createIndex(): Index {
  return new Index({
    encode: searchTokens,
    tokenize: 'strict',
    resolution: 9,
    // Adjacent word pairs, so "ha noi" ranks articles about Hà Nội above ones that merely contain both words.
    context: { depth: 1, bidirectional: true, resolution: 3 },
    // fastupdate keeps a reverse map per id that doubles memory at 100 k articles; removal is rare.
    fastupdate: false,
  });
}

function internals(index: Index): IndexInternals {
  return index as unknown as IndexInternals;
}

function indexedText(doc: SearchDoc): string {
  // The text often opens with the headline; indexing it twice would only skew ranking.
  return doc.text.startsWith(doc.title) ? doc.text : `${doc.title}\n${doc.text}`;
}

function mergePostings(target: Map<string, number[][]>, source: Map<string, number[][]>): void {
  for (const [term, slots] of source) {
    const existing = target.get(term);
    if (!existing) {
      target.set(term, slots);
      continue;
    }
    slots.forEach((ids, slot) => {
      const into = existing[slot];
      if (into) for (const id of ids) into.push(id);
      else existing[slot] = ids;
    });
  }
}

/**
 * Full-text index over article titles and texts with Vietnamese folding ("Chinh" finds "Chính", "ha noi"
 * finds "HÀ NỘI", "Da Nang" finds "Đà Nẵng"). Held in memory for fast queries and persisted as segments
 * in the `searchIndex` table: each import chunk adds one segment in the same transaction as its articles,
 * so the index grows without ever being rebuilt.
 */
export class SearchIndex {
  private readonly index = createIndex();

  /** Builds the segment for a chunk of newly stored articles. */
  static buildSegment(docs: SearchDoc[]): SearchSegment {
    const index = createIndex();
    for (const doc of docs) index.add(doc.id, indexedText(doc));
    const { map, ctx } = internals(index);
    return { docs: docs.length, map, ctx, ids: docs.map((doc) => doc.id) };
  }

  /** Loads every persisted segment of `db` into a new in-memory index. */
  static async load(db: AppDatabase): Promise<SearchIndex> {
    const searchIndex = new SearchIndex();
    await db.searchIndex.each((segment) => searchIndex.merge(segment));
    return searchIndex;
  }

  /** Number of articles indexed. */
  get size(): number {
    return internals(this.index).reg.size;
  }

  /** Adds a segment's postings (takes ownership of its arrays). */
  merge(segment: SearchSegment): void {
    const target = internals(this.index);
    mergePostings(target.map, segment.map);
    for (const [keyword, postings] of segment.ctx) {
      const existing = target.ctx.get(keyword);
      if (existing) mergePostings(existing, postings);
      else target.ctx.set(keyword, postings);
    }
    for (const id of segment.ids) target.reg.add(id);
  }

  /**
   * Article ids matching every word of `query`, best first: articles where the words stand together as
   * typed come before those that merely contain them all. An empty query matches nothing.
   */
  search(query: string, options: SearchOptions = {}): number[] {
    const limit = options.limit ?? 100;
    const words = searchTokens(query).length;
    if (words === 0) return [];
    const phrase = this.index.search(query, { limit }) as number[];
    if (words === 1 || phrase.length >= limit) return phrase;
    const seen = new Set(phrase);
    const all = this.index.search(query, { limit, context: false }) as number[];
    return [...phrase, ...all.filter((id) => !seen.has(id))].slice(0, limit);
  }
}
