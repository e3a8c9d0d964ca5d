import { describe, expect, it } from 'vitest';
import { FX_SOURCE, isKnownCurrency, ratePerUsd, toUsd } from './fx';

describe('toUsd', () => {
  it('converts yen at the yearly average, so JPY5 billion in 2025 is about $33 million', () => {
    const usd = toUsd(5e9, 'JPY', 2025);
    expect(usd).toBeGreaterThan(30e6);
    expect(usd).toBeLessThan(37e6);
  });

  it('reflects that the dong weakened over time', () => {
    expect(toUsd(1e12, 'VND', 2024)!).toBeLessThan(toUsd(1e12, 'VND', 2010)!);
  });

  it('keeps dollars as they are', () => {
    expect(toUsd(190e6, 'USD', 2025)).toBe(190e6);
  });

  it('uses the nearest year for dates outside the table', () => {
    expect(ratePerUsd('THB', 1995)).toBe(ratePerUsd('THB', 2000));
    expect(ratePerUsd('THB', 2040)).toBe(ratePerUsd('THB', 2026));
  });

  it('returns null for a currency the table does not cover', () => {
    expect(toUsd(1e6, 'XYZ', 2024)).toBeNull();
    expect(isKnownCurrency('KRW')).toBe(true);
  });

  it('covers every required currency for every year 2000-2026', () => {
    for (const c of [
      'USD',
      'JPY',
      'VND',
      'EUR',
      'KRW',
      'THB',
      'SGD',
      'CNY',
      'TWD',
      'GBP',
      'AUD',
      'INR',
      'IDR',
      'MYR',
      'PHP',
      'HKD',
    ]) {
      expect(isKnownCurrency(c)).toBe(true);
      for (let y = 2000; y <= 2026; y++) expect(ratePerUsd(c as 'USD', y)).toBeGreaterThan(0);
    }
    expect(FX_SOURCE).toMatch(/IMF/);
  });
});
