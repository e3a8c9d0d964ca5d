import { Dexie } from 'dexie';
import type { Analysis, EntityInfo, NamedEntityType } from '../../core/model';
import type { AppDatabase } from '../app-database';
import type {
  AgreementRow,
  ArticleMentionsRow,
  EntityRow,
  FigureRow,
  MentionRow,
  ReviewStatus,
} from '../schema';
import { deleteKeys } from './delete-keys';

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

/** The tables an analysis is written to: a transaction that calls `addAnalyses` must have them in scope. */
export function analysisTables(db: AppDatabase) {
  return [db.articleMentions, db.figures, db.agreements, db.entities];
}

/** Running-count changes of entities, gathered over one or more articles and written once. */
interface EntityChanges {
  mentions: Map<string, number>;
  articles: Map<string, number>;
  infos: Map<string, EntityInfo>;
}

function bump(counts: Map<string, number>, ref: string, amount: number): void {
  counts.set(ref, (counts.get(ref) ?? 0) + amount);
}

function refsOf(rows: MentionRow[]): Set<string> {
  return new Set(rows.flatMap((row) => (row.ref ? [row.ref] : [])));
}

/** Records one article's change from the mentions `before` to `after` (of which `removed`/`added` differ). */
function recordChanges(
  changes: EntityChanges,
  change: { before: MentionRow[]; after: MentionRow[]; removed: MentionRow[]; added: MentionRow[] },
  infos: EntityInfo[],
): void {
  for (const row of change.removed) if (row.ref) bump(changes.mentions, row.ref, -1);
  for (const row of change.added) if (row.ref) bump(changes.mentions, row.ref, 1);
  const before = refsOf(change.before);
  const after = refsOf(change.after);
  for (const ref of after) if (!before.has(ref)) bump(changes.articles, ref, 1);
  for (const ref of before) if (!after.has(ref)) bump(changes.articles, ref, -1);
  for (const info of infos) if (!changes.infos.has(info.ref)) changes.infos.set(info.ref, info);
}

async function applyChanges(db: AppDatabase, changes: EntityChanges): Promise<void> {
  const refs = [
    ...new Set([...changes.mentions.keys(), ...changes.articles.keys(), ...changes.infos.keys()]),
  ];
  if (refs.length === 0) return;
  const existing = await db.entities.bulkGet(refs);
  const updated: EntityRow[] = [];
  refs.forEach((ref, i) => {
    const before = existing[i];
    const info = changes.infos.get(ref);
    if (!before && !info) return;
    updated.push({
      ref,
      type: before?.type ?? info!.type,
      name: before?.name ?? info!.name,
      aliases: [...new Set([...(before?.aliases ?? []), ...(info?.aliases ?? [])])],
      mentionCount: Math.max(0, (before?.mentionCount ?? 0) + (changes.mentions.get(ref) ?? 0)),
      articleCount: Math.max(0, (before?.articleCount ?? 0) + (changes.articles.get(ref) ?? 0)),
    });
  });
  await db.entities.bulkPut(updated);
}

function emptyChanges(): EntityChanges {
  return { mentions: new Map(), articles: new Map(), infos: new Map() };
}

function mentionRows(articleId: number, analysis: Analysis, kept: MentionRow[]): MentionRow[] {
  // New ids start after the kept ones, so a review stored against an id never lands on another mention.
  let nextId = kept.reduce((max, row) => Math.max(max, row.id), 0);
  return analysis.mentions
    .filter((mention) => !kept.some((row) => sameSpan(row, mention)))
    .map((mention) => ({
      ...mention,
      id: ++nextId,
      articleId,
      ref: mention.ref ?? '',
      status: 'suggested',
      userEdited: 0,
    }));
}

