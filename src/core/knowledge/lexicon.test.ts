import { describe, expect, it } from 'vitest';
import { nameLexicon, nameLexiconSource } from './lexicon';
import { recognizeEntities } from '../analysis/entities/recognize';

describe('nameLexicon', () => {
  it('holds folded Vietnamese family names so spellings with and without diacritics agree', () => {
    for (const n of ['nguyen', 'tran', 'pham', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly']) {
      expect(nameLexicon.vietnameseFamily.has(n), n).toBe(true);
    }
    expect(nameLexicon.vietnameseFamily.has('Nguyễn')).toBe(false);
  });

  it('knows common Japanese family and given names apart', () => {
    expect(nameLexicon.japaneseFamily.has('yamamoto')).toBe(true);
    expect(nameLexicon.japaneseGiven.has('yuriko')).toBe(true);
    expect(nameLexicon.japaneseGiven.has('yamamoto')).toBe(false);
  });

  it('holds common Western given names folded, but not words that also name places or months', () => {
    for (const n of ['katrin', 'michael', 'jurgen', 'frances'])
      expect(nameLexicon.westernGiven.has(n), n).toBe(true);
    for (const n of ['jan', 'george', 'marina']) expect(nameLexicon.westernGiven.has(n), n).toBe(false);
  });

  it('lists the titles and organisation designators the recogniser splits names on', () => {
    expect(nameLexicon.titles).toEqual(
      expect.arrayContaining(['Prime Minister', 'PM', 'Governor', 'Chairwoman', 'Mr']),
    );
    expect(nameLexicon.legalSuffixes).toEqual(
      expect.arrayContaining(['Co Ltd', 'Co., Ltd.', 'JSC', 'Corporation']),
    );
    expect(nameLexicon.orgSuffixes).toEqual(
      expect.arrayContaining(["People's Committee", 'Industrial Park', 'IP']),
    );
  });

  it('states where the lists come from', () => {
    expect(nameLexiconSource.version).toMatch(/^\d{4}-\d{2}$/);
    expect(nameLexiconSource.source).toContain('general knowledge');
  });

  it('ends local assemblies, governments and technology parks abroad with their designator', () => {
    const text =
      'The Nagano Prefectural Assembly, Jeju Provincial Government and Daejeon Techno Park hosted Ehime ' +
      'Prefectural Government officials.';
    expect(recognizeEntities(text).mentions.map((m) => `${m.type}:${m.text}`)).toEqual([
      'ORG:Nagano Prefectural Assembly',
      'ORG:Jeju Provincial Government',
      'ORG:Daejeon Techno Park',
      'ORG:Ehime Prefectural Government',
    ]);
  });
});
