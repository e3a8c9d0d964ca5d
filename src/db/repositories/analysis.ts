import { Dexie } from 'dexie';
import type { Analysis, NamedEntityType } from '../../core/model';
import type { AppDatabase } from '../app-database';
import type { AgreementRow, EntityRow, FigureRow, MentionRow, ReviewStatus } from '../schema';

/** Options of `listEntities`. */
export interface EntityQuery {
  type?: NamedEntityType;
  /** Most entities returned, most-mentioned first; all when omitted. */
  limit?: number;
}

function articleRange(articleId: number): [unknown[], unknown[]] {
  return [
    [articleId, Dexie.minKey],
    [articleId, Dexie.maxKey],
  ];
}

function sameSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Stores the analysis of one article in one transaction, replacing the previous machine suggestions but
 * keeping everything the user edited (a suggestion on a span the user already edited is dropped), and
 * keeping each entity's running mention count right.
 */
export async function saveAnalysis(
  db: AppDatabase,
  articleId: number,
  analysis: Analysis,
  analysisVersion: number,
): Promise<void> {
  const tables = [db.articles, db.mentions, db.figures, db.agreements, db.entities];
  await db.transaction('rw', tables, async () => {
    if (!(await db.articles.get(articleId)))
      throw new Error(`There is no article ${articleId} in the library.`);
    const [oldMentions, oldFigures] = await Promise.all([
      getMentions(db, articleId),
      getFigures(db, articleId),
    ]);
    const keptMentions = oldMentions.filter((row) => row.userEdited);
    const keptFigures = oldFigures.filter((row) => row.userEdited);
    const dropped = oldMentions.filter((row) => !row.userEdited);

    const mentions: MentionRow[] = analysis.mentions
      .filter((mention) => !keptMentions.some((kept) => sameSpan(kept, mention)))
      .map((mention) => ({
        ...mention,
        articleId,
        ref: mention.ref ?? '',
        status: 'suggested',
        userEdited: 0,
      }));
    const figures: FigureRow[] = analysis.figures
      .filter((figure) => !keptFigures.some((kept) => sameSpan(kept, figure)))
      .map((figure) => ({ ...figure, articleId, status: 'suggested', userEdited: 0 }));
    const agreements: AgreementRow[] = analysis.agreements.map((agreement) => ({ ...agreement, articleId }));

    await db.mentions.bulkDelete(dropped.map((row) => row.id!));
    await db.figures.bulkDelete(oldFigures.filter((row) => !row.userEdited).map((row) => row.id!));
    await db.agreements.where('articleId').equals(articleId).delete();
    await db.mentions.bulkAdd(mentions);
    await db.figures.bulkAdd(figures);
    await db.agreements.bulkAdd(agreements);

    const countDelta = new Map<string, number>();
    for (const row of dropped) if (row.ref) countDelta.set(row.ref, (countDelta.get(row.ref) ?? 0) - 1);
    for (const row of mentions) if (row.ref) countDelta.set(row.ref, (countDelta.get(row.ref) ?? 0) + 1);
    const refs = [...new Set([...countDelta.keys(), ...analysis.entities.map((entity) => entity.ref)])];
    const existing = new Map(
      (await db.entities.bulkGet(refs)).flatMap((row) => (row ? [[row.ref, row]] : [])),
    );
    const updated: EntityRow[] = [];
    for (const ref of refs) {
      const info = analysis.entities.find((entity) => entity.ref === ref);
      const before = existing.get(ref);
      if (!before && !info) continue;
      const aliases = [...new Set([...(before?.aliases ?? []), ...(info?.aliases ?? [])])];
      updated.push({
        ref,
        type: before?.type ?? info!.type,
        name: before?.name ?? info!.name,
        aliases,
        mentionCount: Math.max(0, (before?.mentionCount ?? 0) + (countDelta.get(ref) ?? 0)),
      });
    }
    await db.entities.bulkPut(updated);
    await db.articles.update(articleId, { analysisVersion });
  });
}

/** An article's mentions in text order. */
export async function getMentions(db: AppDatabase, articleId: number): Promise<MentionRow[]> {
  const [lower, upper] = articleRange(articleId);
  return db.mentions.where('[articleId+start]').between(lower, upper).toArray();
}

/** An article's figures in text order. */
export async function getFigures(db: AppDatabase, articleId: number): Promise<FigureRow[]> {
  const [lower, upper] = articleRange(articleId);
  return db.figures.where('[articleId+start]').between(lower, upper).toArray();
}

/** An article's agreements in text order. */
export async function getAgreements(db: AppDatabase, articleId: number): Promise<AgreementRow[]> {
  const rows = await db.agreements.where('articleId').equals(articleId).toArray();
  return rows.sort((a, b) => a.start - b.start);
}

/** Entities across the library, most-mentioned first. */
export async function listEntities(db: AppDatabase, query: EntityQuery = {}): Promise<EntityRow[]> {
  let collection = db.entities.orderBy('mentionCount').reverse();
  if (query.type) {
    const type = query.type;
    collection = collection.filter((row) => row.type === type);
  }
  return query.limit === undefined ? collection.toArray() : collection.limit(query.limit).toArray();
}

async function review(
  db: AppDatabase,
  table: AppDatabase['mentions'] | AppDatabase['figures'],
  id: number,
  status: ReviewStatus,
): Promise<void> {
  await db.transaction('rw', table, async () => {
    const what = table === db.mentions ? 'mention' : 'figure';
    if (!(await table.get(id))) throw new Error(`There is no ${what} ${id}.`);
    await table.update(id, { status, userEdited: 1 });
  });
}

/** Accepts or rejects a suggested mention; the user's decision survives re-analysis. */
export async function setMentionStatus(db: AppDatabase, id: number, status: ReviewStatus): Promise<void> {
  await review(db, db.mentions, id, status);
}

/** Accepts or rejects a suggested figure; the user's decision survives re-analysis. */
export async function setFigureStatus(db: AppDatabase, id: number, status: ReviewStatus): Promise<void> {
  await review(db, db.figures, id, status);
}
