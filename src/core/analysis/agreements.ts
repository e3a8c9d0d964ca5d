import type { Agreement, Mention } from '../model';
import { datelineEnd, localityOf, mostNamed } from './context';
import type { ArticleState, EntityLookup, Reference, SentenceContext } from './context';
import { datesWithin, formatAnchor, formatDate, resolveDate } from './dates';
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
  // "renewed a 2019 cooperation agreement with Ninh Binh": the agreement of 2019.
  'renew',
  'renews',
  'renewed',
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

/**
 * The text of `KIND_WORDS` (and of the words `kindAt` wants before "nhớ" and "thuận"), found by one forward
 * scan of the text: most sentences name no agreement, and are then passed over without reading their tokens.
 */
const KIND_TEXT = /mous?|memorand|agreement|ghi\s+nhớ|th(?:ỏa|oả)\s+thuận/gi;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Offset of the next `KIND_TEXT` at or after `from`, or Infinity. An English word must start a word ("mou" in
 * "amount" is none): that is tested on the match, as a look-behind in the regex doubled the time of the scan.
 */
function nextKindText(text: string, from: number): number {
  KIND_TEXT.lastIndex = from;
  for (let m = KIND_TEXT.exec(text); m !== null; m = KIND_TEXT.exec(text)) {
    const c = text.charCodeAt(m.index);
    const english = c === 109 || c === 77 || c === 97 || c === 65;
    if (!english || !isAsciiLetter(text.charCodeAt(m.index - 1))) return m.index;
    KIND_TEXT.lastIndex = m.index + 1;
  }
  return Infinity;
}

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

/** Words that open a clause of their own before the agreement word. */
const CONTRASTS = new Set(['while', 'whereas', 'meanwhile', 'where']);

/** Token range [first, end) of the clause around token `at`: between semicolons, ending before "which". */
function clauseOf(tokens: Token[], ctx: SentenceContext, at: number): [number, number] {
  let first = at;
  // "X committed $120 million, while Compal signed an MoU": a clause opened by "while" starts afresh.
  while (first > ctx.first && tokens[first - 1]!.text !== ';' && !CONTRASTS.has(tokens[first - 1]!.lower))
    first--;
  let end = at + 1;
  while (end < ctx.end && !CLAUSE_ENDS.has(tokens[end]!.lower) && !opensClause(tokens, end)) end++;
  return [first, end];
}

/**
 * Whether a comma after the agreement word opens another clause: "signed an MoU with Binh Duong on Nov. 11,
 * and Okayama will open a desk", "…, hoping to recruit engineers", "…, the first since its merger with Quang
 * Nam". Not a list: "on trade, tourism and education", ", Bolikhamxay and Houaphanh".
 */
function opensClause(tokens: Token[], k: number): boolean {
  if (tokens[k]!.text !== ',') return false;
  const next = tokens[k + 1];
  if (next?.kind !== 'word') return false;
  const w = next.lower;
  if (w === 'but' || w === 'to' || (w.endsWith('ing') && w.length > 5 && /^\p{Ll}/u.test(next.text)))
    return true;
  if (/^(the|a|an)$/.test(w))
    return /^(first|second|third|latest|last|largest|biggest)$/.test(tokens[k + 2]?.lower ?? '');
  if (w !== 'and') return false;
  // ", and a trade delegation from Dresden visited": partners are named, not "a" something.
  if (/^(a|an|the|its|their)$/.test(tokens[k + 2]?.lower ?? '')) return true;
  // ", and Okayama will open a desk" has a verb of its own; ", and Houaphanh on March 11" ends a list.
  for (let j = k + 2; j < k + 7; j++) if (CLAUSE_VERBS.test(tokens[j]?.lower ?? '')) return true;
  return false;
}

/** Words that make what follows ", and X" a clause of its own. */
const CLAUSE_VERBS = /^(will|would|has|have|had|is|was|are|were|plans|planned|said|also|to)$/;

/** A name followed by "'s" and another place ("Việt Nam's Hà Nam Province") only qualifies that place. */
function isQualifier(tokens: Token[], r: Reference, next: Reference | undefined): boolean {
  const s = tokens[r.last + 1]?.lower;
  return (s === "'s" || s === '’s') && next !== undefined && next.first <= r.last + 3;
}

