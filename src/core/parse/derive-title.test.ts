import { describe, expect, it } from 'vitest';
import { DERIVED_TITLE_MAX, deriveTitle, firstSentenceEnd } from './derive-title';

describe('firstSentenceEnd', () => {
  it('does not stop at abbreviations or initials', () => {
    const text = 'Mr. Sato of Kanemura Co. met the U.S. envoy J. Smith today. Then he left.';
    expect(text.slice(0, firstSentenceEnd(text))).toBe(
      'Mr. Sato of Kanemura Co. met the U.S. envoy J. Smith today.',
    );
  });

  it('keeps a closing quote with its sentence', () => {
    const text = '"We will invest more," he said. Next.';
    expect(text.slice(0, firstSentenceEnd(text))).toBe('"We will invest more," he said.');
    const quoted = '"Japan is key." Next one.';
    expect(quoted.slice(0, firstSentenceEnd(quoted))).toBe('"Japan is key."');
  });
});

describe('deriveTitle', () => {
  it('uses a short first sentence whole, without its full stop', () => {
    expect(deriveTitle('Osaka firms visit Hue. The visit lasted two days.')).toBe('Osaka firms visit Hue');
  });

  it('cuts a long sentence at a word boundary and marks the cut', () => {
    const title = deriveTitle(
      'The delegation, which included executives from trading houses, banks, carmakers and electronics groups, met leaders.',
    )!;
    expect(title.length).toBeLessThanOrEqual(DERIVED_TITLE_MAX + 1);
    expect(title).toBe(
      'The delegation, which included executives from trading houses, banks, carmakers and…',
    );
  });

  it('gives null for text without words', () => {
    expect(deriveTitle('... — ***')).toBeNull();
  });
});
