/**
 * Publication dates as news files write them in their header lines ("December 15, 2023", "15/12/2023",
 * "2023-12-15", "Ngày 15 tháng 12 năm 2023"), turned into ISO YYYY-MM-DD.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** A date found in a string: where it is and what day it means (`iso` null when it names no full day). */
export interface FoundDate {
  index: number;
  length: number;
  /** YYYY-MM-DD, or null when the text gives no year (a dateline's "December 15"). */
  iso: string | null;
}

/** Patterns in order of preference; each yields [year, month, day] from its groups. */
const PATTERNS: { re: RegExp; ymd: (m: RegExpExecArray) => [number | null, number, number] }[] = [
  // No word boundary after the day: "2023-12-15T10:00" (ISO date-time in HTML meta tags) counts.
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  // Day first, as Vietnamese and British outlets write it: 15/12/2023, 15-12-2023, 15.12.2023.
  { re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/, ymd: (m) => [+m[3], +m[2], +m[1]] },
  {
    re: /\bng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})(?:\s+n[ăa]m\s+(\d{4}))?/i,
    ymd: (m) => [m[3] ? +m[3] : null, +m[2], +m[1]],
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i'),
    ymd: (m) => [m[3] ? +m[3] : null, MONTHS[m[1].toLowerCase()], +m[2]],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4})\\b)?`, 'i'),
    ymd: (m) => [m[3] ? +m[3] : null, MONTHS[m[2].toLowerCase()], +m[1]],
  },
];

/** ISO date for a real calendar day, else null (rejects 2023-02-30 and month 13). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first recognisable date in `text`, or null. Only call it on metadata positions, never on body text. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, ymd } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const [year, month, day] = ymd(m);
    const iso = year === null ? null : isoDate(year, month, day);
    if (year !== null && iso === null) continue;
    if (year === null && (month < 1 || day < 1 || day > 31)) continue;
    best = { index: m.index, length: m[0].length, iso };
  }
  return best;
}

/** Words that may surround a date on a date-only header line ("Published: Friday, 15/12/2023 10:30 GMT+7"). */
const DATE_LINE_NOISE =
  /\b(?:published|updated|posted|released|issued|last|modified|date|on|at|cập nhật|ngày đăng|đăng|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|thứ\s+\S+|chủ nhật|am|pm|sa|ch|gmt|utc|ict|jst)\b|\d{1,2}:\d{2}(?::\d{2})?|[+-]\d{1,2}(?::?\d{2})?|[|,:·()\-–—/\s]/giu;

/** The ISO date when `line` is a header line that says nothing but a full date, else null. */
export function dateOnlyLine(line: string): string | null {
  if (line.length > 80) return null;
  const found = findDate(line);
  if (!found?.iso) return null;
  const rest = line.slice(0, found.index) + ' ' + line.slice(found.index + found.length);
  return rest.replace(DATE_LINE_NOISE, '') === '' ? found.iso : null;
}
