import type { AppDatabase } from '../app-database';

/** Reads a setting, or `fallback` when it was never saved. */
export async function getSetting<T>(db: AppDatabase, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

/** Saves a setting (theme, font size, window state...). */
export async function setSetting(db: AppDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
