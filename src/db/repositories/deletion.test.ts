import { describe, expect, it } from 'vitest';
import type { Analysis, Mention } from '../../core/model';
import { AppDatabase } from '../app-database';
import { SearchIndex } from '../search-index';
import { openTestDatabase, testArticle } from '../testing';
import { articleIdsMentioning, getAgreements, getFigures, getMentions, topEntities } from './analysis';
import { addAnnotation, listAnnotations } from './annotations';
import { addArticles, getFacets, listArticleIds, setArticleTags, setRead, setStarred } from './articles';
import { deleteArticles, restoreArticles, summariseDeletion } from './deletion';

const OSAKA = 'Osaka Gas đầu tư 200 triệu USD vào Bình Dương; JICA hỗ trợ Bình Dương.';
const KOBE = 'Kobe Steel mở nhà máy ở Bình Dương với vốn 50 triệu USD.';

/** A hand-made analysis of `text`: the named spans as mentions, the first money span as a figure. */
function analysisOf(text: string, spans: [string, Mention['type'], string][], money: string): Analysis {
  const mentions = spans.map(([span, type, ref]): Mention => {
    const start = text.indexOf(span);
    return { start, end: start + span.length, text: span, type, ref, confidence: 0.9 };
  });
  const start = text.indexOf(money);
  return {
    mentions,
    entities: spans.map(([span, type, ref]) => ({
      ref,
      type: type as 'ORG' | 'PLACE',
      name: span,
      aliases: [],
    })),
    figures: [
      {
        text: money,
        start,
        end: start + money.length,
        value: 1,
        unit: 'USD',
        currency: 'USD',
        usd: 1,
        measure: 'investment_capital',
        approx: null,
        investor: spans[0]![2],
        recipient: 'binh-duong',
        asOf: null,
        claim: null,
        warnings: [],
        confidence: 0.8,
      },
    ],
    agreements: [{ kind: 'agreement', parties: [spans[0]![2]], date: null, start: 0, end: text.length }],
  };
}

const OSAKA_ANALYSIS = analysisOf(
  OSAKA,
  [
    ['Osaka Gas', 'ORG', 'osaka-gas'],
    ['Bình Dương', 'PLACE', 'binh-duong'],
    ['JICA', 'ORG', 'jica'],
  ],
  '200 triệu USD',
);
const KOBE_ANALYSIS = analysisOf(
  KOBE,
  [
    ['Kobe Steel', 'ORG', 'kobe-steel'],
    ['Bình Dương', 'PLACE', 'binh-duong'],
  ],
  '50 triệu USD',
);

/** A library of two analysed articles from two sources, one starred and tagged with a highlight and a note. */
async function library() {
  const { db, name } = openTestDatabase();
  const index = new SearchIndex();
  const [osaka, kobe] = (
    await addArticles(
      db,
      [
        {
          ...testArticle(OSAKA, { source: 'VNA' }),
          analysis: { result: OSAKA_ANALYSIS, version: 1 },
        },
        {
          ...testArticle(KOBE, { source: 'Nikkei' }),
          analysis: { result: KOBE_ANALYSIS, version: 1 },
        },
      ],
      { index },
    )
  ).map((outcome) => outcome.id);
  await setStarred(db, osaka!, true);
  await setRead(db, kobe!, true);
  await setArticleTags(db, osaka!, ['energy']);
  await setArticleTags(db, kobe!, ['steel']);
  await addAnnotation(db, { articleId: osaka!, start: 0, end: 9, kind: 'highlight' });
  await addAnnotation(db, { articleId: osaka!, start: 10, end: 17, kind: 'comment', body: 'check' });
  return { db, name, index, osaka: osaka!, kobe: kobe! };
}

async function snapshot(db: AppDatabase, id: number) {
  return {
    annotations: (await listAnnotations(db, id)).length,
    mentions: (await getMentions(db, id)).length,
    figures: (await getFigures(db, id)).length,
    agreements: (await getAgreements(db, id)).length,
  };
}

const topNames = async (db: AppDatabase, type: 'ORG' | 'PLACE') =>
  (await topEntities(db, type, 10)).map((row) => [row.ref, row.articleCount]);

