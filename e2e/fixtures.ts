import { test as base, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The five real seed articles shipped beside the repository (read at run time, never copied in). */
export const seedsDir = resolve(import.meta.dirname, '../../shared/corpus/seeds');

/** Absolute paths of the seed files, in name order. */
export function seedFiles(): string[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(seedsDir, name));
}

/** Hostile inputs written fresh for each test into its own output folder. */
export interface BadFiles {
  binary: string;
  empty: string;
  invalidUtf8: string;
}

/**
 * Each test gets a fresh browser context, hence a fresh IndexedDB: a new, empty library. `badFiles` writes
 * a binary file, an empty file and a file with invalid UTF-8 into the test's output folder.
 */
export const test = base.extend<{ badFiles: BadFiles }>({
  // Playwright requires the fixture argument to be destructured even when no other fixture is used.
  // eslint-disable-next-line no-empty-pattern
  badFiles: async ({}, use, testInfo) => {
    const binary = testInfo.outputPath('photo.png');
    // A PNG header followed by bytes no text file contains.
    writeFileSync(
      binary,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
      ]),
    );
    const empty = testInfo.outputPath('empty.txt');
    writeFileSync(empty, '');
    const invalidUtf8 = testInfo.outputPath('latin1.txt');
    // "Hà Nội" written in Windows-1258-like single bytes: not valid UTF-8.
    writeFileSync(
      invalidUtf8,
      Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69, 0x20, 0x69, 0x6e, 0x76, 0x65, 0x73, 0x74, 0x73, 0x0a]),
    );
    await use({ binary, empty, invalidUtf8 });
  },
});

export { expect };
