import { describe, expect, it } from 'vitest';
import { AppDatabase } from '../app-database';
import { openTestDatabase } from '../testing';
import { getSetting, setSetting } from './settings';

describe('settings', () => {
  it('falls back until saved, then keeps the saved value across a restart', async () => {
    const { db, name } = openTestDatabase();
    expect(await getSetting(db, 'theme', 'light')).toBe('light');
    await setSetting(db, 'theme', 'dark');
    await setSetting(db, 'window', { width: 1200, height: 800, maximized: false });
    db.close();

    const reopened = new AppDatabase(name);
    expect(await getSetting(reopened, 'theme', 'light')).toBe('dark');
    expect(await getSetting(reopened, 'window', null)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
    reopened.close();
  });
});
