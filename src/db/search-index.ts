import { Index } from 'flexsearch';
import { foldChars } from '../core/text/fold';
import type { AppDatabase } from './app-database';
import type { SearchSegmentRow } from './schema';

/** Options of `SearchIndex.search`. */
export interface SearchOptions {
  /** Most ids returned; 100 unless told. */
  limit?: number;
}

/** A segment before it is stored (the database assigns `id`). */
export type SearchSegment = Omit<SearchSegmentRow, 'id'>;

/** A chunk's text to index; its provisional id is its 1-based position in the chunk. */
export interface SegmentDoc {
  title: string;
  text: string;
}

// The FlexSearch 0.8.212 internals a segment is made of. Its public export/import cannot merge two
// indexes (import replaces a term's postings), and merging postings is what makes the persisted index
// incremental, so we write these three fields, and build segments with FlexSearch's own scoring (see
// `slot`); the version is pinned exactly and search-index.test.ts fails if either changes.
interface IndexInternals {
  map: Map<string, number[][]>;
  ctx: Map<string, Map<string, number[][]>>;
  reg: Set<number>;
}

// Marks are word characters here so text typed in decomposed form (NFD) still splits into whole words.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Folding (NFD + mark stripping) dominates indexing time, and news reuses a small vocabulary: fold each
// distinct word once. Bounded so a huge import cannot grow it without limit.
const FOLDED_CACHE_LIMIT = 200_000;
const folded = new Map<string, string[]>();
const nonAsciiWordChar = new Map<number, boolean>();

function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  let word = nonAsciiWordChar.get(code);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCharCode(code));
    nonAsciiWordChar.set(code, word);
  }
  return word;
}

function foldWord(word: string): string[] {
  let tokens = folded.get(word);
  if (!tokens) {
    // A folded word can still split (a stray mark between letters folds away; "đ" never splits).
    tokens = foldChars(word)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((token) => token.length > 0);
    if (folded.size >= FOLDED_CACHE_LIMIT) folded.clear();
    folded.set(word, tokens);
  }
  return tokens;
}

/** Splits text into folded words: "Hà Nội, Đà Nẵng" → ["ha", "noi", "da", "nang"]. */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  eachWord(text, (word) => {
    for (const token of foldWord(word)) tokens.push(token);
  });
  return tokens;
}

function eachWord(text: string, onWord: (word: string) => void): void {
  // A char-code scan instead of a Unicode regex: this runs on every word of every imported article.
  // (Astral-plane letters split at their surrogates; no Vietnamese or English word has one.)
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordChar(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      onWord(text.slice(start, i));
      start = -1;
    }
  }
}

// Phrases are indexed only in the title and lead (first words): word pairs over the whole text doubled
// indexing time, and a news article names what it is about up front.
const LEAD_WORDS = 100;

// Tokens never contain a space, so a pair key splits back unambiguously.
const PAIR_SEPARATOR = ' ';

/** A stored pair key as FlexSearch's context map holds it: [keyword, second word]. */
function splitPair(pair: string): [string, string] {
  const split = pair.indexOf(PAIR_SEPARATOR);
  return [pair.slice(0, split), pair.slice(split + 1)];
}

// Up to this many ids, purging a posting list searches it for each id instead of filtering it.
const FEW_IDS = 8;
// Removing articles visits only their own words while they are at most this share of the index; beyond it
// one pass over every word is cheaper than splitting all their texts into words again.
const TARGETED_REMOVAL_SHARE = 0.02;

// Relevance slots of FlexSearch: a word's slot grows with its position in the text (0 = first word).
const RESOLUTION = 9;
const PAIR_RESOLUTION = 3;

function createIndex(): Index {
  return new Index({
    encode: searchTokens,
    tokenize: 'strict',
    resolution: RESOLUTION,
    // Adjacent word pairs, so "ha noi" ranks articles about Hà Nội above ones that merely contain both words.
    context: { depth: 1, bidirectional: true, resolution: PAIR_RESOLUTION },
    // fastupdate keeps a reverse map per id that doubles memory at 100 k articles; removal is rare.
    fastupdate: false,
  });
}

/** FlexSearch's `get_score`: the relevance slot of the word at `position` of `count` words. */
function slot(resolution: number, count: number, position: number, span = 0): number {
  if (position === 0 || resolution <= 1) return 0;
  const length = count + span;
  return length <= resolution ? position : (((resolution - 1) / length) * position + 1) | 0;
}

/** The postings of one word (or pair) in a segment being built. */
interface Building {
  term: string;
  /** The last document posted, so a word's first occurrence in a document decides its slot (as in FlexSearch). */
  doc: number;
  slots: number[][];
}

