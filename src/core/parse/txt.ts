import type { ArticleFormat, Block, BlockKind, ParsedArticle } from '../model';
import { dateOnlyLine, findDate, isoDate } from './dates';
import { deriveTitle } from './derive-title';

/** A run of text by offsets into the article text, trimmed of surrounding white space. */
interface Span {
  start: number;
  end: number;
}

/**
 * The leading ` date YYYY-MM-DD` marker news files carry; the body may follow on the same line. The marker is
 * metadata, so it is cut from the text — the only change made to the file's text.
 */
const DATE_MARKER = /^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?:[ \t]+|[ \t]*(?:\r\n|\n|\r)|$)/;

/** "(Photo: baobinhduong.vn)", "(Ảnh: TTXVN)", "(Source: JETRO)": a credit glued to a caption. */
const CREDIT = /\((?:photos?|ảnh|image|illustration|file photo|source|nguồn|credit)\s*[:：][^()\n]{1,80}\)/iu;
/** A caption ending in an unbracketed credit: "Workers at the plant. Photo: VNA". */
const TRAILING_CREDIT = /\s(?:photos?|ảnh|image|source|nguồn)\s*:\s*[^\s.][^\n]{0,60}$/iu;
/** A credit or byline standing on its own line. */
const CREDIT_LINE = /^(?:(?:photos?|ảnh|image|source|nguồn|credit)\s*:|by\s+\p{Lu})/iu;

/** Sign-offs that reveal the outlet: VNA closes with "./.", others with "— VNS", "(Reuters)". */
const SIGNATURE =
  /(?:\s*\.\/\.|\s[—–-]{1,2}\s*(\p{Lu}[\p{L}.&]{1,15}(?: \p{Lu}[\p{L}.&]{1,15}){0,2})|\s\((\p{Lu}[\p{L}.&]{1,15}(?: \p{Lu}[\p{L}.&]{1,15}){0,2})\))\s*$/u;

const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** One dateline segment: a place, an optional date, an optional agency — "Hanoi, Dec 15 (VNA)". */
const DATELINE_SEGMENT = new RegExp(
  "(\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,4})" +
    `(,?\\s*(?:${MONTH_WORD}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_WORD}(?:\\s+\\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{4})?))?` +
    '(\\s*\\((\\p{Lu}[\\p{L}.&]{1,15}(?: \\p{Lu}[\\p{L}.&]{1,15}){0,2})\\))?' +
    '\\s*[-–—]{1,2}\\s+',
  'uy',
);

/** What the header and first paragraph revealed. */
interface Header {
  title: string | null;
  date: string | null;
  source: string | null;
  dateline: string | null;
}

/**
 * Parses plain-text news (files as outlets and copy-paste deliver them): date marker, section label, headline,
 * date line, caption and credit, dateline, body paragraphs and sign-off become metadata and blocks.
 */
export function parsePlainText(raw: string, format: ArticleFormat, origin: string): ParsedArticle {
  const marker = DATE_MARKER.exec(raw);
  const text = marker ? raw.slice(marker[0].length) : raw;
  const meta: Header = {
    title: null,
    date: marker ? isoDate(+marker[1], +marker[2], +marker[3]) : null,
    source: null,
    dateline: null,
  };
  const blocks: Block[] = [];
  const add = (kind: BlockKind, start: number, end: number): void => {
    const span = trim(text, start, end);
    if (span.end > span.start) blocks.push({ kind, ...span });
  };

  const paras = paragraphs(text);
  let i = readHeader(text, paras, meta, add);
  let derivedFrom: string | null = null;
  const last = paras.length - 1;
  let datelineTried = false;
  for (; i < paras.length; i++) {
    let { start, end } = paras[i];
    if (i === last) end = readSignature(text, start, end, meta, add);
    const line = text.slice(start, end);
    if (CREDIT_LINE.test(line) && line.length <= 80) {
      add('credit', start, end);
      continue;
    }
    start = readCaption(text, start, end, add);
    if (start >= end) continue;
    if (!endsSentence(text.slice(start, end)) && start === paras[i].start && i !== last) {
      add(wordCount(text.slice(start, end)) <= 3 ? 'section' : 'caption', start, end);
      continue;
    }
    if (!datelineTried) {
      start = readDateline(text, start, end, meta, add);
      datelineTried = true;
    }
    derivedFrom ??= text.slice(start, end);
    add('paragraph', start, end);
  }

  let titleDerived = false;
  if (meta.title === null) {
    meta.title = deriveTitle(derivedFrom ?? text);
    titleDerived = meta.title !== null;
  }
  blocks.sort((a, b) => a.start - b.start);
  return { text, ...meta, titleDerived, blocks, format, origin };
}