function mentionsRow(articleId: number, mentions: MentionRow[]): ArticleMentionsRow {
  return {
    articleId,
    refs: [...refsOf(mentions)],
    mentions: mentions.sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

function figureRows(articleId: number, analysis: Analysis, kept: FigureRow[]): FigureRow[] {
  return analysis.figures
    .filter((figure) => !kept.some((row) => sameSpan(row, figure)))
    .map((figure) => ({ ...figure, articleId, status: 'suggested', userEdited: 0 }));
}

function agreementRows(articleId: number, analysis: Analysis): AgreementRow[] {
  return analysis.agreements.map((agreement) => ({ ...agreement, articleId }));
}

/**
 * Stores the analyses of articles that have none yet (just imported), with one bulk write per table and
 * one update of the entity counts. Call inside the transaction that stores the articles, with
 * `analysisTables` in its scope, so an article never exists without its analysis.
 */
export async function addAnalyses(
  db: AppDatabase,
  entries: { articleId: number; analysis: Analysis }[],
): Promise<void> {
  if (entries.length === 0) return;
  const changes = emptyChanges();
  const mentions: ArticleMentionsRow[] = [];
  const figures: FigureRow[] = [];
  const agreements: AgreementRow[] = [];
  for (const { articleId, analysis } of entries) {
    const added = mentionRows(articleId, analysis, []);
    recordChanges(changes, { before: [], after: added, removed: [], added }, analysis.entities);
    mentions.push(mentionsRow(articleId, added));
    figures.push(...figureRows(articleId, analysis, []));
    agreements.push(...agreementRows(articleId, analysis));
  }
  await Promise.all([
    db.articleMentions.bulkPut(mentions),
    db.figures.bulkAdd(figures),
    db.agreements.bulkAdd(agreements),
  ]);
  await applyChanges(db, changes);
}

/**
 * Stores the analysis of one article in one transaction, replacing the previous machine suggestions but
 * keeping everything the user edited (a suggestion on a span the user already edited is dropped), and
 * keeping each entity's running mention and article counts right.
 */
export async function saveAnalysis(
  db: AppDatabase,
  articleId: number,
  analysis: Analysis,
  analysisVersion: number,
): Promise<void> {
  await db.transaction('rw', [db.articles, ...analysisTables(db)], async () => {
    if (!(await db.articles.get(articleId)))
      throw new Error(`There is no article ${articleId} in the library.`);
    const [oldMentions, oldFigures] = await Promise.all([
      getMentions(db, articleId),
      getFigures(db, articleId),
    ]);
    const keptMentions = oldMentions.filter((row) => row.userEdited);
    const keptFigures = oldFigures.filter((row) => row.userEdited);
    const dropped = oldMentions.filter((row) => !row.userEdited);
    const mentions = mentionRows(articleId, analysis, keptMentions);

    await deleteKeys(
      db.figures,
      oldFigures.filter((row) => !row.userEdited).map((row) => row.id!),
    );
    await db.agreements.where('articleId').equals(articleId).delete();
    await db.figures.bulkAdd(figureRows(articleId, analysis, keptFigures));
    await db.agreements.bulkAdd(agreementRows(articleId, analysis));

    const changes = emptyChanges();
    const after = [...keptMentions, ...mentions];
    await db.articleMentions.put(mentionsRow(articleId, after));
    recordChanges(
      changes,
      { before: oldMentions, after, removed: dropped, added: mentions },
      analysis.entities,
    );
    await applyChanges(db, changes);
    await db.articles.update(articleId, { analysisVersion });
  });
}

/** The analysis rows `removeAnalyses` took out of the store, kept so `restoreAnalyses` can put them back. */
export interface RemovedAnalyses {
  mentions: ArticleMentionsRow[];
  figures: FigureRow[];
  agreements: AgreementRow[];
}

/**
 * Removes the mentions, figures and agreements of articles being deleted and takes their mentions out of
 * the entity counts. An entity left with no article keeps its row at zero (the facets list only entities
 * with articles): its name and aliases still label other articles' figure roles, and an undo needs them.
 * Call inside the deleting transaction, with `analysisTables` in its scope.
 */
export async function removeAnalyses(db: AppDatabase, articleIds: number[]): Promise<RemovedAnalyses> {
  const [stored, figures, agreements] = await Promise.all([
    db.articleMentions.bulkGet(articleIds),
    // Figures are indexed only by [articleId+start] (store v2): one range per article.
    Promise.all(articleIds.map((id) => getFigures(db, id))),
    db.agreements.where('articleId').anyOf(articleIds).toArray(),
  ]);
  const mentions = stored.filter((row) => row !== undefined);
  const allFigures = figures.flat();
  const changes = emptyChanges();
  for (const row of mentions)
    recordChanges(changes, { before: row.mentions, after: [], removed: row.mentions, added: [] }, []);
  await Promise.all([
    deleteKeys(
      db.articleMentions,
      mentions.map((row) => row.articleId),
    ),
    deleteKeys(
      db.figures,
      allFigures.map((row) => row.id!),
    ),
    deleteKeys(
      db.agreements,
      agreements.map((row) => row.id!),
    ),
  ]);
  await applyChanges(db, changes);
  return { mentions, figures: allFigures, agreements };
}

/**
 * Puts back what `removeAnalyses` removed, under the same ids, and counts the mentions again. Call inside
 * the restoring transaction, with `analysisTables` in its scope.
 */
export async function restoreAnalyses(db: AppDatabase, removed: RemovedAnalyses): Promise<void> {
  const changes = emptyChanges();
  for (const row of removed.mentions)
    recordChanges(changes, { before: [], after: row.mentions, removed: [], added: row.mentions }, []);
  await Promise.all([
    db.articleMentions.bulkAdd(removed.mentions),
    db.figures.bulkAdd(removed.figures),
    db.agreements.bulkAdd(removed.agreements),
  ]);
  await applyChanges(db, changes);
}

/** An article's mentions in text order. */
export async function getMentions(db: AppDatabase, articleId: number): Promise<MentionRow[]> {
  return (await db.articleMentions.get(articleId))?.mentions ?? [];
}

/** An article's figures in text order. */
export async function getFigures(db: AppDatabase, articleId: number): Promise<FigureRow[]> {
  const [lower, upper] = articleRange(articleId);
  return db.figures.where('[articleId+start]').between(lower, upper).toArray();
}

/** How many figures an article has (without reading them). */
export async function countFigures(db: AppDatabase, articleId: number): Promise<number> {
  const [lower, upper] = articleRange(articleId);
  return db.figures.where('[articleId+start]').between(lower, upper).count();
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

/** Accepts or rejects a suggested mention of an article; the user's decision survives re-analysis. */
export async function setMentionStatus(
  db: AppDatabase,
  articleId: number,
  id: number,
  status: ReviewStatus,
): Promise<void> {
  await db.transaction('rw', db.articleMentions, async () => {
    const row = await db.articleMentions.get(articleId);
    const mention = row?.mentions.find((candidate) => candidate.id === id);
    if (!row || !mention) throw new Error(`There is no mention ${id} in article ${articleId}.`);
    mention.status = status;
    mention.userEdited = 1;
    await db.articleMentions.put(row);
  });
}

/** Accepts or rejects a suggested figure; the user's decision survives re-analysis. */
export async function setFigureStatus(db: AppDatabase, id: number, status: ReviewStatus): Promise<void> {
  await db.transaction('rw', db.figures, async () => {
    if (!(await db.figures.get(id))) throw new Error(`There is no figure ${id}.`);
    await db.figures.update(id, { status, userEdited: 1 });
  });
}

/** The most widely reported entities of one type: by the number of articles that mention them, most first. */
export async function topEntities(
  db: AppDatabase,
  type: NamedEntityType,
  limit: number,
): Promise<EntityRow[]> {
  return db.entities
    .where('[type+articleCount]')
    .between([type, 1], [type, Infinity], true, true)
    .reverse()
    .limit(limit)
    .toArray();
}

/** Ids of the articles that mention `ref`, ascending; read from the refs index alone, fast at 100 k articles. */
export async function articleIdsMentioning(db: AppDatabase, ref: string): Promise<number[]> {
  return (await db.articleMentions.where('refs').equals(ref).primaryKeys()) as number[];
}

/** Everything the reader shows of one article's analysis, with the entities its refs name. */
export interface ArticleAnalysis {
  mentions: MentionRow[];
  figures: FigureRow[];
  agreements: AgreementRow[];
  /** Entities named by mentions, figure roles and agreement parties, by ref. */
  entities: Map<string, EntityRow>;
}

/** One article's mentions, figures, agreements and the entities they name, in text order. */
export async function getArticleAnalysis(db: AppDatabase, articleId: number): Promise<ArticleAnalysis> {
  const [mentions, figures, agreements] = await Promise.all([
    getMentions(db, articleId),
    getFigures(db, articleId),
    getAgreements(db, articleId),
  ]);
  const refs = new Set<string>();
  for (const row of mentions) if (row.ref) refs.add(row.ref);
  for (const row of figures) for (const ref of [row.investor, row.recipient]) if (ref) refs.add(ref);
  for (const row of agreements) for (const ref of row.parties) refs.add(ref);
  const rows = await db.entities.bulkGet([...refs]);
  const entities = new Map(rows.flatMap((row) => (row ? [[row.ref, row] as const] : [])));
  return { mentions, figures, agreements, entities };
}

/** Ids of the articles whose stored analysis is older than `version` (or missing), oldest import first. */
export async function articlesToAnalyse(db: AppDatabase, version: number): Promise<number[]> {
  return (await db.articles.where('analysisVersion').below(version).primaryKeys()) as number[];
}
