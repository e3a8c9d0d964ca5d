import type { Analysis, Mention } from '../model';
import { lookupDemonym, lookupRef } from '../knowledge/gazetteer';
import { findAgreements } from './agreements';
import { buildContexts } from './context';
import type { EntityLookup } from './context';
import { findDates, parseIsoDate } from './dates';
import type { DateMention, DateParts } from './dates';
import { recognizeEntities } from './entities/recognize';
import type { EntityRecognition } from './entities/recognize';
import { extractFigures } from './figures';
import { findQuantities } from './quantities';
import { splitSentences } from './sentences';
import type { Span } from './sentences';
import { tokenize } from './tokens';
import type { Token } from './tokens';

/**
 * Version of what the engine finds: bump it with any change to its output, so the app analyses stored
 * articles again (every article whose stored analysis is older is re-run in the background).
 * 2: officials after "the provincial People's Committee", wire credits, pacts, investors named by
 * "plans/adds/said it would invest", more companies by name.
 */
export const ANALYSIS_VERSION = 2;

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
};

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
    kept.length -= drop;
    ranks.length -= drop;
    kept.push(m);
    ranks.push(rank);
  }
}

/** What can make a sentence matter: digits, number words, month names, memoranda and agreements. */
const RELEVANT =
  /[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|mous?|memorand|agreement)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/gi;

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

/** `analyze` with entity recognition already done (by a worker, or by a test that supplies the mentions). */
export function analyzeWithEntities(
  text: string,
  options: AnalyzeOptions,
  recognition: EntityRecognition,
): Analysis {
  const sentences = splitSentences(text);
  const tokens = tokenizeRelevant(text, sentences);
  const quantities = findQuantities(tokens);
  const money = quantities.filter((q) => q.kind === 'money');
  // A number read as an amount or a count is not also a year ("2015 projects").
  let qi = 0;
  const dates = findDates(tokens).filter((d) => {
    while (qi < quantities.length && quantities[qi]!.end <= d.start) qi++;
    const q = quantities[qi];
    return !(q && q.start < d.end);
  });
  const anchor = parseIsoDate(options.date) ?? inferAnchor(dates);
  const span =
    (type: 'MONEY' | 'DATE', confidence: number) =>
    (x: { start: number; end: number }): Mention => ({
      start: x.start,
      end: x.end,
      text: text.slice(x.start, x.end),
      type,
      ref: null,
      confidence,
    });
  const mentions = mergeMentions(
    money.map(span('MONEY', 0.9)),
    recognition.mentions,
    dates.map(span('DATE', 0.85)),
  );
  // Built from the merged mentions, so a name inside an amount ("US" in "US$86 billion") is no reference.
  const contexts = buildContexts(tokens, sentences, mentions, GAZETTEER);
  const figures = extractFigures({ text, tokens, contexts, quantities, dates, anchor });
  const agreements = findAgreements(tokens, contexts, dates, anchor, GAZETTEER, mentions);
  return { mentions, entities: recognition.entities, figures, agreements };
}
