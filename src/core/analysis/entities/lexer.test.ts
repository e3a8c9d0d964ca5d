import { describe, expect, it } from 'vitest';
import { lex } from './lexer';

describe('lex', () => {
  it('splits hyphenated pairs and possessives so each name stands alone', () => {
    expect(lex('Vietnam-Japan ties, Hanoi People’s Committee').map((t) => t.key)).toEqual([
      'vietnam',
      '-',
      'japan',
      'ties',
      ',',
      'hanoi',
      'people',
      "'",
      's',
      'committee',
    ]);
  });

  it('folds Vietnamese diacritics in keys but keeps offsets on the source text', () => {
    const text = 'Thủ tướng Phạm Minh Chính';
    const toks = lex(text);
    expect(toks.map((t) => t.key)).toEqual(['thu', 'tuong', 'pham', 'minh', 'chinh']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('tells capitalised words and acronyms from ordinary words', () => {
    const [us, jetro, mof, said, ha] = lex('US JETRO MoF said HÀ');
    expect(us!.allCaps && jetro!.allCaps).toBe(true);
    expect(mof!.cap && !mof!.allCaps).toBe(true);
    expect(said!.cap).toBe(false);
    expect(ha!.allCaps).toBe(true);
  });

  it('marks line breaks so names never run across paragraphs', () => {
    const toks = lex('Binh Duong\nYamaguchi');
    expect(toks[2]!.newline).toBe(true);
    expect(toks[1]!.newline).toBe(false);
  });

  it('reads Vietnamese capitals the same on every occurrence, and never joins an emoji to a word', () => {
    const toks = lex('Đà Nẵng đà nẵng ĐÀ NẴNG Hà😀Nội');
    expect(toks.map((t) => t.key)).toEqual(['da', 'nang', 'da', 'nang', 'da', 'nang', 'ha', '😀', 'noi']);
    expect(toks.map((t) => t.cap)).toEqual([true, true, false, false, true, true, true, false, true]);
    expect(toks.map((t) => t.allCaps)).toEqual([false, false, false, false, true, true, false, false, false]);
  });

  it('reads every word right in a text of more distinct words than it remembers at once', () => {
    const words = Array.from({ length: 40_000 }, (_, n) => `Word${n.toString(36)}Đ`);
    const toks = lex(words.join(' '));
    expect(toks.map((t) => t.key)).toEqual(words.map((w) => w.slice(0, -1).toLowerCase() + 'd'));
    expect(toks.every((t) => t.cap && !t.allCaps)).toBe(true);
  });

  it('reads a word of a million letters as one word, as often as it comes', () => {
    const long = 'Ab'.repeat(500_000);
    const toks = lex(`${long} ${long}`);
    expect(toks.map((t) => [t.key.length, t.cap, t.key === long.toLowerCase()])).toEqual([
      [1_000_000, true, true],
      [1_000_000, true, true],
    ]);
  });
});