/** Words before a place where a signing happened, which is not a party ("signed … in Suwon"). */
const VENUE_PREPS = new Set(['in', 'at', 'tại']);

/** "On the same day, X and Y signed …", "… signed an MoU the same day": the date the sentences before gave. */
const SAME_DAY = /^(same|this|that)$/;

function sameDayIn(tokens: Token[], first: number, end: number): boolean {
  for (let j = first + 1; j + 1 < end; j++)
    if (tokens[j + 1]!.lower === 'day' && SAME_DAY.test(tokens[j]!.lower) && tokens[j - 1]!.lower === 'the')
      return true;
  return false;
}

/** "At the event, Becamex and Chungnam Techno Park signed …": a signing at the occasion told before. */
function atTheEvent(tokens: Token[], first: number): boolean {
  return (
    tokens[first]?.lower === 'at' &&
    /^(the|this)$/.test(tokens[first + 1]?.lower ?? '') &&
    /^(event|conference|ceremony|meeting|forum|talks|signing|reception|seminar|workshop)$/.test(
      tokens[first + 2]?.lower ?? '',
    )
  );
}

/** A name in brackets right after another name only says where that one is: "tỉnh Tochigi (Nhật Bản)". */
function isBracketed(tokens: Token[], r: Reference, previous: Reference | undefined): boolean {
  return (
    tokens[r.first - 1]?.text === '(' &&
    tokens[r.last + 1]?.text === ')' &&
    previous !== undefined &&
    previous.last === r.first - 2
  );
}

const WEEKDAYS = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [d, i]),
);

/**
 * "signed … on Friday": the last such weekday on or before the article's date (news reports what happened
 * that week), or null without a full anchor date or a weekday in the clause.
 */
function weekdayDate(tokens: Token[], first: number, end: number, anchor: DateParts | null): string | null {
  if (anchor?.year == null || anchor.month === null || anchor.day === null) return null;
  for (let j = first; j < end; j++) {
    const day =
      tokens[j]!.kind === 'word' && /^[A-Z]/.test(tokens[j]!.text)
        ? WEEKDAYS.get(tokens[j]!.lower)
        : undefined;
    if (day === undefined) continue;
    const date = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day));
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() - day + 7) % 7));
    return date.toISOString().slice(0, 10);
  }
  return null;
}

/**
 * Agreements a sentence names as signed before, each with its partner and the date after it: "after agreements
 * with Okayama Prefecture in 2019 and Nara Prefecture in May 2024", "Memorandum with the Ho Chi Minh City
 * People's Committee (November 2022)". The other party is the article's main locality. A partner without a
 * date of its own is only mentioned ("will implement the MoU with Tokyo"), and none is read for it.
 */
function earlierAgreements(
  tokens: Token[],
  ctx: SentenceContext,
  dates: DateMention[],
  anchor: DateParts | null,
  home: string | null,
): Agreement[] {
  const out: Agreement[] = [];
  const anchorIso = formatAnchor(anchor);
  if (home === null) return out;
  for (let j = ctx.first; j < ctx.end; j++) {
    const kind = KIND_WORDS.has(tokens[j]!.lower) ? kindAt(tokens, j) : null;
    if (!kind || tokens[j + 1]?.lower !== 'with') continue;
    const [, end] = clauseOf(tokens, ctx, j);
    const partners = ctx.references.filter(
      (r, i, all) =>
        r.kind !== 'demonym' && r.first > j + 1 && r.last < end && !isQualifier(tokens, r, all[i + 1]),
    );
    const sentence = datesWithin(dates, ctx.span);
    for (let k = 0; k < partners.length; k++) {
      const r = partners[k]!;
      if (r.ref === home) continue;
      // The date between this partner and the next one.
      const until = partners[k + 1]?.first ?? end;
      const d = sentence.find((x) => x.first > r.last && x.first < until);
      const date = d ? resolveDate(d, anchor, true) : null;
      // "will carry out its MoU with Osaka in 2026": a date to come is no signing.
      if (!date || (anchorIso !== null && date.slice(0, 4) > anchorIso.slice(0, 4))) continue;
      const span = { start: tokens[j]!.start, end: tokens[r.last]!.end };
      out.push({ kind, parties: [home, r.ref], date, ...span });
    }
  }
  return out;
}

/**
 * The parties as the localities and bodies that signed: a people's committee signs for its locality when the
 * locality is among the parties too, and countries step back when two places below them sign.
 */