describe('deleteArticles', () => {
  it('removes the article with its annotations and analysis, and only those', async () => {
    const { db, osaka, kobe } = await library();
    const before = await snapshot(db, kobe);
    await deleteArticles(db, [osaka]);

    expect(await listArticleIds(db)).toEqual([kobe]);
    expect(await snapshot(db, osaka)).toEqual({ annotations: 0, mentions: 0, figures: 0, agreements: 0 });
    expect(await snapshot(db, kobe)).toEqual(before);
    expect(before.figures).toBe(1);
  });

  it('keeps the sidebar counts right: total, unread, starred, sources and tags', async () => {
    const { db, osaka, kobe } = await library();
    await deleteArticles(db, [kobe]);
    expect(await getFacets(db)).toEqual({
      total: 1,
      unread: 1,
      starred: 1,
      sources: [{ name: 'VNA', count: 1 }],
      tags: [{ name: 'energy', count: 1 }],
    });
    await deleteArticles(db, [osaka]);
    expect(await getFacets(db)).toEqual({ total: 0, unread: 0, starred: 0, sources: [], tags: [] });
    // The tags stay in the user's vocabulary.
    expect(await db.tags.toCollection().primaryKeys()).toEqual(['energy', 'steel']);
  });

  it('takes the article out of the entity facets, dropping entities no article mentions any more', async () => {
    const { db, osaka, kobe } = await library();
    expect(await topNames(db, 'PLACE')).toEqual([['binh-duong', 2]]);
    await deleteArticles(db, [osaka]);

    expect(await topNames(db, 'ORG')).toEqual([['kobe-steel', 1]]);
    expect(await topNames(db, 'PLACE')).toEqual([['binh-duong', 1]]);
    expect((await db.entities.get('binh-duong'))!.mentionCount).toBe(1);
    expect(await articleIdsMentioning(db, 'binh-duong')).toEqual([kobe]);
    expect(await articleIdsMentioning(db, 'jica')).toEqual([]);
  });

  it('never finds a deleted article again, in memory or after a reload', async () => {
    const { db, name, index, osaka, kobe } = await library();
    expect(index.search('binh duong').sort()).toEqual([osaka, kobe].sort());
    await deleteArticles(db, [osaka], index);

    expect(index.search('binh duong')).toEqual([kobe]);
    expect(index.search('osaka')).toEqual([]);
    expect(index.size).toBe(1);
    db.close();
    const reloaded = await SearchIndex.load(new AppDatabase(name));
    expect(reloaded.search('binh duong')).toEqual([kobe]);
    expect(reloaded.search('osaka gas')).toEqual([]);
    expect(reloaded.size).toBe(1);
  });

  it('ignores ids that are not in the library, so deleting twice changes nothing more', async () => {
    const { db, osaka } = await library();
    const first = await deleteArticles(db, [osaka, osaka, 999]);
    expect(first.articles.map((row) => row.id)).toEqual([osaka]);
    const again = await deleteArticles(db, [osaka]);
    expect(again.articles).toEqual([]);
    expect((await getFacets(db)).total).toBe(1);
  });
});

describe('restoreArticles', () => {
  it('undoes a deletion: the articles, their annotations, analysis, counts and search hits come back', async () => {
    const { db, name, index, osaka, kobe } = await library();
    const facets = await getFacets(db);
    const counts = [await snapshot(db, osaka), await snapshot(db, kobe)];
    const places = await topNames(db, 'PLACE');
    const deleted = await deleteArticles(db, [osaka, kobe], index);
    expect(await topNames(db, 'PLACE')).toEqual([]);

    await restoreArticles(db, deleted, index);
    expect(await getFacets(db)).toEqual(facets);
    expect([await snapshot(db, osaka), await snapshot(db, kobe)]).toEqual(counts);
    expect(await topNames(db, 'PLACE')).toEqual(places);
    expect(index.search('osaka gas')).toEqual([osaka]);
    db.close();
    const reloaded = await SearchIndex.load(new AppDatabase(name));
    expect(reloaded.search('binh duong').sort()).toEqual([osaka, kobe].sort());
  });

  it('refuses, changing nothing, when a deleted article was imported again meanwhile', async () => {
    const { db, osaka } = await library();
    const deleted = await deleteArticles(db, [osaka]);
    await addArticles(db, [testArticle(OSAKA, { source: 'VNA' })]);
    const facets = await getFacets(db);

    await expect(restoreArticles(db, deleted)).rejects.toThrow(/“Osaka Gas.*” was imported again/);
    expect(await getFacets(db)).toEqual(facets);
    expect(await listAnnotations(db, osaka)).toEqual([]);
  });
});

describe('summariseDeletion', () => {
  it('names a single article and counts what goes with it', async () => {
    const { db, osaka, kobe } = await library();
    expect(await summariseDeletion(db, [osaka])).toEqual({
      articles: 1,
      title: OSAKA.slice(0, 80),
      highlights: 1,
      notes: 1,
      figures: 1,
    });
    expect(await summariseDeletion(db, [osaka, kobe, 999])).toMatchObject({
      articles: 2,
      title: null,
      figures: 2,
    });
  });
});