function building(map: Map<string, Building>, term: string): Building {
  let found = map.get(term);
  if (!found) map.set(term, (found = { term, doc: 0, slots: [] }));
  return found;
}

function post(postings: Building, doc: number, at: number): void {
  if (postings.doc === doc) return;
  postings.doc = doc;
  (postings.slots[at] ??= []).push(doc);
}

/**
 * Builds a segment's postings exactly as FlexSearch's `add` would (strict tokens, context depth 1,
 * bidirectional). Building segments through FlexSearch took two indexes per chunk (one for the words, one
 * for the lead's pairs, which posted the lead's words again) and per-document dictionaries, and was the
 * largest share of the import worker's time.
 */
class SegmentBuilder {
  readonly terms = new Map<string, Building>();
  readonly pairs = new Map<string, Building>();
  // Words as written, to their folded words' postings: one look-up per word of the text, where folding
  // and then finding the postings took two (in maps of tens of thousands of words).
  private readonly written = new Map<string, Building[]>();
  private readonly words: Building[] = [];

  add(doc: number, text: string): void {
    const words = this.words;
    words.length = 0;
    eachWord(text, (word) => {
      let postings = this.written.get(word);
      if (!postings) {
        postings = foldWord(word).map((term) => building(this.terms, term));
        this.written.set(word, postings);
      }
      for (const entry of postings) words.push(entry);
    });
    const count = words.length;
    for (let i = 0; i < count; i++) post(words[i]!, doc, slot(RESOLUTION, count, i));
    const lead = Math.min(count, LEAD_WORDS);
    const resolution = PAIR_RESOLUTION + (lead / 2 > PAIR_RESOLUTION ? 0 : 1);
    for (let i = 0; i + 1 < lead; i++) {
      const first = words[i]!.term;
      const second = words[i + 1]!.term;
      // Bidirectional: "ha noi" and "noi ha" are one pair, keyed by the greater word first.
      const key = second > first ? second + PAIR_SEPARATOR + first : first + PAIR_SEPARATOR + second;
      post(building(this.pairs, key), doc, slot(resolution, lead, i, 1));
    }
  }
}

function internals(index: Index): IndexInternals {
  return index as unknown as IndexInternals;
}

function indexedText(doc: SegmentDoc): string {
  // The text often opens with the headline; indexing it twice would only skew ranking.
  return doc.text.startsWith(doc.title) ? doc.text : `${doc.title}\n${doc.text}`;
}

function pack(entries: Map<string, Building>): { terms: string[]; postings: Uint32Array } {
  const terms: string[] = [];
  let data = new Uint32Array(1 << 16);
  let length = 0;
  const push = (value: number) => {
    if (length === data.length) {
      const grown = new Uint32Array(data.length * 2);
      grown.set(data);
      data = grown;
    }
    data[length++] = value;
  };
  for (const [term, { slots }] of entries) {
    terms.push(term);
    push(slots.length);
    for (let at = 0; at < slots.length; at++) {
      const ids = slots[at];
      push(ids ? ids.length : 0);
      if (ids) for (const id of ids) push(id);
    }
  }
  return { terms, postings: data.slice(0, length) };
}

function unpack(
  terms: string[],
  postings: Uint32Array,
  ids: number[],
  into: (term: string) => number[][],
): void {
  let at = 0;
  for (const term of terms) {
    const target = into(term);
    const slots = postings[at++]!;
    for (let slot = 0; slot < slots; slot++) {
      const length = postings[at++]!;
      if (length === 0) continue;
      const list = (target[slot] ??= []);
      for (let k = 0; k < length; k++) {
        const id = ids[postings[at++]! - 1];
        // 0: the article turned out to be a duplicate and was not stored.
        if (id) list.push(id);
      }
    }
  }
}

/**
 * Takes the ids in `gone` out of one word's slots, dropping emptied slots as FlexSearch's own removal does;
 * false when no slot is left (the word must then leave the map).
 */
function purge(slots: number[][], gone: Set<number>): boolean {
  let left = false;
  for (let at = 0; at < slots.length; at++) {
    const list = slots[at];
    if (!list) continue;
    if (gone.size <= FEW_IDS) {
      // A native indexOf per id beats a Set look-up per posting when only a few articles go.
      for (const id of gone) {
        const found = list.indexOf(id);
        if (found >= 0) list.splice(found, 1);
      }
    } else {
      let kept = 0;
      for (let k = 0; k < list.length; k++) if (!gone.has(list[k]!)) list[kept++] = list[k]!;
      list.length = kept;
    }
    if (list.length === 0) delete slots[at];
    else left = true;
  }
  return left;
}

