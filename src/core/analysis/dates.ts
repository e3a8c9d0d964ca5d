import type { Token } from './tokens';

/** A calendar date, month or year found in the text, with the parts it states. */
export interface DateMention {
  start: number;
  end: number;
  /** Token indices (inclusive) of the span. */
  first: number;
  last: number;
  year: number | null;
  /** 1-12 */
  month: number | null;
  day: number | null;
}

/** The parts of a date; missing parts are null. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

const MONTHS = new Map<string, number>(
  Object.entries({
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  }),
);

/** Month names that are also everyday words; alone they count only after a cue such as "in" or "since". */
const AMBIGUOUS = new Set(['may', 'march']);

/** Words before a bare month that make it a date ("in September", "scheduled for November"). */
const MONTH_CUES = new Set([
  'in',
  'since',
  'from',
  'until',
  'till',
  'by',
  'of',
  'for',
  'during',
  'through',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'before',
  'after',
  'end',
  'between',
  'and',
  'to',
]);

/** Vietnamese words before a bare day/month ("Ngày 17/9"), which tell it from a fraction or a score. */
const DAY_MONTH_CUES = new Set(['ngày', 'hôm', 'từ', 'đến', 'và', 'sáng', 'chiều', 'tối', 'trưa']);

/** Words after a number that make it a quantity rather than a year. */
const NOT_YEAR_AFTER =
  /^(projects?|enterprises|companies|businesses|firms|investors|people|workers|units|tonnes|tons|hectares|ha|km|m|sq|square|cars|jobs|visitors|delegates|members|students|usd|vnd|jpy|eur|dollars|yen|dong|billion|million|trillion|thousand|bn|mln)$/;

// Called so rather than as `t.text.charCodeAt(0)` or `t.text.includes('-')`: token strings come in every
// representation V8 has, which makes the method look-up on them megamorphic (see the lexer).
const { charCodeAt, includes } = String.prototype;

/**
 * The lengths month names have, a bit per length, by their capital initial's character code: most capitalised
 * words are names ("Hanoi", "Japan", "Nguyen") that no other step looks up, so this spares hashing them.
 */
const MONTH_SHAPES = new Uint16Array(91);
for (const name of MONTHS.keys()) MONTH_SHAPES[name.charCodeAt(0) - 32]! |= 1 << name.length;

function monthOf(t: Token | undefined): number | null {
  if (!t || t.kind !== 'word') return null;
  const c = charCodeAt.call(t.text, 0);
  if (c < 65 || c > 90 || t.lower.length > 9 || (MONTH_SHAPES[c]! & (1 << t.lower.length)) === 0) return null;
  return MONTHS.get(t.lower) ?? null;
}

function isAbbreviation(t: Token): boolean {
  return t.lower.length <= 4 && t.lower !== 'june' && t.lower !== 'july' && t.lower !== 'may';
}

/** A day, month and year written with dots in one number: "16.09.2025". */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)$/;

function dayOf(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || t.text.length > 2) return null;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : null;
}

function yearOf(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || t.text.length !== 4) return null;
  const y = Number(t.text);
  return y >= 1900 && y <= 2099 ? y : null;
}

function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

function glued(t: Token | undefined): boolean {
  return t !== undefined && !t.space;
}

/** Skips an ordinal suffix glued to a day ("24th"); returns the index of the day's last token. */
function ordinalEnd(tokens: Token[], i: number): number {
  const n = tokens[i + 1];
  return n && glued(n) && n.kind === 'word' && /^(st|nd|rd|th)$/.test(n.lower) ? i + 1 : i;
}

/** Extends a day to a day range ("16-17", "29 to 31"); returns the last index. */
function dayRangeEnd(tokens: Token[], i: number): number {
  const end = ordinalEnd(tokens, i);
  if (isPunct(tokens[end + 1], '-–') && dayOf(tokens[end + 2]) !== null && glued(tokens[end + 2])) {
    return ordinalEnd(tokens, end + 2);
  }
  const to = tokens[end + 1];
  if (
    to?.kind === 'word' &&
    to.lower === 'to' &&
    dayOf(tokens[end + 2]) !== null &&
    yearOf(tokens[end + 2]) === null
  ) {
    // Not "October 29 to 31 projects": a range of days stands alone or before a year.
    const after = tokens[end + 3];
    if (!after || after.kind === 'punct' || yearOf(after) !== null) return ordinalEnd(tokens, end + 2);
  }
  return end;
}

/** A trailing year after a month or day ("October 17, 2024", "December 2014"). */
function trailingYear(tokens: Token[], i: number): { year: number; last: number } | null {
  let j = i + 1;
  if (isPunct(tokens[j], ',')) j++;
  const year = yearOf(tokens[j]);
  return year !== null ? { year, last: j } : null;
}

/** Edges of a month written glued to it: "end-September", "mid-June". */
const MONTH_EDGES = new Set(['end', 'mid', 'early', 'late']);

