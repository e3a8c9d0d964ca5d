import { AppDatabase } from '../../db/app-database';

let database: AppDatabase | undefined;

/** The library database of this window, opened on first use; pass it to the db/repositories functions. */
export function getDatabase(): AppDatabase {
  database ??= new AppDatabase();
  return database;
}