function signatories(parties: string[], lookup: EntityLookup): string[] {
  const own = parties.filter(
    (p) => !parties.some((q) => q !== p && p.startsWith(`${q}-`) && /committee$/.test(p)),
  );
  const local = own.filter((p) => !lookup.isCountry(p));
  return local.length >= 2 ? local : own;
}

/**
 * Whether an agreement reports the same signing as parties signing on `date`: the same date, or one of them
 * undated by the text and the other recent (a headline over its story), and the same parties but one.
 */
function sameSigning(
  a: Agreement,
  aStated: boolean,
  parties: string[],
  date: string | null,
  stated: boolean,
  anchorIso: string | null,
): boolean {
  if (
    aStated && stated
      ? a.date !== date
      : aStated || stated
        ? !recent(aStated ? a.date : date, anchorIso)
        : false
  )
    return false;
  const mine = parties.map(localityOf);
  const theirs = a.parties.map(localityOf);
  const shared = mine.filter((p) => theirs.includes(p)).length;
  return shared === mine.length || shared === theirs.length || shared >= 2;
}

/** Whether a date lies within the month before the article's date (string order is date order). */
function recent(date: string | null, anchorIso: string | null): boolean {
  if (!date || !anchorIso) return false;
  const [y, m] = anchorIso.split('-').map(Number);
  const monthBefore = formatDate(
    m! > 1 ? { year: y!, month: m! - 1, day: null } : { year: y! - 1, month: 12, day: null },
  );
  return date.slice(0, 7) >= monthBefore && date <= anchorIso;
}

/** The most mentioned place below country level: the "we" of a local-news article. */
function dominantLocality(mentions: Mention[], lookup: EntityLookup): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type === 'PLACE' && m.ref !== null && !lookup.isCountry(m.ref))
      counts.set(m.ref, (counts.get(m.ref) ?? 0) + 1);
  }
  return mostNamed(counts);
}

/** How far (in characters) "the MoU" reaches back to the agreement reported before it. */
const DEFINITE_REACH = 800;

/**
 * Finds signed memoranda and cooperation agreements: the sentence must name one and a signing. Parties are
 * the places and organisations it names ("between A and B" preferred), without possessive qualifiers; when it
 * names only one ("the two sides signed…"), the article's main locality is the other. All of it is read from
 * the clause that names the agreement (not past a semicolon or into "under which …"). The date is the one
 * nearest the agreement word there, completed with the anchor's year, else the anchor itself. The agreements
 * are added to `state.agreements`, where those of the pieces before of a text read in pieces already are;
 * `mentions` are the whole article's, which its main locality is counted from.
 */
