import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import {
  getArticleSummaries,
  getFacets,
  listArticleIds,
  type ArticleQuery,
  type LibraryFacets,
} from '../../../db/repositories/articles';
import type { ArticleSummary } from '../../../db/schema';
import { getDatabase } from '../../services/database';
import { search } from '../../services/importer';
import { errorMessage } from '../../components/format';

/** Orders the library list offers; `relevance` only applies while searching. */
export type LibrarySort = 'relevance' | 'newest' | 'oldest' | 'title' | 'source';

/** Which articles the list shows. */
export interface LibraryFilters {
  query: string;
  sort: LibrarySort;
  show: 'all' | 'unread' | 'starred';
  source?: string;
  tag?: string;
  /** Entity ref: only articles that mention it. */
  entity?: string;
  /** Inclusive YYYY-MM-DD bounds, '' when open. */
  from: string;
  to: string;
}

/** The list as first shown: everything, newest first. */
export const INITIAL_FILTERS: LibraryFilters = { query: '', sort: 'newest', show: 'all', from: '', to: '' };

/** Most search hits the list shows; more than a reader scans, few enough to filter instantly. */
const SEARCH_LIMIT = 2000;
/** Typing pauses this long before a search runs, so each keystroke does not query the index. */
const SEARCH_DELAY_MS = 120;
/** Rows fetched per page of the virtualised list. */
const PAGE = 30;

/** Turns the UI filters into a repository query (search hits passed as `ids`). */
export function toArticleQuery(filters: LibraryFilters, hits: number[] | null): ArticleQuery {
  const searching = hits !== null;
  const sort = filters.sort === 'relevance' && !searching ? 'newest' : filters.sort;
  return {
    sort: sort === 'newest' || sort === 'oldest' ? 'date' : sort,
    descending: sort === 'newest',
    source: filters.source,
    tag: filters.tag,
    entity: filters.entity,
    from: filters.from || undefined,
    to: filters.to || undefined,
    read: filters.show === 'unread' ? false : undefined,
    starred: filters.show === 'starred' ? true : undefined,
    ids: hits ?? undefined,
  };
}

/** What the library list needs: the ordered ids, search state and the sidebar counts. */
export interface LibraryView {
  /** Undefined until the first query answers. */
  ids: number[] | undefined;
  facets: LibraryFacets | undefined;
  searching: boolean;
  searchError: string | null;
}

/** Runs the search (debounced, in the library worker) and the list query; both follow library changes. */
export function useLibrary(filters: LibraryFilters): LibraryView {
  const db = getDatabase();
  // The answer remembers its query, so a stale answer is never shown for a newer query.
  const [answer, setAnswer] = useState<{ query: string; hits: number[]; error: string | null } | null>(null);
  const facets = useLiveQuery(() => getFacets(db), [db]);
  const query = filters.query.trim();
  const total = facets?.total;

  useEffect(() => {
    if (!query) return;
    let current = true;
    const timer = setTimeout(() => {
      search(query, { limit: SEARCH_LIMIT }).then(
        (hits) => current && setAnswer({ query, hits, error: null }),
        (error: unknown) => current && setAnswer({ query, hits: [], error: errorMessage(error) }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // A new import changes what the index finds, so the library total is a dependency too.
  }, [query, total]);

  const answered = answer !== null && answer.query === query;
  const hits = query ? (answered ? answer.hits : (answer?.hits ?? [])) : null;
  const searching = query !== '' && !answered;
  const searchError = query && answered ? answer.error : null;
  const articleQuery = toArticleQuery(filters, hits);
  const key = JSON.stringify(articleQuery);
  const ids = useLiveQuery(() => listArticleIds(db, articleQuery), [db, key]);
  return { ids, facets, searching, searchError };
}

/**
 * The summaries of the rows around the visible range, fetched a page at a time with one bulk read (never
 * one query per row), live so star and read changes show at once.
 */
export function useRowWindow(ids: number[], first: number, last: number): Map<number, ArticleSummary> {
  const db = getDatabase();
  const start = Math.max(0, Math.floor(first / PAGE) * PAGE - PAGE);
  const end = Math.min(ids.length, (Math.floor(last / PAGE) + 2) * PAGE);
  const windowIds = ids.slice(start, end);
  // useLiveQuery keeps answering the previous window until the next one is read, so rows do not blink.
  const rows = useLiveQuery(() => getArticleSummaries(db, windowIds), [db, ids, start, end]);
  return useMemo(() => {
    const map = new Map<number, ArticleSummary>();
    for (const row of rows ?? []) if (row) map.set(row.id, row);
    return map;
  }, [rows]);
}
