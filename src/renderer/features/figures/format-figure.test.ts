import { describe, expect, it } from 'vitest';
import { formatUsd } from './format-figure';

describe('formatUsd', () => {
  it('writes large amounts with a scale word, as the articles do', () => {
    expect(formatUsd(78.6e9)).toBe('$78.6 billion');
    expect(formatUsd(6_600_000)).toBe('$6.6 million');
    expect(formatUsd(33_412_000)).toBe('$33.4 million');
    expect(formatUsd(1.25e12)).toBe('$1.25 trillion');
  });

  it('groups thousands below a million and marks negative amounts', () => {
    expect(formatUsd(850_000)).toBe('$850,000');
    expect(formatUsd(-2e9)).toBe('−$2 billion');
  });
});
