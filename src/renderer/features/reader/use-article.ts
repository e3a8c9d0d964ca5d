import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getArticle, setArticleTags, setRead, setStarred } from '../../../db/repositories/articles';
import type { ArticleRow } from '../../../db/schema';
import { getDatabase } from '../../services/database';

/** The open article, live (star and read changes show at once); null when none is open or it is gone. */
export function useArticle(id: number | null): ArticleRow | null | undefined {
  const db = getDatabase();
  const article = useLiveQuery(
    async () => (id === null ? null : ((await getArticle(db, id)) ?? null)),
    [db, id],
  );

  useEffect(() => {
    // Opening marks read once per opening: "mark unread" on the open article must stick until it is reopened.
    if (id !== null) void setRead(db, id, true).catch(() => undefined);
  }, [db, id]);
  return article;
}

/** Stars or unstars an article. */
export function toggleStar(article: ArticleRow): Promise<void> {
  return setStarred(getDatabase(), article.id!, !article.starred);
}

/** Marks an article unread, or read again. */
export function toggleRead(article: ArticleRow): Promise<void> {
  return setRead(getDatabase(), article.id!, !article.read);
}

/** Replaces an article's tags. */
export function saveTags(article: ArticleRow, tags: string[]): Promise<void> {
  return setArticleTags(getDatabase(), article.id!, tags);
}
