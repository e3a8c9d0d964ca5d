import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_CHUNK, getFacets, listArticleIds } from '../../db/repositories/articles';
import { SearchIndex } from '../../db/search-index';
import { openTestDatabase } from '../../db/testing';
import { itemName, runImport } from './import-job';
import { parseItem } from './parse-item';
import type { ImportItem, ImportProgress } from './protocol';

const SEEDS = join(__dirname, '../../../../shared/corpus/seeds');
const encode = (text: string) => new TextEncoder().encode(text);
const parse = (item: ImportItem) => parseItem(item, {});

function seedFiles(): ImportItem[] {
  return readdirSync(SEEDS)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ kind: 'file', name: file, bytes: readFileSync(join(SEEDS, file)) }));
}

describe('runImport', () => {
  it('imports the seeds, skips a re-import naming the stored article, and reports a bad file', async () => {
    const { db } = openTestDatabase();
    const seeds = seedFiles();
    await runImport(db, seeds, { parse });
    const png = {
      kind: 'file',
      name: 'photo.txt',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]),
    } as const;

    const results = await runImport(
      db,
      [seeds[0]!, png, { kind: 'text', name: 'Pasted text', text: 'Đà Nẵng mời gọi đầu tư Nhật Bản.' }],
      {
        parse,
      },
    );

    expect(results.map((result) => result.status)).toEqual(['duplicate', 'error', 'imported']);
    const [firstSeedId] = await listArticleIds(db, { sort: 'imported' });
    expect(results[0]).toMatchObject({ file: itemName(seeds[0]!), articleId: firstSeedId });
    expect(results[0]!.message).toMatch(/^Already in the library as “.+”\.$/);
    expect(results[1]).toMatchObject({
      file: 'photo.txt',
      message: 'photo.txt looks like a PNG image, not text.',
    });
    expect((await getFacets(db)).total).toBe(seeds.length + 1);
  });

  it('reports progress per item, naming the file being read', async () => {
    const { db } = openTestDatabase();
    const progress: ImportProgress[] = [];
    const items: ImportItem[] = [
      { kind: 'file', name: 'a.txt', bytes: encode('Hà Nội và Tokyo ký biên bản ghi nhớ.') },
      { kind: 'file', name: 'b.txt', bytes: encode('') },
    ];
    await runImport(db, items, { parse, onProgress: (step) => progress.push(step) });
    expect(progress).toEqual([
      { done: 0, total: 2, current: 'a.txt' },
      { done: 1, total: 2, current: 'b.txt' },
      { done: 2, total: 2, current: '' },
    ]);
  });

  it('makes imported articles searchable at once and after a restart', async () => {
    const { db } = openTestDatabase();
    const index = new SearchIndex();
    const [result] = await runImport(
      db,
      [{ kind: 'text', name: 'Pasted text', text: 'Tỉnh Bình Dương đón dòng vốn FDI mới.' }],
      {
        parse,
        index,
      },
    );
    expect(index.search('binh duong')).toEqual([result!.articleId]);
    expect((await SearchIndex.load(db)).search('BÌNH DƯƠNG')).toEqual([result!.articleId]);
  });

  it('reports every item of a chunk that could not be stored, and stores none of them', async () => {
    const { db } = openTestDatabase();
    const unstorable = (item: ImportItem) => ({ ...parse(item), blocks: [() => 0] as never });
    const results = await runImport(db, [{ kind: 'text', name: 'Pasted text', text: 'Một bài báo.' }], {
      parse: unstorable,
    });
    expect(results[0]).toMatchObject({ status: 'error' });
    expect(results[0]!.message).toMatch(/^Pasted text could not be stored: /);
    expect((await getFacets(db)).total).toBe(0);
  });
});

describe('runImport in chunks', () => {
  it('stores every chunk of a batch that fills its chunks exactly', async () => {
    const { db } = openTestDatabase();
    const items: ImportItem[] = Array.from({ length: 2 * ARTICLE_CHUNK }, (_, i) => ({
      kind: 'text',
      name: `Pasted text ${i}`,
      text: `Bản tin số ${i} về đầu tư Nhật Bản.`,
    }));
    const results = await runImport(db, items, { parse });
    expect(results.filter((result) => result?.status === 'imported')).toHaveLength(2 * ARTICLE_CHUNK);
    expect((await getFacets(db)).total).toBe(2 * ARTICLE_CHUNK);
  });
});
