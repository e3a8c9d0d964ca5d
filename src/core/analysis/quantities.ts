import type { Approx, FigureUnit } from '../model';
import * as numbers from './numbers';
import type { Token } from './tokens';

// Module constants rather than imports called per token: under tsx each use of an import is a getter call
// (docs/DESIGN.md), which took 2% of the engine here.
const { numberWord, parseNumeral, scaleWord } = numbers;

/** What kind of quantity a span states. */
export type QuantityKind = 'money' | 'count' | 'percent' | 'people';

/** A quantity found in the text, before it is interpreted as a figure. */
export interface Quantity {
  kind: QuantityKind;
  /** Offsets of the span as written, without the approximation cue ("$190 million", "six investment projects"). */
  start: number;
  end: number;
  /** Token indices (inclusive) of the span. */
  first: number;
  last: number;
  /** Value in whole units; for a range, its low end. */
  value: number;
  /** High end of a range ("$10-15 million"); null for a single value. */
  high: number | null;
  unit: FigureUnit;
  /** ISO 4217 code for money, else null. */
  currency: string | null;
  approx: Approx;
  /**
   * Token index of the first word of the approximation cue right before the span ("more" of "more than $5
   * billion"), else `first`: a cue stated here, not inherited from another amount.
   */
  cueFirst: number;
  /** The counted noun, lower-cased ("projects", "nationals"), for counts and people. */
  noun: string | null;
  /** Words between the number and the counted noun ("Kanagawa", "Japanese", "investment"). */
  modifiers: Token[];
}

/**
 * A word table as a Map: token strings are new for every article, and a Map finds them by their hash, where a
 * plain object's property look-up first searches V8's string table for each one.
 */
function table(entries: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(entries));
}

/** Currencies with a unit of their own in the model; the rest use `other` with their ISO code. */
const OWN_UNIT = new Set(['USD', 'JPY', 'VND', 'EUR']);

/** Currency signs written before the number. */
const SIGNS = table({
  $: 'USD',
  '¥': 'JPY',
  '€': 'EUR',
  '£': 'GBP',
  '₫': 'VND',
  '₩': 'KRW',
  '฿': 'THB',
  '₹': 'INR',
  '₱': 'PHP',
});

/** Letters glued before "$" that name another dollar ("S$10 million"). */
const DOLLAR_PREFIX = table({ us: 'USD', s: 'SGD', a: 'AUD', hk: 'HKD', nt: 'TWD' });

/** Codes written before or after the number, matched case-sensitively so "won" the verb stays a verb. */
const CODES = table({
  USD: 'USD',
  JPY: 'JPY',
  VND: 'VND',
  VNĐ: 'VND',
  EUR: 'EUR',
  KRW: 'KRW',
  THB: 'THB',
  SGD: 'SGD',
  CNY: 'CNY',
  RMB: 'CNY',
  TWD: 'TWD',
  GBP: 'GBP',
  AUD: 'AUD',
  INR: 'INR',
  IDR: 'IDR',
  MYR: 'MYR',
  PHP: 'PHP',
  HKD: 'HKD',
  Rp: 'IDR',
  RM: 'MYR',
  Rs: 'INR',
  Bt: 'THB',
  W: 'KRW',
});

/**
 * Codes that are currencies only before a number: "Rs 500", "Bt5.2 billion", "W1.2 trillion" (Korean press);
 * after one they are something else ("500 W" is watts). "W" counts only glued to its number.
 */
const PREFIX_ONLY = new Set(['Rs', 'Bt', 'W']);

/** Currency names written after the number. */
const NAMES = table({
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  yen: 'JPY',
  yên: 'JPY',
  dong: 'VND',
  đồng: 'VND',
  vnd: 'VND',
  vnđ: 'VND',
  euro: 'EUR',
  euros: 'EUR',
  won: 'KRW',
  baht: 'THB',
  bạt: 'THB',
  yuan: 'CNY',
  renminbi: 'CNY',
  ringgit: 'MYR',
  rupiah: 'IDR',
  rupee: 'INR',
  rupees: 'INR',
  peso: 'PHP',
  pesos: 'PHP',
  sterling: 'GBP',
});

