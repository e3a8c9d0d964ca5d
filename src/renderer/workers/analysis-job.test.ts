import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleIdsMentioning,
  getMentions,
  setMentionStatus,
  topEntities,
} from '../../db/repositories/analysis';
import { getArticle, listArticleIds } from '../../db/repositories/articles';
import { openTestDatabase } from '../../db/testing';
import { ANALYSIS_VERSION } from '../../core/analysis/analyze';
import { ANALYSIS_BATCH, analyseStored } from './analysis-job';
import { runImport } from './import-job';
import { parseItem } from './parse-item';
import type { ImportItem } from './protocol';

const SEEDS = join(__dirname, '../../../../shared/corpus/seeds');
const parse = (item: ImportItem) => parseItem(item, {});

function seedFiles(): ImportItem[] {
  return readdirSync(SEEDS)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ kind: 'file', name: file, bytes: readFileSync(join(SEEDS, file)) }));
}

describe('import with analysis', () => {
  it('stores each article with its mentions, figures and entity facets in the same write', async () => {
    const { db } = openTestDatabase();
    const results = await runImport(db, seedFiles(), { parse, analyse: true });
    const ishiba = results.find((result) => result.file.startsWith('003'))!.articleId!;

    expect((await getArticle(db, ishiba))?.analysisVersion).toBe(ANALYSIS_VERSION);
    const person = (await getMentions(db, ishiba)).find((row) => row.text === 'Ishiba Shigeru');
    expect(person).toMatchObject({ type: 'PERSON', ref: 'ishiba-shigeru', status: 'suggested' });
    // Gunma is named in two of the five seeds; the facet filter keeps exactly those.
    const gunma = await articleIdsMentioning(db, 'gunma');
    expect(gunma).toContain(ishiba);
    expect(gunma.length).toBeLessThan(results.length);
    expect(await listArticleIds(db, { sort: 'imported', entity: 'gunma' })).toEqual(gunma);
    const places = await topEntities(db, 'PLACE', 3);
    expect(places[0]).toMatchObject({ ref: expect.stringMatching(/^(vietnam|japan)$/), articleCount: 5 });
  });

  it('imports without analysis when not asked, leaving the articles for the background pass', async () => {
    const { db } = openTestDatabase();
    const [result] = await runImport(db, seedFiles().slice(0, 1), { parse });
    expect((await getArticle(db, result!.articleId!))?.analysisVersion).toBe(0);
    expect(await getMentions(db, result!.articleId!)).toEqual([]);
  });
});

describe('analyseStored', () => {
  it('analyses articles imported without analysis once, reporting progress, and keeps user reviews', async () => {
    const { db } = openTestDatabase();
    const results = await runImport(db, seedFiles(), { parse });
    const progress: [number, number][] = [];

    expect(await analyseStored(db, { onProgress: (done, total) => progress.push([done, total]) })).toEqual({
      analysed: 5,
      failed: 0,
    });
    expect(progress).toEqual([[Math.min(5, ANALYSIS_BATCH), 5]]);
    const id = results[3]!.articleId!;
    const [first] = await getMentions(db, id);
    await setMentionStatus(db, id, first!.id, 'rejected');

    // A second pass finds nothing left to do and touches no review.
    expect(await analyseStored(db)).toEqual({ analysed: 0, failed: 0 });
    expect((await getMentions(db, id))[0]).toMatchObject({ id: first!.id, status: 'rejected' });
    expect((await topEntities(db, 'PERSON', 50)).map((row) => row.ref)).toContain('ishiba-shigeru');
  });

  it('runs every batch through the scheduler it is given', async () => {
    const { db } = openTestDatabase();
    await runImport(db, seedFiles().slice(0, 2), { parse });
    let turns = 0;
    await analyseStored(db, {
      schedule: async (batch) => {
        turns++;
        await batch();
      },
    });
    expect(turns).toBe(1);
    expect(await listArticleIds(db, { entity: 'vietnam' })).toHaveLength(2);
  });
});
