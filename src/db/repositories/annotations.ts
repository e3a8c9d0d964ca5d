import { Dexie } from 'dexie';
import type { AppDatabase } from '../app-database';
import type { AnnotationKind, AnnotationRow, TextQuoteSelector } from '../schema';

/** Characters of context kept on each side of an annotation's quote: enough to find it again in the text. */
export const QUOTE_CONTEXT = 32;

/** What the user marked: a span of an article's text and what to attach to it. */
export interface NewAnnotation {
  articleId: number;
  start: number;
  end: number;
  kind: AnnotationKind;
  /** Comment text, or the entity ref for `entity`; '' for a plain highlight. */
  body?: string;
}

/** The W3C TextQuoteSelector of `text.slice(start, end)`. */
export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/**
 * Anchors an annotation to the stored article text by offsets and a quote selector; refuses an empty or
 * out-of-range span. Resolves to the new annotation's id.
 */
export async function addAnnotation(db: AppDatabase, annotation: NewAnnotation): Promise<number> {
  const { articleId, start, end, kind } = annotation;
  return db.transaction('rw', [db.articles, db.annotations], async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw new Error(`There is no article ${articleId} in the library.`);
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end <= start ||
      end > article.text.length
    ) {
      throw new Error(
        `Cannot annotate characters ${start}–${end}: the article text has ${article.text.length} characters ` +
          'and the selection must not be empty.',
      );
    }
    const now = Date.now();
    return (await db.annotations.add({
      articleId,
      start,
      end,
      quote: quoteSelector(article.text, start, end),
      kind,
      body: annotation.body ?? '',
      createdAt: now,
      updatedAt: now,
    })) as number;
  });
}

/** An article's annotations in text order. */
export async function listAnnotations(db: AppDatabase, articleId: number): Promise<AnnotationRow[]> {
  return db.annotations
    .where('[articleId+start]')
    .between([articleId, Dexie.minKey], [articleId, Dexie.maxKey])
    .toArray();
}

/** Changes an annotation's comment (or entity ref); the anchor never moves. */
export async function updateAnnotationBody(db: AppDatabase, id: number, body: string): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    if (!(await db.annotations.get(id))) throw new Error(`There is no annotation ${id}.`);
    await db.annotations.update(id, { body, updatedAt: Date.now() });
  });
}

/** Deletes an annotation. */
export async function deleteAnnotation(db: AppDatabase, id: number): Promise<void> {
  await db.annotations.delete(id);
}
