import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDatabase } from './app-database';
import { articleIdsMentioning, getMentions, topEntities } from './repositories/analysis';
import { openTestDatabase } from './testing';

/** The store as version 2 left it: a row per mention. */
function versionTwo(name: string): Dexie {
  const db = new Dexie(name);
  db.version(2).stores({
    articles: '++id, &contentHash, sortDate, sortTitle, sortSource, *tags, read, starred, analysisVersion',
    annotations: '++id, articleId, [articleId+start], kind, updatedAt',
    mentions: '++id, articleId, [articleId+start], [ref+articleId], type, status',
    entities: '&ref, type, name, mentionCount, [type+articleCount]',
    figures: '++id, articleId, [articleId+start], measure, unit, asOf, investor, recipient',
    agreements: '++id, articleId, kind, date, *parties',
    tags: '&name',
    officialStats: '++id, year, section, area, measure, sourceFile, [year+section]',
    settings: '&key',
    searchIndex: '++id',
    counters: '&key',
  });
  return db;
}

const mention = (articleId: number, start: number, text: string, ref: string, status = 'suggested') => ({
  articleId,
  start,
  end: start + text.length,
  text,
  type: 'PLACE',
  ref,
  confidence: 0.9,
  status,
  userEdited: status === 'suggested' ? 0 : 1,
});

describe('AppDatabase upgrades', () => {
  it('moves version 2 mentions into one row per article, keeping reviews and the entity facets', async () => {
    const { name } = openTestDatabase();
    const old = versionTwo(name);
    await old
      .table('mentions')
      .bulkAdd([
        mention(2, 30, 'Gunma', 'gunma', 'rejected'),
        mention(1, 0, 'Gunma', 'gunma'),
        mention(2, 4, 'Hà Nội', 'ha-noi'),
      ]);
    await old.table('entities').bulkAdd([
      { ref: 'gunma', type: 'PLACE', name: 'Gunma', aliases: [], mentionCount: 2, articleCount: 2 },
      { ref: 'ha-noi', type: 'PLACE', name: 'Hà Nội', aliases: [], mentionCount: 1, articleCount: 1 },
    ]);
    old.close();

    const db = new AppDatabase(name);
    expect((await getMentions(db, 2)).map((row) => [row.text, row.status])).toEqual([
      ['Hà Nội', 'suggested'],
      ['Gunma', 'rejected'],
    ]);
    expect(await articleIdsMentioning(db, 'gunma')).toEqual([1, 2]);
    expect((await topEntities(db, 'PLACE', 1)).map((row) => row.ref)).toEqual(['gunma']);
    db.close();
  });
});
