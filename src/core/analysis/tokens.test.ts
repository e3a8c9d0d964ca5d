import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits currency codes and scales glued to numbers', () => {
    expect(texts('JPY5 billion and $78.6bn')).toEqual(['JPY', '5', 'billion', 'and', '$', '78.6', 'bn']);
  });

  it('keeps thousands separators and malformed groups inside one number', () => {
    expect(texts('5,660 projects, $1,2,3 billion.')).toEqual([
      '5,660',
      'projects',
      ',',
      '$',
      '1,2,3',
      'billion',
      '.',
    ]);
  });

  it('separates a possessive so the name stands alone', () => {
    expect(texts("Japan’s ODA and Vietnam's FDI")).toEqual([
      'Japan',
      '’s',
      'ODA',
      'and',
      'Vietnam',
      "'s",
      'FDI',
    ]);
  });

  it('keeps Vietnamese words and hyphenated names whole, with offsets into the text', () => {
    const text = 'Hà Nội và Hoa Lac Hi-Tech Park';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Hà', 'Nội', 'và', 'Hoa', 'Lac', 'Hi-Tech', 'Park']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('records white space before a token, which tells "US$" from "US $"', () => {
    const [, dollar] = tokenize('US$ 75');
    expect(dollar!.space).toBe(false);
    expect(tokenize('US $')[1]!.space).toBe(true);
  });

  it('handles empty text and Japanese script without losing characters', () => {
    expect(tokenize('')).toEqual([]);
    expect(texts('日本と😀')).toEqual(['日本と', '😀']);
  });
});

describe('tokenize lower-case forms', () => {
  it('lower-cases every word, whatever its script or hyphenation', () => {
    expect(tokenize('foreign-Invested Hà NỘI İstanbul').map((t) => t.lower)).toEqual([
      'foreign-invested',
      'hà',
      'nội',
      'i̇stanbul',
    ]);
  });

  it('marks the first token of a range as spaced when white space stands before the range', () => {
    const text = 'Trade turns five\nA line without numbers\n26 November 2025';
    const tokens = tokenize(text, 0, 16);
    tokenize(text, text.indexOf('26'), text.length, tokens);
    expect(tokens.map((t) => [t.text, t.space])).toEqual([
      ['Trade', false],
      ['turns', true],
      ['five', true],
      ['26', true],
      ['November', true],
      ['2025', true],
    ]);
  });
});
