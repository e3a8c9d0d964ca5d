import { describe, expect, it } from 'vitest';
import { nextAfterDeletion, pick } from './selection';

const ids = [10, 20, 30, 40, 50];

describe('pick', () => {
  it('selects one row on a plain click, toggles with Ctrl and spans from the anchor with Shift', () => {
    expect(pick(ids, [10, 20], 10, 40, 'only')).toEqual([40]);
    expect(pick(ids, [20], 20, 40, 'toggle')).toEqual([20, 40]);
    expect(pick(ids, [20, 40], 20, 40, 'toggle')).toEqual([20]);
    expect(pick(ids, [40], 40, 20, 'range')).toEqual([20, 30, 40]);
    // No anchor in this list (filters changed): the click selects only its row.
    expect(pick(ids, [99], 99, 30, 'range')).toEqual([30]);
  });
});

describe('nextAfterDeletion', () => {
  it('opens the row after the deleted ones, or the nearest before them at the end of the list', () => {
    expect(nextAfterDeletion(ids, [20])).toBe(30);
    expect(nextAfterDeletion(ids, [20, 30])).toBe(40);
    expect(nextAfterDeletion(ids, [40, 50])).toBe(30);
    expect(nextAfterDeletion(ids, ids)).toBeNull();
  });
});
