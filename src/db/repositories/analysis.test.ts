import { describe, expect, it } from 'vitest';
import type { Analysis, Figure, Mention } from '../../core/model';
import { openTestDatabase, testArticle } from '../testing';
import {
  articleIdsMentioning,
  articlesToAnalyse,
  getAgreements,
  getArticleAnalysis,
  getFigures,
  getMentions,
  listEntities,
  saveAnalysis,
  setFigureStatus,
  setMentionStatus,
  topEntities,
} from './analysis';
import { addArticles, getArticle, listArticleIds } from './articles';

const TEXT = 'Thủ tướng Phạm Minh Chính gặp JICA tại Hà Nội; JICA cam kết 5 tỷ yên.';

function mention(text: string, type: Mention['type'], ref: string | null, from = 0): Mention {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text, type, ref, confidence: 0.9 };
}

function figure(text: string): Figure {
  const start = TEXT.indexOf(text);
  return {
    text,
    start,
    end: start + text.length,
    value: 5e9,
    unit: 'JPY',
    currency: 'JPY',
    usd: null,
    measure: 'oda',
    approx: null,
    investor: 'jica',
    recipient: null,
    asOf: null,
    claim: null,
    warnings: [],
    confidence: 0.8,
  };
}

function analysis(mentions: Mention[]): Analysis {
  return {
    mentions,
    entities: [
      { ref: 'pham-minh-chinh', type: 'PERSON', name: 'Phạm Minh Chính', aliases: ['Pham Minh Chinh'] },
      { ref: 'jica', type: 'ORG', name: 'JICA', aliases: [] },
      { ref: 'ha-noi', type: 'PLACE', name: 'Hà Nội', aliases: ['Hanoi'] },
    ],
    figures: [figure('5 tỷ yên')],
    agreements: [{ kind: 'agreement', parties: ['jica'], date: null, start: 0, end: TEXT.length }],
  };
}

async function analysedArticle() {
  const { db } = openTestDatabase();
  const [outcome] = await addArticles(db, [testArticle(TEXT)]);
  const id = outcome!.id;
  const jica = mention('JICA', 'ORG', 'jica');
  const mentions = [
    mention('Phạm Minh Chính', 'PERSON', 'pham-minh-chinh'),
    jica,
    mention('Hà Nội', 'PLACE', 'ha-noi'),
    mention('JICA', 'ORG', 'jica', jica.end),
  ];
  await saveAnalysis(db, id, analysis(mentions), 1);
  return { db, id };
}

describe('saveAnalysis', () => {
  it('stores mentions and figures in text order and counts mentions per entity', async () => {
    const { db, id } = await analysedArticle();
    expect((await getMentions(db, id)).map((row) => row.text)).toEqual([
      'Phạm Minh Chính',
      'JICA',
      'Hà Nội',
      'JICA',
    ]);
    expect((await getFigures(db, id)).map((row) => [row.text, row.status])).toEqual([
      ['5 tỷ yên', 'suggested'],
    ]);
    expect(await getAgreements(db, id)).toHaveLength(1);
    const entities = await listEntities(db);
    expect(entities[0]).toMatchObject({ ref: 'jica', mentionCount: 2 });
    expect((await listEntities(db, { type: 'PLACE' })).map((row) => row.name)).toEqual(['Hà Nội']);
    expect((await getArticle(db, id))?.analysisVersion).toBe(1);
  });

  it('keeps what the user reviewed when the article is analysed again, and recounts', async () => {
    const { db, id } = await analysedArticle();
    const [chinh] = await getMentions(db, id);
    await setMentionStatus(db, id, chinh!.id, 'rejected');
    const [money] = await getFigures(db, id);
    await setFigureStatus(db, money!.id!, 'accepted');

    // The new engine finds Phạm Minh Chính again and JICA only once.
    await saveAnalysis(
      db,
      id,
      analysis([mention('Phạm Minh Chính', 'PERSON', 'pham-minh-chinh'), mention('JICA', 'ORG', 'jica')]),
      2,
    );

    const mentions = await getMentions(db, id);
    expect(mentions.map((row) => [row.text, row.status])).toEqual([
      ['Phạm Minh Chính', 'rejected'],
      ['JICA', 'suggested'],
    ]);
    expect((await getFigures(db, id)).map((row) => row.status)).toEqual(['accepted']);
    expect(await getAgreements(db, id)).toHaveLength(1);
    const counts = Object.fromEntries((await listEntities(db)).map((row) => [row.ref, row.mentionCount]));
    expect(counts).toEqual({ jica: 1, 'pham-minh-chinh': 1, 'ha-noi': 0 });
  });

  it('refuses analysis for an article that is not in the library, and reviews of unknown rows', async () => {
    const { db } = openTestDatabase();
    await expect(saveAnalysis(db, 7, analysis([]), 1)).rejects.toThrow(
      'There is no article 7 in the library.',
    );
    await expect(setMentionStatus(db, 7, 3, 'accepted')).rejects.toThrow(
      'There is no mention 3 in article 7.',
    );
    await expect(setFigureStatus(db, 3, 'accepted')).rejects.toThrow('There is no figure 3.');
  });
});

describe('entity facets', () => {
  it('ranks entities by the articles that mention them and lists those articles, following re-analysis', async () => {
    const { db, id } = await analysedArticle();
    const [other] = await addArticles(db, [testArticle(`${TEXT} Lại nữa.`)]);
    const otherId = other!.id;
    await saveAnalysis(db, otherId, analysis([mention('JICA', 'ORG', 'jica')]), 1);

    // JICA is mentioned twice in the first article and once in the other: two articles, three mentions.
    expect(
      (await topEntities(db, 'ORG', 5)).map((row) => [row.ref, row.articleCount, row.mentionCount]),
    ).toEqual([['jica', 2, 3]]);
    expect(await articleIdsMentioning(db, 'jica')).toEqual([id, otherId]);
    expect(await listArticleIds(db, { sort: 'imported', entity: 'ha-noi' })).toEqual([id]);

    // Analysed again without Hà Nội, the first article leaves the Hà Nội facet.
    await saveAnalysis(db, id, analysis([mention('JICA', 'ORG', 'jica')]), 2);
    expect(await topEntities(db, 'PLACE', 5)).toEqual([]);
    expect(await listArticleIds(db, { entity: 'ha-noi' })).toEqual([]);
    expect((await topEntities(db, 'ORG', 5))[0]).toMatchObject({ articleCount: 2, mentionCount: 2 });
  });

  it('gives the reader one article’s analysis with the names behind every ref', async () => {
    const { db, id } = await analysedArticle();
    const view = await getArticleAnalysis(db, id);
    expect(view.mentions).toHaveLength(4);
    expect(view.figures.map((row) => row.investor)).toEqual(['jica']);
    expect(view.entities.get('pham-minh-chinh')?.name).toBe('Phạm Minh Chính');
    expect([...view.entities.keys()].sort()).toEqual(['ha-noi', 'jica', 'pham-minh-chinh']);
  });

  it('lists the articles an engine version has not analysed yet', async () => {
    const { db, id } = await analysedArticle();
    const [fresh] = await addArticles(db, [testArticle('Bài chưa phân tích.')]);
    expect(await articlesToAnalyse(db, 1)).toEqual([fresh!.id]);
    expect(await articlesToAnalyse(db, 2)).toEqual([fresh!.id, id]);
  });
});
