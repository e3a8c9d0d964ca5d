import { describe, expect, it } from 'vitest';
import { AppDatabase } from '../app-database';
import { openTestDatabase, testArticle } from '../testing';
import {
  QUOTE_CONTEXT,
  addAnnotation,
  deleteAnnotation,
  listAnnotations,
  updateAnnotationBody,
} from './annotations';
import { addArticles } from './articles';

const TEXT = `${'Mở đầu bài báo về đầu tư. '.repeat(3)}JICA cam kết 5 tỷ yên cho dự án metro Hà Nội.${' Kết thúc.'.repeat(5)}`;

async function article() {
  const { db, name } = openTestDatabase();
  const [outcome] = await addArticles(db, [testArticle(TEXT)]);
  return { db, name, id: outcome!.id };
}

describe('annotations', () => {
  it('anchors by offsets and a quote with context, in text order, and survives a reopen', async () => {
    const { db, name, id } = await article();
    const start = TEXT.indexOf('5 tỷ yên');
    await addAnnotation(db, {
      articleId: id,
      start: TEXT.indexOf('Hà Nội'),
      end: TEXT.indexOf('Hà Nội') + 6,
      kind: 'entity',
      body: 'ha-noi',
    });
    await addAnnotation(db, { articleId: id, start, end: start + 8, kind: 'comment', body: 'ODA, not FDI' });
    db.close();

    const reopened = new AppDatabase(name);
    const [comment, entity] = await listAnnotations(reopened, id);
    expect(comment).toMatchObject({ kind: 'comment', body: 'ODA, not FDI', start, end: start + 8 });
    expect(comment!.quote.exact).toBe('5 tỷ yên');
    expect(comment!.quote.prefix).toHaveLength(QUOTE_CONTEXT);
    expect(TEXT.slice(start - QUOTE_CONTEXT, start)).toBe(comment!.quote.prefix);
    expect(comment!.quote.suffix.startsWith(' cho dự án')).toBe(true);
    expect(entity).toMatchObject({ kind: 'entity', body: 'ha-noi' });
    reopened.close();
  });

  it('edits and deletes, and refuses empty or out-of-range selections', async () => {
    const { db, id } = await article();
    const annotation = await addAnnotation(db, { articleId: id, start: 0, end: 6, kind: 'highlight' });
    await updateAnnotationBody(db, annotation, 'Lead');
    expect((await listAnnotations(db, id))[0]).toMatchObject({
      body: 'Lead',
      quote: { exact: 'Mở đầu', prefix: '' },
    });
    await deleteAnnotation(db, annotation);
    expect(await listAnnotations(db, id)).toEqual([]);

    await expect(addAnnotation(db, { articleId: id, start: 5, end: 5, kind: 'highlight' })).rejects.toThrow(
      /must not be empty/,
    );
    await expect(
      addAnnotation(db, { articleId: id, start: 0, end: TEXT.length + 1, kind: 'highlight' }),
    ).rejects.toThrow(`the article text has ${TEXT.length} characters`);
    await expect(addAnnotation(db, { articleId: 99, start: 0, end: 1, kind: 'highlight' })).rejects.toThrow(
      'There is no article 99',
    );
    await expect(updateAnnotationBody(db, annotation, 'x')).rejects.toThrow(
      `There is no annotation ${annotation}.`,
    );
  });
});
