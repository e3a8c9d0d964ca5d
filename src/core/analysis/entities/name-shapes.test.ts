import { describe, expect, it } from 'vitest';
import { isRomaji, isVietnameseSyllable } from './name-shapes';

describe('isVietnameseSyllable', () => {
  it('accepts Vietnamese name syllables', () => {
    for (const s of [
      'nguyen',
      'pham',
      'khang',
      'quang',
      'giang',
      'hieu',
      'trung',
      'ngoc',
      'thanh',
      'vu',
      'gi',
    ])
      expect(isVietnameseSyllable(s), s).toBe(true);
  });
  it('rejects English words that would make "Le Duan Street" a person', () => {
    for (const s of ['street', 'group', 'bank', 'festival', 'japan', 'company'])
      expect(isVietnameseSyllable(s), s).toBe(false);
  });
});

describe('isRomaji', () => {
  it('accepts romanised Japanese names', () => {
    for (const s of [
      'takaichi',
      'sanae',
      'shigeru',
      'yuriko',
      'kuroiwa',
      'ichita',
      'hokkaido',
      'kenichi',
      'honda',
      'ryota',
      'ohmura',
      'ohtani',
    ])
      expect(isRomaji(s), s).toBe(true);
  });
  it('rejects words that are not', () => {
    for (const s of ['typhoon', 'binh', 'long', 'festival', 'nam', 'quang', 'meet', 'vietnam', 'john'])
      expect(isRomaji(s), s).toBe(false);
  });
});
