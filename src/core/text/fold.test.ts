import { describe, expect, it } from 'vitest';
import { fold, toRef } from './fold';

describe('fold', () => {
  it('folds Vietnamese diacritics, đ and case so "Chinh" matches "Chính"', () => {
    expect(fold('Phạm Minh Chính')).toBe('pham minh chinh');
    expect(fold('HÀ NỘI')).toBe('ha noi');
    expect(fold('Đà Nẵng')).toBe('da nang');
  });
  it('normalises curly apostrophes and white space', () => {
    expect(fold('Hanoi People’s   Committee ')).toBe("hanoi people's committee");
  });
});

describe('toRef', () => {
  it('makes kebab-case ASCII ids', () => {
    expect(toRef('Phạm Minh Chính')).toBe('pham-minh-chinh');
    expect(toRef('Quang Ninh People’s Committee')).toBe('quang-ninh-peoples-committee');
  });
  it('spells out letters no mark makes, so Nordic and German names keep their letters', () => {
    expect(toRef('Søren Kjær')).toBe('soren-kjaer');
    expect(toRef('Großmann Ølund')).toBe('grossmann-olund');
  });
});