/** Words before "dollars" that name which dollar. */
const DOLLAR_NATIONS = table({
  us: 'USD',
  american: 'USD',
  singapore: 'SGD',
  australian: 'AUD',
  hk: 'HKD',
  taiwan: 'TWD',
  taiwanese: 'TWD',
  nt: 'TWD',
});

/** Counted nouns and the unit they give. */
const NOUNS = new Map<string, { kind: QuantityKind; unit: FigureUnit }>();
for (const n of ['project', 'projects']) NOUNS.set(n, { kind: 'count', unit: 'projects' });
for (const n of [
  'enterprise',
  'enterprises',
  'company',
  'companies',
  'business',
  'businesses',
  'firm',
  'firms',
  'corporation',
  'corporations',
  'investor',
  'investors',
  // Companies named by what they do, counted as actors: "sold land to 34 manufacturers", "12 tenants".
  'manufacturers',
  'makers',
  'producers',
  'suppliers',
  'exporters',
  'tenants',
]) {
  NOUNS.set(n, { kind: 'count', unit: 'enterprises' });
}
for (const n of ['countries', 'territories', 'economies']) NOUNS.set(n, { kind: 'count', unit: 'other' });
for (const n of [
  'people',
  'nationals',
  'residents',
  'citizens',
  'expatriates',
  'expats',
  'workers',
  'trainees',
  'students',
  'migrants',
  // Vietnamese "3,5 triệu người" (3.5 million people).
  'người',
]) {
  NOUNS.set(n, { kind: 'people', unit: 'people' });
}

/** Vietnamese two-word counted nouns: first word → [second word, unit] ("dự án" projects). */
const VI_NOUNS = new Map<string, [string, { kind: QuantityKind; unit: FigureUnit }]>([
  ['dự', ['án', { kind: 'count', unit: 'projects' }]],
  ['doanh', ['nghiệp', { kind: 'count', unit: 'enterprises' }]],
]);

/**
 * Vietnamese words that follow a number, which mark the number as written the Vietnamese way: the Vietnamese
 * scales and counted nouns, "người" (people), "đồng", and the first syllables of "lao động" (workers) and
 * "công ty" (companies), which are counted by no table.
 */
const VIETNAMESE_AFTER = new Set([
  ...Object.keys(numbers.VIETNAMESE_SCALES),
  ...VI_NOUNS.keys(),
  'người',
  'đồng',
  'lao',
  'công',
]);

/** Singular counted nouns, which count only after "one". */
const SINGULAR = new Set(['project', 'enterprise', 'company', 'business', 'firm', 'corporation', 'investor']);

/** Lower-case words that may stand between a number and its counted noun ("six investment projects"). */
const MODIFIERS = new Set([
  'investment',
  'fdi',
  'foreign',
  'new',
  'newly',
  'licensed',
  'registered',
  'valid',
  'existing',
  'secondary',
  'active',
  'operational',
  'operating',
  'direct',
  'small',
  'medium',
  'medium-sized',
  'mid-sized',
  'large',
  'big',
  'major',
  'key',
  'leading',
  'local',
  'domestic',
  'member',
  'industrial',
  'manufacturing',
  'tech',
  'private',
  'overseas',
  'international',
  'multinational',
  'additional',
  'more',
  'other',
  'partner',
  'investing',
  'business',
  'production',
  'energy',
  'infrastructure',
  'of',
  'whom',
  'which',
  'and',
  'small-',
  'startup',
  'start-up',
  'supporting',
  'processing',
  'tenant',
  // "14 prefectural companies", "20 provincial enterprises".
  'prefectural',
  'provincial',
  'prospective',
  'potential',
  'cooperation',
]);

