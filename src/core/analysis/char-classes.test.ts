import { describe, expect, it } from 'vitest';
import { LETTER, LOWER, UPPER, WORD, charClasses } from './char-classes';

const of = (ch: string): number => charClasses[ch.charCodeAt(0)]!;

describe('charClasses', () => {
  it('tells letters from digits, with case, in Vietnamese and Japanese too', () => {
    expect(of('Đ')).toBe(LETTER | WORD | UPPER);
    expect(of('ư')).toBe(LETTER | WORD | LOWER);
    expect(of('日')).toBe(LETTER | WORD);
    expect(of('7')).toBe(WORD);
    expect(of('٣')).toBe(WORD);
  });

  it('gives nothing to spaces, punctuation, currency signs and lone surrogates', () => {
    for (const ch of [' ', '-', "'", '$', '¥', '\u00a0', '\ud83d']) expect(of(ch)).toBe(0);
  });

  it('counts a combining mark as a letter, so a decomposed diacritic stays inside its word', () => {
    expect(of('\u0301') & LETTER).toBe(LETTER);
  });
});
