import { describe, expect, it } from 'vitest';
import { AppDatabase } from '../app-database';
import { openTestDatabase, testArticle } from '../testing';
import {
  ARTICLE_CHUNK,
  addArticles,
  getArticle,
  getArticleSummaries,
  getFacets,
  listArticleIds,
  setArticleTags,
  setRead,
  setStarred,
} from './articles';

describe('addArticles', () => {
  it('stores articles, and a second import of the same text names the stored article', async () => {
    const { db } = openTestDatabase();
    const [first] = await addArticles(db, [testArticle('Thủ tướng Phạm Minh Chính thăm Nhật Bản')]);
    expect(first!.status).toBe('imported');

    const [again] = await addArticles(db, [testArticle('Thủ tướng Phạm Minh Chính thăm Nhật Bản')]);
    expect(again).toEqual({
      status: 'duplicate',
      id: first!.id,
      title: 'Thủ tướng Phạm Minh Chính thăm Nhật Bản',
    });
    expect((await getFacets(db)).total).toBe(1);
  });

  it('names the right stored article for each duplicate mixed among new ones', async () => {
    const { db } = openTestDatabase();
    const [haNoi, daNang] = await addArticles(db, [testArticle('Hà Nội'), testArticle('Đà Nẵng')]);
    const outcomes = await addArticles(db, [
      testArticle('Huế'),
      testArticle('Đà Nẵng'),
      testArticle('Cần Thơ'),
      testArticle('Hà Nội'),
    ]);
    expect(outcomes.map(({ status, title }) => [status, title])).toEqual([
      ['imported', 'Huế'],
      ['duplicate', 'Đà Nẵng'],
      ['imported', 'Cần Thơ'],
      ['duplicate', 'Hà Nội'],
    ]);
    expect([outcomes[1]!.id, outcomes[3]!.id]).toEqual([daNang!.id, haNoi!.id]);
    expect((await getFacets(db)).total).toBe(4);
  });

  it('treats a repeat inside one batch as a duplicate of the first copy', async () => {
    const { db } = openTestDatabase();
    const outcomes = await addArticles(db, [
      testArticle('Bình Dương'),
      testArticle('Hà Nội'),
      testArticle('Bình Dương'),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['imported', 'imported', 'duplicate']);
    expect(outcomes[2]!.id).toBe(outcomes[0]!.id);
  });

  it('keeps articles, stars and read marks after the database is closed and reopened', async () => {
    const { db, name } = openTestDatabase();
    const [outcome] = await addArticles(db, [
      testArticle('JICA ký thỏa thuận với Đà Nẵng', { source: 'VNA' }),
    ]);
    await setStarred(db, outcome!.id, true);
    await setRead(db, outcome!.id, true);
    db.close();

    const reopened = new AppDatabase(name);
    const article = await getArticle(reopened, outcome!.id);
    expect(article?.text).toBe('JICA ký thỏa thuận với Đà Nẵng');
    expect(article?.starred).toBe(1);
    expect(await getFacets(reopened)).toMatchObject({ total: 1, unread: 0, starred: 1 });
    reopened.close();
  });

  it('writes large batches in chunks, reporting progress after each', async () => {
    const { db } = openTestDatabase();
    const articles = Array.from({ length: ARTICLE_CHUNK + 5 }, (_, i) => testArticle(`Bài số ${i}`));
    const progress: number[] = [];
    await addArticles(db, articles, { onChunk: (handled) => progress.push(handled) });
    expect(progress).toEqual([ARTICLE_CHUNK, ARTICLE_CHUNK + 5]);
    expect(await db.searchIndex.count()).toBe(2);
    expect((await getFacets(db)).total).toBe(ARTICLE_CHUNK + 5);
  });
});

describe('listArticleIds', () => {
  async function library() {
    const { db } = openTestDatabase();
    const outcomes = await addArticles(db, [
      testArticle('Đầu tư Nhật vào Việt Nam', { date: '2024-05-01', source: 'VNA' }),
      testArticle('An Giang đón nhà đầu tư', { date: '2025-01-10', source: 'VNS' }),
      testArticle('Bản tin không ngày', { date: null, source: 'VNA' }),
      testArticle('Zalo và Nhật Bản', { date: '2023-12-31', source: null }),
    ]);
    const [dau, an, khong, zalo] = outcomes.map((outcome) => outcome.id);
    return { db, dau: dau!, an: an!, khong: khong!, zalo: zalo! };
  }

  it('sorts by date, newest first, and keeps undated articles in the list', async () => {
    const { db, dau, an, khong, zalo } = await library();
    expect(await listArticleIds(db, { sort: 'date', descending: true })).toEqual([an, dau, zalo, khong]);
  });

  it('sorts titles by their folded form, so Đ sorts with D rather than after Z', async () => {
    const { db, dau, an, khong, zalo } = await library();
    expect(await listArticleIds(db, { sort: 'title' })).toEqual([an, khong, dau, zalo]);
  });

  it('combines source, date-range, starred and tag filters', async () => {
    const { db, dau, an, khong } = await library();
    expect(await listArticleIds(db, { source: 'VNA' })).toEqual([khong, dau]);
    expect(await listArticleIds(db, { from: '2024-01-01', to: '2025-12-31' })).toEqual([dau, an]);
    await setStarred(db, an, true);
    await setArticleTags(db, an, ['FDI', ' FDI ', 'Nhật Bản']);
    await setArticleTags(db, dau, ['FDI']);
    expect(await listArticleIds(db, { starred: true })).toEqual([an]);
    expect(await listArticleIds(db, { tag: 'FDI', sort: 'date', descending: true })).toEqual([an, dau]);
    expect(await listArticleIds(db, { tag: 'FDI', read: false, source: 'VNA' })).toEqual([dau]);
  });

  it('keeps search ranking for relevance and refuses relevance without hits', async () => {
    const { db, dau, zalo } = await library();
    expect(await listArticleIds(db, { sort: 'relevance', ids: [zalo, dau] })).toEqual([zalo, dau]);
    expect(await listArticleIds(db, { sort: 'relevance', descending: false, ids: [zalo, dau] })).toEqual([
      zalo,
      dau,
    ]);
    await expect(listArticleIds(db, { sort: 'relevance' })).rejects.toThrow(/needs the search hits/);
  });

  it('serves list rows without the article text', async () => {
    const { db, an } = await library();
    const [row, missing] = await getArticleSummaries(db, [an, 9999]);
    expect(row).toMatchObject({ id: an, title: 'An Giang đón nhà đầu tư', source: 'VNS' });
    expect(row).not.toHaveProperty('text');
    expect(missing).toBeUndefined();
  });
});

describe('facets', () => {
  it('counts sources and tags, and follows tag and flag changes', async () => {
    const { db } = openTestDatabase();
    const [a, b] = await addArticles(db, [
      testArticle('Một', { source: 'VNA' }),
      testArticle('Hai', { source: 'VNA' }),
      testArticle('Ba', { source: 'VNS' }),
    ]);
    await setArticleTags(db, a!.id, ['Nhật Bản', 'FDI']);
    await setArticleTags(db, b!.id, ['FDI']);
    await setArticleTags(db, a!.id, ['FDI']);
    await setRead(db, a!.id, true);
    await setRead(db, a!.id, true);
    const facets = await getFacets(db);
    expect(facets.sources).toEqual([
      { name: 'VNA', count: 2 },
      { name: 'VNS', count: 1 },
    ]);
    expect(facets.tags).toEqual([{ name: 'FDI', count: 2 }]);
    expect(facets.unread).toBe(2);
    expect(await db.tags.count()).toBe(2);
  });

  it('keeps tags that came with the article (Markdown front matter) and counts them', async () => {
    const { db } = openTestDatabase();
    const [a] = await addArticles(db, [
      testArticle('Một', { tags: ['FDI', 'Nhật Bản', 'FDI'] }),
      testArticle('Hai', { tags: ['FDI'] }),
    ]);
    expect((await getFacets(db)).tags).toEqual([
      { name: 'FDI', count: 2 },
      { name: 'Nhật Bản', count: 1 },
    ]);
    expect(await listArticleIds(db, { tag: 'Nhật Bản' })).toEqual([a!.id]);
    expect(await db.tags.count()).toBe(2);
  });

  it('refuses to flag an article that does not exist', async () => {
    const { db } = openTestDatabase();
    await expect(setStarred(db, 42, true)).rejects.toThrow('There is no article 42 in the library.');
  });
});