/** Approximation cues read backwards from the number: phrase (lower-case words) → qualifier. */
const APPROX_CUES: [string[], Approx][] = [
  [['in', 'excess', 'of'], 'over'],
  [['more', 'than'], 'over'],
  [['greater', 'than'], 'over'],
  [['upwards', 'of'], 'over'],
  [['at', 'least'], 'over'],
  [['just', 'over'], 'over'],
  [['just', 'under'], null],
  [['up', 'to'], null],
  [['less', 'than'], null],
  [['fewer', 'than'], null],
  [['close', 'to'], 'about'],
  [['an', 'estimated'], 'about'],
  [['exceeding'], 'over'],
  [['exceeds'], 'over'],
  [['exceeded'], 'over'],
  [['surpassing'], 'over'],
  [['over'], 'over'],
  [['above'], 'over'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['approx'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['nearly'], 'about'],
  [['almost'], 'about'],
  [['circa'], 'about'],
  [['estimated'], 'about'],
  [['under'], null],
  [['hơn'], 'over'],
  [['trên'], 'over'],
  [['khoảng'], 'about'],
  [['gần'], 'about'],
  [['below'], null],
];

function isWord(t: Token | undefined, lower: string): boolean {
  return t !== undefined && t.kind === 'word' && t.lower === lower;
}

function isDash(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && (t.text === '-' || t.text === '–' || t.text === '—');
}

/** A currency written before a number: its code and the index of its first token. */
function prefixCurrency(tokens: Token[], i: number): { currency: string; first: number } | null {
  const t = tokens[i - 1];
  if (!t) return null;
  const sign = t.kind === 'punct' ? SIGNS.get(t.text) : undefined;
  if (sign !== undefined) {
    const before = tokens[i - 2];
    const dollar =
      t.text === '$' && before && before.kind === 'word' && !t.space
        ? DOLLAR_PREFIX.get(before.lower)
        : undefined;
    return dollar !== undefined ? { currency: dollar, first: i - 2 } : { currency: sign, first: i - 1 };
  }
  const code = t.kind === 'word' ? CODES.get(t.text) : undefined;
  if (code !== undefined && (t.text !== 'W' || !tokens[i]!.space)) return { currency: code, first: i - 1 };
  return null;
}

/**
 * A number at token `i`: value and the index of its last token (scale included), and the currency when a
 * hyphenated scale carries it ("1.5-billion-USD").
 */
function readNumber(
  tokens: Token[],
  i: number,
): { value: number; last: number; scale: number; currency: string | null } | null {
  const t = tokens[i]!;
  let value: number | null = null;
  // Vietnamese prose groups thousands with dots: "1.154 dự án", "3.500 tỷ đồng", "9.800 người".
  if (t.kind === 'num') value = parseNumeral(t.text, VIETNAMESE_AFTER.has(tokens[i + 1]?.lower ?? ''));
  else if (t.kind === 'word') {
    value = numberWord(t.lower);
    if (t.lower === 'a' && isWord(tokens[i + 1], 'dozen'))
      return { value: 12, last: i + 1, scale: 1, currency: null };
  }
  if (value === null || !Number.isFinite(value)) return null;
  // "US$1.5-bln", "a 1.5-billion-USD plant": a hyphen may join the scale to the number.
  const hyphen = t.kind === 'num' && isDash(tokens[i + 1]) && !tokens[i + 1]!.space && !tokens[i + 2]?.space;
  const at = hyphen ? i + 2 : i + 1;
  const next = tokens[at];
  if (!next || next.kind !== 'word') return { value, last: i, scale: 1, currency: null };
  if (hyphen && next.lower.includes('-')) {
    const dash = next.text.indexOf('-');
    const scale = scaleWord(next.lower.slice(0, dash), false);
    const code = next.text.slice(dash + 1);
    const currency = CODES.get(code) ?? NAMES.get(code) ?? null;
    return scale === null
      ? { value, last: i, scale: 1, currency: null }
      : { value: value * scale, last: at, scale, currency };
  }
  const scale = scaleWord(next.lower, !next.space && t.kind === 'num' && !hyphen);
  if (scale === null) return { value, last: i, scale: 1, currency: null };
  // Compound scales multiply: "hundred million", "nghìn tỷ" (thousand billion).
  const after = tokens[at + 1];
  const second = after && after.kind === 'word' ? scaleWord(after.lower, false) : null;
  if (second !== null && second > scale)
    return { value: value * scale * second, last: at + 1, scale: scale * second, currency: null };
  return { value: value * scale, last: at, scale, currency: null };
}

/** A currency written after the number at token `i`: code and last token index. */
function suffixCurrency(tokens: Token[], i: number): { currency: string; last: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const code = t.kind === 'word' ? CODES.get(t.text) : undefined;
  if (code !== undefined && !PREFIX_ONLY.has(t.text)) return { currency: code, last: i };
  if (t.kind === 'punct' && t.text === '₫') return { currency: 'VND', last: i };
  if (t.kind !== 'word') return null;
  const nation = DOLLAR_NATIONS.get(t.lower);
  if (nation !== undefined && /^dollars?$/.test(tokens[i + 1]?.lower ?? '')) {
    return { currency: nation, last: i + 1 };
  }
  if (t.lower === 'hong' && isWord(tokens[i + 1], 'kong') && /^dollars?$/.test(tokens[i + 2]?.lower ?? '')) {
    return { currency: 'HKD', last: i + 2 };
  }
  if (t.lower === 'pounds' && isWord(tokens[i + 1], 'sterling')) return { currency: 'GBP', last: i + 1 };
  // "3.2 billion U.S. dollars".
  if (t.text === 'U' && tokens[i + 2]?.text === 'S' && /^dollars?$/.test(tokens[i + 4]?.lower ?? ''))
    return tokens[i + 3]?.text === '.' ? { currency: 'USD', last: i + 4 } : null;
  // Vietnamese "nhân dân tệ" (renminbi).
  if (t.lower === 'nhân' && isWord(tokens[i + 1], 'dân') && isWord(tokens[i + 2], 'tệ'))
    return { currency: 'CNY', last: i + 2 };
  // "won" and "dong" are ordinary words too; as currencies they are lower-case or follow a scale.
  const name = NAMES.get(t.lower);
  if (name !== undefined && (t.text === t.lower || t.lower === 'usd' || t.lower === 'vnd')) {
    return { currency: name, last: i };
  }
  return null;
}

/**
 * The cues by their last word, in the order of `APPROX_CUES`: only those ending in the word right before a
 * number can match, so a number is tested against one or two cues instead of all of them.
 */
const CUES_BY_LAST_WORD = new Map<string, [string[], Approx][]>();
for (const cue of APPROX_CUES) {
  const last = cue[0].at(-1)!;
  CUES_BY_LAST_WORD.set(last, [...(CUES_BY_LAST_WORD.get(last) ?? []), cue]);
}

/** The approximation cue ending right before token `i`, if any. */
function approxBefore(tokens: Token[], i: number): { approx: Approx; first: number } | null {
  const before = tokens[i - 1];
  const cues = before?.kind === 'word' ? CUES_BY_LAST_WORD.get(before.lower) : undefined;
  if (cues === undefined) return null;
  for (const [phrase, approx] of cues) {
    const n = phrase.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = isWord(tokens[i - n + k], phrase[k]!);
    if (ok) return { approx, first: i - n };
  }
  return null;
}

function isCapitalised(t: Token): boolean {
  const c = t.text[0]!;
  return c !== c.toLowerCase();
}

/** Whether the bare number ending at `last` is a part ("18 of them") of the count just before it. */
function partOf(tokens: Token[], last: number, whole: Quantity | undefined): boolean {
  return (
    whole !== undefined &&
    whole.kind === 'count' &&
    last - whole.last <= 12 &&
    isWord(tokens[last + 1], 'of') &&
    /^(them|which|these|those)$/.test(tokens[last + 2]?.lower ?? '')
  );
}

/** Whether "population of" (or Vietnamese "dân số") stands before the number at `i`, over an approximation cue. */
function populationBefore(tokens: Token[], i: number): boolean {
  let j = i - 1;
  // "a population of about 4.5 million", "dân số hơn 3,5 triệu": up to two words of approximation between.
  while (j > i - 3 && tokens[j]?.kind === 'word' && !/^(of|số)$/.test(tokens[j]!.lower)) j--;
  return (
    (isWord(tokens[j], 'of') && isWord(tokens[j - 1], 'population')) ||
    (isWord(tokens[j], 'số') && isWord(tokens[j - 1], 'dân'))
  );
}

/** Reads the counted noun after a number: modifiers, noun, and the last token index. */
function countedNoun(
  tokens: Token[],
  i: number,
  value: number,
): { noun: string; modifiers: Token[]; last: number; unit: { kind: QuantityKind; unit: FigureUnit } } | null {
  const modifiers: Token[] = [];
  let end = i + 4;
  for (let k = i; k < end && k < tokens.length; k++) {
    const t = tokens[k]!;
    // "28 foreign direct investment (FDI) projects": an acronym in brackets among the modifiers.
    if (t.text === '(' && k > i && tokens[k + 1]?.kind === 'word' && tokens[k + 2]?.text === ')') {
      k += 2;
      end += 3;
      continue;
    }
    if (t.kind !== 'word') return null;
    const pair = VI_NOUNS.get(t.lower);
    if (pair && isWord(tokens[k + 1], pair[0])) {
      return { noun: `${t.lower} ${pair[0]}`, modifiers, last: k + 1, unit: pair[1] };
    }
    const hit = NOUNS.get(t.lower);
    // A singular noun after a number other than one qualifies another noun ("three business delegations").
    if (hit && (value === 1 || !SINGULAR.has(t.lower))) {
      let last = k;
      // "153 countries and territories" is one count.
      const and = tokens[k + 1];
      const other = tokens[k + 2];
      if (isWord(and, 'and') && other && other.kind === 'word' && NOUNS.get(other.lower)?.unit === hit.unit)
        last = k + 2;
      return { noun: t.lower, modifiers, last, unit: hit };
    }
    const hyphenated = t.lower.includes('-') && /invest|own|back|fund|base|licen|regist/.test(t.lower);
    // "30 small and medium-sized companies": two modifiers joined.
    if (t.lower === 'and' && modifiers.length > 0 && MODIFIERS.has(tokens[k + 1]?.lower ?? '')) {
      end++;
      continue;
    }
    if (!(isCapitalised(t) || MODIFIERS.has(t.lower) || hyphenated) || t.lower === 'and' || t.lower === 'of')
      return null;
    modifiers.push(t);
  }
  return null;
}

/**
 * Finds money amounts, counts, percentages and populations in `tokens` in one left-to-right pass, each
 * token looked at a bounded number of times. Spans never overlap. Malformed numbers ("$1,2,3 billion")
 * yield nothing rather than a wrong value.
 */
export function findQuantities(tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'num' && !(t.kind === 'word' && (numberWord(t.lower) !== null || t.lower === 'a')))
      continue;
    const prev = tokens[i - 1];
    // Digits glued to a word that is not a currency ("G7", "COVID19") are part of a name.
    if (t.kind === 'num' && prev && !t.space && prev.kind === 'word' && !CODES.has(prev.text)) continue;
    if (
      t.kind === 'num' &&
      prev &&
      !t.space &&
      prev.kind === 'punct' &&
      (prev.text === '.' || prev.text === ',')
    )
      continue;
    const num = readNumber(tokens, i);
    if (!num) continue;
    const prefix = prefixCurrency(tokens, i);
    let currency = prefix?.currency ?? num.currency;
    const first = prefix?.first ?? i;
    let last = num.last;
    let value = num.value;
    let high: number | null = null;

    // A range shares its currency and scale: "$10-15 million", "$10 million to $15 million".
    const sep = tokens[last + 1];
    if (sep && (isDash(sep) || isWord(sep, 'to'))) {
      let j = last + 2;
      // "$10 million to $15 million", "NT$3 billion to NT$5 billion": the second amount may repeat the currency.
      const sign = tokens[j];
      if (
        sign &&
        currency &&
        sign.kind === 'word' &&
        DOLLAR_PREFIX.has(sign.lower) &&
        tokens[j + 1]?.text === '$'
      )
        j++;
      if (currency && tokens[j]?.kind === 'punct' && SIGNS.has(tokens[j]!.text)) j++;
      if (tokens[j]?.kind === 'num' && (currency || !isWord(sep, 'to'))) {
        const second = readNumber(tokens, j);
        // "$14.9 billion to 800 projects" gives money to projects: a range's high end repeats the scale.
        const unscaled = isWord(sep, 'to') && num.scale > 1 && second?.scale === 1;
        if (second && !unscaled) {
          if (num.scale === 1) value *= second.scale;
          high = second.value;
          last = second.last;
        }
      }
    }

    let kind: QuantityKind | null = currency ? 'money' : null;
    let unit: FigureUnit | null = null;
    let noun: string | null = null;
    let modifiers: Token[] = [];
    if (!currency) {
      // "1.5-billion-USD".
      const glued = isDash(tokens[last + 1]) && !tokens[last + 1]!.space && !tokens[last + 2]?.space;
      const suffix = suffixCurrency(tokens, last + 1) ?? (glued ? suffixCurrency(tokens, last + 2) : null);
      if (suffix) {
        currency = suffix.currency;
        kind = 'money';
        last = suffix.last;
      }
    }
    if (currency) unit = OWN_UNIT.has(currency) ? (currency as FigureUnit) : 'other';
    else {
      const after = tokens[last + 1];
      if (after && after.kind === 'punct' && after.text === '%') {
        kind = 'percent';
        last += 1;
      } else if (isWord(after, 'percent') || isWord(after, 'pct')) {
        kind = 'percent';
        last += 1;
      } else if (isWord(after, 'per') && isWord(tokens[last + 2], 'cent')) {
        kind = 'percent';
        last += 2;
      } else if (isWord(after, 'percentage') && isWord(tokens[last + 2], 'points')) {
        kind = 'percent';
        last += 2;
      }
      if (kind === 'percent') unit = 'percent';
      else {
        // "6 of those projects", "12 of the companies": a part named by its noun.
        const ofThose =
          isWord(tokens[last + 1], 'of') &&
          /^(those|these|the|its|their)$/.test(tokens[last + 2]?.lower ?? '');
        const counted = countedNoun(tokens, ofThose ? last + 3 : last + 1, value);
        if (counted) {
          const info = counted.unit;
          kind = info.kind;
          unit = info.unit;
          noun = counted.noun;
          modifiers = counted.modifiers;
          last = counted.last;
        } else if (partOf(tokens, last, out.at(-1))) {
          // "about 150 Hyogo enterprises operate in Vietnam, 18 of them in Dong Nai": a part counts what the whole does.
          const whole = out.at(-1)!;
          kind = whole.kind;
          unit = whole.unit;
          noun = whole.noun;
        } else if (populationBefore(tokens, first)) {
          // "a population of 4.5 million" counts people without naming them.
          kind = 'people';
          unit = 'people';
          noun = 'population';
        }
      }
    }
    if (!kind || !unit) continue;
    const cue = approxBefore(tokens, first);
    out.push({
      kind,
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      first,
      last,
      value,
      high,
      unit,
      currency,
      approx: cue?.approx ?? null,
      cueFirst: cue?.first ?? first,
      noun,
      modifiers,
    });
    i = last;
  }
  return out;
}