/** Records a block of the given kind over [start, end) of the text. */
type AddBlock = (kind: BlockKind, start: number, end: number) => void;

/**
 * The header: date-only lines, bylines, a short section label ("Making news") and the headline, in any order
 * before the first body paragraph. Returns the index of the first body paragraph.
 */
function readHeader(text: string, paras: Span[], meta: Header, add: AddBlock): number {
  let i = 0;
  // A header is a handful of lines; looking further would take body lines for metadata.
  for (; i < Math.min(paras.length - 1, 5); i++) {
    const { start, end } = paras[i];
    const line = text.slice(start, end);
    // "(LEAD) Hanseong Chemical to invest …": a wire's tag for the version is not part of the headline.
    const tag = wireTag(line);
    const headline = line.slice(tag).trimStart();
    const date = dateOnlyLine(line);
    if (date) {
      meta.date ??= date;
      add('dateline', start, end);
    } else if (/^by\s+\p{Lu}/iu.test(line) && line.length <= 60) {
      add('credit', start, end);
    } else if (meta.title === null && (isSectionLabel(line) || isSender(text, line, paras[i + 1]))) {
      add('section', start, end);
    } else if (meta.title === null && isHeadline(headline)) {
      if (tag > 0) add('section', start, start + tag);
      meta.title = headline.replace(/\s+/g, ' ');
      add('title', end - headline.length, end);
    } else {
      break;
    }
  }
  return i;
}

/** A caption and its credit glued before the body ("A factory. (Photo: x.vn)Binh Duong (VNA) - …"). */
function readCaption(text: string, start: number, end: number, add: AddBlock): number {
  const line = text.slice(start, end);
  const credit = CREDIT.exec(line);
  if (credit && credit.index <= 300) {
    add('caption', start, start + credit.index);
    const creditEnd = start + credit.index + credit[0].length;
    add('credit', start + credit.index, creditEnd);
    return trim(text, creditEnd, end).start;
  }
  const trailing = line.length <= 300 ? TRAILING_CREDIT.exec(line) : null;
  if (trailing) {
    add('caption', start, start + trailing.index);
    add('credit', start + trailing.index, end);
    return end;
  }
  return start;
}

/** A dateline opening the first body paragraph: "Binh Duong (VNA) -", "VIETNAM, December 15 - HÀ NỘI —". */
function readDateline(text: string, start: number, end: number, meta: Header, add: AddBlock): number {
  let pos = start;
  let lastEnd = start;
  let date: string | null = null;
  let agency: string | null = null;
  // At most two segments: "VIETNAM, December 15 - HÀ NỘI —" is the longest form outlets use.
  for (let n = 0; n < 2; n++) {
    DATELINE_SEGMENT.lastIndex = pos;
    const m = DATELINE_SEGMENT.exec(text);
    if (!m || m.index + m[0].length > end || m[0].length > 80) break;
    const [, place, datePart, , name] = m;
    const shouting = /\p{Lu}{2}/u.test(place) && place === place.toUpperCase();
    if (!shouting && !datePart && !name) break;
    if (datePart) date ??= findDate(datePart)?.iso ?? null;
    if (name) agency ??= name;
    lastEnd = pos + m[0].replace(/\s*[-–—]{1,2}\s+$/, '').length;
    pos += m[0].length;
  }
  if (pos === start || pos >= end) return start;
  meta.dateline = text.slice(start, lastEnd);
  meta.date ??= date;
  meta.source ??= agency;
  add('dateline', start, lastEnd);
  return pos;
}

/** Cuts a sign-off ("./.", "— VNS") from the end of the last paragraph; returns the paragraph's new end. */
function readSignature(text: string, start: number, end: number, meta: Header, add: AddBlock): number {
  const line = text.slice(start, end);
  const m = SIGNATURE.exec(line);
  if (!m) return end;
  const name = m[1] ?? m[2];
  meta.source ??= name ?? 'VNA';
  const at = start + m.index + (m[0].length - m[0].trimStart().length);
  add('signature', at, end);
  return at;
}

