import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../core/text/fold';
import { AppDatabase } from './app-database';
import { addArticles, prepareArticles, storePrepared } from './repositories/articles';
import { SearchIndex, searchTokens } from './search-index';
import { openTestDatabase, testArticle } from './testing';

const SEEDS = join(__dirname, '../../../shared/corpus/seeds');

async function indexed(texts: string[]) {
  const { db, name } = openTestDatabase();
  const index = new SearchIndex();
  const ids = (
    await addArticles(
      db,
      texts.map((text) => testArticle(text)),
      { index },
    )
  ).map((outcome) => outcome.id);
  return { db, name, index, ids };
}

describe('searchTokens', () => {
  it('folds case, diacritics and đ, and splits on punctuation', () => {
    expect(searchTokens('HÀ NỘI, Đà Nẵng—Chính!')).toEqual(['ha', 'noi', 'da', 'nang', 'chinh']);
  });

  it('treats text typed in decomposed form (NFD) like precomposed text', () => {
    expect(searchTokens('Hà Nội 2024'.normalize('NFD'))).toEqual(['ha', 'noi', '2024']);
  });
});

describe('SearchIndex', () => {
  it('finds Vietnamese words typed without diacritics, in any case', async () => {
    const { index, ids } = await indexed([
      'Thủ tướng Phạm Minh Chính tiếp đoàn doanh nghiệp',
      'THỦ ĐÔ HÀ NỘI thu hút vốn FDI',
      'Đà Nẵng và Đồng Nai ký kết hợp tác',
    ]);
    const [chinh, haNoi, daNang] = ids;
    expect(index.search('Chinh')).toEqual([chinh]);
    expect(index.search('ha noi')).toEqual([haNoi]);
    expect(index.search('dong nai')).toEqual([daNang]);
    expect(index.search('ĐÀ NẴNG')).toEqual([daNang]);
    expect(index.search('  ,, ')).toEqual([]);
  });

  it('needs every word, and ranks articles where they stand together first', async () => {
    const { index, ids } = await indexed([
      'Hà Giang mở rộng sân bay. Nội Bài cũng vậy.',
      'Nhà đầu tư Nhật Bản mở văn phòng ở Hà Nội',
      'Tin tức Bình Dương',
    ]);
    const [apart, together] = ids;
    expect(index.search('ha noi')).toEqual([together, apart]);
    expect(index.search('ha noi duong')).toEqual([]);
  });

  it('ranks hits exactly as FlexSearch ranks the same articles added one by one', async () => {
    // Segments are built without FlexSearch's add (for speed) but must score words and pairs like it.
    // Texts stay under 100 words, the lead whose word pairs are indexed.
    const vocabulary = ['Hà Nội', 'Đà Nẵng', 'đầu tư', 'Nhật Bản', 'nhà máy', 'vốn FDI', 'dự án', 'Bắc Ninh'];
    const texts = Array.from({ length: 60 }, (_, n) =>
      Array.from({ length: 2 + ((n * 7) % 45) }, (_, k) => vocabulary[(n * 3 + k * k) % vocabulary.length])
        .concat(`bản tin ${n}`)
        .join(' '),
    );
    const { index, ids } = await indexed(texts);
    const reference = new SearchIndex();
    texts.forEach((text, i) => reference['index'].add(ids[i]!, text));
    const queries = vocabulary.flatMap((first) => [
      first,
      ...vocabulary.map((second) => `${first} ${second}`),
    ]);
    for (const query of queries) expect(index.search(query), query).toEqual(reference.search(query));
  });

  it.each([
    ['a few articles (their own words are visited)', (i: number) => i === 12],
    ['many articles (every word is visited)', (i: number) => i % 4 === 0 || i % 7 === 0],
  ])('forgets %s exactly as FlexSearch does, words and word pairs', async (_, removing) => {
    const vocabulary = ['Hà Nội', 'Đà Nẵng', 'đầu tư', 'Nhật Bản', 'nhà máy', 'Bắc Ninh'];
    const texts = Array.from({ length: 60 }, (_, n) =>
      Array.from({ length: 2 + ((n * 5) % 30) }, (_, k) => vocabulary[(n + k * k) % vocabulary.length])
        .concat(removing(n) ? 'Osaka' : `bản tin ${n}`)
        .join(' '),
    );
    const { index, ids } = await indexed(texts);
    const reference = new SearchIndex();
    texts.forEach((text, i) => reference['index'].add(ids[i]!, text));
    const removed = ids.flatMap((id, i) => (removing(i) ? [{ id, title: '', text: texts[i]! }] : []));
    index.remove(removed);
    for (const { id } of removed) reference['index'].remove(id);

    expect(index.search('osaka')).toEqual([]);
    expect(index.size).toBe(ids.length - removed.length);
    const queries = vocabulary.flatMap((first) => [
      first,
      ...vocabulary.map((second) => `${first} ${second}`),
    ]);
    for (const query of queries) expect(index.search(query), query).toEqual(reference.search(query));
  });

  it('stops at the limit', async () => {
    const { index } = await indexed(Array.from({ length: 30 }, (_, i) => `Việt Nam bản tin ${i}`));
    expect(index.search('viet nam', { limit: 10 })).toHaveLength(10);
  });

  it('persists each import as a segment and reloads the whole index after a restart', async () => {
    const { db, name, ids } = await indexed(['Samsung mở rộng nhà máy ở Bắc Ninh']);
    const [later] = await addArticles(db, [testArticle('Bắc Ninh đón dự án mới của Nhật Bản')]);
    const segments = await db.searchIndex.toArray();
    // The second import added a segment instead of rewriting the first.
    expect(segments.map((segment) => segment.ids)).toEqual([[ids[0]], [later!.id]]);
    db.close();

    const reopened = new AppDatabase(name);
    const reloaded = await SearchIndex.load(reopened);
    expect(reloaded.size).toBe(2);
    expect(reloaded.search('bac ninh').sort()).toEqual([ids[0], later!.id].sort());
    expect(reloaded.search('nhat ban')).toEqual([later!.id]);
    reopened.close();
  });

  it('keeps an article found to be a duplicate only while storing out of the index', async () => {
    const { db, index, ids } = await indexed(['Samsung mở rộng nhà máy ở Bắc Ninh']);
    // Prepared before the database is consulted, so its segment was built with the duplicate in it.
    const prepared = prepareArticles([
      testArticle('Samsung mở rộng nhà máy ở Bắc Ninh'),
      testArticle('Canon xây nhà máy ở Hưng Yên'),
    ]);
    const outcomes = await storePrepared(db, prepared, index);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['duplicate', 'imported']);
    expect(index.search('samsung')).toEqual([ids[0]]);
    expect(index.search('nha may').sort()).toEqual([ids[0], outcomes[1]!.id].sort());
    expect((await SearchIndex.load(db)).search('samsung')).toEqual([ids[0]]);
  });

  it('leaves the index and the library unchanged when a chunk fails to store', async () => {
    const { db, index } = await indexed(['Bản tin đầu tiên']);
    // A value IndexedDB cannot store makes the chunk's transaction abort after its postings were built.
    const unstorable = testArticle('Bản tin thứ hai', { blocks: [() => 0] as never });
    await expect(addArticles(db, [unstorable], { index })).rejects.toThrow();
    expect(index.search('ban tin')).toHaveLength(1);
    expect(await db.searchIndex.count()).toBe(1);
    expect((await SearchIndex.load(db)).search('thu hai')).toEqual([]);
  });

  it('finds the seed articles by folded names', async () => {
    const files = readdirSync(SEEDS).filter((file) => file.endsWith('.txt'));
    const texts = files.map((file) => readFileSync(join(SEEDS, file), 'utf8'));
    const { index, ids } = await indexed(texts);
    for (const query of ['Chinh', 'pham minh chinh', 'binh duong', 'Japan']) {
      const words = searchTokens(query);
      const expected = ids.filter((_, i) => words.every((word) => searchTokens(texts[i]!).includes(word)));
      expect(expected.length, query).toBeGreaterThan(0);
      expect(index.search(query).sort(), query).toEqual(expected.sort());
    }
    // The seed written with diacritics ("Phạm Minh Chính") is found by the plain spelling.
    const accented = texts.findIndex((text) => text.includes('Chính'));
    expect(fold(texts[accented]!)).toContain('chinh');
    expect(index.search('chinh')).toContain(ids[accented]);
  });
});
