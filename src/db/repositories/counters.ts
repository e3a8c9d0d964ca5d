import type { AppDatabase } from '../app-database';
import type { ArticleRow } from '../schema';

/** Counter keys: whole-library totals, and one per source and per tag. */
export const COUNTER = {
  articles: 'articles',
  unread: 'unread',
  starred: 'starred',
  source: (name: string) => `source:${name}`,
  tag: (name: string) => `tag:${name}`,
} as const;

/**
 * Adds `deltas` to the running counters. Call inside the transaction that changes the counted rows
 * (with `counters` in its scope) so a count never disagrees with the library.
 */
export async function bumpCounters(db: AppDatabase, deltas: Map<string, number>): Promise<void> {
  const keys = [...deltas.keys()].filter((key) => deltas.get(key) !== 0);
  if (keys.length === 0) return;
  const current = await db.counters.bulkGet(keys);
  await db.counters.bulkPut(
    keys.map((key, i) => ({ key, value: (current[i]?.value ?? 0) + (deltas.get(key) ?? 0) })),
  );
}

/** Adds `amount` to `key` in a delta map (helper for building the argument of `bumpCounters`). */
export function addDelta(deltas: Map<string, number>, key: string, amount: number): void {
  deltas.set(key, (deltas.get(key) ?? 0) + amount);
}

/**
 * The counter changes of adding (`sign` 1) or removing (-1) `rows`: the total, unread and starred, and each
 * row's source and tags.
 */
export function articleDeltas(rows: ArticleRow[], sign: 1 | -1): Map<string, number> {
  const deltas = new Map<string, number>();
  addDelta(deltas, COUNTER.articles, sign * rows.length);
  for (const row of rows) {
    if (!row.read) addDelta(deltas, COUNTER.unread, sign);
    if (row.starred) addDelta(deltas, COUNTER.starred, sign);
    addDelta(deltas, COUNTER.source(row.sortSource), sign);
    for (const tag of row.tags) addDelta(deltas, COUNTER.tag(tag), sign);
  }
  return deltas;
}

/** Reads counters whose key starts with `prefix` (e.g. every `source:`), as name → count, zeros left out. */
export async function countersWithPrefix(db: AppDatabase, prefix: string): Promise<Map<string, number>> {
  const rows = await db.counters.where('key').startsWith(prefix).toArray();
  return new Map(rows.filter((row) => row.value > 0).map((row) => [row.key.slice(prefix.length), row.value]));
}

/** Reads one counter; 0 when it was never bumped. */
export async function getCounter(db: AppDatabase, key: string): Promise<number> {
  return (await db.counters.get(key))?.value ?? 0;
}