/**
 * A hyphenated word of months: "January-August" (a period, read as its last month) or "end-September";
 * null for any other hyphenated word. `end` is true after "end-".
 */
function hyphenatedMonths(text: string): { month: number; end: boolean } | null {
  const parts = text.split('-');
  const edge = MONTH_EDGES.has(parts[0]!.toLowerCase()) ? parts[0]!.toLowerCase() : null;
  if (parts.length !== 2 || parts[0] === parts[1]) return null;
  let month: number | null = null;
  for (let k = edge ? 1 : 0; k < parts.length; k++) {
    const c = parts[k]!.charCodeAt(0);
    month = c >= 65 && c <= 90 ? (MONTHS.get(parts[k]!.toLowerCase()) ?? null) : null;
    if (month === null || parts[k]!.length <= 3) return null;
  }
  return month === null ? null : { month, end: edge === 'end' };
}

/**
 * Length of the shortest word `hyphenatedMonths` reads ("end-June"; its months have more than three letters):
 * a length test spares most words the search for a hyphen.
 */
const SHORTEST_HYPHENATED_MONTHS = 'end-June'.length;

/** The last day of a month (February of a leap year has 29). */
function lastDay(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Finds dates that anchor an event: "November 24", "24 November 2025", "November 16-17", "December 2014",
 * "in September", "2013", "2021-2025", "2024-10-18", "18/10/2024". Weekdays, relative phrases ("last
 * year"), decades ("the 2010s") and holidays are not dates. One pass, bounded look-ahead per token.
 */
export function findDates(tokens: Token[]): DateMention[] {
  const out: DateMention[] = [];
  const push = (
    first: number,
    last: number,
    year: number | null,
    month: number | null,
    day: number | null,
  ): void => {
    out.push({ start: tokens[first]!.start, end: tokens[last]!.end, first, last, year, month, day });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A date starts at a word (a month, "tháng") or at a number, never at punctuation: a fifth of the tokens
    // are passed over without reading further.
    if (t.kind === 'punct') continue;
    const joined =
      t.kind === 'word' && t.text.length >= SHORTEST_HYPHENATED_MONTHS && includes.call(t.text, '-')
        ? hyphenatedMonths(t.text)
        : null;
    if (joined) {
      // "end-September", "January-August 2025": the month a period ends in, and its last day after "end".
      const y = trailingYear(tokens, i);
      push(
        i,
        y?.last ?? i,
        y?.year ?? null,
        joined.month,
        joined.end ? lastDay(joined.month, y?.year ?? 2001) : null,
      );
      if (y) i = y.last;
      continue;
    }
    // Vietnamese "tháng 8/2025" (August 2025), "tháng 9" (September).
    if (t.lower === 'tháng') {
      const mo = dayOf(tokens[i + 1]);
      if (mo !== null && mo <= 12 && tokens[i + 1]!.space) {
        const yr =
          isPunct(tokens[i + 2], '/') && glued(tokens[i + 2]) && glued(tokens[i + 3])
            ? yearOf(tokens[i + 3])
            : null;
        push(i, yr !== null ? i + 3 : i + 1, yr, mo, null);
        i += yr !== null ? 3 : 1;
        continue;
      }
    }
    const month = monthOf(t);
    if (month !== null) {
      let m = i;
      if (isAbbreviation(t) && isPunct(tokens[i + 1], '.') && glued(tokens[i + 1])) m = i + 1;
      const day = dayOf(tokens[m + 1]);
      if (day !== null && yearOf(tokens[m + 1]) === null) {
        const last = dayRangeEnd(tokens, m + 1);
        const y = trailingYear(tokens, last);
        push(i, y?.last ?? last, y?.year ?? null, month, day);
        i = y?.last ?? last;
        continue;
      }
      const year = yearOf(tokens[m + 1]);
      if (year !== null) {
        push(i, m + 1, year, month, null);
        i = m + 1;
        continue;
      }
      const prev = tokens[i - 1];
      const cued = prev !== undefined && prev.kind === 'word' && MONTH_CUES.has(prev.lower);
      if ((cued || !AMBIGUOUS.has(t.lower)) && !isAbbreviation(t)) push(i, i, null, month, null);
      continue;
    }
    // Every other date starts at a number.
    if (t.kind !== 'num') continue;
    // "16.09.2025", as German and Russian outlets write a date: one number token with two dots.
    const dotted = DOTTED_DATE.exec(t.text);
    if (dotted) {
      const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
      if (d >= 1 && d <= 31 && m >= 1 && m <= 12) push(i, i, y, m, d);
      continue;
    }
    const day = dayOf(t);
    const gluedToWord = i > 0 && !t.space && tokens[i - 1]!.kind !== 'punct';
    if (day !== null && !gluedToWord) {
      const last = dayRangeEnd(tokens, i);
      const mt = tokens[last + 1];
      const mon = monthOf(mt);
      if (mon !== null && mt!.space) {
        let l = last + 1;
        if (isAbbreviation(mt!) && isPunct(tokens[l + 1], '.') && glued(tokens[l + 1])) l++;
        const y = trailingYear(tokens, l);
        push(i, y?.last ?? l, y?.year ?? null, mon, day);
        i = y?.last ?? l;
        continue;
      }
      // Numeric day/month/year ("18/10/2024"), as Vietnamese outlets write it.
      const mo = dayOf(tokens[i + 2]);
      const yr = yearOf(tokens[i + 4]);
      if (
        isPunct(tokens[i + 1], '/') &&
        mo !== null &&
        mo <= 12 &&
        isPunct(tokens[i + 3], '/') &&
        yr !== null
      ) {
        if (glued(tokens[i + 1]) && glued(tokens[i + 2]) && glued(tokens[i + 3]) && glued(tokens[i + 4])) {
          push(i, i + 4, yr, mo, day);
          i += 4;
          continue;
        }
      }
      // Vietnamese day/month after a word that dates it: "Ngày 17/9", "từ 12/11 đến 13/11".
      if (
        isPunct(tokens[i + 1], '/') &&
        mo !== null &&
        mo <= 12 &&
        glued(tokens[i + 1]) &&
        glued(tokens[i + 2]) &&
        !isPunct(tokens[i + 3], '/') &&
        DAY_MONTH_CUES.has(tokens[i - 1]?.lower ?? '')
      ) {
        push(i, i + 2, null, mo, day);
        i += 2;
        continue;
      }
    }
    const year = yearOf(t);
    if (year === null) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "mid-2027", "end-2026": the edge of a year, written glued to it, is part of the date.
    if (isPunct(prev, '-') && glued(prev) && glued(t) && MONTH_EDGES.has(tokens[i - 2]?.lower ?? '')) {
      push(i - 2, i, year, null, null);
      continue;
    }
    // Part of a longer token sequence such as "No.2013" or "$2015".
    if (prev && !t.space && (prev.kind === 'num' || (prev.kind === 'punct' && !'("“'.includes(prev.text))))
      continue;
    if (next && glued(next) && next.kind === 'word') continue; // "2010s", "2024th"
    if (next && next.kind === 'word' && NOT_YEAR_AFTER.test(next.lower)) continue;
    if (next && next.kind === 'punct' && next.text === '%') continue;
    // ISO date "2024-10-18".
    if (isPunct(next, '-') && glued(next) && dayOf(tokens[i + 2]) !== null && isPunct(tokens[i + 3], '-')) {
      const mo = Number(tokens[i + 2]!.text);
      const d = dayOf(tokens[i + 4]);
      if (
        mo >= 1 &&
        mo <= 12 &&
        d !== null &&
        glued(tokens[i + 2]) &&
        glued(tokens[i + 3]) &&
        glued(tokens[i + 4])
      ) {
        push(i, i + 4, year, mo, d);
        i += 4;
        continue;
      }
    }
    // A span of years ("2021-2025") is one date.
    if (isPunct(next, '-–') && yearOf(tokens[i + 2]) !== null) {
      push(i, i + 2, year, null, null);
      i += 2;
      continue;
    }
    push(i, i, year, null, null);
  }
  return out;
}

/** The dates inside `span` (dates sorted by start), found by binary search so per-sentence lookups stay cheap. */
export function datesWithin(dates: DateMention[], span: { start: number; end: number }): DateMention[] {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: DateMention[] = [];
  for (let i = lo; i < dates.length && dates[i]!.end <= span.end; i++) out.push(dates[i]!);
  return out;
}

/**
 * Completes a date with the anchor's year when it states none ("September 30" in an article of
 * 2025-10-21 → "2025-09-30"). With `past`, a date that would fall after the anchor is taken from the
 * year before ("as of December 31" written in January). Returns YYYY, YYYY-MM or YYYY-MM-DD, or null.
 */
export function resolveDate(parts: DateParts, anchor: DateParts | null, past = false): string | null {
  let year = parts.year;
  if (year === null) {
    if (!anchor || anchor.year === null || parts.month === null) return null;
    year = anchor.year;
    if (past && anchor.month !== null) {
      const later =
        parts.month > anchor.month || (parts.month === anchor.month && (parts.day ?? 0) > (anchor.day ?? 31));
      if (later) year -= 1;
    }
  }
  return formatDate({ year, month: parts.month, day: parts.day });
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Formats date parts as YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatDate(parts: DateParts & { year: number }): string {
  if (parts.month === null) return String(parts.year);
  if (parts.day === null) return `${parts.year}-${pad(parts.month)}`;
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The anchor formatted once per article (the default as-of and signing date), or null without a year. */
export function formatAnchor(anchor: DateParts | null): string | null {
  return anchor?.year != null ? formatDate({ ...anchor, year: anchor.year }) : null;
}

/** Whether a lower-case word names a month ("september", "sept"). */
export function isMonthName(lower: string): boolean {
  return MONTHS.has(lower);
}

/** Reads "YYYY-MM-DD" (an article's date) into parts; null when absent or malformed. */
export function parseIsoDate(iso: string | null): DateParts | null {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}
