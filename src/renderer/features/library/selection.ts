/** How a click changes the list selection: plain, Ctrl/⌘ (toggle one) or Shift (a range from the anchor). */
export type PickMode = 'only' | 'toggle' | 'range';

/**
 * The selected ids after a click on `clicked`, as file managers do it: a plain click selects only it,
 * Ctrl/⌘ adds or removes it, Shift selects the rows from `anchor` (the last plain-clicked row) to it.
 */
export function pick(
  ids: number[],
  selected: number[],
  anchor: number | null,
  clicked: number,
  mode: PickMode,
): number[] {
  if (mode === 'toggle')
    return selected.includes(clicked) ? selected.filter((id) => id !== clicked) : [...selected, clicked];
  const from = mode === 'range' && anchor !== null ? ids.indexOf(anchor) : -1;
  const to = ids.indexOf(clicked);
  if (from < 0 || to < 0) return [clicked];
  return ids.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/**
 * The article to open once `gone` left the list `ids`: the first one after the last deleted row, else the
 * nearest before it; null when none is left.
 */
export function nextAfterDeletion(ids: number[], gone: number[]): number | null {
  const deleted = new Set(gone);
  const positions = ids.flatMap((id, at) => (deleted.has(id) ? [at] : []));
  if (positions.length === 0) return null;
  const after = ids.slice(positions.at(-1)! + 1).find((id) => !deleted.has(id));
  if (after !== undefined) return after;
  return ids.slice(0, positions[0]).findLast((id) => !deleted.has(id)) ?? null;
}
