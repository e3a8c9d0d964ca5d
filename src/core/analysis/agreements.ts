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
  'ký',
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
const KIND_WORDS = new Set([
  'mou',
  'mous',
  'memorandum',
  'memoranda',
  'agreement',
  'agreements',
  'nhớ',
  'thuận',
]);

function kindAt(tokens: Token[], j: number): Agreement['kind'] | null {
  const t = tokens[j]!;
  if (t.kind !== 'word') return null;
  if (t.lower === 'mou' || t.lower === 'mous' || t.lower === 'memorandum' || t.lower === 'memoranda')
    return 'MoU';
  // Vietnamese: "biên bản ghi nhớ" (memorandum), "thỏa thuận hợp tác" (cooperation agreement).
  const prev = tokens[j - 1]?.lower;
  if (t.lower === 'nhớ' && prev === 'ghi') return 'MoU';
  if (t.lower === 'thuận' && (prev === 'thỏa' || prev === 'thoả')) return 'agreement';
  if (t.lower === 'agreement' || t.lower === 'agreements') {
    return NOT_COOPERATION.has(prev ?? '') ? null : 'agreement';
  }
  return null;
}

/** Words that end the clause telling a signing: what follows is about something else ("under which the firm …"). */
const CLAUSE_ENDS = new Set([';', 'which', 'whereby', 'while', 'where', 'whereas']);

/** Token range [first, end) of the clause around token `at`: between semicolons, ending before "which". */
function clauseOf(tokens: Token[], ctx: SentenceContext, at: number): [number, number] {
  let first = at;
  while (first > ctx.first && tokens[first - 1]!.text !== ';') first--;
  let end = at + 1;
  while (end < ctx.end && !CLAUSE_ENDS.has(tokens[end]!.lower)) end++;
  return [first, end];
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

/** Agreements whose date the text states, which a later report of the same signing keeps. */
const dated = new WeakSet<Agreement>();

/** The main locality of each article's mentions, so that the pieces of a long text count them once. */
const homes = new WeakMap<Mention[], string | null>();

/**
 * Finds signed memoranda and cooperation agreements: the sentence must name one and a signing. Parties are
 * the places and organisations it names ("between A and B" preferred), without possessive qualifiers; when it
 * names only one ("the two sides signed…"), the article's main locality is the other. All of it is read from
 * the clause that names the agreement (not past a semicolon or into "under which …"). The date is the one
 * nearest the agreement word there, completed with the anchor's year, else the anchor itself. A text read in
 * pieces passes the agreements of the pieces before as `found`, which the new ones are added to.
 */
export function findAgreements(
  tokens: Token[],
  contexts: SentenceContext[],
  dates: DateMention[],
  anchor: DateParts | null,
  lookup: EntityLookup,
  mentions: Mention[],
  found: Agreement[] = [],
): Agreement[] {
  const out = found;
  // Computed at most once per article, and only when an agreement needs it.
  let home = homes.get(mentions);
  for (const ctx of contexts) {
    let kind: Agreement['kind'] | null = null;
    let at = -1;
    for (let j = ctx.first; j < ctx.end && kind !== 'MoU'; j++) {
      if (!KIND_WORDS.has(tokens[j]!.lower)) continue;
      const k = kindAt(tokens, j);
      if (k === 'MoU' || (k && !kind)) [kind, at] = [k, j];
    }
    if (!kind) continue;
    const [first, end] = clauseOf(tokens, ctx, at);
    let signed = false;
    let between = -1;
    for (let j = first; j < end; j++) {
      if (SIGNING.has(tokens[j]!.lower)) signed = true;
      if ((tokens[j]!.lower === 'between' || tokens[j]!.lower === 'giữa') && between < 0) between = j;
    }
    if (!signed) continue;
    const refs = ctx.references.filter((r) => r.kind !== 'demonym' && r.first >= first && r.last < end);
    const usable = refs.filter((r, i) => !isQualifier(tokens, r, refs[i + 1]));
    const after = between >= 0 ? usable.filter((r) => r.first > between) : [];
    const parties: string[] = [];
    for (const r of after.length >= 2 ? after : usable) if (!parties.includes(r.ref)) parties.push(r.ref);
    if (parties.length < 2) {
      if (home === undefined) homes.set(mentions, (home = dominantLocality(mentions, lookup)));
      if (home && !parties.includes(home)) parties.unshift(home);
    }
    if (parties.length === 0) continue;
    // The date nearest the agreement word in its clause: "opened on October 15; an MoU was inked on Oct. 3".
    let d: DateMention | undefined;
    const clause = { start: tokens[first]!.start, end: tokens[end - 1]!.end };
    for (const c of datesWithin(dates, clause))
      if (!d || Math.abs(c.first - at) < Math.abs(d.first - at)) d = c;
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
    const agreement: Agreement = { kind, parties, date, start: clause.start, end: clause.end };
    if (d) dated.add(agreement);
    out.push(agreement);
  }
  return out;
}
