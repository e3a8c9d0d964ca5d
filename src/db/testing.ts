import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ParsedArticle } from '../core/model';
import { AppDatabase } from './app-database';
import type { NewArticle } from './repositories/articles';

// Unit tests run in Node, which has no IndexedDB: every database opened after this uses fake-indexeddb.
Dexie.dependencies.indexedDB = new IDBFactory();
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

let opened = 0;

/** A fresh, empty database for one test (fake-indexeddb; the name is returned so a test can reopen it). */
export function openTestDatabase(): { db: AppDatabase; name: string } {
  const name = `kizuna-test-${++opened}-${Date.now()}`;
  return { db: new AppDatabase(name), name };
}

/** A NewArticle for tests: `text` is required, everything else has a plain default. */
export function testArticle(text: string, fields: Partial<ParsedArticle> = {}): NewArticle {
  const parsed: ParsedArticle = {
    text,
    title: text.split('\n')[0]!.slice(0, 80),
    titleDerived: false,
    date: null,
    source: null,
    dateline: null,
    blocks: [],
    format: 'txt',
    origin: 'test.txt',
    ...fields,
  };
  // Tests need a unique, stable identity per text, not a cryptographic one.
  return { parsed, contentHash: `hash:${parsed.text}` };
}
