import type { Analysis, Figure, Mention } from '../model';
import { countryOf, lookupDemonym, lookupRef } from '../knowledge/gazetteer';
import { findAgreements } from './agreements';
import { buildContexts, newArticleState } from './context';
import type { EntityLookup } from './context';
import { findDates, parseIsoDate } from './dates';
import type { DateMention, DateParts } from './dates';
import { recognizeEntities } from './entities/recognize';
import type { EntityRecognition } from './entities/recognize';
import { extractFigures } from './figures';
import { findQuantities } from './quantities';
import type { Quantity } from './quantities';
import { splitSentences } from './sentences';
import type { Span } from './sentences';
import { tokenize } from './tokens';
import type { Token } from './tokens';

/**
 * Version of what the engine finds: bump it with any change to its output, so the app analyses stored
 * articles again (every article whose stored analysis is older is re-run in the background).
 * 2: officials after "the provincial People's Committee", wire credits, pacts, investors named by
 * "plans/adds/said it would invest", more companies by name.
 * 3: partners' provinces and cities, Vietnamese-language bodies and verbs, delegation lists, table rows,
 * stakes and deals, "respectively" lists, a flow without a place going to the article's country, agreements
 * without datelines, venues or repeats.
 * 4: stocks of valid projects as registered capital, "the first phase" and "the company" taking the
 * investment's investor, loans and their borrowers, shares of a total, "tỉ", hyphenated seats ("Hyogo-based"),
 * the lender of an ODA agreement, names in capitals after a title, "The MoU was signed by …" as a repeat.
 * 5: official statistics as registered capital whatever the verb, rankings that run on, "the park" and "the
 * Japanese conglomerate", a company's money going to the article's province, Vietnamese statistics' words,
 * tranches and "of that" as aid, more companies and outlets; agreements signed earlier ("after agreements with
 * Okayama in 2019"), clauses that end at a comma, dates of "the same day", none with one party.
 */
export const ANALYSIS_VERSION = 5;

/** Context the engine needs besides the text. */
export interface AnalyzeOptions {
  /** Article publication date (YYYY-MM-DD) — anchors "September 30", "this year", figure asOf. */
  date: string | null;
}

/** The gazetteer as the figure and agreement rules see it. */
const GAZETTEER: EntityLookup = {
  demonym: lookupDemonym,
  isCountry: (ref) => lookupRef(ref)?.kind === 'country',
  isPrefecture: (ref) => lookupRef(ref)?.kind === 'jp-prefecture',
  countryOf,
  isCity: (ref) => lookupRef(ref)?.kind === 'city',
  isCompany: (ref) => {
    const kind = lookupRef(ref)?.kind;
    return kind === undefined ? !NOT_COMPANIES.test(ref) : kind === 'company';
  },
  isPark: (ref) => {
    const kind = lookupRef(ref)?.kind;
    return kind === undefined ? PARKS.test(ref) : kind === 'industrial-park';
  },
};

/** Refs of bodies the knowledge does not list that name by their designator what they are, not a company. */
const NOT_COMPANIES =
  /(park|zone|estate|committee|council|ministry|agency|department|office|embassy|association|chamber|government|authority|university|institute|bank|news|times|post)$|^(ministry|department|embassy|bao)-/;

/** Refs of bodies the knowledge does not list that name by their designator a park or zone. */
const PARKS = /-(park|parks|zone|zones|estate|ip|iz|ez|complex|hub)(-|$)/;

/** Analyses one article: entities with refs, MONEY/DATE mentions, figures and agreements. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  return analyzeWithEntities(text, options, recognizeEntities(text));
}

/**
 * The date figures and agreements are anchored to when the article states none: the first day-and-month
 * in the text, in its own year or else the latest year the text names ("Meet Japan 2023 … on September 8"
 * → 2023-09-08).
 */
