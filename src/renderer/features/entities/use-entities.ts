import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EntityType, NamedEntityType } from '../../../core/model';
import {
  getArticleAnalysis,
  setMentionStatus,
  topEntities,
  type ArticleAnalysis,
} from '../../../db/repositories/analysis';
import type { EntityRow, ReviewStatus } from '../../../db/schema';
import { getSetting, setSetting } from '../../../db/repositories/settings';
import { errorMessage, plural } from '../../components/format';
import { getDatabase } from '../../services/database';
import { analyseStoredArticles } from '../../services/importer';
import { NAMED_TYPES } from './entity-types';

/** Entities the library sidebar offers per type. */
const FACET_SIZE = 6;

/** The open article's mentions, figures, agreements and entity names, live (reviews show at once). */
export function useArticleAnalysis(articleId: number | undefined): ArticleAnalysis | undefined {
  const db = getDatabase();
  return useLiveQuery(
    async () => (articleId === undefined ? undefined : getArticleAnalysis(db, articleId)),
    [db, articleId],
  );
}

/** Accepts or rejects a mention of an article; the decision survives re-analysis. */
export function reviewMention(articleId: number, id: number, status: ReviewStatus): Promise<void> {
  return setMentionStatus(getDatabase(), articleId, id, status);
}

/** Which mention types the reader colours: a persisted setting, with a toggle per type. */
export function useHiddenEntityTypes(): { hidden: ReadonlySet<EntityType>; toggle(type: EntityType): void } {
  const db = getDatabase();
  const stored = useLiveQuery(() => getSetting<EntityType[]>(db, 'hiddenEntityTypes', []), [db]);
  const hidden = useMemo(() => new Set(stored ?? []), [stored]);
  const toggle = (type: EntityType) => {
    const next = new Set(hidden);
    if (!next.delete(type)) next.add(type);
    void setSetting(db, 'hiddenEntityTypes', [...next]);
  };
  return { hidden, toggle };
}

/** The most widely reported people, organisations and places, for the library sidebar. */
export function useEntityFacets(): Map<NamedEntityType, EntityRow[]> | undefined {
  const db = getDatabase();
  return useLiveQuery(
    async () =>
      new Map(
        await Promise.all(
          NAMED_TYPES.map(async (type) => [type, await topEntities(db, type, FACET_SIZE)] as const),
        ),
      ),
    [db],
  );
}

/**
 * Starts, once per window, the background analysis of articles stored without one, and returns a short
 * note of its progress (null when there is nothing to say).
 */
export function useBackgroundAnalysis(): string | null {
  const [note, setNote] = useState<string | null>(null);
  const report = useCallback((done: number, total: number) => {
    setNote(
      done < total
        ? `Analysing earlier articles: ${done.toLocaleString('en')} of ${plural(total, 'article', 'articles')}…`
        : null,
    );
  }, []);
  useEffect(() => {
    let current = true;
    analyseStoredArticles((done, total) => current && report(done, total)).then(
      () => current && setNote(null),
      (error: unknown) => current && setNote(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [report]);
  return note;
}