export function findAgreements(
  text: string,
  tokens: Token[],
  contexts: SentenceContext[],
  dates: DateMention[],
  anchor: DateParts | null,
  lookup: EntityLookup,
  mentions: Mention[],
  state: ArticleState,
): void {
  const { agreements: out, dated } = state;
  // Computed at most once per article, and only when an agreement needs it.
  let home = state.locality;
  const anchorIso = formatAnchor(anchor);
  let next = -1;
  for (let ci = 0; ci < contexts.length; ci++) {
    const ctx = contexts[ci]!;
    if (next < ctx.span.start) next = nextKindText(text, ctx.span.start);
    if (next >= ctx.span.end) continue;
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
    let withAt = -1;
    for (let j = first; j < end; j++) {
      if (SIGNING.has(tokens[j]!.lower)) signed = true;
      if ((tokens[j]!.lower === 'with' || tokens[j]!.lower === 'với') && withAt < 0 && j > at - 4) withAt = j;
      if ((tokens[j]!.lower === 'between' || tokens[j]!.lower === 'giữa') && between < 0) between = j;
    }
    if (!signed) {
      if (home === undefined) state.locality = home = dominantLocality(mentions, lookup);
      for (const past of earlierAgreements(tokens, ctx, dates, anchor, home))
        if (!out.some((a) => a.date === past.date && a.parties.every((p) => past.parties.includes(p))))
          out.push(past);
      continue;
    }
    const from = Math.max(first, datelineEnd(tokens, ctx.first, ctx.end));
    const refs = ctx.references.filter((r) => r.kind !== 'demonym' && r.first >= from && r.last < end);
    const usable = refs.filter(
      (r, i) =>
        !isQualifier(tokens, r, refs[i + 1]) &&
        !isBracketed(tokens, r, refs[i - 1]) &&
        !VENUE_PREPS.has(tokens[r.first - (tokens[r.first - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? ''),
    );
    const after = between >= 0 ? usable.filter((r) => r.first > between) : [];
    const named: string[] = [];
    for (const r of after.length >= 2 ? after : usable) if (!named.includes(r.ref)) named.push(r.ref);
    const parties = signatories(named, lookup);
    // "Ba Ria-Vung Tau has signed agreements with the port of Antwerp-Bruges": a partner named after "with"
    // that we do not know is not the article's own locality.
    const unknownPartner = withAt >= 0 && !usable.some((r) => r.first > withAt);
    if (parties.length < 2 && !unknownPartner) {
      if (home === undefined) state.locality = home = dominantLocality(mentions, lookup);
      if (home && !parties.includes(home)) parties.unshift(home);
    }
    if (parties.length === 0) continue;
    // The date nearest the agreement word in its clause: "opened on October 15; an MoU was inked on Oct. 3".
    let d: DateMention | undefined;
    const clause = { start: tokens[first]!.start, end: tokens[end - 1]!.end };
    // Not the dateline's ("NANNING, Nov. 18 (Xinhua) -- … on Monday signed"): that is when the story was filed.
    for (const c of datesWithin(dates, clause))
      if (c.first >= from && (!d || Math.abs(c.first - at) < Math.abs(d.first - at))) d = c;
    // "during a visit to Stuttgart in October, where the People's Committee signed": the date of the event the
    // clause hangs on.
    if (!d && first > ctx.first)
      d = datesWithin(dates, { start: ctx.span.start, end: tokens[first - 1]!.end }).at(-1);
    let sameDay: string | null = null;
    if (!d && (sameDayIn(tokens, first, end) || atTheEvent(tokens, first))) {
      // The date of the signing told just before; else the last date of the three sentences before, else the
      // weekday of the event the article opened with ("Leaders of HCM City and Osaka on Tuesday agreed …").
      const previous = out.at(-1);
      if (previous && dated.has(previous)) sameDay = previous.date;
      for (let k = ci - 1; k >= Math.max(0, ci - 3) && !d && sameDay === null; k--)
        d = datesWithin(dates, contexts[k]!.span).at(-1);
      for (let k = ci - 1; k >= 0 && !d && sameDay === null; k--)
        sameDay = weekdayDate(tokens, contexts[k]!.first, contexts[k]!.end, anchor);
    }
    const stated = d ? resolveDate(d, anchor, true) : (sameDay ?? weekdayDate(tokens, first, end, anchor));
    // "The MoU was signed by Governor Ohmura and Mr. Duc, Chairman of …": the memorandum just reported, told
    // again with who signed it, not another one.
    const last = out.at(-1);
    if (
      !stated &&
      last &&
      /^(the|this)$/.test(tokens[at - 1]?.lower ?? '') &&
      tokens[first]!.start - last.end < DEFINITE_REACH
    )
      continue;
    const date = stated ?? anchorIso;
    // "Nghe An and the Lao provinces of A, B and C signed cooperation agreements": one with each of them.
    const plural = /s$|memoranda$/.test(tokens[at]!.lower) && parties.length >= 3;
    if (plural && home === undefined) state.locality = home = dominantLocality(mentions, lookup);
    const hub = plural ? (home && parties.includes(home) ? home : parties[0]!) : '';
    const signings = plural ? parties.filter((p) => p !== hub).map((p) => [hub, p]) : [parties];
    for (const signed of signings) {
      // A headline and its article, or two sentences of one report, tell one signing: keep one, with the date
      // the text states and the more specific kind.
      const same = out.find((a) => sameSigning(a, dated.has(a), signed, date, stated !== null, anchorIso));
      if (same) {
        if (stated && !dated.has(same)) {
          same.date = date;
          dated.add(same);
        }
        if (kind === 'MoU') same.kind = kind;
        continue;
      }
      // An agreement needs two sides: one whose partner the text names in words we do not know is left out
      // rather than shown with half its parties (though it may date one told before, as above).
      if (signed.length < 2) continue;
      const agreement: Agreement = { kind, parties: signed, date, start: clause.start, end: clause.end };
      if (stated) dated.add(agreement);
      out.push(agreement);
    }
  }
}
