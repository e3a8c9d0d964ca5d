import { describe, expect, it } from 'vitest';
import { formatDate, plural } from './format';

describe('formatDate', () => {
  it('shows calendar dates as day, month and year without shifting the day', () => {
    expect(formatDate('2024-03-01')).toBe('1 Mar 2024');
    expect(formatDate('2025-12-31')).toBe('31 Dec 2025');
  });

  it('keeps partial dates partial', () => {
    expect(formatDate('2024-07')).toBe('Jul 2024');
    expect(formatDate('2024')).toBe('2024');
  });

  it('shows nothing for a missing date and leaves unknown shapes as written', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('spring 2024')).toBe('spring 2024');
  });
});

describe('plural', () => {
  it('uses the singular for exactly one and groups thousands', () => {
    expect(plural(1, 'article', 'articles')).toBe('1 article');
    expect(plural(0, 'article', 'articles')).toBe('0 articles');
    expect(plural(100000, 'article', 'articles')).toBe('100,000 articles');
  });
});