export function inferAnchor(dates: DateMention[]): DateParts | null {
  let year: number | null = null;
  for (const d of dates) if (d.year !== null && (year === null || d.year > year)) year = d.year;
  const day = dates.find((d) => d.month !== null && d.day !== null && (d.year ?? year) !== null);
  if (day) return { year: day.year ?? year, month: day.month, day: day.day };
  return year === null ? null : { year, month: null, day: null };
}

/**
 * Merges mention lists into text order without overlaps. Earlier lists win a conflict: a MONEY span beats
 * a place inside it ("US" in "US$ 75 mln"), a name beats a date inside it.
 */
function mergeMentions(...input: Mention[][]): Mention[] {
  const byStart = (a: Mention, b: Mention): number => a.start - b.start;
  const lists = input.map((l) =>
    l.every((m, i) => i === 0 || l[i - 1]!.start <= m.start) ? l : [...l].sort(byStart),
  );
  const heads = lists.map(() => 0);
  const kept: Mention[] = [];
  const ranks: number[] = [];
  // Merging the sorted lists and sweeping keeps this linear: only the last kept spans can overlap the next.
  for (;;) {
    let rank = -1;
    for (let r = 0; r < lists.length; r++) {
      const m = lists[r]![heads[r]!];
      if (m && (rank < 0 || m.start < lists[rank]![heads[rank]!]!.start)) rank = r;
    }
    if (rank < 0) return kept;
    const m = lists[rank]![heads[rank]!++]!;
    let drop = 0;
    while (drop < kept.length && kept[kept.length - 1 - drop]!.end > m.start) {
      if (ranks[kept.length - 1 - drop]! <= rank) break;
      drop++;
    }
    const blocked = drop < kept.length && kept[kept.length - 1 - drop]!.end > m.start;
    if (blocked) continue;
    // Setting an array's length is a slow built-in call even when it changes nothing, and nothing is dropped
    // for almost every mention.
    if (drop > 0) {
      kept.length -= drop;
      ranks.length -= drop;
    }
    kept.push(m);
    ranks.push(rank);
  }
}

/**
 * What can make a sentence matter: digits, number words, month names, memoranda and agreements (also in
 * Vietnamese). The month names share the number words' group: one alternation after one word-boundary test
 * scanned a fifth faster than two.
 */
const RELEVANT =
  /[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|mous?|memorand|agreement|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|ghi\s+nhớ|th(?:[oỏ]a|oả)\s+thuận/gi;

/**
 * Tokens of the sentences that can hold a quantity, a date or an agreement; the rest (often most of an
 * article) are never tokenised. One forward regex scan decides, so the whole stays linear.
 */
function tokenizeRelevant(text: string, sentences: Span[]): Token[] {
  const tokens: Token[] = [];
  let next = -1;
  for (const s of sentences) {
    if (next < s.start) {
      RELEVANT.lastIndex = s.start;
      next = RELEVANT.exec(text)?.index ?? Infinity;
    }
    if (next >= s.end) continue;
    tokenize(text, s.start, s.end, tokens);
  }
  return tokens;
}

/**
 * Characters read at once. A longer text is read a piece of whole paragraphs at a time, so that its tokens
 * (about a hundred bytes each) never all live at once: 50 MB in one piece took 1.5 GB of heap.
 */
const PIECE = 1 << 20;

/** True when a line break lies in `text[from, to)`, the white space between two sentences. */
function startsLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Indices into `sentences` where pieces end, the last being `sentences.length`. A piece ends before a
 * sentence that starts a line and that no named mention runs into; a text without such a place is cut at
 * any sentence once a piece is twice as long as wanted.
 */
function pieceEnds(text: string, sentences: Span[], named: Mention[]): number[] {
  const ends: number[] = [];
  let from = 0;
  let mi = 0;
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k]!;
    const length = s.start - from;
    if (length < PIECE) continue;
    while (mi < named.length && named[mi]!.end <= s.start) mi++;
    if (mi < named.length && named[mi]!.start < s.start) continue;
    if (length < 2 * PIECE && !startsLine(text, sentences[k - 1]!.end, s.start)) continue;
    ends.push(k);
    from = s.start;
  }
  ends.push(sentences.length);
  return ends;
}