function postingsOf(map: Map<string, number[][]>, term: string): number[][] {
  let slots = map.get(term);
  if (!slots) map.set(term, (slots = []));
  return slots;
}

/**
 * Full-text index over article titles and texts with Vietnamese folding ("Chinh" finds "Chính", "ha noi"
 * finds "HÀ NỘI", "Da Nang" finds "Đà Nẵng"). Held in memory for fast queries and persisted as segments
 * in the `searchIndex` table: each import chunk adds one segment in the same transaction as its articles,
 * so the index grows without ever being rebuilt.
 */
export class SearchIndex {
  private readonly index = createIndex();

  /**
   * Builds the packed segment for a chunk of articles under provisional ids, before they are stored, so
   * this CPU work can overlap the previous chunk's commit; set `ids` once the articles have their ids.
   */
  static buildSegment(docs: SegmentDoc[]): SearchSegment {
    const builder = new SegmentBuilder();
    docs.forEach((doc, i) => builder.add(i + 1, indexedText(doc)));
    const terms = pack(builder.terms);
    const pairs = pack(builder.pairs);
    return {
      docs: docs.length,
      ids: docs.map((_, i) => i + 1),
      terms: terms.terms,
      postings: terms.postings,
      pairs: pairs.terms,
      pairPostings: pairs.postings,
    };
  }

  /** Loads every persisted segment of `db` into a new in-memory index, leaving deleted articles out. */
  static async load(db: AppDatabase): Promise<SearchIndex> {
    const searchIndex = new SearchIndex();
    await db.transaction('r', [db.searchIndex, db.searchTombstones], async () => {
      const deleted = new Set((await db.searchTombstones.toCollection().primaryKeys()) as number[]);
      await db.searchIndex.each((segment) => searchIndex.merge(segment, deleted));
    });
    return searchIndex;
  }

  /** Number of articles indexed. */
  get size(): number {
    return internals(this.index).reg.size;
  }

  /** Adds a stored segment's postings, except those of the `deleted` articles. */
  merge(segment: SearchSegment, deleted?: Set<number>): void {
    const { map, ctx, reg } = internals(this.index);
    // 0 already means "not stored", so a deleted article's postings are skipped like a duplicate's.
    const ids = deleted?.size ? segment.ids.map((id) => (deleted.has(id) ? 0 : id)) : segment.ids;
    unpack(segment.terms, segment.postings, ids, (term) => postingsOf(map, term));
    unpack(segment.pairs, segment.pairPostings, ids, (pair) => {
      const [keyword, second] = splitPair(pair);
      let postings = ctx.get(keyword);
      if (!postings) ctx.set(keyword, (postings = new Map()));
      return postingsOf(postings, second);
    });
    for (const id of ids) if (id) reg.add(id);
  }

  /**
   * Takes deleted articles out of the in-memory postings. FlexSearch's own `remove` without `fastupdate`
   * scans every word once per id (~25 ms an id at 10,000 articles). A few articles are taken out of their
   * own words only (their stored, immutable texts split into the words they were indexed under); more are
   * taken out in one pass over every word. Call after the deletion (and its tombstones) committed.
   */
  remove(articles: (SegmentDoc & { id?: number })[]): void {
    const { map, ctx, reg } = internals(this.index);
    const gone = new Set(
      articles.flatMap((article) => (article.id && reg.has(article.id) ? [article.id] : [])),
    );
    if (gone.size === 0) return;
    if (gone.size > reg.size * TARGETED_REMOVAL_SHARE) {
      for (const [term, slots] of map) if (!purge(slots, gone)) map.delete(term);
      for (const [keyword, pairs] of ctx) {
        for (const [term, slots] of pairs) if (!purge(slots, gone)) pairs.delete(term);
        if (pairs.size === 0) ctx.delete(keyword);
      }
    } else {
      const words = new SegmentBuilder();
      articles.forEach((article, i) => words.add(i + 1, indexedText(article)));
      for (const term of words.terms.keys()) {
        const slots = map.get(term);
        if (slots && !purge(slots, gone)) map.delete(term);
      }
      for (const pair of words.pairs.keys()) {
        const [keyword, second] = splitPair(pair);
        const pairs = ctx.get(keyword);
        const slots = pairs?.get(second);
        if (!pairs || !slots || purge(slots, gone)) continue;
        pairs.delete(second);
        if (pairs.size === 0) ctx.delete(keyword);
      }
    }
    for (const id of gone) reg.delete(id);
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
