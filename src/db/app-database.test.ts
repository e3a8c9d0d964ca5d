import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDatabase } from './app-database';
import { getFigures, setFigureStatus } from './repositories/analysis';
import { prepareArticles } from './repositories/articles';
import { deleteArticles } from './repositories/deletion';
import { SearchIndex } from './search-index';
import { openTestDatabase, testArticle } from './testing';

/** The store as version 1 left it (only the table this test writes to). */
function versionOne(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    figures: '++id, articleId, [articleId+start], measure, unit, asOf, investor, recipient',
  });
  return db;
}

const figure = (articleId: number, start: number, text: string) => ({
  articleId,
  start,
  end: start + text.length,
  text,
  value: 5e9,
  unit: 'currency',
  currency: 'JPY',
  usd: 3.3e7,
  measure: 'investment',
  approx: 'exact',
  investor: 'jica',
  recipient: 'da-nang',
  asOf: '2024',
  claim: null,
  warnings: [],
  confidence: 0.9,
  status: 'suggested',
  userEdited: 0,
});

describe('AppDatabase upgrades', () => {
  it('opens a version 1 library with its figures in reading order and still reviewable', async () => {
    const { name } = openTestDatabase();
    const old = versionOne(name);
    const [, laterId] = (await old
      .table('figures')
      .bulkAdd([figure(1, 40, 'JPY5 billion'), figure(1, 10, '$33 million'), figure(2, 0, '12 projects')], {
        allKeys: true,
      })) as number[];
    old.close();

    const db = new AppDatabase(name);
    expect((await getFigures(db, 1)).map((row) => row.text)).toEqual(['$33 million', 'JPY5 billion']);
    await setFigureStatus(db, laterId!, 'accepted');
    expect((await getFigures(db, 1)).map((row) => row.status)).toEqual(['accepted', 'suggested']);
    db.close();
  });

  it('opens a version 2 library with a place for search tombstones, so its articles can be deleted', async () => {
    const { name } = openTestDatabase();
    const old = new Dexie(name);
    // The version 2 store as it shipped (only the tables this test writes to).
    old.version(2).stores({
      articles:
        '++id, &contentHash, sortDate, sortTitle, sortSource, importedAt, *tags, read, starred, analysisVersion',
      searchIndex: '++id',
    });
    const { distinct, segment } = prepareArticles([testArticle('Đà Nẵng đón nhà đầu tư Nhật Bản')]);
    const [id] = (await old.table('articles').bulkAdd(distinct, { allKeys: true })) as number[];
    await old.table('searchIndex').add({ ...segment, ids: [id!] });
    old.close();

    const db = new AppDatabase(name);
    expect((await SearchIndex.load(db)).search('da nang')).toEqual([id]);
    await deleteArticles(db, [id!]);
    expect((await SearchIndex.load(db)).search('da nang')).toEqual([]);
    db.close();
  });
});