/** What the figure rules read from the tokens of one piece of text. */
interface Piece {
  tokens: Token[];
  quantities: Quantity[];
  dates: DateMention[];
}

function readPiece(text: string, sentences: Span[]): Piece {
  const tokens = tokenizeRelevant(text, sentences);
  const quantities = findQuantities(tokens);
  // A number read as an amount or a count is not also a year ("2015 projects").
  let qi = 0;
  const dates = findDates(tokens).filter((d) => {
    while (qi < quantities.length && quantities[qi]!.end <= d.start) qi++;
    const q = quantities[qi];
    return !(q && q.start < d.end);
  });
  return { tokens, quantities, dates };
}

function spanMention(
  text: string,
  x: { start: number; end: number },
  type: 'MONEY' | 'DATE',
  confidence: number,
): Mention {
  return { start: x.start, end: x.end, text: text.slice(x.start, x.end), type, ref: null, confidence };
}

/** `analyze` with entity recognition already done (by a worker, or by a test that supplies the mentions). */
export function analyzeWithEntities(
  text: string,
  options: AnalyzeOptions,
  recognition: EntityRecognition,
): Analysis {
  const sentences = splitSentences(text);
  const named = recognition.mentions;
  const ends = pieceEnds(text, sentences, named);
  const sentencesOf = (p: number): Span[] =>
    ends.length === 1 ? sentences : sentences.slice(p === 0 ? 0 : ends[p - 1], ends[p]);
  // The anchor date and the mentions agreements count come from the whole text, so a text of several
  // pieces is read twice; an article is one piece, read once.
  const held = ends.length === 1 ? readPiece(text, sentences) : null;
  const mentions: Mention[] = [];
  const mentionEnds: number[] = [];
  const dates: DateMention[] = [];
  let ni = 0;
  for (let p = 0; p < ends.length; p++) {
    const piece = held ?? readPiece(text, sentencesOf(p));
    const limit = ends[p]! < sentences.length ? sentences[ends[p]!]!.start : Infinity;
    const from = ni;
    while (ni < named.length && named[ni]!.start < limit) ni++;
    const merged = mergeMentions(
      piece.quantities.filter((q) => q.kind === 'money').map((q) => spanMention(text, q, 'MONEY', 0.9)),
      from === 0 && ni === named.length ? named : named.slice(from, ni),
      piece.dates.map((d) => spanMention(text, d, 'DATE', 0.85)),
    );
    for (const m of merged) mentions.push(m);
    mentionEnds.push(mentions.length);
    for (const d of piece.dates) dates.push(d);
  }
  const anchor = parseIsoDate(options.date) ?? inferAnchor(dates);
  // Everything one piece hands on to the next, in one place.
  const state = newArticleState();
  const figures: Figure[] = [];
  for (let p = 0; p < ends.length; p++) {
    const own = sentencesOf(p);
    const piece = held ?? readPiece(text, own);
    const pieceMentions =
      ends.length === 1 ? mentions : mentions.slice(p === 0 ? 0 : mentionEnds[p - 1], mentionEnds[p]);
    // Built from the merged mentions, so a name inside an amount ("US" in "US$86 billion") is no reference.
    const contexts = buildContexts(piece.tokens, own, pieceMentions, GAZETTEER, state);
    const { tokens, quantities } = piece;
    for (const f of extractFigures({
      text,
      tokens,
      contexts,
      quantities,
      dates: piece.dates,
      anchor,
      state,
      lookup: GAZETTEER,
    }))
      figures.push(f);
    findAgreements(text, tokens, contexts, piece.dates, anchor, GAZETTEER, mentions, state);
  }
  return { mentions, entities: recognition.entities, figures, agreements: state.agreements };
}