/** Paragraphs: non-empty lines, or runs of lines when the file is hard-wrapped with blank lines between. */
function paragraphs(text: string): Span[] {
  const lines: Span[] = [];
  const breaks = /\r\n|\n|\r/g;
  let from = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const to = m ? m.index : text.length;
    const span = trim(text, from, to);
    lines.push(span);
    if (!m) break;
    from = m.index + m[0].length;
  }
  const nonEmpty = lines.filter((l) => l.end > l.start);
  const width = Math.max(0, ...nonEmpty.map((l) => l.end - l.start));
  let joined = 0;
  let blankBetween = false;
  for (let k = 1; k < lines.length; k++) {
    const empty = lines[k].end === lines[k].start;
    if (!empty && lines[k - 1].end > lines[k - 1].start) joined++;
    if (!empty && lines[k - 1].end === lines[k - 1].start && nonEmpty[0].start < lines[k].start)
      blankBetween = true;
  }
  // Hard-wrapped prose: blank lines between paragraphs, lines that stop near a fixed width. Only a line that
  // reaches near that width continues on the next, so a short headline above a date line stays on its own.
  if (width > 120 || joined === 0 || !blankBetween) return nonEmpty;
  const out: Span[] = [];
  let prev: Span | null = null;
  for (const line of lines) {
    if (line.end === line.start) prev = null;
    else if (prev && prev.end - prev.start >= 0.6 * width) {
      out[out.length - 1].end = line.end;
      prev = line;
    } else {
      out.push({ ...line });
      prev = line;
    }
  }
  return out;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** Whether a line ends like prose (".", "?", "!", a closing quote after one) rather than like a heading. */
function endsSentence(line: string): boolean {
  return /[.!?…:;]["”’)\]]*$/.test(line);
}

/** A wire's version tag before a headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)". */
const WIRE_TAG =
  /^\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d+)?|News Focus|News Analysis|Yonhap Interview|Yonhap Feature|EXCLUSIVE)\)(?=\s+\S)/i;

/** Length of the wire tag opening a line, or 0. */
function wireTag(line: string): number {
  return WIRE_TAG.exec(line)?.[0].length ?? 0;
}

/**
 * A short label line before the headline or lede ("Making news", "Business", "FDI"), or a breadcrumb of
 * sections a web page puts above it ("ENERGY & INDUSTRY | ASIA", "Home › Business › Investment").
 */
function isSectionLabel(line: string): boolean {
  if (endsSentence(line) || !/^\p{Lu}/u.test(line)) return false;
  if (line.length <= 30 && wordCount(line) <= 3) return true;
  const parts = line.split(/\s+[|›»>/]\s+/);
  return line.length <= 60 && parts.length >= 2 && parts.every((part) => wordCount(part) <= 4);
}

/** Units of an organisation that send a press release, named on a line of their own above its headline. */
const SENDER_UNITS = /\b(Division|Department|Bureau|Office|Section|Secretariat|Unit|Desk)\b/u;

/**
 * A portal's or paper's masthead copied above the headline: "Cổng Thông tin điện tử tỉnh X", or in English
 * "HUNG YEN PROVINCE ELECTRONIC INFORMATION PORTAL", "Da Nang Online Newspaper".
 */
const MASTHEAD =
  /^(Cổng [Tt]hông tin điện tử|Báo điện tử|Tạp chí điện tử)(?=\s)|\s(electronic information portal|information portal|web portal|e-portal|online newspaper|e-newspaper)$/iu;

/**
 * A press release's sender line ("International Affairs Division, Toyama Prefecture") above the headline: a
 * name of capitalised words (with "of", "and", "for", "the") naming a unit, followed by a headline line; or a
 * Vietnamese portal's masthead followed by one.
 */
function isSender(text: string, line: string, next: Span | undefined): boolean {
  if (!next || !isHeadline(text.slice(next.start, next.end))) return false;
  return (
    MASTHEAD.test(line) ||
    (SENDER_UNITS.test(line) &&
      line.split(/[\s,]+/).every((w) => w === '' || /^(\p{Lu}|of$|and$|for$|the$|&$)/u.test(w)))
  );
}

/** A headline: one line of moderate length that does not end like a sentence and is not a dateline or caption. */
function isHeadline(line: string): boolean {
  return (
    line.length >= 8 &&
    line.length <= 200 &&
    wordCount(line) <= 30 &&
    !/[.,;:]$/.test(line) &&
    /^[\p{Lu}\p{N}"“‘']/u.test(line) &&
    !CREDIT.test(line) &&
    !/\s[-–—]{1,2}\s.*[.]$/.test(line)
  );
}
