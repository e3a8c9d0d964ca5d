/**
 * Vietnamese-aware folding: lower-case, strip diacritics, đ→d, curly quotes to straight, collapse spaces.
 * The one normaliser shared by search, entity lookup, linking and scoring-compatible output.
 */
export function fold(text: string): string {
  return foldChars(text).replace(/\s+/g, ' ').trim();
}

const MARKS = /\p{M}/gu;

/**
 * Folds character by character and keeps the string length for plain Latin/Vietnamese input, so callers
 * that need offsets can map folded positions back (precomposed letters fold to one letter each).
 */
export function foldChars(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

/** Latin letters that no diacritic mark makes, which an ASCII id spells out: "Søren" → "soren". */
const SPELLED_OUT: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', ı: 'i', þ: 'th' };

/** Kebab-case ASCII id from a name: "Phạm Minh Chính" → "pham-minh-chinh", "Søren Holm" → "soren-holm". */
export function toRef(name: string): string {
  return fold(name)
    .replace(/[øæœßłıþ]/g, (c) => SPELLED_OUT[c]!)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
