/**
 * Reads a digit string as written in English-language news: "5,660" (thousands separators), "78.6"
 * (decimal point), "1.234.567" and "1,5" (European style). `dotGroups`: the text is Vietnamese, where a single
 * dot before three digits groups thousands ("1.154 dự án"). Returns null when the grouping is malformed
 * ("1,2,3"), because guessing a value there would put a wrong number in front of the analyst.
 */
export function parseNumeral(raw: string, dotGroups = false): number | null {
  const comma = raw.indexOf(',');
  const dot = raw.indexOf('.');
  if (comma < 0 && dot < 0) return Number(raw);
  // One separator, as in most figures ("5,660", "78.6"), is read without splitting the string into arrays:
  // before three digits a comma (in Vietnamese also a dot) groups thousands, else it is the decimal mark.
  const at = comma < 0 ? dot : dot < 0 ? comma : -1;
  if (at >= 0 && raw.indexOf(raw[at]!, at + 1) < 0) {
    const head = raw.slice(0, at);
    const tail = raw.slice(at + 1);
    const grouped = at >= 1 && at <= 3 && tail.length === 3;
    return Number(grouped && (comma >= 0 || dotGroups) ? head + tail : head + '.' + tail);
  }
  const commas = raw.split(',');
  const dots = raw.split('.');
  if (commas.length > 1 && dots.length > 1) {
    // Both separators: the last one is the decimal mark ("1,234.5" or "1.234,5").
    const decimalIsDot = raw.lastIndexOf('.') > raw.lastIndexOf(',');
    const [intPart, frac] = decimalIsDot
      ? [raw.slice(0, raw.lastIndexOf('.')), raw.slice(raw.lastIndexOf('.') + 1)]
      : [raw.slice(0, raw.lastIndexOf(',')), raw.slice(raw.lastIndexOf(',') + 1)];
    const groups = intPart.split(decimalIsDot ? ',' : '.');
    if (!validGroups(groups) || frac.includes(',') || frac.includes('.')) return null;
    return Number(groups.join('') + '.' + frac);
  }
  const parts = commas.length > 1 ? commas : dots;
  if (parts.length === 1) return Number(raw);
  if (validGroups(parts) && (parts.length > 2 || commas.length > 1)) return Number(parts.join(''));
  if (dotGroups && dots.length === 2 && validGroups(dots)) return Number(dots.join(''));
  // One separator not followed by exactly three digits, or a single dot: a decimal mark.
  if (parts.length === 2) return Number(parts[0] + '.' + parts[1]);
  return null;
}

function validGroups(groups: string[]): boolean {
  return groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

const SMALL = new Map<string, number>(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

/**
 * The lengths number words have, a bit per length, by their first letter's character code: a cheap filter for
 * the many words that are not numbers. "for", "said" and "that" start as number words do but are
 * never as long as one, so only a few words such as "the" go on to the look-up.
 */
const NUMBER_SHAPES = new Uint16Array(128);
for (const [word, value] of SMALL) {
  NUMBER_SHAPES[word.charCodeAt(0)]! |= 1 << word.length;
  if (value >= 20 && value % 10 === 0)
    for (const [unit, n] of SMALL)
      if (n < 10) NUMBER_SHAPES[word.charCodeAt(0)]! |= 1 << (word.length + unit.length + 1);
}
NUMBER_SHAPES['d'.charCodeAt(0)]! |= 1 << 'dozen'.length;

// Called so rather than as `lower.charCodeAt(0)`: token strings come in every representation V8 has, which
// makes the method look-up on them megamorphic (see the lexer).
const { charCodeAt } = String.prototype;

/**
 * Value of an English number word ("six", "twenty-five", "dozen"), or null. Only exact counts: "dozens"
 * and "hundreds" name no number and return null.
 */
export function numberWord(lower: string): number | null {
  // Most words are not numbers; the longest number word is "seventy-seven" (13 letters).
  if (lower.length < 3 || lower.length > 13) return null;
  const initial = charCodeAt.call(lower, 0);
  if (initial >= 128 || (NUMBER_SHAPES[initial]! & (1 << lower.length)) === 0) return null;
  const small = SMALL.get(lower);
  if (small !== undefined) return small;
  if (lower === 'dozen') return 12;
  const dash = lower.indexOf('-');
  if (dash > 0) {
    const tens = SMALL.get(lower.slice(0, dash));
    const unit = SMALL.get(lower.slice(dash + 1));
    if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10)
      return tens + unit;
  }
  return null;
}

/** Vietnamese scales, as in "1,5 tỷ USD" and "300 triệu đồng" ("tỉ" is another spelling of "tỷ"). */
export const VIETNAMESE_SCALES: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/**
 * Scale words and their multipliers, as a Map: token strings are new for every article, and a Map finds them by
 * their hash, where a plain object's property look-up first searches V8's string table for each one.
 */
const SCALES = new Map<string, number>(
  Object.entries({
    hundred: 1e2,
    thousand: 1e3,
    k: 1e3,
    million: 1e6,
    millions: 1e6,
    mln: 1e6,
    mn: 1e6,
    m: 1e6,
    billion: 1e9,
    billions: 1e9,
    bln: 1e9,
    bn: 1e9,
    b: 1e9,
    trillion: 1e12,
    trillions: 1e12,
    tn: 1e12,
    trn: 1e12,
    tln: 1e12,
    tr: 1e12,
    // Indian scales, as in "Rs 620 crore" and "Rs 50 lakh".
    lakh: 1e5,
    lakhs: 1e5,
    crore: 1e7,
    crores: 1e7,
    ...VIETNAMESE_SCALES,
  }),
);

/** Scales that are also ordinary letters ("m", "b", "k") and count only when glued to the number. */
const GLUED_ONLY = new Set(['m', 'b', 'k', 'tr']);

/** Multiplier of a scale word after a number ("billion", "bn", "mln"), or null. */
export function scaleWord(lower: string, glued: boolean): number | null {
  const scale = SCALES.get(lower);
  if (scale === undefined || (!glued && GLUED_ONLY.has(lower))) return null;
  return scale;
}
