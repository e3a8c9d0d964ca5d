import { describe, expect, it } from 'vitest';
import { numberWord, parseNumeral, scaleWord } from './numbers';

describe('parseNumeral', () => {
  it('reads thousands separators and decimal points', () => {
    expect(parseNumeral('5,660')).toBe(5660);
    expect(parseNumeral('2,600,000')).toBe(2600000);
    expect(parseNumeral('78.6')).toBe(78.6);
    expect(parseNumeral('1,234.5')).toBe(1234.5);
  });

  it('reads European grouping and decimal commas', () => {
    expect(parseNumeral('1.234.567')).toBe(1234567);
    expect(parseNumeral('1.234,5')).toBe(1234.5);
    expect(parseNumeral('1,5')).toBe(1.5);
  });

  it('refuses malformed groups instead of guessing', () => {
    expect(parseNumeral('1,2,3')).toBeNull();
    expect(parseNumeral('12,34,567')).toBeNull();
    expect(parseNumeral('1.2.3')).toBeNull();
  });
});

describe('numberWord', () => {
  it('reads counts written as words', () => {
    expect(numberWord('six')).toBe(6);
    expect(numberWord('twenty')).toBe(20);
    expect(numberWord('twenty-five')).toBe(25);
    expect(numberWord('dozen')).toBe(12);
  });

  it('reads every count from one to ninety-nine, up to the longest compound', () => {
    const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'];
    const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
    units.forEach((w, i) => expect(numberWord(w)).toBe(i + 1));
    [...teens, 'eighteen', 'nineteen'].forEach((w, i) => expect(numberWord(w)).toBe(10 + i));
    tens.forEach((t, k) => {
      expect(numberWord(t)).toBe(20 + 10 * k);
      units.forEach((u, i) => expect(numberWord(`${t}-${u}`)).toBe(21 + 10 * k + i));
    });
    expect(numberWord('seventy-seven')).toBe(77);
  });

  it('gives no value for vague quantities or other words', () => {
    expect(numberWord('dozens')).toBeNull();
    expect(numberWord('several')).toBeNull();
    expect(numberWord('five-year')).toBeNull();
  });
});

describe('scaleWord', () => {
  it('knows the abbreviations of news style', () => {
    expect(scaleWord('bn', true)).toBe(1e9);
    expect(scaleWord('mln', false)).toBe(1e6);
    expect(scaleWord('trillion', false)).toBe(1e12);
  });

  it('knows the Indian scales lakh and crore', () => {
    expect(scaleWord('lakh', false)).toBe(1e5);
    expect(scaleWord('crore', false)).toBe(1e7);
  });

  it('accepts single-letter scales only when glued to the number', () => {
    expect(scaleWord('m', true)).toBe(1e6);
    expect(scaleWord('m', false)).toBeNull();
  });

  it('reads a single dot before three digits as a thousands group in Vietnamese text only', () => {
    expect(parseNumeral('1.154', true)).toBe(1154);
    expect(parseNumeral('1.154')).toBe(1.154);
    expect(parseNumeral('1.5', true)).toBe(1.5);
  });
});
