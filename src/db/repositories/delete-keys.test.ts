import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing';
import { deleteKeys } from './delete-keys';

describe('deleteKeys', () => {
  it('deletes exactly the given keys, runs and strays alike, and ignores keys that are not stored', async () => {
    const { db } = openTestDatabase();
    await db.searchTombstones.bulkAdd(Array.from({ length: 12 }, (_, i) => ({ articleId: i + 1 })));
    await deleteKeys(db.searchTombstones, [4, 2, 3, 9, 7, 10, 10, 40]);
    expect(await db.searchTombstones.toCollection().primaryKeys()).toEqual([1, 5, 6, 8, 11, 12]);
  });
});
