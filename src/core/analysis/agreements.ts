import type { Agreement, Mention } from '../model';
import type { EntityLookup, Reference, SentenceContext } from './context';
import { datesWithin, formatDate, resolveDate } from './dates';
import type { DateMention, DateParts } from './dates';
import type { Token } from './tokens';

/** Words that show an agreement was signed, not just mentioned ("to concretise the MoU"). */
const SIGNING = new Set([
  'sign',
  'signs',
  'signed',
  'signing',
  'ink',
  'inks',
  'inked',
  'inking',
  'conclude',
  'concluded',
  'concluding',
  'exchanged',
  'initialled',
  'initialed',
]);

/** Words before "agreement" that make it a trade pact or contract rather than a cooperation agreement. */
const NOT_COOPERATION = new Set([
  'trade',
  'free',
  'loan',
  'credit',
  'purchase',
  'sale',
  'sales',
  'lease',
  'supply',
  'partnership',
]);

/** Words that name a memorandum or agreement; a cheap first filter before `kindAt`. */
const KIND_WORDS = new Set(['mou', 'mous', 'memorandum', 'memoranda', 'agreement', 'agreements']);

function kindAt(tokens: Token[], j: number): Agreement['kind'] | null {
  const t = tokens[j]!;
  if (t.kind !== 'word') return null;
  if (t.lower === 'mou' || t.lower === 'mous' || t.lower === 'memorandum' || t.lower === 'memoranda')
    return 'MoU';
  if (t.lower === 'agreement' || t.lower === 'agreements') {
    const prev = tokens[j - 1]?.lower ?? '';
    return NOT_COOPERATION.has(prev) ? null : 'agreement';
  }
  return null;
}

/** A name followed by "'s" and another place ("Việt Nam's Hà Nam Province") only qualifies that place. */
function isQualifier(tokens: Token[], r: Reference, next: Reference | undefined): boolean {
  const s = tokens[r.last + 1]?.lower;
  return (s === "'s" || s === '’s') && next !== undefined && next.first <= r.last + 3;
}

/** The most mentioned place below country level: the "we" of a local-news article. */
function dominantLocality(mentions: Mention[], lookup: EntityLookup): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type === 'PLACE' && m.ref !== null && !lookup.isCountry(m.ref))
      counts.set(m.ref, (counts.get(m.ref) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [ref, n] of counts) if (best === null || n > counts.get(best)!) best = ref;
  return best;
}

/**
 * Finds signed memoranda and cooperation agreements: the sentence must name one and a signing. Parties are
 * the places and organisations it names ("between A and B" preferred), without possessive qualifiers; when it
 * names only one ("the two sides signed…"), the article's main locality is the other. The date is the one
 * the sentence gives, completed with the anchor's year, else the anchor itself.
 */
export function findAgreements(
  tokens: Token[],
  contexts: SentenceContext[],
  dates: DateMention[],
  anchor: DateParts | null,
  lookup: EntityLookup,
  mentions: Mention[],
): Agreement[] {
  const out: Agreement[] = [];
  const dated = new Set<Agreement>();
  // Computed at most once per article, and only when an agreement needs it.
  let home: string | null | undefined;
  for (const ctx of contexts) {
    let kind: Agreement['kind'] | null = null;
    for (let j = ctx.first; j < ctx.end && kind !== 'MoU'; j++) {
      if (!KIND_WORDS.has(tokens[j]!.lower)) continue;
      const k = kindAt(tokens, j);
      if (k === 'MoU' || (k && !kind)) kind = k;
    }
    if (!kind) continue;
    let signed = false;
    let between = -1;
    for (let j = ctx.first; j < ctx.end; j++) {
      if (SIGNING.has(tokens[j]!.lower)) signed = true;
      if (tokens[j]!.lower === 'between' && between < 0) between = j;
    }
    if (!kind || !signed) continue;
    const refs = ctx.references.filter((r) => r.kind !== 'demonym');
    const usable = refs.filter((r, i) => !isQualifier(tokens, r, refs[i + 1]));
    const after = between >= 0 ? usable.filter((r) => r.first > between) : [];
    const parties: string[] = [];
    for (const r of after.length >= 2 ? after : usable) if (!parties.includes(r.ref)) parties.push(r.ref);
    if (parties.length < 2) {
      if (home === undefined) home = dominantLocality(mentions, lookup);
      if (home && !parties.includes(home)) parties.unshift(home);
    }
    if (parties.length === 0) continue;
    const [d] = datesWithin(dates, ctx.span);
    const date = d
      ? resolveDate(d, anchor, true)
      : anchor?.year != null
        ? formatDate({ ...anchor, year: anchor.year })
        : null;
    // A headline and its article report one signing: keep one, with the date the text states.
    const key = [...parties].sort().join('|');
    const same = out.find((a) => a.kind === kind && [...a.parties].sort().join('|') === key);
    if (same) {
      if (d && !dated.has(same)) {
        same.date = date;
        dated.add(same);
      }
      continue;
    }
    const agreement: Agreement = { kind, parties, date, start: ctx.span.start, end: ctx.span.end };
    if (d) dated.add(agreement);
    out.push(agreement);
  }
  return out;
}
