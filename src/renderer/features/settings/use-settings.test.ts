import { describe, expect, it } from 'vitest';
import { FONT_SIZES, nextFontSize } from './use-settings';

describe('nextFontSize', () => {
  it('steps through the sizes in both directions', () => {
    expect(nextFontSize(18, 1)).toBe(20);
    expect(nextFontSize(18, -1)).toBe(17);
  });

  it('stops at the smallest and largest size', () => {
    expect(nextFontSize(FONT_SIZES[0], -1)).toBe(FONT_SIZES[0]);
    expect(nextFontSize(FONT_SIZES[FONT_SIZES.length - 1], 1)).toBe(FONT_SIZES[FONT_SIZES.length - 1]);
  });

  it('snaps a size saved outside the list back onto it', () => {
    expect(nextFontSize(19, 1)).toBe(20);
    expect(nextFontSize(19, -1)).toBe(18);
  });
});
