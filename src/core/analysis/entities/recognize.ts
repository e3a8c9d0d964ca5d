import type { EntityInfo, Mention, NamedEntityType } from '../../model';
import { toRef } from '../../text/fold';
import * as knowledge from '../../knowledge/gazetteer';
import { nameLexicon } from '../../knowledge/lexicon';
import { lex } from './lexer';
import type { LexToken } from './lexer';
import { PhraseTrie } from './phrase-trie';
import * as nameShapes from './name-shapes';

// Copied into module constants: compiled to CommonJS (tsx runs the CLI and the benchmark so), every use of an
// import is a getter call, and these are read per token or per mention.
const { knowledgeEntries, lookupDemonym, lookupName, lookupRef } = knowledge;
const { isRomaji, isVietnameseSyllable } = nameShapes;
const {
  vietnameseFamily,
  vietnameseGiven,
  japaneseFamily,
  japaneseGiven,
  koreanFamily,
  chineseFamily,
  westernGiven,
} = nameLexicon;

/** Result of named-entity recognition and linking over one article. */
export interface EntityRecognition {
  /** PERSON, ORG and PLACE mentions in text order, each with its `ref`. */
  mentions: Mention[];
  /** One entry per distinct ref. */
  entities: EntityInfo[];
}

interface Known {
  ref: string;
  type: NamedEntityType;
  kind: string;
}

/** A proposed mention over tokens [s, e); the resolver keeps the longest, then the highest `prio`. */
interface Candidate {
  s: number;
  e: number;
  type: NamedEntityType;
  ref: string;
  prio: number;
  confidence: number;
  /** Person name in canonical order (Japanese family name first), for multi-word names. */
  canon?: string;
  /** The Vietnamese province this mention names or belongs to, for "the provincial People's Committee". */
  locality?: string;
}

interface RecognitionState {
  /** Acronyms defined in the text ("G-NETS" after "Global City Network for Sustainability"). */
  abbreviations: Map<string, Known>;
  /** Acronyms the text defines as something that is no entity: a trade pact, an initiative, an event. */
  nonEntities: Set<string>;
  /** Folded parts of full person names seen so far, so "Khang" or "Yuriko" alone is known as a person. */
  personParts: Set<string>;
  mentions: Mention[];
  /** Canonical full names by ref, with the culture that decides which part a short mention may use. */
  people: Map<string, { name: string; parts: string[]; culture: 'vn' | 'jp' | 'other' }>;
  /** How often each Vietnamese province is named, in order of first mention. */
  provinces: Map<string, number>;
  /** Display names of local bodies named without their province ("Khánh Hòa People's Committee"). */
  bodies: Map<string, string>;
  /**
   * Organisations by the folded first word of their full name, so "Hoshizora" alone is "Hoshizora Seiki": the
   * ref of the word alone ('' when two share it), and for each full name its ref and its folded words after the
   * first up to a legal form ("Siam Eastern Estates" for "Siam Eastern Estates Pcl"), which name it too;
   * `affiliate` when the word alone is given to a subsidiary only ("Hanseong Vina"), which a parent overrides.
   */
  orgParts: Map<string, { ref: string; affiliate: boolean; names: { ref: string; rest: string[] }[] }>;
}

// ---------------------------------------------------------------------------------------------------------
// Dictionaries, built once per process.

const gazetteer = new PhraseTrie<Known>();
const synthetic = new Map<string, string>();
for (const e of knowledgeEntries()) {
  const known: Known = { ref: e.ref, type: e.type, kind: e.kind };
  // Foreign designators are among the aliases ("Gunma Prefecture"); Vietnamese ones are dropped by not listing them.
  for (const n of [e.name, ...e.aliases]) gazetteer.add(n, known);
}
for (const e of knowledgeEntries()) {
  if (e.kind !== 'country') continue;
  const ref = `government-of-${e.ref}`;
  if (lookupRef(ref)) continue;
  const known: Known = { ref, type: 'ORG', kind: 'org' };
  synthetic.set(ref, `Government of ${e.name}`);
  gazetteer.add(`Government of ${e.name}`, known);
  gazetteer.add(`${e.name} Government`, known);
}

/** Refs of countries, whose name after a company or "in" after a chamber belongs to the organisation. */
const countries = new Set(
  knowledgeEntries()
    .filter((e) => e.kind === 'country')
    .map((e) => e.ref),
);

/** Countries' names and short forms as refs ("korea", "vietnam"): a company's next word naming its subsidiary. */
const countryWords = new Set(
  knowledgeEntries()
    .filter((e) => e.kind === 'country')
    .flatMap((e) => [e.name, ...e.aliases].map(toRef)),
);

/** Capitalised words that continue a known company's name into an affiliate ("Sembcorp Development"). */
const COMPANY_TAILS = new Set(
  'development investment investments industrial industries industry holdings group energy power land properties securities capital finance solutions technology technologies aerospace chemical chemicals display component components financial vina'.split(
    ' ',
  ),
);

/** Refs of Vietnamese provinces and centrally-run cities, whose people's and party committees articles name. */
/** Vietnamese towns and cities below a province ("Vinh", "Bien Hoa"), whose "City" is a designator. */
const vietnameseTowns = new Set(
  knowledgeEntries()
    .filter((e) => e.kind === 'city' && e.country === 'vietnam' && e.parent !== null)
    .map((e) => e.ref),
);

const vietnameseProvinces = new Set(
  knowledgeEntries()
    .filter((e) => e.kind === 'vn-province')
    .map((e) => e.ref),
);

const titles = new PhraseTrie<true>();
const titleHeads = new Set<string>();
for (const t of nameLexicon.titles) {
  titles.add(t, true);
  // Titles are written in lower case mid-sentence ("deputy general director Omika Takeshi"); acronyms are not.
  if (t !== t.toUpperCase()) titles.add(t.toLowerCase(), true);
  // Only English heads stop a name: the last word of a Vietnamese title ("Bí thư", "Bà") folds to a common
  // syllable of names ("Thu", "Ba").
  if (/^[\x20-\x7e]+$/.test(t)) titleHeads.add(lex(t).pop()!.key);
}

type SuffixKind = 'legal' | 'org' | 'park' | 'committee';
const suffixes = new PhraseTrie<SuffixKind>();
for (const s of nameLexicon.legalSuffixes) suffixes.add(s, 'legal');
for (const s of nameLexicon.orgSuffixes) {
  const kind: SuffixKind = /park|zone|\bIP\b|\bIZ\b|\bEZ\b|cluster/i.test(s)
    ? 'park'
    : /people/i.test(s)
      ? 'committee'
      : 'org';
  suffixes.add(s, kind);
}

/** A word that describes what a body does (a portfolio, or an adjective: "Economic", "Cultural"). */
function isDescriptive(key: string): boolean {
  return PORTFOLIO.has(key) || key.endsWith('al') || key.endsWith('ic');
}

/** Last words of designators ("Park", "Corporation"): a name ending so before "and" is a body of its own. */
const SUFFIX_TAILS = new Set(
  [...nameLexicon.legalSuffixes, ...nameLexicon.orgSuffixes].map(
    (x) =>
      lex(x)
        .filter((t) => t.kind === 'word')
        .pop()!.key,
  ),
);

/** Nouns that open an organisation name with "of" ("Ministry of ...", "Embassy of ..."). */
const ORG_HEADS = new Set([
  'ministry',
  'department',
  'embassy',
  'consulate',
  'university',
  'institute',
  'bank',
  'association',
  'federation',
  'chamber',
  'committee',
  'council',
  'commission',
  'agency',
  'academy',
  'bureau',
  'office',
  'board',
  'union',
  'government',
  'exchange',
  // "General Station of Exit and Entry Border Inspection": a checkpoint authority named by its remit.
  'station',
]);

/** Capitalised words that start sentences or headlines but never start a name. */
const STOP = new Set(
  (
    'the a an in on at by for with from to of and but or as this that these those it its he she they we i his her ' +
    'their our your many some each every both all other such according during after before since under over ' +
    'meanwhile however also currently notably earlier later last next more most further following speaking ' +
    'addressing highlighting welcoming representing attending receiving agreeing considering noting throughout ' +
    'through within among between despite besides while when where what which who whose how why if then there ' +
    'here so yet not no yes thanks thank please dear said says one two three four five first second third new ' +
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday photo source read see related making news home prime rival rivals'
  ).split(' '),
);

const CONNECTORS = new Set(['of', 'and', '&', 'for', 'on', 'in']);

/** Words that may join parts of one organisation name when reading leftwards from its designator. */
const INNER = new Set(['of', '&', 'for']);

/** Upper-case words that are units, currencies, document types or jargon rather than organisations. */
const NOT_ORG_ACRONYMS = new Set(
  (
    'mou moa oda fdi gdp gnp cpi vat cit pit usd jpy vnd eur krw thb sgd cny rmb aud gbp cad chf inr idr php myr twd ' +
    'hkd mw gw kw gwh kwh mwh twh teu ceo cfo coo cto cio pm am gmt utc ict it ai ar vr iot ev evs esg lng lpg co ' +
    'ipo etf ma rd oem odm epc ppp bot bt bto sme smes msmes ngo ngos fta ftas rcep cptpp evfta ukvfta ipef csp ' +
    'jv ip ips iz ez kcn sez hq id ok tv pc usb pr faq covid sars ii iii iv vi vii viii ix xi xii q h yoy qoq dx gx ' +
    'stem r d b2b b2c sea km ha mt sqm m2 tcvn iso hcm st nd rd th vs etc photo video update note exclusive breaking file end ' +
    // "UBND", "HĐND" alone are "the people's committee/council": no name (a named one is read whole).
    'ubnd hdnd ' +
    // Display, memory and board technologies ("OLED panels").
    'oled lcd led amoled dram nand pcb pcba ' +
    // Wire status tags before a headline: "(LEAD)", "(2nd LD)", "(URGENT)".
    'lead ld urgent'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------------------------
// Token helpers.

function isNameWord(t: LexToken | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap && !STOP.has(t.key);
}

/** Fact bits of a token: a name word (`isNameWord`). */
const NAME = 1;
/** Fact bit: a name word that is the last word of an English title ("Governor", "Chairman"). */
const TITLE_HEAD = 2;
/** Fact bit: a name word that is a nationality adjective ("Japanese"). */
const DEMONYM = 4;
/** Fact bit: a word that opens a place or body of the gazetteer. */
const OPENS_KNOWN = 8;
/** Fact bit: a word that opens a title. */
const OPENS_TITLE = 16;
/** Fact bit: a word that opens a designator ("Co Ltd", "People's Committee"). */
const OPENS_SUFFIX = 32;
// The bits below are asked of single tokens (`is`), not kept in a chunk's array of facts (`tokenFacts`).
/** Fact bit: a word that may be a Vietnamese syllable of a name. */
const VIETNAMESE_SYLLABLE = 1 << 8;
/** Fact bit: a word that may be romanised Japanese. */
const ROMAJI = 1 << 9;
/** Fact bit: a common Vietnamese family name. */
const VIETNAMESE_FAMILY = 1 << 10;
/** Fact bit: a common Japanese family name. */
const JAPANESE_FAMILY = 1 << 11;
/** Fact bit: a common Japanese given name. */
const JAPANESE_GIVEN = 1 << 12;
/** Fact bit: a word that may open a credit in any case ("by", "photo", "Reporting by", "WRITER:"). */
const CREDIT_CUE = 1 << 13;

/** The fact bits of a token's word, worked out once per spelling: the same words recur in every article. */
function wordFacts(t: LexToken): number {
  const spelling = t.spelling;
  if (spelling.facts < 0) {
    const name = t.kind === 'word' && t.cap && !STOP.has(t.key);
    spelling.facts =
      (name
        ? NAME | (titleHeads.has(t.key) ? TITLE_HEAD : 0) | (lookupDemonym(t.key) !== null ? DEMONYM : 0)
        : 0) |
      (t.kind === 'word' && gazetteer.opens(t) ? OPENS_KNOWN : 0) |
      (titles.opens(t) ? OPENS_TITLE : 0) |
      (suffixes.opens(t) ? OPENS_SUFFIX : 0) |
      (isVietnameseSyllable(t.key) ? VIETNAMESE_SYLLABLE : 0) |
      (isRomaji(t.key) ? ROMAJI : 0) |
      (vietnameseFamily.has(t.key) ? VIETNAMESE_FAMILY : 0) |
      (japaneseFamily.has(t.key) ? JAPANESE_FAMILY : 0) |
      (japaneseGiven.has(t.key) ? JAPANESE_GIVEN : 0) |
      (CREDIT_CUES.has(t.key) ? CREDIT_CUE : 0);
  }
  return spelling.facts;
}

/** Whether a token's word has the fact `bit`; false past either end of the chunk. */
function is(t: LexToken | undefined, bit: number): boolean {
  return t !== undefined && (wordFacts(t) & bit) !== 0;
}

/**
 * The facts of each token of a chunk (the eight bits a dozen candidate passes ask of every token), read once:
 * a byte read is far cheaper than the set and dictionary look-ups on folded keys it replaces.
 */
function tokenFacts(toks: readonly LexToken[]): Uint8Array {
  const facts = new Uint8Array(toks.length);
  for (let k = 0; k < toks.length; k++) facts[k] = wordFacts(toks[k]!);
  return facts;
}

/** Token `k` is a name word; false past either end of the chunk. */
function isName(facts: Uint8Array, k: number): boolean {
  return (facts[k]! & NAME) !== 0;
}

/** Token `k` is a name word other than a title's head: a word a name may be made of. */
function isNamePart(facts: Uint8Array, k: number): boolean {
  return (facts[k]! & (NAME | TITLE_HEAD)) === NAME;
}

/** End (exclusive) of a hyphen- or underscore-joined unit at word i ("G-NETS", "BW_i"): tokens without spaces. */
function unitEnd(toks: readonly LexToken[], i: number): number {
  let j = i + 1;
  // Names have a few hyphenated parts at most; the cap keeps "A-A-A-…" from making the scan quadratic.
  while (
    j - i < 9 &&
    j + 1 < toks.length &&
    (toks[j]!.key === '-' || toks[j]!.key === '_') &&
    !toks[j]!.space &&
    toks[j + 1]!.kind === 'word' &&
    !toks[j + 1]!.space
  )
    j += 2;
  return j;
}

function isAcronymUnit(toks: readonly LexToken[], s: number, e: number): boolean {
  let letters = 0;
  for (let k = s; k < e; k += 2) {
    const t = toks[k]!;
    // The case test first: it rejects most words without running the digit pattern.
    if (!(t.allCaps || (t.cap && t.text.length === 1))) return false;
    if (/[0-9]/.test(t.text)) return false;
    letters += t.text.length;
  }
  return letters >= 2 && letters <= 10;
}

/** The text of tokens [s, e); one word's is its spelling's shared string, whose hash maps work out once. */
function spanText(text: string, toks: readonly LexToken[], s: number, e: number): string {
  return e - s === 1 ? toks[s]!.text : text.slice(toks[s]!.start, toks[e - 1]!.end);
}

// ---------------------------------------------------------------------------------------------------------
// Candidate generators over one chunk of tokens.

/** Candidates by token index (where they start, or where they end): an array, as every pass reads it per token. */
type SpanIndex = (Candidate | undefined)[];

/** A person candidate over tokens [s, e), its canonical name as written unless `canon` gives another order. */
function person(
  text: string,
  toks: readonly LexToken[],
  s: number,
  e: number,
  prio: number,
  confidence: number,
  canon = spanText(text, toks, s, e),
): Candidate {
  return { s, e, type: 'PERSON', ref: '', prio, confidence, canon };
}

/** A company's second word that makes it an affiliate of the group its first word names ("Samsung Display"). */
function isAffiliateWord(key: string): boolean {
  return COMPANY_TAILS.has(key) || countryWords.has(key);
}

/** An empty span index for a chunk, with a slot for each token and one past the last. */
function spanIndex(toks: readonly LexToken[]): SpanIndex {
  return new Array<Candidate | undefined>(toks.length + 1);
}

/**
 * The ref of a ministry owned by another country than the gazetteer's ("Japan's Ministry of Finance"):
 * that country's own ministry, known or not; else `ref`.
 */
function ministryOf(toks: readonly LexToken[], i: number, ref: string, owner: Candidate | undefined): string {
  const entry = lookupRef(ref);
  if (!entry || entry.kind !== 'ministry') return ref;
  const possessive = owner?.e === i - 2 && possessiveAt(toks, i - 2);
  const named = possessive ? lookupRef(owner.ref) : undefined;
  if (!named || named.kind !== 'country' || named.ref === entry.country) return ref;
  return lookupName(`${entry.name} of ${named.name}`)?.ref ?? `${refOf(entry.name)}-${named.ref}`;
}

function gazetteerCandidates(toks: readonly LexToken[], facts: Uint8Array, out: Candidate[]): void {
  for (let i = 0; i < toks.length;) {
    const m = (facts[i]! & OPENS_KNOWN) !== 0 ? gazetteer.longest(toks, i) : null;
    if (m) {
      if (m.value.kind === 'ministry') {
        const ref = ministryOf(toks, i, m.value.ref, out.at(-1));
        if (ref !== m.value.ref) {
          out.push({ s: i, e: m.end, type: 'ORG', ref, prio: 3, confidence: 0.9 });
          i = m.end;
          continue;
        }
      }
      const e = nameEnd(toks, m.end, m.value.kind);
      if (e > m.end) {
        const name = toks
          .slice(i, e)
          .map((x) => x.text)
          .join(' ');
        out.push({ s: i, e, type: 'ORG', ref: refOf(name), prio: 3, confidence: 0.85 });
        i = e;
        continue;
      }
      // "Nguyen Van Phong": after a Vietnamese family name, two syllables are the rest of a person's name (the
      // most common middle name "Văn" folds like "Vân" of Vân Phong).
      const family = i > 0 && !toks[i]!.newline && toks[i - 1]!.cap && is(toks[i - 1], VIETNAMESE_FAMILY);
      if (
        family &&
        m.value.type === 'PLACE' &&
        m.end - i === 2 &&
        knowledge.countryOf(m.value.ref) === 'vietnam'
      ) {
        i++;
        continue;
      }
      const locality = vietnameseProvinces.has(m.value.ref) ? m.value.ref : undefined;
      // "Vinh City", known only with its designator: the mention is the name without it, as for "Da Nang City".
      const last =
        m.end - 1 > i && toks[m.end - 1]!.text === 'City' && vietnameseTowns.has(m.value.ref)
          ? m.end - 1
          : m.end;
      out.push({ s: i, e: last, type: m.value.type, ref: m.value.ref, prio: 3, confidence: 0.95, locality });
      i = m.end;
    } else i++;
  }
}

/** Roman numerals that number a park's phase or a fund ("Dong Van III", "SK Investment Vina IV"). */
const ROMAN = new Set(['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX']);

function isNumberedPart(t: LexToken): boolean {
  const c = t.text.charCodeAt(0);
  // "VSIP 2", "Yen Phong 2C", "Pho Noi A", "Dong Van III": a phase number or letter.
  return (
    t.kind === 'word' &&
    ((c >= 48 && c <= 57 && t.text.length <= 3) || (t.text.length === 1 && t.cap) || ROMAN.has(t.text))
  );
}

/**
 * End of a park's or company's name past its phase: "Thang Long Industrial Park II", "VSIP Nghe An II", "WHA
 * Industrial Zone 1 - Nghe An" (a park's number and its province).
 */
function phaseEnd(toks: readonly LexToken[], e: number, park: boolean): number {
  const t = toks[e];
  if (!t || t.newline || t.kind !== 'word') return e;
  if (ROMAN.has(t.text)) return e + 1;
  const c = t.text.charCodeAt(0);
  if (!park || c < 48 || c > 57 || t.text.length > 2) return e;
  // "WHA Industrial Zone 1 - Nghe An", "WHA Industrial Zone 1 Nghe An": the province names the park, unless
  // its designator follows ("… Zone 1 in Nghe An province" names the place).
  const dash = toks[e + 1];
  const at = dash && (dash.key === '-' || dash.key === '–') ? e + 2 : e + 1;
  const place = toks[at]?.newline ? null : gazetteer.longest(toks, at);
  const named =
    place &&
    vietnameseProvinces.has(place.value.ref) &&
    !/^(province|city|provincial)$/.test(toks[place.end]?.key ?? '');
  return named ? place.end : e + 1;
}

/**
 * Walks left from token `i` (exclusive) over capitalised name words, known spans and inner connectors,
 * stopping at titles and sentence words; returns the first token of the name and how many name parts it has.
 */
function walkBack(
  toks: readonly LexToken[],
  facts: Uint8Array,
  i: number,
  spansEnding: SpanIndex,
): [number, number] {
  let start = i;
  let parts = 0;
  let j = i - 1;
  // The name walked so far opens with a known span ("… and Da Nang People's Committee").
  let known = false;
  while (j >= 0 && i - j <= 10 && !toks[start]!.newline) {
    const span = spansEnding[j + 1];
    const t = toks[j]!;
    if (span && span.s < j + 1) {
      start = span.s;
      parts++;
      j = span.s - 1;
      known = true;
    } else if (isNamePart(facts, j)) {
      known = false;
      start = j;
      if ((facts[j]! & DEMONYM) === 0) parts++;
      j--;
    } else if (isNumberedPart(t) && j > 0 && isName(facts, j - 1)) {
      // "Yen Phong 2C Industrial Park", "VSIP 2": a phase number inside the name.
      start = j;
      j--;
    } else if (
      t.key === 'and' &&
      parts > 0 &&
      j > 0 &&
      spansEnding[j] === undefined &&
      !known &&
      (facts[j - 1]! & (NAME | TITLE_HEAD | DEMONYM)) === NAME &&
      !toks[j - 1]!.allCaps &&
      !SUFFIX_TAILS.has(toks[j - 1]!.key) &&
      isDescriptive(toks[j - 1]!.key) &&
      isDescriptive(toks[j + 1]!.key)
    ) {
      // "Taipei Economic and Cultural Office", "Yunnan Construction and Investment Holding Group": describing
      // words either side of "and" make one body; names ("Samsung and LG …", "… Taxation and Nam Son
      // Industrial Park") make a list.
      j--;
    } else if (t.text === 'New' && start === j + 1 && j > 0 && isNamePart(facts, j - 1)) {
      // "Nanfeng New Energy Co., Ltd.": after a name word, "New" is part of the name, not a sentence's opener.
      start = j;
      j--;
    } else if (t.key === 'general' && t.cap && start === j + 1 && ORG_HEADS.has(toks[j + 1]!.key)) {
      // "General Department of Vietnam Customs": "General" is a rank of the body here, not a title.
      start = j;
      j--;
    } else if ((INNER.has(t.key) || (t.key === '-' && !t.space)) && j > 0) {
      const before = toks[j - 1]!;
      if (spansEnding[j] === undefined && !isNamePart(facts, j - 1)) break;
      // "Mr Nakamura of Mizuho Bank": a titled person before "of" is not part of the body.
      if (t.key === 'of' && j > 1 && titleHeads.has(toks[j - 2]!.key)) break;
      // "Representatives of Nishiki Shipping": a capital that only opens the sentence is no name.
      const opens = j === 1 || before.newline || toks[j - 2]!.key === '.';
      if (t.key === 'of' && opens && spansEnding[j] === undefined && !ORG_HEADS.has(before.key)) break;
      j--;
    } else break;
  }
  return [start, parts];
}

/** Lower-case words that place a local body: "the provincial People's Committee", "the city's Party Committee". */
const LOCAL_DESIGNATORS = new Set([
  'provincial',
  'municipal',
  'city',
  'district',
  'communal',
  'town',
  'prefectural',
]);

/** Ref prefix of a local body whose locality is not named beside it; `link` replaces it. */
const LOCAL_BODY = '@local:';

/**
 * Index of a lower-case local designator right before token `start` ("provincial", or "city" in "city's"),
 * or -1.
 */
function localDesignatorBefore(toks: readonly LexToken[], start: number): number {
  let k = start - 1;
  if (possessiveAt(toks, k - 1)) k -= 2;
  const t = toks[k];
  return t && !t.cap && LOCAL_DESIGNATORS.has(t.key) ? k : -1;
}

/**
 * End of a known company's name past one more word of its own: "Hitachi Astemo", "Toyota Tsusho". The word is
 * no known name, title, weekday or demonym, does not end in "s" (a headline's verb: "Samsung Invests"), and
 * lower-case text or punctuation follows it, as after a name in prose.
 */
function affiliateEnd(toks: readonly LexToken[], e: number): number {
  const t = toks[e];
  const next = toks[e + 1];
  if (!t || !next || !/^[A-Z][a-z]+$/.test(t.text) || t.newline || next.newline) return e;
  const prose = next.kind === 'word' ? !next.cap && /^[a-z]/.test(next.text) : /^[,.;:()']$/.test(next.key);
  if (!prose || t.key.endsWith('s') || (wordFacts(t) & (NAME | TITLE_HEAD | DEMONYM)) !== NAME) return e;
  if (gazetteer.longest(toks, e) || titles.longest(toks, e) || suffixes.longest(toks, e)) return e;
  return e + 1;
}

/** Suffixes after which "in <place>" belongs to the name ("Japan Business Association in HCM City"). */
const ABROAD_SUFFIXES = /(association|chamber|council|office|club|union|federation)$/i;

/**
 * Where a name really ends, given where its known part or its designator ends: "Sembcorp Development",
 * "Fuyu Precision Component" (company words), "Meiko Electronics Vietnam" (the country of a local subsidiary),
 * "VSIP Nghe An", "WHA Industrial Zone Nghe An" (the province of a park), "Japan Business Association in HCM
 * City" (where an association works). `kind`: a gazetteer kind, or the kind of designator that was found.
 */
function nameEnd(toks: readonly LexToken[], end: number, kind: string): number {
  if (toks[end]?.newline) return end;
  const company = kind === 'company' || kind === 'org' || kind === 'legal';
  const park = kind === 'park' || kind === 'industrial-park';
  let e = end;
  if (company) while (toks[e]?.cap && !toks[e]!.newline && COMPANY_TAILS.has(toks[e]!.key)) e++;
  if (kind === 'company' && e === end) e = affiliateEnd(toks, e);
  const place = company || park ? gazetteer.longest(toks, e) : null;
  if (place && toks[place.end]?.key !== "'" && !toks[e]!.newline) {
    if (kind !== 'legal' && company && countries.has(place.value.ref)) {
      // "Samsung Electronics Vietnam Thai Nguyen": a local subsidiary names its province too.
      const local = toks[place.end]?.newline ? null : gazetteer.longest(toks, place.end);
      return local && vietnameseProvinces.has(local.value.ref) && toks[local.end]?.key !== "'"
        ? local.end
        : place.end;
    }
    if (park && vietnameseProvinces.has(place.value.ref)) return phaseEnd(toks, place.end, park);
  }
  if (company || park) e = phaseEnd(toks, e, park);
  if (kind === 'org' && toks[e]?.key === 'in' && ABROAD_SUFFIXES.test(toks[e - 1]!.text)) {
    const abroad = gazetteer.longest(toks, e + 1);
    if (abroad?.value.type === 'PLACE') return abroad.end;
  }
  return e;
}

/**
 * A Vietnamese full name starts at token `k`: a family name, then one to three capitalised syllables that end
 * the run of name words ("Ngô Văn Lợi and …").
 */
function vietnamesePersonAt(toks: readonly LexToken[], facts: Uint8Array, k: number): boolean {
  if (!toks[k]?.cap || !is(toks[k], VIETNAMESE_FAMILY)) return false;
  let e = k + 1;
  while (e - k <= 4 && isNamePart(facts, e) && is(toks[e], VIETNAMESE_SYLLABLE)) e++;
  return e - k >= 3 && e - k <= 4 && !isNamePart(facts, e);
}

/** The capitalised words from token `k` end with an organisation's designator ("Khon Kaen University"). */
function namesOwnBody(toks: readonly LexToken[], facts: Uint8Array, k: number): boolean {
  for (let j = k; j - k < 6 && isNamePart(facts, j); j++) if (j > k && suffixes.longest(toks, j)) return true;
  return false;
}

/**
 * Where the body named "Head of <object>" ends when a person's name follows its portfolio: "Chamber of
 * Commerce Thanapol Wongsuwan" ends after "Commerce". `from`: the object's first token; returns `end` or less.
 */
function officerStart(
  toks: readonly LexToken[],
  facts: Uint8Array,
  known: SpanIndex,
  from: number,
  end: number,
): number {
  for (let k = end - 2; k >= end - 3 && k > from; k--) {
    if (!PORTFOLIO.has(toks[k - 1]!.key)) continue;
    let person = !isNamePart(facts, end);
    for (let n = k; n < end && person; n++)
      person =
        isNamePart(facts, n) &&
        known[n] === undefined &&
        !PORTFOLIO.has(toks[n]!.key) &&
        !ORG_HEADS.has(toks[n]!.key) &&
        !suffixes.longest(toks, n);
    if (person) return k;
  }
  return end;
}

/** Nouns whose "on …" names a topic: "Memorandum of Understanding on Economic Exchange", "Forum on Trade". */
const TOPIC_HEADS = new Set([
  'understanding',
  'agreement',
  'memorandum',
  'cooperation',
  'conference',
  'forum',
  'seminar',
  'workshop',
  'dialogue',
]);

/** Whether a possessive "'s" (or "’s") starts at token `k`. */
function possessiveAt(toks: readonly LexToken[], k: number): boolean {
  return toks[k]?.key === "'" && toks[k + 1]?.key === 's';
}

function organisationCandidates(
  text: string,
  toks: readonly LexToken[],
  facts: Uint8Array,
  spansEnding: SpanIndex,
  out: Candidate[],
): void {
  // Only gazetteer spans are in `out` yet; index them by first token for the "Ministry of ..." reader.
  const known = spanIndex(toks);
  for (const c of out) known[c.s] = c;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap) continue;
    const m = (facts[i]! & OPENS_SUFFIX) !== 0 ? suffixes.longest(toks, i) : null;
    if (m) {
      const [start, parts] = walkBack(toks, facts, i, spansEnding);
      const designator = localDesignatorBefore(toks, start);
      if (designator >= 0 && (parts > 0 || m.value === 'committee')) {
        // "Nghe An provincial People's Committee" is Nghe An's committee; "the municipal People's Committee"
        // that of the province the article is about, settled in `link` once all places are known.
        const place = spansEnding[designator];
        const body = refOf(spanText(text, toks, start, m.end));
        if (place?.type === 'PLACE' && place.s < designator)
          out.push({
            s: place.s,
            e: m.end,
            type: 'ORG',
            ref: `${place.ref}-${body}`,
            prio: 2,
            confidence: 0.8,
            locality: place.locality,
          });
        else out.push({ s: start, e: m.end, type: 'ORG', ref: LOCAL_BODY + body, prio: 2, confidence: 0.7 });
        continue;
      }
      // "a Memorandum of Understanding on Economic Exchange": the topic of an agreement or a forum, no body.
      if (toks[start - 1]?.key === 'on' && TOPIC_HEADS.has(toks[start - 2]?.key ?? '')) continue;
      if (parts > 0 && start < i) {
        const prefix = spansEnding[i];
        const whole = prefix && prefix.s === start ? prefix : undefined;
        const placed = spansEnding[i - 1]?.type === 'PLACE' ? spansEnding[i - 1] : undefined;
        let ref: string;
        if (whole && whole.type === 'ORG') ref = whole.ref;
        else if (whole && m.value === 'committee')
          ref = `${whole.ref}-${refOf(spanText(text, toks, i, m.end))}`;
        else if (m.value === 'committee' && LOCAL_DESIGNATORS.has(toks[i - 1]!.key) && placed?.s === start)
          // "Hưng Yên Provincial People's Committee" is the "provincial People's Committee" of Hưng Yên.
          ref = `${placed.ref}-${refOf(spanText(text, toks, i, m.end))}`;
        else ref = refOf(spanText(text, toks, start, m.value === 'legal' ? i : m.end));
        let e = nameEnd(toks, m.end, m.value);
        if (e > m.end) ref = refOf(spanText(text, toks, start, e));
        // "WHA Corporation Pcl": a second legal form, which the ref leaves out like the first.
        const legal = m.value === 'legal' && !toks[e]?.newline ? suffixes.longest(toks, e) : null;
        if (legal?.value === 'legal') e = legal.end;
        out.push({ s: start, e, type: 'ORG', ref, prio: 2, confidence: 0.8 });
        // "Central Institute for Economic Management": the head may also open a longer name.
        if (!(ORG_HEADS.has(t.key) && /^(of|for)$/.test(toks[i + 1]?.key ?? ''))) continue;
      }
    }
    // "Ministry of Planning and Investment", "Embassy of Japan": a head noun, "of", then names.
    if (ORG_HEADS.has(t.key) && (toks[i + 1]?.key === 'of' || toks[i + 1]?.key === 'for')) {
      let j = i + 2;
      let end = i;
      let listed = false;
      let lastComma = 0;
      while (j < toks.length && !toks[j]!.newline) {
        const span = known[j];
        if (span) j = end = span.e;
        // "Department of Finance Ngô Văn Lợi": the officer named after the body is no part of it.
        else if (j > i + 2 && vietnamesePersonAt(toks, facts, j)) break;
        // "… Commerce Director …": a title word starts a person's description, not more of the body.
        else if (isNamePart(facts, j)) j = end = j + 1;
        else if (
          (toks[j]!.key === 'and' || toks[j]!.key === '&') &&
          isNamePart(facts, j + 1) &&
          // "China's Ministry of Commerce and Vietnam's Ministry of …": a possessive opens another body.
          !possessiveAt(toks, known[j + 1]?.e ?? j + 2)
        ) {
          // "… of Economy, Trade and Industry and Vietnam's …": a second "and" joins another name;
          // "University of Da Nang and Khon Kaen University" joins a second body, which has its own name.
          if (listed || vietnamesePersonAt(toks, facts, j + 1) || namesOwnBody(toks, facts, j + 1)) break;
          j++;
          listed = true;
        } else if (toks[j]!.key === ',' && isName(facts, j + 1) && known[j + 1] === undefined) {
          // "Ministry of Trade, Industry and Energy": a comma joins only a list that an "and" closes.
          if (!listed && lastComma === 0) lastComma = end;
          j++;
        } else break;
      }
      if (lastComma > 0 && !listed) end = lastComma;
      end = officerStart(toks, facts, known, i + 2, end);
      // "Korea Chamber of Business in Vietnam": the country a chamber or association works in is its name.
      const abroad = known[end + 1];
      if (
        toks[end]?.key === 'in' &&
        abroad &&
        countries.has(abroad.ref) &&
        !/^(ministry|department)$/.test(t.key)
      )
        end = abroad.e;
      if (end > i) {
        // "People's Committee of Dong Nai" is the same body as "Dong Nai People's Committee".
        // "Vietnam's Ministry of ..." is not: a named place or body before the possessive owns the ministry.
        const possessive =
          i >= 3 && possessiveAt(toks, i - 2) && toks[i - 3]!.cap && spansEnding[i - 2] === undefined;
        const head = possessive ? i - 3 : i;
        const [start] = walkBack(toks, facts, head, spansEnding);
        const place = known[i + 2];
        const ref =
          possessive && start === head && place?.type === 'PLACE' && place.e === end
            ? `${place.ref}-${refOf(spanText(text, toks, head, i + 1))}`
            : refOf(spanText(text, toks, start, end));
        out.push({ s: start, e: end, type: 'ORG', ref, prio: 2, confidence: 0.8 });
      }
    }
  }
}

/** Last words of names that are pacts, programmes or events rather than organisations ("… Free Trade Agreement"). */
const NON_ENTITY_HEADS = new Set(
  (
    'agreement agreements partnership pact treaty accord initiative strategy programme program plan summit ' +
    'expo exhibition festival conference fair week act law decree resolution scheme roadmap'
  ).split(' '),
);

/** Lower-case words a long form may contain besides its capitalised words ("Association of … and …"). */
const LONG_FORM_JOINERS = new Set(['of', 'and', 'for', 'in', 'on', '&', '-']);

/**
 * First token of the long form before "(" at `i` whose capitalised words' initials spell the acronym
 * ("Investment and Trade Promotion Centre (ITPC)"), or -1.
 */
function initialsStart(toks: readonly LexToken[], facts: Uint8Array, i: number, abbr: string): number {
  let letters = '';
  for (const ch of abbr) if (ch >= 'A' && ch <= 'Z') letters += ch;
  let initials = '';
  for (let k = i - 1; k >= 0 && i - k <= 16; k--) {
    const t = toks[k]!;
    if (LONG_FORM_JOINERS.has(t.key) && !t.cap) continue;
    if (t.kind !== 'word' || !t.cap) return -1;
    initials = t.text[0]!.toUpperCase() + initials;
    if (initials.length > letters.length) return -1;
    if (initials === letters) return isName(facts, k) ? k : -1;
  }
  return -1;
}

/** Lower-case kinds of body written between a name and its acronym ("the … agency (ABBR)"). */
const KIND_NOUNS = new Set([
  'agency',
  'authority',
  'association',
  'bank',
  'council',
  'fund',
  'group',
  'institute',
]);

/** "Long Form Name (LFN)": both become mentions of one entity, and later "LFN" alone links to it. */
function abbreviationCandidates(
  text: string,
  toks: readonly LexToken[],
  facts: Uint8Array,
  spansEnding: SpanIndex,
  state: RecognitionState,
  out: Candidate[],
): void {
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i]!.key !== '(' || toks[i + 1]!.kind !== 'word') continue;
    const a = i + 1;
    const ae = unitEnd(toks, a);
    if (toks[ae]?.key !== ')' || ae - a > 9) continue;
    const abbr = spanText(text, toks, a, ae);
    // "MoF", "JETRO", "G-NETS": at least two capitals, however the rest is written.
    let capitals = 0;
    for (const ch of abbr) if (ch >= 'A' && ch <= 'Z') capitals++;
    if (capitals < 2) continue;
    // A known acronym is redefined only by a known long form right before it: "Japan Chamber of Commerce
    // and Industry in Vietnam (JCCI)" is the chamber in Vietnam in this article, not the one in Tokyo.
    const listed = gazetteer.longest(toks, a);
    const before = spansEnding[i];
    const redefined = before !== undefined && before.prio === 3 && listed?.value.ref !== before.ref;
    if (listed?.end === ae && !redefined) continue;
    // "EU-Vietnam Free Trade Agreement (EVFTA)": neither form is an organisation; the names inside remain.
    if (NON_ENTITY_HEADS.has(toks[i - 1]!.key)) {
      state.nonEntities.add(abbr);
      continue;
    }
    const initial = abbr[0]!.toLowerCase();
    let known: Known | undefined;
    if (before && before.s < i && before.type === 'PERSON') continue;
    // "the Baden-Württemberg International agency (BW_i)": a lower-case kind of body ends the long form.
    const end = before === undefined && KIND_NOUNS.has(toks[i - 1]!.text) ? i - 1 : i;
    if (before && before.s < i && toks[before.s]!.key[0] === initial) {
      // A long form found only by rule takes the acronym's ref, which articles using the acronym alone share.
      if (before.prio < 3) before.ref = refOf(abbr);
      known = { ref: before.ref, type: before.type, kind: 'defined' };
    } else {
      let s = initialsStart(toks, facts, end, abbr);
      if (s < 0) {
        [s] = walkBack(toks, facts, end, spansEnding);
        while (s < end && (toks[s]!.key[0] !== initial || !isName(facts, s))) s++;
      }
      if (end - s < 2) continue;
      known = { ref: refOf(abbr), type: 'ORG', kind: 'defined' };
      out.push({ s, e: end, type: 'ORG', ref: known.ref, prio: 2.5, confidence: 0.85 });
    }
    state.abbreviations.set(abbr, known);
    out.push({ s: a, e: ae, type: known.type, ref: known.ref, prio: listed ? 3.5 : 2.5, confidence: 0.85 });
  }
}

/** Words of a minister's or a body's portfolio, which end the title before a name. */
const PORTFOLIO = new Set(
  (
    'industry trade finance planning investment foreign affairs economy commerce agriculture transport ' +
    'construction health education labour labor justice defence defense security culture science technology ' +
    'information communications energy environment resources development tourism sports interior home industries'
  ).split(' '),
);

/** Lower-case Vietnamese words that place a body: tỉnh (province), thành phố (city), huyện (district). */
const VIETNAMESE_DESIGNATORS = new Set(['tinh', 'thanh', 'pho', 'huyen', 'xa', 'quan']);

/**
 * After a Vietnamese title, the body and place it belongs to come before the name: "Chủ tịch UBND tỉnh Hưng
 * Yên Nguyễn Lê Huy", "Phó Thống đốc tỉnh Tochigi Sato Kenichi". Returns where the name starts, or `j`.
 */
function vietnameseObjectEnd(toks: readonly LexToken[], j: number, spansStarting: SpanIndex): number {
  let k = j;
  if (toks[k]?.allCaps && /^(ubnd|hdnd)$/.test(toks[k]!.key)) k++;
  while (toks[k] && !toks[k]!.cap && VIETNAMESE_DESIGNATORS.has(toks[k]!.key)) k++;
  const place = k > j ? spansStarting[k] : undefined;
  if (place?.type === 'PLACE') return place.e;
  // "Tổng Lãnh sự Việt Nam tại Nam Ninh Ngô Hữu Lợi": the country served and the post, then the name, whose
  // family name opens its last three (or two) capitalised words.
  const own = spansStarting[j];
  if (own?.type !== 'PLACE' || toks[own.e]?.text !== 'tại') return j;
  let e = own.e + 1;
  while (e - own.e <= 8 && toks[e]?.cap && toks[e]!.kind === 'word' && !toks[e]!.newline) e++;
  for (const n of [e - 3, e - 2]) if (n > own.e + 1 && vietnameseFamily.has(toks[n]!.key)) return n;
  return j;
}

/** Splits a capitalised run into the person name at its end ("Foreign Affairs Le Hoai Trung" → 2). */
function nameStart(toks: readonly LexToken[], s: number, e: number): number {
  // "Minister for Trade and Industry Gan Kim Yong": the name starts after the last word of the portfolio.
  for (let k = e - 1; k > s; k--) {
    if (!PORTFOLIO.has(toks[k - 1]!.key)) continue;
    if (e - k >= 2 && e - k <= 3) return k;
    s = k;
    break;
  }
  for (let k = s; k < e - 1; k++) {
    const key = toks[k]!.key;
    if (vietnameseFamily.has(key) && e - k >= 2 && e - k <= 4) return k;
    if ((japaneseFamily.has(key) || koreanFamily.has(key)) && e - k === 2) return k;
    // "Senior Minister of State Tan Wei Ming": a Chinese name is often three words, family name first.
    if (chineseFamily.has(key) && e - k >= 2 && e - k <= 3) return k;
  }
  return Math.max(s, e - 2);
}

function japaneseCanon(a: LexToken, b: LexToken): string | null {
  const famA = is(a, JAPANESE_FAMILY);
  const famB = is(b, JAPANESE_FAMILY);
  const givA = is(a, JAPANESE_GIVEN);
  const givB = is(b, JAPANESE_GIVEN);
  if (!is(a, ROMAJI) || !is(b, ROMAJI)) return null;
  if (famA && (givB || !famB)) return `${a.text} ${b.text}`;
  if (givA && famB) return `${b.text} ${a.text}`;
  if (givB && !givA) return `${a.text} ${b.text}`;
  return null;
}

/**
 * Tokens `k`… are a romanised Korean or Chinese given name of two syllables joined by a hyphen, the second in
 * lower case ("Ji-hoon", "Shuh-fan"); "Phong-based" is not, as its second part is no syllable of a name.
 */
function hyphenatedGiven(toks: readonly LexToken[], k: number): boolean {
  const dash = toks[k + 1];
  if (dash?.key !== '-') return false;
  const a = toks[k];
  const b = toks[k + 2];
  return (
    a !== undefined &&
    b !== undefined &&
    a.cap &&
    !a.allCaps &&
    a.kind === 'word' &&
    a.text.length <= 6 &&
    !a.newline &&
    !dash.space &&
    b.kind === 'word' &&
    !b.cap &&
    !b.space &&
    b.text.length <= 5 &&
    /^[a-z]+$/.test(b.text) &&
    !/(ed|ing)$/.test(b.text)
  );
}

/** Lower-case particles inside European surnames ("Pieter de Vries", "Ursula von der Leyen"). */
// Not "le", "la" or "da": those open Vietnamese names and places ("Le Van Thanh", "Da Nang").
const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'ter', 'du', 'di', 'del', 'dos']);

/**
 * Index past one or two lower-case surname particles at token `k` when a name word follows them ("de Vries",
 * "van der Berg"), else `k`: the particles belong to the surname, not to the prose around it.
 */
function particlesEnd(toks: readonly LexToken[], facts: Uint8Array, k: number): number {
  let j = k;
  // The length test first: every particle has at most three letters, and most words have more.
  while (j - k < 2 && (toks[j]?.key.length ?? 9) <= 3 && !toks[j]!.cap && SURNAME_PARTICLES.has(toks[j]!.key))
    j++;
  return j > k && isNamePart(facts, j) && !toks[j]!.newline ? j : k;
}

/** English words that make a name a place's ("… Province", "… Prefecture"), never part of a person's. */
const PLACE_DESIGNATORS = new Set(
  'province prefecture city state county district region island islands municipality'.split(' '),
);

/** Vietnamese honorifics written before a full name ("Ông Lê Ngọc Châu", "Bà Đỗ Thu Hà"). */
const VIETNAMESE_HONORIFICS = new Set(['Ông', 'Bà']);

function personCandidates(
  text: string,
  toks: readonly LexToken[],
  facts: Uint8Array,
  spansStarting: SpanIndex,
  out: Candidate[],
): void {
  // "Nguyễn Hồng Thái": a syllable written with its tones is Vietnamese, even when it folds to "Thai".
  // So is the third syllable of a name that opens with a Vietnamese family name ("Tran Hong Thai").
  const demonymSyllable = (k: number): boolean =>
    (facts[k]! & (NAME | TITLE_HEAD | DEMONYM)) === (NAME | DEMONYM) &&
    k > 1 &&
    (facts[k - 1]! & NAME) !== 0 &&
    (toks[k]!.key !== toks[k]!.text.toLowerCase() ||
      (toks[k - 2]!.cap && is(toks[k - 2], VIETNAMESE_FAMILY) && (facts[k - 2]! & NAME) !== 0)) &&
    is(toks[k], VIETNAMESE_SYLLABLE);
  const inRun = (k: number): boolean => {
    if ((facts[k]! & (NAME | TITLE_HEAD | DEMONYM)) !== NAME || toks[k]!.allCaps) return demonymSyllable(k);
    const span = spansStarting[k];
    // A prefecture or company that is also a family name ("Yamaguchi", "Honda") before a given name.
    return !span || (span.e === k + 1 && is(toks[k + 1], JAPANESE_GIVEN));
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word') continue;
    // Title + name: "Prime Minister Pham Minh Chinh", "Governor of Kanagawa Prefecture Kuroiwa Yuji".
    const title = (facts[i]! & OPENS_TITLE) !== 0 ? titles.longest(toks, i) : null;
    if (title) {
      let j = title.end;
      let object = false;
      // "a partner at Baker McKenzie", "an analyst at Mirae Asset": a job held at a body names the body.
      if (!t.cap && toks[j]?.key === 'at') {
        const e = nameRunEnd(toks, facts, j + 1, 5, (k) => spansStarting[k] === undefined);
        if (e - j > 1 && spansStarting[e] === undefined)
          out.push({
            s: j + 1,
            e,
            type: 'ORG',
            ref: refOf(spanText(text, toks, j + 1, e)),
            prio: 1.2,
            confidence: 0.6,
          });
        continue;
      }
      // "Mr. Tanaka", "Dr. Lan": the abbreviation's full stop belongs to the title.
      if (toks[j]?.key === '.' && !toks[j]!.space && title.end - i === 1 && toks[i]!.text.length <= 4) j++;
      // "Ambassador of Japan to Vietnam ...", "Chairman of the Quang Ninh People's Committee ...".
      for (let hops = 0; hops < 2 && ['of', 'to', 'at', 'in', 'for'].includes(toks[j]?.text ?? ''); hops++) {
        j++;
        if (toks[j]?.text === 'the') j++;
        // "of the provincial People's Committee": the designator belongs to the body after it.
        let body = j;
        while (LOCAL_DESIGNATORS.has(toks[body]?.key ?? '') && !toks[body]!.cap) body++;
        if (spansStarting[body] !== undefined) j = body;
        const span = spansStarting[j];
        if (span) j = span.e;
        else {
          object = true;
          // Skip an unknown object ("of Industry and Trade") up to its last joining word; the name follows.
          let k = j;
          while (
            k < toks.length &&
            k - j < 10 &&
            (inRun(k) || (['and', '&'].includes(toks[k]!.text) && inRun(k + 1)))
          ) {
            if (!inRun(k)) j = k + 1;
            k++;
          }
          // "Minister of State for Trade and Industry …": the unknown object is a rank, and a portfolio follows.
          if (hops === 0 && k > j && (toks[k]?.key === 'for' || toks[k]?.key === 'of')) {
            j = k;
            continue;
          }
          break;
        }
      }
      j = vietnameseObjectEnd(toks, j, spansStarting);
      const s = j;
      while (j < toks.length && j - s < 8 && !toks[j]!.newline) {
        const t = toks[j]!;
        // "To Lam": a Vietnamese family name that is also an English stop word, right after the title.
        // "Governor OHMURA Hideaki": a family name in capitals, as Japanese official copy writes it.
        const stopFamily =
          j === s &&
          t.cap &&
          (is(t, VIETNAMESE_FAMILY) ||
            (t.allCaps && (is(t, JAPANESE_FAMILY) || (is(t, ROMAJI) && is(toks[j + 1], JAPANESE_GIVEN))))) &&
          inRun(j + 1);
        // "Ambassador Kittipong Lampang": a one-word place that ends a titled name is a family name.
        const placeFamily =
          j > s && spansStarting[j]?.type === 'PLACE' && spansStarting[j]!.e === j + 1 && !inRun(j + 1);
        // "Managing director Pieter de Vries": particles between name words continue the name.
        const particles = j > s ? particlesEnd(toks, facts, j) : j;
        if (particles > j && inRun(particles)) j = particles;
        else if (!inRun(j) && !stopFamily && !placeFamily) break;
        j++;
        // Hyphenated given names ("Choi Joo-ho", "Yoon Suk-yeol").
        if (toks[j]?.key === '-' && !toks[j]!.space && toks[j + 1]?.kind === 'word' && !toks[j + 1]!.space)
          j += 2;
        // A middle initial ("Marc E. Knapper") when a name word follows it.
        else if (t.text.length === 1 && j > s + 1 && toks[j]?.key === '.' && !toks[j]!.space && inRun(j + 1))
          j++;
      }
      // "Deputy Industry and Trade Minister …": a portfolio, not a name, follows the title.
      // "Deputy Finance Minister …": the word between two titles is a portfolio.
      const portfolio =
        j - s === 1 &&
        !object &&
        (((toks[j]?.key === 'and' || toks[j]?.key === '&') &&
          isNamePart(facts, j + 1) &&
          titleHeads.has(toks[j + 2]?.key ?? '')) ||
          ((facts[j]! & TITLE_HEAD) !== 0 && !toks[j]!.newline));
      // "Governor of South Chungcheong Province": the object is a place, and no name follows its designator.
      let named = s;
      if (object) for (let k = s; k < j; k++) if (PLACE_DESIGNATORS.has(toks[k]!.key)) named = k + 1;
      // "Phó Bí thư Tỉnh ủy": the body a title is held in, left unnamed, is no person.
      const body = j - s === 1 && vietnameseKindAt(toks, s);
      if (j > named && !(object && j - s < 2) && !portfolio && !body) {
        const ns = object || j - s > 4 ? nameStart(toks, named, j) : s;
        const canon = j - ns === 2 ? japaneseCanon(toks[ns]!, toks[ns + 1]!) : null;
        // "Tổng giám đốc Daesung Vina": a run ending in a company word names the company the title is held at.
        const last = toks[j - 1]!.key;
        if (j - ns >= 2 && (COMPANY_TAILS.has(last) || SUFFIX_TAILS.has(last))) {
          const ref = refOf(spanText(text, toks, ns, j));
          out.push({ s: ns, e: j, type: 'ORG', ref, prio: 2, confidence: 0.7 });
          continue;
        }
        out.push(person(text, toks, ns, j, 2, 0.85, canon ?? undefined));
      }
      continue;
    }
    // "Ông Lê Ngọc Châu": the honorific (Mr, Mrs) opening a sentence is no part of the name.
    if (!t.cap || (isNamePart(facts, i - 1) && !VIETNAMESE_HONORIFICS.has(toks[i - 1]!.text))) continue;
    // Vietnamese full name: family name + 2–3 syllables ("Nguyen Minh Vu", "Bùi Văn Khang").
    if (is(t, VIETNAMESE_FAMILY)) {
      let j = i + 1;
      while (
        j < toks.length &&
        j - i < 4 &&
        !toks[j]!.newline &&
        inRun(j) &&
        is(toks[j], VIETNAMESE_SYLLABLE)
      )
        j++;
      if (j - i >= 3 && !isName(facts, j)) {
        out.push(person(text, toks, i, j, 1.5, 0.8));
        continue;
      }
    }
    // "Katrin Vogel": a common Western given name and one unknown word that is no designator or description.
    // "Pierre-Alain Fournier": a hyphenated given name opening with a common one.
    const compound =
      toks[i + 1]?.key === '-' &&
      !toks[i + 1]!.space &&
      toks[i + 2]?.cap === true &&
      !toks[i + 2]!.space &&
      isName(facts, i + 3);
    const surname = compound ? i + 3 : isName(facts, i + 1) ? i + 1 : particlesEnd(toks, facts, i + 1);
    if (
      isName(facts, surname) &&
      westernGiven.has(t.key) &&
      !t.allCaps &&
      inRun(i) &&
      inRun(surname) &&
      !toks[surname]!.newline
    ) {
      const e = unitEnd(toks, surname);
      const last = toks[surname]!.key;
      if (!isName(facts, e) && !isDescriptive(last) && !SUFFIX_TAILS.has(last) && !ORG_HEADS.has(last)) {
        out.push(person(text, toks, i, e, 1.5, 0.75));
        continue;
      }
    }
    // Korean or Chinese family name + hyphenated given name ("Lee Ji-hoon", "Lin Pei-chun").
    // The hyphen is tested first: it rules out almost every word before the two set look-ups.
    if (hyphenatedGiven(toks, i + 1) && (koreanFamily.has(t.key) || chineseFamily.has(t.key))) {
      out.push(person(text, toks, i, i + 4, 1.5, 0.8));
      i += 3;
      continue;
    }
    // Japanese name in either order ("Takaichi Sanae", "Sanae Takaichi").
    const n = toks[i + 1];
    // "Takuya Ishikawa": after a given name, a prefecture that is also a family name is the family name.
    const placeFamily = spansStarting[i + 1]?.e === i + 2 && is(t, JAPANESE_GIVEN) && is(n, JAPANESE_FAMILY);
    if (
      n &&
      isName(facts, i) &&
      (inRun(i + 1) || placeFamily) &&
      !n.newline &&
      !isName(facts, i + 2) &&
      spansStarting[i] === undefined
    ) {
      const canon = japaneseCanon(t, n);
      if (canon) {
        out.push(person(text, toks, i, i + 2, 1.5, 0.75, canon));
        continue;
      }
    }
    // Any name followed by ", <title>" ("Lee Jae-yong, chairman of Samsung"): two or three name words; the
    // honorific opening "Ông Kim Dong-hyun, Tổng giám đốc …" is no part of the name.
    if (inRun(i) && !VIETNAMESE_HONORIFICS.has(t.text)) {
      let j = i;
      let words = 0;
      while (j < toks.length && words < 3 && (j === i || !toks[j]!.newline) && inRun(j)) {
        j++;
        words++;
        if (toks[j]?.key === '-' && !toks[j]!.space && toks[j + 1]?.kind === 'word' && !toks[j + 1]!.space)
          j += 2;
      }
      if (
        words >= 2 &&
        toks[j]?.key === ',' &&
        titles.longest(toks, j + 1 + (/^(the|a|an|its|their)$/.test(toks[j + 1]?.text ?? '') ? 1 : 0))
      ) {
        out.push(person(text, toks, i, j, 1.4, 0.7));
        i = j - 1;
      }
    }
  }
}

/** Nouns that introduce a company by name ("electronics maker Goertek", "the firm Kizuna Holdings"). */
const COMPANY_CUES = new Set([
  'company',
  'firm',
  'conglomerate',
  'group',
  'giant',
  'maker',
  'manufacturer',
  'producer',
  'developer',
  'lender',
  'insurer',
  'carrier',
  'airline',
  'startup',
  'up',
  'operator',
  'retailer',
  'supplier',
  'automaker',
  'carmaker',
  'chipmaker',
  'exporter',
  'contractor',
  'partner',
  'investor',
  'chain',
  // "Singapore-based ThinkZone Ventures".
  'based',
]);

/** Capitalised words right after a company cue are the company's name, up to four of them. */
function cuedCompanyCandidates(
  text: string,
  toks: readonly LexToken[],
  facts: Uint8Array,
  spansStarting: SpanIndex,
  out: Candidate[],
): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const cue = toks[i]!;
    // A name must follow; checking that first spares most words the set look-up.
    if (cue.kind !== 'word' || cue.cap) continue;
    let j = i + 1;
    if (!isName(facts, j)) {
      // "maker An Thinh Battery": the Vietnamese syllable "An" is no article there.
      if (toks[j]!.text !== 'An' || !isNamePart(facts, j + 1)) continue;
      j++;
    }
    if (!COMPANY_CUES.has(cue.key)) continue;
    // "start-up Học Nhanh": the lexer splits the hyphenated cue.
    if (cue.key === 'up' && !(toks[i - 1]?.key === '-' && toks[i - 2]?.key === 'start')) continue;
    while (
      j < toks.length &&
      j - i <= 4 &&
      !toks[j]!.newline &&
      (facts[j]! & (NAME | TITLE_HEAD | DEMONYM)) === NAME &&
      spansStarting[j]?.type !== 'PLACE' &&
      spansStarting[j]?.type !== 'PERSON'
    )
      // "Gotion High-Tech": a hyphenated word is one part of the name.
      j = unitEnd(toks, j);
    if (j === i + 1 || spansStarting[i + 1]?.e === j) continue;
    out.push({
      s: i + 1,
      e: j,
      type: 'ORG',
      ref: refOf(spanText(text, toks, i + 1, j)),
      prio: 1.2,
      confidence: 0.65,
    });
  }
}

/**
 * End of the run of capitalised name words (hyphenated units count as one) from token `i` on one line: at
 * most `max` tokens, stopping at a title word or a word `accept` refuses.
 */
function nameRunEnd(
  toks: readonly LexToken[],
  facts: Uint8Array,
  i: number,
  max: number,
  accept: (k: number) => boolean,
): number {
  let j = i;
  while (j - i < max && isNamePart(facts, j) && (j === i || !toks[j]!.newline) && accept(j))
    j = unitEnd(toks, j);
  return j;
}

/** Verbs of a company putting money in, after which an unknown capitalised subject is a company. */
const INVESTING_VERBS = new Set(
  'invest invests invested investing pour pours poured inject injects injected build builds built open opens opened expand expands expanded acquire acquires acquired buy buys bought take takes took'.split(
    ' ',
  ),
);

/** Words between a subject and its investing verb ("plans to invest", "has also opened"). */
const VERB_HELPERS = new Set(
  'will would has have had is was plans planned also already recently to agreed agrees'.split(' '),
);

/**
 * Unknown companies told by what is said of them: "Amkor Technology, a US chip packaging firm, …" (an
 * aside naming a company noun) and "Kanemura Precision plans to invest …" (a subject of two or more
 * capitalised words that invests).
 */
function describedCompanyCandidates(
  text: string,
  toks: readonly LexToken[],
  facts: Uint8Array,
  spansStarting: SpanIndex,
  out: Candidate[],
): void {
  for (let i = 0; i < toks.length; i++) {
    if ((facts[i]! & (NAME | TITLE_HEAD | DEMONYM)) !== NAME || isName(facts, i - 1)) continue;
    const j = nameRunEnd(toks, facts, i, 5, () => true);
    const span = spansStarting[i];
    if (isName(facts, j) || (span && span.e >= j) || span?.type === 'PERSON') {
      i = j - 1;
      continue;
    }
    let company = false;
    const country = spansStarting[i + 1];
    if (
      j - i >= 2 &&
      toks[i]!.allCaps &&
      country?.e === j &&
      country.type === 'PLACE' &&
      countries.has(country.ref) &&
      !NOT_ORG_ACRONYMS.has(toks[i]!.key)
    ) {
      // "KPMG Vietnam", "CBRE Việt Nam": an acronym's local arm is named by its country.
      out.push({
        s: i,
        e: j,
        type: 'ORG',
        ref: `${refOf(toks[i]!.text)}-${country.ref}`,
        prio: 1.2,
        confidence: 0.6,
      });
      i = j - 1;
      continue;
    }
    if (toks[j]?.key === ',' && (toks[j + 1]?.key === 'a' || toks[j + 1]?.key === 'an')) {
      for (let k = j + 2; k < toks.length && k - j < 9 && toks[k]!.kind === 'word'; k++)
        if (!toks[k]!.cap && COMPANY_CUES.has(toks[k]!.key)) company = true;
    } else if (j - i >= 2) {
      let k = j;
      while (k < toks.length && k - j < 3 && VERB_HELPERS.has(toks[k]!.key)) k++;
      company = INVESTING_VERBS.has(toks[k]?.key ?? '');
    }
    if (company)
      out.push({
        s: i,
        e: j,
        type: 'ORG',
        ref: refOf(spanText(text, toks, i, j)),
        prio: 1.2,
        confidence: 0.6,
      });
    i = j - 1;
  }
}

/** Verbs of speaking whose subject, two or three unknown capitalised words, is a person ("Lawrence Wong said"). */
const SPEAKING = new Set(
  'said says told noted stressed added affirmed emphasised emphasized stated explained urged'.split(' '),
);

/** A speaker no other rule knows: two or three name words, none of them a known name or an organisation word. */
function speakerCandidates(
  text: string,
  toks: readonly LexToken[],
  facts: Uint8Array,
  spansStarting: SpanIndex,
  out: Candidate[],
): void {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!isName(facts, i) || isName(facts, i - 1)) continue;
    const j = nameRunEnd(
      toks,
      facts,
      i,
      3,
      (k) =>
        !toks[k]!.allCaps &&
        spansStarting[k] === undefined &&
        (facts[k]! & DEMONYM) === 0 &&
        !ORG_HEADS.has(toks[k]!.key) &&
        !PLACE_DESIGNATORS.has(toks[k]!.key) &&
        !suffixes.longest(toks, k),
    );
    // "Lawrence Wong said …", "… said Chanya Wongsuwan, the group's chief executive".
    const after = SPEAKING.has(toks[i - 1]?.key ?? '') && (toks[j]?.key === ',' || toks[j]?.key === '.');
    // "Anna Kessler, who heads …": organisations are "which".
    const who = toks[j]?.key === ',' && toks[j + 1]?.text === 'who';
    if (j - i >= 2 && !isName(facts, j) && (SPEAKING.has(toks[j]?.key ?? '') || after || who))
      out.push(person(text, toks, i, j, 1.3, 0.6));
    i = Math.max(i, j - 1);
  }
}

/** Words of a wire credit before "by": "(Reporting by …; Editing by …)", "Additional reporting by …". */
const CREDIT_WORDS = new Set([
  'reporting',
  'editing',
  'writing',
  'compiled',
  'edited',
  'written',
  'reported',
]);

/** The people a wire credit or byline names: two or three name words each, joined by "and" or commas. */
function creditCandidates(
  text: string,
  toks: readonly LexToken[],
  facts: Uint8Array,
  spansStarting: SpanIndex,
  out: Candidate[],
): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    // Every credit opens with a capitalised word or a cue word: one bit spares other words five tests.
    if (!toks[i]!.cap && !is(toks[i], CREDIT_CUE)) continue;
    let j: number;
    // A writer's credit line in capitals: "HOANG MINH, Nikkei staff writer".
    if (toks[i]!.allCaps && lineStart(toks, i) && (j = staffCreditEnd(toks, facts, i)) > i) {
      out.push(person(text, toks, i, j, 1.4, 0.7));
      continue;
    }
    // A writer's name in capitals alone on a line under the headline: "NARUMON SUKSAWAT".
    if (
      i < HEADER_TOKENS &&
      toks[i]!.allCaps &&
      lineStart(toks, i) &&
      (j = capitalBylineEnd(toks, spansStarting, i)) > i
    ) {
      out.push(person(text, toks, i, j, 1.3, 0.65));
      i = j - 1;
      continue;
    }
    if (toks[i + 1]!.key === 'by' && CREDIT_WORDS.has(toks[i]!.key)) j = i + 2;
    // A byline on a line of its own: "By Kim Eun-jung", "(By Lin Mei and Omar Haddad)", "BY LIM SOO MEI".
    else if (
      toks[i]!.key === 'by' &&
      toks[i]!.cap &&
      (lineStart(toks, i) || (toks[i - 1]!.key === '(' && lineStart(toks, i - 1)))
    )
      j = i + 1;
    // A labelled credit line: "WRITER: Somchai Rattana", "Tin, ảnh: Thu Hà" (text and photo by).
    else if (lineStart(toks, i) && CREDIT_LABELS.has(toks[i]!.key)) {
      j = creditLabelEnd(toks, i);
      if (j === i) continue;
    }
    // "Thu Trang – Vinh Long Newspaper": a writer's line that names the paper after a dash.
    else if (lineStart(toks, i) && isDashByline(toks, facts, spansStarting, i)) j = i;
    // "--With assistance from Mai Anh.": a wire's credit to a second reporter.
    else if (toks[i]!.key === 'assistance' && toks[i + 1]!.key === 'from') j = i + 2;
    // A photo credit: "Photo: Quang Minh", "Photo by VnExpress/Giang Huy", "VNA/VNS Photo Hồng Đạt".
    else if (toks[i]!.key === 'photo' || toks[i]!.key === 'photographer') {
      j = i + 1;
      if (toks[j]?.key === ':' || toks[j]?.key === 'by') j++;
      while (toks[j]?.kind === 'word' && toks[j + 1]?.key === '/' && !toks[j + 1]!.space) j += 2;
    } else continue;
    while (j < toks.length) {
      const s = j;
      let words = 0;
      // A credit ends with its line: "By Hoang Phong" does not run into the next paragraph. A job is no name:
      // "By Tan Wei Ling, Regional Correspondent".
      while (
        words < 3 &&
        isName(facts, j) &&
        (facts[j]! & DEMONYM) === 0 &&
        !CREDIT_JOBS.has(toks[j]!.key) &&
        !CREDIT_JOBS.has(toks[j + 1]?.key ?? '') &&
        spansStarting[j] === undefined &&
        (j === s || !toks[j]!.newline)
      ) {
        j = unitEnd(toks, j);
        words++;
      }
      if (words >= 2 && (!isName(facts, j) || toks[j]!.newline)) {
        out.push(person(text, toks, s, j, 1.4, 0.75));
      } else break;
      // "Reporting by Tran Minh Khoa in Hanoi and …": where the reporter filed from.
      const from = toks[j]?.key === 'in' ? spansStarting[j + 1] : undefined;
      if (from?.type === 'PLACE') j = from.e;
      if (toks[j]?.key !== 'and' && toks[j]?.key !== ',') break;
      j++;
    }
    i = j - 1;
  }
}

/** Tokens at the head of a text where a writer's name stands under the headline. */
const HEADER_TOKENS = 80;

/** Words in capitals that label a section or a page rather than name a writer ("BUSINESS NEWS"). */
const SECTION_WORDS = new Set(
  'news business world economy markets market politics opinion property tech technology energy industry finance trade investment latest home breaking sports travel life analysis feature features editorial general regional local international national asia asean update updated published exclusive report special focus press release media immediate statement notice announcement'.split(
    ' ',
  ),
);

/**
 * End of a writer's name written in capitals on a line of its own from token `i` ("NARUMON SUKSAWAT"): two or
 * three all-capital words known as nothing else and no section label; `i` when there is none.
 */
function capitalBylineEnd(toks: readonly LexToken[], spansStarting: SpanIndex, i: number): number {
  let j = i;
  while (
    j - i < 3 &&
    toks[j]?.kind === 'word' &&
    toks[j]!.allCaps &&
    toks[j]!.text.length >= 3 &&
    (j === i || !toks[j]!.newline) &&
    spansStarting[j] === undefined &&
    !SECTION_WORDS.has(toks[j]!.key)
  )
    j++;
  return j - i >= 2 && (j >= toks.length || toks[j]!.newline) ? j : i;
}

/**
 * Token `i` opens a writer's line: two or three name words known as nothing else, a spaced dash, and a short
 * rest of the line with a name in it (the paper), as in "Thu Trang – Vinh Long Newspaper".
 */
function isDashByline(
  toks: readonly LexToken[],
  facts: Uint8Array,
  spansStarting: SpanIndex,
  i: number,
): boolean {
  let k = i;
  while (
    k - i < 3 &&
    isNamePart(facts, k) &&
    spansStarting[k] === undefined &&
    (k === i || !toks[k]!.newline)
  )
    k++;
  const dash = toks[k];
  if (k - i < 2 || !dash?.space || !(dash.key === '–' || dash.key === '—' || dash.key === '-')) return false;
  let named = false;
  for (let m = k + 1; m < toks.length && !toks[m]!.newline; m++) {
    if (m - k > 6) return false;
    named ||= isName(facts, m);
  }
  return named;
}

/** Token `i` opens its line (or the chunk). */
function lineStart(toks: readonly LexToken[], i: number): boolean {
  return i === 0 || toks[i]!.newline;
}

/** Labels of a credit line before its colon: English jobs, and Vietnamese "Tin" (news), "Bài" (article), "ảnh" (photo). */
const CREDIT_LABELS = new Set([
  'writer',
  'writers',
  'author',
  'authors',
  'reporter',
  'reporters',
  'tin',
  'bai',
]);

/** Words that open a credit in any case: the words and labels above, "by", "photo", "assistance (from)". */
const CREDIT_CUES = new Set([...CREDIT_WORDS, ...CREDIT_LABELS, 'by', 'assistance', 'photo', 'photographer']);

/**
 * End of a credit label opened by a `CREDIT_LABELS` word at token `i` ("WRITER:", "Tin, ảnh:", "Bài và ảnh:"),
 * after its colon; else `i`. A Vietnamese "Ảnh:" alone opens a caption, not a credit, so it is no label word.
 */
function creditLabelEnd(toks: readonly LexToken[], i: number): number {
  let j = i + 1;
  while (j - i < 5 && (toks[j]?.key === ',' || toks[j]?.key === 'va' || toks[j]?.key === 'anh')) j++;
  return toks[j]?.key === ':' ? j + 1 : i;
}

/** Words of a writer's job in a credit line ("Nikkei staff writer", "Hanoi correspondent"). */
const CREDIT_JOBS = new Set(['writer', 'correspondent', 'reporter', 'editor', 'columnist']);

/**
 * End of a name in capitals opening a credit line at token `i` ("HOANG MINH, Nikkei staff writer"): two or
 * three capitalised words, a comma, and a writer's job within five words; else `i`.
 */
function staffCreditEnd(toks: readonly LexToken[], facts: Uint8Array, i: number): number {
  let j = i;
  while (j - i < 3 && toks[j]?.allCaps && isName(facts, j) && (j === i || !toks[j]!.newline)) j++;
  if (j - i < 2 || toks[j]?.key !== ',') return i;
  for (let k = j + 1; k - j <= 5 && toks[k] && !toks[k]!.newline; k++)
    if (CREDIT_JOBS.has(toks[k]!.key)) return j;
  return i;
}

const TLDS = new Set(['vn', 'com', 'net', 'org', 'jp', 'kr', 'sg', 'th', 'info', 'gov', 'go', 'co', 'asia']);

/**
 * Vietnamese kinds of body, written before the name, by their first word as written: the words of the kind
 * after it, and how the body's ref is made. `place`: the ref is the place's ("UBND tỉnh Hưng Yên" is Hưng Yên's
 * people's committee, as in English); `suffix`: the name and the kind in English ("KCN Phố Nối A" is Phố Nối A
 * Industrial Park); `name`: the name alone ("Công ty TNHH Hoshino" is Hoshino); `whole`: all of it.
 * `described`: the name is a description whose words after the first may be lower-case ("Sở Tài chính").
 */
const VIETNAMESE_KINDS = new Map<
  string,
  {
    rest: string[][];
    ref: 'place' | 'suffix' | 'name' | 'whole';
    /** The kind in English for the ref; one per `rest` when the kind words tell different kinds apart. */
    english?: string | string[];
    described?: true;
  }
>([
  ['UBND', { rest: [[]], ref: 'place', english: 'peoples-committee' }],
  ['HĐND', { rest: [[]], ref: 'place', english: 'peoples-council' }],
  ['Thành', { rest: [['ủy'], ['uỷ']], ref: 'place', english: 'party-committee' }],
  ['Tỉnh', { rest: [['ủy'], ['uỷ']], ref: 'place', english: 'party-committee' }],
  [
    'Khu',
    {
      rest: [
        ['công', 'nghiệp'],
        ['công', 'nghệ', 'cao'],
        ['kinh', 'tế', 'mở'],
        ['kinh', 'tế'],
        ['chế', 'xuất'],
      ],
      ref: 'suffix',
      english: [
        'industrial-park',
        'hi-tech-park',
        'open-economic-zone',
        'economic-zone',
        'export-processing-zone',
      ],
    },
  ],
  ['Chính', { rest: [['phủ']], ref: 'whole', described: true }],
  ['Quỹ', { rest: [[]], ref: 'whole', described: true }],
  ['KCN', { rest: [[]], ref: 'suffix', english: 'industrial-park' }],
  ['CCN', { rest: [[]], ref: 'suffix', english: 'industrial-cluster' }],
  ['KKT', { rest: [[]], ref: 'suffix', english: 'economic-zone' }],
  ['Báo', { rest: [[]], ref: 'whole' }],
  ['Công', { rest: [['ty', 'TNHH'], ['ty', 'CP'], ['ty']], ref: 'name' }],
  ['Tập', { rest: [['đoàn']], ref: 'name' }],
  ['Sở', { rest: [[]], ref: 'whole', described: true }],
  ['Bộ', { rest: [[]], ref: 'whole', described: true }],
  ['Cục', { rest: [[]], ref: 'whole', described: true }],
  ['Viện', { rest: [[]], ref: 'whole', described: true }],
  ['Tổng', { rest: [['cục']], ref: 'whole', described: true }],
  ['Phòng', { rest: [[]], ref: 'whole', described: true }],
  ['Ban', { rest: [['Quản', 'lý']], ref: 'whole', described: true }],
  ['Cơ', { rest: [['quan']], ref: 'whole', described: true }],
  ['Hiệp', { rest: [['hội']], ref: 'whole', described: true }],
  ['Ngân', { rest: [['hàng']], ref: 'whole', described: true }],
  ['Trung', { rest: [['tâm']], ref: 'whole', described: true }],
  // "Tổ chức Xúc tiến Thương mại Nhật Bản" (JETRO), "Cổng Thông tin điện tử tỉnh Thái Nguyên" (a portal).
  ['Tổ', { rest: [['chức']], ref: 'whole', described: true }],
  [
    'Cổng',
    {
      rest: [
        ['Thông', 'tin', 'điện', 'tử'],
        ['thông', 'tin', 'điện', 'tử'],
      ],
      ref: 'whole',
      described: true,
    },
  ],
]);

/** Vietnamese function words, which end a described name's lower-case words ("Bộ Công Thương đã …"). */
const VIETNAMESE_FUNCTION_WORDS = new Set(
  'đã sẽ đang vừa cũng cho và với của là có được đến tại trong theo về để các những này đó khi không vẫn còn thì mà nên hay hoặc từ sau trước trên dưới ngày tháng năm'.split(
    ' ',
  ),
);

/** A Vietnamese kind of body, with all its kind words, starts at token `k` ("Thành ủy", "Sở"). */
function vietnameseKindAt(toks: readonly LexToken[], k: number): boolean {
  const kind = VIETNAMESE_KINDS.get(toks[k]!.text);
  return kind !== undefined && kind.rest.some((rest) => kindEnd(toks, k + 1, rest) !== -1);
}

/** A lower-case Vietnamese word that may belong to a body's name: no function word, no designator. */
function isVietnameseLowerWord(t: LexToken | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    !t.cap &&
    !t.newline &&
    !VIETNAMESE_FUNCTION_WORDS.has(t.text) &&
    !VIETNAMESE_DESIGNATORS.has(t.key)
  );
}

/** Index after the kind words `rest` at token `j`, or -1 when they are not there. */
function kindEnd(toks: readonly LexToken[], j: number, rest: string[]): number {
  for (const word of rest) if (toks[j++]?.text !== word) return -1;
  return j;
}

/**
 * Vietnamese names of bodies, which put the kind first: "UBND tỉnh Hưng Yên" (people's committee), "KCN Phố Nối
 * A" (industrial park), "Báo Hưng Yên" (newspaper), "Công ty TNHH Hoshino Precision Việt Nam" (company), "Sở
 * Tài chính tỉnh Hưng Yên" (department), "Phòng Thương mại Hoa Kỳ tại Việt Nam" (chamber). The name runs over
 * a designator ("tỉnh") and capitalised words, and ends with a place (and its phase letter).
 */
function vietnameseBodyCandidates(
  text: string,
  toks: readonly LexToken[],
  facts: Uint8Array,
  spansStarting: SpanIndex,
  out: Candidate[],
): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap) continue;
    const kind = VIETNAMESE_KINDS.get(t.text);
    if (!kind) continue;
    let j = -1;
    let r = 0;
    for (; r < kind.rest.length; r++) if ((j = kindEnd(toks, i + 1, kind.rest[r]!)) !== -1) break;
    if (j === -1) continue;
    const english = Array.isArray(kind.english) ? kind.english[r] : kind.english;
    const from = j;
    let place: Candidate | undefined;
    // "UBND thành phố Hải Phòng": a designator may take two syllables, before any of the name.
    let lead = true;
    while (j < toks.length && !toks[j]!.newline) {
      const span = spansStarting[j];
      const tok = toks[j]!;
      // The place ends the name: "UBND tỉnh Hưng Yên Nguyễn Lê Huy" goes on with a person.
      if (span?.type === 'PLACE') {
        place = span;
        j = span.e;
        lead = false;
        const abroad = kind.described && toks[j]?.text === 'tại' && spansStarting[j + 1]?.type === 'PLACE';
        // "KCN Nam Đình Vũ": a park's name may only begin like a place ("Nam Định").
        const longer = kind.ref === 'suffix' && toks[j]?.cap && toks[j]!.kind === 'word' && !toks[j]!.newline;
        if (toks[j]?.text.length !== 1 && !abroad && !longer) break;
      } else if (!tok.cap && VIETNAMESE_DESIGNATORS.has(tok.key) && (lead || kind.described)) {
        j++;
        continue;
      } else if (kind.described && tok.text === 'tại' && spansStarting[j + 1]?.type === 'PLACE') j++;
      // "Xúc tiến Thương mại - Đầu tư": a dash joins two portfolios of one body.
      else if (kind.described && tok.key === '-' && !lead && toks[j + 1]?.cap) j++;
      // "Ban Quản lý các khu công nghiệp tỉnh Hưng Yên": what a board manages, in lower case, then its province.
      else if (kind.described && lead && j === from && (tok.text === 'các' || isVietnameseLowerWord(tok))) {
        let k = j + 1;
        while (k - j < 6 && isVietnameseLowerWord(toks[k])) k++;
        const designator = k;
        while (!toks[k]?.cap && VIETNAMESE_DESIGNATORS.has(toks[k]?.key ?? '')) k++;
        if (k === designator || spansStarting[k]?.type !== 'PLACE') break;
        j = k;
        continue;
      } else if (tok.cap && tok.kind === 'word') {
        // "Chủ tịch UBND tỉnh Đặng Minh Khôi": the committee's chairman, named after a committee left unnamed.
        // "Bộ Tài chính Nguyễn Đức Tâm": a person after a named body's name (not a body named after one).
        if ((kind.ref === 'place' || (kind.described && j > from)) && vietnamesePersonAt(toks, facts, j))
          break;
        j++;
        // "Tài chính", "Kế hoạch và Đầu tư": a described name's word may be two syllables, the second lower-case;
        // more lower-case syllables ("Khu tự trị dân tộc Choang") only when a name word follows them.
        // After a name of two capitalised syllables ("… Quảng Tây cam kết") lower-case words are the sentence's.
        if (kind.described && isVietnameseLowerWord(toks[j])) {
          let k = j + 1;
          while (k - j < 5 && isVietnameseLowerWord(toks[k])) k++;
          const named = toks[k]?.cap && toks[k]!.kind === 'word' && !toks[k]!.newline;
          const pair = j - 2 >= from && toks[j - 2]!.cap;
          if (named || k - j < 2) j = k;
          else if (!pair) j++;
        }
        // "Kế hoạch và Đầu tư" is one portfolio; "… và Thành ủy Cần Thơ" a second body.
        if (kind.described && toks[j]?.text === 'và' && toks[j + 1]?.cap && !vietnameseKindAt(toks, j + 1))
          j++;
      } else break;
      lead = false;
    }
    if (lead || (kind.described && !toks[from]!.cap && place === undefined)) continue;
    const name = spanText(text, toks, from, j);
    // "Phòng Thương mại Hoa Kỳ tại Việt Nam (AmCham)": the known body its acronym names.
    const acronym = toks[j]?.key === '(' ? spansStarting[j + 1] : undefined;
    const ref =
      acronym?.type === 'ORG' && toks[acronym.e]?.key === ')'
        ? acronym.ref
        : kind.ref === 'place' && place
          ? `${place.ref}-${english}`
          : kind.ref === 'suffix'
            ? `${refOf(name)}-${english}`
            : kind.ref === 'name'
              ? // "Hoshino Precision Việt Nam" is a local subsidiary, named by its country's ref like English names.
                place && place.e === j && place.s > from
                ? `${refOf(spanText(text, toks, from, place.s))}-${place.ref}`
                : refOf(name)
              : refOf(spanText(text, toks, i, j));
    out.push({ s: i, e: j, type: 'ORG', ref, prio: 2.2, confidence: 0.7 });
    i = j - 1;
  }
}

/** Web-site credits ("baobinhduong.vn", "www.vir.com.vn") name their publisher, an organisation. */
function siteCandidates(text: string, toks: readonly LexToken[], out: Candidate[]): void {
  for (let i = 0; i + 2 < toks.length; i++) {
    // A host name has a full stop right after its first word; testing that first rejects most tokens at once.
    const dot = toks[i + 1]!;
    if (dot.key !== '.' || dot.space) continue;
    const prev = toks[i - 1];
    if (toks[i]!.kind !== 'word' || (prev && !toks[i]!.space && (prev.key === '.' || prev.key === '@')))
      continue;
    let j = i + 1;
    while (
      j + 1 < toks.length &&
      j - i < 9 &&
      toks[j]!.key === '.' &&
      !toks[j]!.space &&
      toks[j + 1]!.kind === 'word' &&
      !toks[j + 1]!.space
    )
      j += 2;
    if (j === i + 1 || !TLDS.has(toks[j - 1]!.key)) continue;
    const h = toks[i]!.key === 'www' ? i + 2 : i;
    const known = gazetteer.longest(toks, h);
    const ref = known?.end === j ? known.value.ref : refOf(spanText(text, toks, h, j));
    out.push({ s: i, e: j, type: 'ORG', ref, prio: 2, confidence: 0.8 });
    i = j - 1;
  }
}

/**
 * Keeps the longest candidates, then the most trusted, never two over the same token; marks the tokens of those
 * it keeps in `taken`.
 */
function resolve(toks: readonly LexToken[], cands: Candidate[], taken: Uint8Array): Candidate[] {
  // Widths are worked out once, not twice per comparison; the index sort is stable like the sort it replaced.
  const widths = cands.map((c) => toks[c.e - 1]!.end - toks[c.s]!.start);
  const order = cands.map((_, k) => k);
  order.sort(
    (a, b) => widths[b]! - widths[a]! || cands[b]!.prio - cands[a]!.prio || cands[a]!.s - cands[b]!.s,
  );
  const byStart = spanIndex(toks);
  for (const n of order) {
    const c = cands[n]!;
    let free = true;
    for (let k = c.s; k < c.e && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, c.s, c.e);
    byStart[c.s] = c;
  }
  // Kept candidates never share a token, so one walk over the tokens lists them in text order, sparing a sort.
  const kept: Candidate[] = [];
  for (let k = 0; k < toks.length; k++) {
    const c = byStart[k];
    if (c === undefined) continue;
    kept.push(c);
    k = c.e - 1;
  }
  return kept;
}

/** Vietnam's government as the knowledge data names it: what "the Government" means in Vietnam's press. */
const VIETNAM_GOVERNMENT = knowledge.lookupName('Government of Vietnam')?.ref ?? null;

/**
 * Single words that refer back to something named in full: "Khang", "Yuriko", "G-NETS", "Thanh"; none on a token
 * `taken` by a mention already kept.
 */
function shortReferences(
  toks: readonly LexToken[],
  facts: Uint8Array,
  taken: Uint8Array,
  state: RecognitionState,
): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (taken[i] || t.kind !== 'word' || !t.cap) continue;
    const e = unitEnd(toks, i);
    const unit =
      e - i === 1
        ? t.text
        : toks
            .slice(i, e)
            .map((x) => x.text)
            .join('');
    // Most articles define no acronym; an empty set still hashes the word it is asked about.
    if (state.nonEntities.size > 0 && state.nonEntities.has(unit)) {
      i = e - 1;
      continue;
    }
    const defined = state.abbreviations.size > 0 ? state.abbreviations.get(unit) : undefined;
    if (defined) {
      found.push({ s: i, e, type: defined.type, ref: defined.ref, prio: 1, confidence: 0.85 });
      i = e - 1;
      continue;
    }
    const prev = toks[i - 1];
    const next = toks[e];
    // "… said the Government would …": Vietnam's English-language press capitalises its own government so.
    if (
      VIETNAM_GOVERNMENT !== null &&
      t.text === 'Government' &&
      prev?.text === 'the' &&
      next?.key !== 'of' &&
      !isName(facts, e) &&
      !next?.newline
    ) {
      found.push({ s: i, e, type: 'ORG', ref: VIETNAM_GOVERNMENT, prio: 1, confidence: 0.7 });
      continue;
    }
    const org = e - i === 1 && state.orgParts.size > 0 ? state.orgParts.get(t.key) : undefined;
    if (org && (!isName(facts, i - 1) || t.newline)) {
      // "Siam Eastern Estates bets …" in a headline before "Siam Eastern Estates Pcl" in the body.
      let ref = org.ref;
      let end = e;
      for (const { ref: full, rest } of org.names) {
        const n = rest.length;
        if (n === 0 || isName(facts, e + n) || taken.subarray(e, e + n).includes(1)) continue;
        let k = 0;
        while (k < n && toks[e + k]?.key === rest[k]) k++;
        if (k === n && e + n > end) [ref, end] = [full, e + n];
      }
      // "Rheinwerk said", and "Arcadia Chief Executive Michael Brennan": a title may follow the company's name.
      if (ref && (end > e || !isName(facts, e) || titles.longest(toks, e))) {
        found.push({ s: i, e: end, type: 'ORG', ref, prio: 1, confidence: 0.7 });
        i = end - 1;
        continue;
      }
    }
    // "De Vries expects …": a surname's particle, capitalised to open a sentence, before a known surname.
    const particle = e === i + 1 && t.key.length <= 3 && SURNAME_PARTICLES.has(t.key);
    const surname = particle ? particlesEnd(toks, facts, i + 1) : i + 1;
    if (
      particle &&
      isName(facts, surname) &&
      state.personParts.has(toks[surname]!.key) &&
      !isName(facts, surname + 1)
    ) {
      found.push({ s: i, e: surname + 1, type: 'PERSON', ref: '', prio: 1, confidence: 0.75 });
      i = surname;
      continue;
    }
    // "Ông Khôi": an honorific before a short name does not make it part of a longer one.
    const alone = (!isName(facts, i - 1) || VIETNAMESE_HONORIFICS.has(prev!.text)) && !isName(facts, e);
    if (!alone) {
      i = e - 1;
      continue;
    }
    // "Thái" refers back to Nguyễn Hồng Thái; "Thai firms" does not.
    if (
      e - i === 1 &&
      state.personParts.has(t.key) &&
      !STOP.has(t.key) &&
      ((facts[i]! & DEMONYM) === 0 || t.key !== t.text.toLowerCase())
    ) {
      found.push({ s: i, e, type: 'PERSON', ref: '', prio: 1, confidence: 0.8 });
      continue;
    }
    // A Vietnamese given name used on its own as the subject or owner: "Thanh said", "Phuong's proposal".
    // The verb must be English ("said", "thanked"): in Vietnamese prose "Trong đó" is a phrase, not a name.
    // An English verb is plain ASCII letters: not "10" ("Trong 10 tháng"), not "ủy" ("Thành ủy").
    const acts =
      next !== undefined &&
      ((next.kind === 'word' &&
        !next.cap &&
        !CONNECTORS.has(next.key) &&
        /^[a-z]+$/.test(next.text) &&
        // "Trong khi đó" (meanwhile): "khi" is Vietnamese, in plain letters.
        !VIETNAMESE_FUNCTION_WORDS.has(next.text)) ||
        next.key === "'");
    if (e - i === 1 && acts && vietnameseGiven.has(t.key) && !t.allCaps) {
      found.push({ s: i, e, type: 'PERSON', ref: '', prio: 1, confidence: 0.6 });
      continue;
    }
    // "Enditem/AW": the initials after a wire's end mark are its editor's, not an organisation.
    const signOff = prev?.key === '/' && toks[i - 2]?.key === 'enditem';
    if (isAcronymUnit(toks, i, e) && !signOff && !NOT_ORG_ACRONYMS.has(refOf(unit).replace(/-/g, ''))) {
      // A line of capitals is a headline or a shouted label, not a row of organisations.
      const shouting = (prev?.allCaps && prev.kind === 'word') || (next?.allCaps && next.kind === 'word');
      if (!shouting && !t.newline)
        found.push({ s: i, e, type: 'ORG', ref: refOf(unit), prio: 1, confidence: 0.5 });
      i = e - 1;
    }
  }
  return found;
}

/**
 * The first word of an organisation's full name may stand for it later ("Rheinwerk" for "Rheinwerk Antriebstechnik
 * GmbH") when it is a coined word: no place, person's name, demonym, title, designator or descriptive word, and
 * not the first of two Vietnamese syllables (those open the names of parks and committees: "Yen Phong", "Bac Ninh").
 */
function isCoinedFirstWord(toks: readonly LexToken[], facts: Uint8Array, c: Candidate): boolean {
  const t = toks[c.s]!;
  const next = toks[c.s + 1]!;
  return (
    c.type === 'ORG' &&
    c.e - c.s >= 2 &&
    !c.locality &&
    (facts[c.s]! & (NAME | TITLE_HEAD | DEMONYM)) === NAME &&
    !t.allCaps &&
    next.kind === 'word' &&
    next.space &&
    !c.ref.startsWith(LOCAL_BODY) &&
    isCoinedWord(t.key) &&
    !(is(t, VIETNAMESE_SYLLABLE) && is(next, VIETNAMESE_SYLLABLE))
  );
}

const coinedCache = new Map<string, boolean>();

/**
 * The capitalised word, by its folded key, is no known name, designator or description; memoised, as companies
 * recur. Everything is asked of the key, which the cache is keyed by: spellings that fold alike agree.
 */
function isCoinedWord(k: string): boolean {
  let coined = coinedCache.get(k);
  if (coined === undefined) {
    coined =
      !ORG_HEADS.has(k) &&
      !SUFFIX_TAILS.has(k) &&
      !isDescriptive(k) &&
      !countryWords.has(k) &&
      !koreanFamily.has(k) &&
      !chineseFamily.has(k) &&
      !japaneseFamily.has(k) &&
      !japaneseGiven.has(k) &&
      !westernGiven.has(k) &&
      lookupName(k) === undefined;
    // Bound the cache so a hostile text of endless distinct words cannot grow it without limit.
    if (coinedCache.size > 10_000) coinedCache.clear();
    coinedCache.set(k, coined);
  }
  return coined;
}

/** Folded words after the first of an organisation's name and before its legal form; none without a legal form. */
/**
 * Whether a company's name opens with two Vietnamese syllables that are no place and ends with a legal form
 * ("Sao Mai Logistics JSC", "Hoa Phat Group"): the two syllables are what the text calls it later.
 */
function opensWithVietnameseName(toks: readonly LexToken[], c: Candidate): boolean {
  if (c.type !== 'ORG' || c.e - c.s < 3) return false;
  const a = toks[c.s]!;
  const b = toks[c.s + 1]!;
  return (
    a.cap &&
    b.cap &&
    !a.allCaps &&
    !b.allCaps &&
    is(a, VIETNAMESE_SYLLABLE) &&
    is(b, VIETNAMESE_SYLLABLE) &&
    gazetteer.longest(toks, c.s) === null &&
    bareNameRest(toks, c).length > 0
  );
}

function bareNameRest(toks: readonly LexToken[], c: Candidate): string[] {
  for (let k = c.s + 2; k < c.e; k++) {
    const legal = suffixes.longest(toks, k);
    if (legal?.value === 'legal' && legal.end === c.e) return toks.slice(c.s + 1, k).map((t) => t.key);
  }
  return [];
}

/** The surname with its particles as a ref ("de-vries" of "Pieter de Vries"), when particles open it. */
function particleSurname(keys: string[]): string[] {
  let k = keys.length - 1;
  while (k > 1 && SURNAME_PARTICLES.has(keys[k - 1]!)) k--;
  return k < keys.length - 1 ? [keys.slice(k).join('-')] : [];
}

function remember(
  toks: readonly LexToken[],
  facts: Uint8Array,
  kept: Candidate[],
  state: RecognitionState,
): void {
  for (const c of kept) {
    if (c.type === 'ORG' && isCoinedFirstWord(toks, facts, c)) {
      const key = toks[c.s]!.key;
      // Two bodies opening with the same word leave it to neither.
      const had = state.orgParts.get(key);
      // "Hanseong Vina", "Samsung Display": a subsidiary or affiliate does not take the group's word from it.
      const second = toks[c.s + 1]!.key;
      const affiliate = isAffiliateWord(second);
      const name = { ref: c.ref, rest: bareNameRest(toks, c) };
      if (had === undefined) state.orgParts.set(key, { ref: c.ref, affiliate, names: [name] });
      else if (!had.names.some((x) => x.ref === c.ref)) {
        if (had.affiliate && !affiliate) [had.ref, had.affiliate] = [c.ref, false];
        else if (!affiliate || had.affiliate) had.ref = '';
        had.names.push(name);
      }
    } else if (opensWithVietnameseName(toks, c)) {
      // "Sao Mai Logistics JSC" … "Sao Mai": called by both syllables, never by the first alone.
      const key = toks[c.s]!.key;
      const had = state.orgParts.get(key);
      const name = { ref: c.ref, rest: [toks[c.s + 1]!.key] };
      if (had === undefined) state.orgParts.set(key, { ref: '', affiliate: false, names: [name] });
      else if (!had.names.some((x) => x.ref === c.ref)) had.names.push(name);
    }
    if (c.type !== 'PERSON' || c.e - c.s < 2 || !c.canon) continue;
    const words = toks.slice(c.s, c.e).filter((t) => t.kind === 'word');
    const keys = words.map((w) => w.key);
    const ref = refOf(c.canon);
    // "De Vries" after "Pieter de Vries": a surname with its particle is the person named in full before.
    if (SURNAME_PARTICLES.has(keys[0]!)) {
      const full = [...state.people].find(([, p]) => p.parts.includes(ref));
      if (full) {
        c.ref = full[0];
        continue;
      }
    }
    c.ref = ref;
    if (state.people.has(ref)) continue;
    const culture =
      vietnameseFamily.has(keys[0]!) && words.length >= 3
        ? 'vn'
        : words.length === 2 && isRomaji(keys[0]!) && isRomaji(keys[1]!)
          ? 'jp'
          : 'other';
    // Vietnamese people are called by the last syllable; Japanese by either part; Koreans and Chinese by the
    // family name, which comes first; others by the surname.
    const korean = culture === 'other' && (koreanFamily.has(keys[0]!) || chineseFamily.has(keys[0]!));
    // Elsewhere the order is unknown ("Gan Kim Yong" is Mr Gan, "Julien Guerrier" Mr Guerrier): keep both ends.
    const parts =
      culture === 'vn'
        ? [keys.at(-1)!]
        : culture === 'jp'
          ? keys
          : korean
            ? [keys[0]!]
            : [keys[0]!, keys.at(-1)!, ...particleSurname(keys)];
    state.people.set(ref, { name: c.canon, parts, culture });
    for (const p of parts) state.personParts.add(p);
  }
}

function scanChunk(text: string, from: number, to: number, state: RecognitionState): void {
  const toks = lex(text, from, to);
  if (toks.length === 0) return;
  const facts = tokenFacts(toks);
  const cands: Candidate[] = [];
  gazetteerCandidates(toks, facts, cands);
  const spansEnding = spanIndex(toks);
  for (const c of cands) spansEnding[c.e] = c;
  organisationCandidates(text, toks, facts, spansEnding, cands);
  const spansEnding2 = spanIndex(toks);
  for (const c of cands) {
    const prev = spansEnding2[c.e];
    if (!prev || prev.s > c.s) spansEnding2[c.e] = c;
  }
  abbreviationCandidates(text, toks, facts, spansEnding2, state, cands);
  const spansStarting = spanIndex(toks);
  for (const c of cands) {
    const prev = spansStarting[c.s];
    if (!prev || prev.e < c.e) spansStarting[c.s] = c;
  }
  personCandidates(text, toks, facts, spansStarting, cands);
  cuedCompanyCandidates(text, toks, facts, spansStarting, cands);
  describedCompanyCandidates(text, toks, facts, spansStarting, cands);
  speakerCandidates(text, toks, facts, spansStarting, cands);
  creditCandidates(text, toks, facts, spansStarting, cands);
  siteCandidates(text, toks, cands);
  vietnameseBodyCandidates(text, toks, facts, spansStarting, cands);
  const taken = new Uint8Array(toks.length);
  const kept = resolve(toks, cands, taken);
  remember(toks, facts, kept, state);
  const short = shortReferences(toks, facts, taken, state);
  // Both lists are in token order and never share a token, so merging them keeps text order.
  for (let k = 0, r = 0; k < kept.length || r < short.length;) {
    const c = r >= short.length || (k < kept.length && kept[k]!.s < short[r]!.s) ? kept[k++]! : short[r++]!;
    if (c.locality) state.provinces.set(c.locality, (state.provinces.get(c.locality) ?? 0) + 1);
    const start = toks[c.s]!.start;
    const end = toks[c.e - 1]!.end;
    state.mentions.push({
      start,
      end,
      text: spanText(text, toks, c.s, c.e),
      type: c.type,
      ref: c.ref || null,
      confidence: c.confidence,
    });
  }
}

/**
 * A byline on the last line ("Minh Hà"): two or three name words alone there, known as nothing else, are the
 * writer.
 */
function closingByline(text: string, state: RecognitionState): void {
  const trimmed = text.trimEnd();
  const from = trimmed.lastIndexOf('\n') + 1;
  if (trimmed.length - from > 40) return;
  const toks = lex(trimmed, from, trimmed.length);
  if (toks.length < 2 || toks.length > 3 || !toks.every((t) => isNameWord(t) && !t.allCaps)) return;
  if (state.mentions.some((m) => m.end > toks[0]!.start)) return;
  const start = toks[0]!.start;
  const end = toks.at(-1)!.end;
  state.mentions.push({
    start,
    end,
    text: text.slice(start, end),
    type: 'PERSON',
    ref: null,
    confidence: 0.5,
  });
}

/** Longest first line read again as a headline; a longer one is body text. */
const HEADLINE_MAX = 300;

/**
 * Headlines call people by the short name the article explains later ("Kishida hosts Thuong"): once the
 * whole text has been read, a word of the first line that is part of a full name met since is a mention.
 */
function headlineReferences(text: string, state: RecognitionState): void {
  if (state.personParts.size === 0) return;
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  if (end > HEADLINE_MAX) return;
  const toks = lex(text, 0, end);
  const found: Mention[] = [];
  let m = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (m < state.mentions.length && state.mentions[m]!.end <= t.start) m++;
    const taken = m < state.mentions.length && state.mentions[m]!.start < t.end;
    if (taken || t.kind !== 'word' || !t.cap || t.allCaps || STOP.has(t.key) || !state.personParts.has(t.key))
      continue;
    if (t.key === t.text.toLowerCase() && lookupDemonym(t.key) !== null) continue;
    if (isNameWord(toks[i - 1]) || isNameWord(toks[i + 1])) continue;
    found.push({ start: t.start, end: t.end, text: t.text, type: 'PERSON', ref: null, confidence: 0.6 });
  }
  if (found.length) state.mentions = [...found, ...state.mentions].sort((a, b) => a.start - b.start);
}

/** Chunk boundaries at line breaks (or spaces) so a huge text is lexed a piece at a time. */
const CHUNK = 64 * 1024;

function chunkEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  const nl = text.indexOf('\n', from + CHUNK);
  if (nl !== -1 && nl - from < CHUNK * 2) return nl + 1;
  const sp = text.indexOf(' ', from + CHUNK);
  if (sp !== -1 && sp - from < CHUNK * 2) return sp + 1;
  return from + CHUNK;
}

const refCache = new Map<string, string>();

/** Legal forms as the last words of a name, longest first: a company's ref leaves them out. */
const LEGAL_TAILS = nameLexicon.legalSuffixes
  .map((s) => ` ${s.toLowerCase()}`)
  .sort((a, b) => b.length - a.length);

/** A name without the legal forms it ends with: "Sojitz Holdings Co., Ltd." → "Sojitz". */
function withoutLegalForm(name: string): string {
  for (let cut = true; cut;) {
    cut = false;
    const lower = name.toLowerCase();
    for (const tail of LEGAL_TAILS) {
      if (!lower.endsWith(tail) || lower.length === tail.length) continue;
      name = name.slice(0, name.length - tail.length).replace(/[\s,]+$/, '');
      cut = true;
      break;
    }
  }
  return name;
}

/** "viet-nam" inside a ref, which refs spell "vietnam" as the country's own ref does. */
const VIET_NAM = /(^|-)viet-nam(?=-|$)/g;

/**
 * `toRef` of a name without its legal forms, memoised: the same names recur throughout an article and folding
 * is the costly part. Every way of finding a company gives it the same ref ("Sojitz Holdings said" and "Sojitz
 * Holdings Co., Ltd." are both "sojitz").
 */
function refOf(name: string): string {
  let r = refCache.get(name);
  if (r === undefined) {
    // "Murata Manufacturing Việt Nam" and "… Vietnam" are one company: the country is spelled one way in refs.
    r = toRef(withoutLegalForm(name)).replace(VIET_NAM, '$1vietnam');
    if (refCache.size > 10_000) refCache.clear();
    refCache.set(name, r);
  }
  return r;
}

/** Links each person mention and short organisation name to the fullest name the article gives it. */
function link(state: RecognitionState): void {
  const byPart = new Map<string, string | null>();
  for (const [ref, p] of state.people) {
    for (const part of p.parts) byPart.set(part, byPart.has(part) && byPart.get(part) !== ref ? null : ref);
  }
  const orgCount = new Map<string, number>();
  for (const m of state.mentions)
    if (m.type === 'ORG' && m.ref) orgCount.set(m.ref, (orgCount.get(m.ref) ?? 0) + 1);
  const longerOrg = new Map<string, string>();
  for (const m of state.mentions) {
    if (m.type !== 'ORG' || !m.ref) continue;
    const space = m.text.indexOf(' ');
    if (space === -1) continue;
    const first = refOf(m.text.slice(0, space));
    const best = longerOrg.get(first);
    if (best && (orgCount.get(m.ref) ?? 0) <= (orgCount.get(best) ?? 0)) continue;
    // "Samsung Display", "Foxconn Singapore": an affiliate is no longer name of the group named alone.
    const next = m.text.indexOf(' ', space + 1);
    const second = refOf(m.text.slice(space + 1, next === -1 ? m.text.length : next));
    if (!isAffiliateWord(second)) longerOrg.set(first, m.ref);
  }
  // "The provincial People's Committee" is that of the province the article names most (first, on a tie).
  let province: string | null = null;
  for (const [ref, count] of state.provinces)
    if (!province || count > state.provinces.get(province)!) province = ref;
  for (const m of state.mentions) {
    if (!m.ref?.startsWith(LOCAL_BODY)) continue;
    const body = m.ref.slice(LOCAL_BODY.length);
    m.ref = province ? `${province}-${body}` : body;
    if (province && !state.bodies.has(m.ref))
      state.bodies.set(m.ref, `${lookupRef(province)!.name} ${m.text}`);
  }
  for (const m of state.mentions) {
    // Later mentions of an acronym the article defined mean what it defined, whatever the gazetteer says.
    const defined = m.type === 'ORG' ? state.abbreviations.get(m.text) : undefined;
    if (defined) m.ref = defined.ref;
    if (m.type === 'PERSON' && m.ref === null) {
      const key = refOf(m.text);
      const words = key.split('-');
      m.ref = (words.length === 1 || SURNAME_PARTICLES.has(words[0]!) ? byPart.get(key) : null) ?? key;
    } else if (m.type === 'ORG' && m.ref && !m.text.includes(' ')) {
      // "the Government" is no short name of "Government Office": a head noun alone names no longer body.
      const longer = ORG_HEADS.has(m.text.toLowerCase()) ? undefined : longerOrg.get(refOf(m.text));
      if (longer && longer !== m.ref) m.ref = longer;
    }
  }
}

function entitiesOf(state: RecognitionState): EntityInfo[] {
  const byRef = new Map<string, EntityInfo>();
  for (const m of state.mentions) {
    const ref = m.ref!;
    let info = byRef.get(ref);
    if (!info) {
      const known = lookupRef(ref);
      const name =
        known?.name ?? synthetic.get(ref) ?? state.people.get(ref)?.name ?? state.bodies.get(ref) ?? m.text;
      info = { ref, type: m.type as NamedEntityType, name, aliases: [] };
      byRef.set(ref, info);
    }
    if (m.text !== info.name && !info.aliases.includes(m.text)) info.aliases.push(m.text);
  }
  for (const info of byRef.values()) {
    if (
      !lookupRef(info.ref) &&
      !state.people.has(info.ref) &&
      !synthetic.has(info.ref) &&
      !state.bodies.has(info.ref)
    ) {
      // An entity known only from the text is named by its longest spelling ("Global City Network ...").
      const all = [info.name, ...info.aliases];
      const longest = all.reduce((a, b) => (b.length > a.length ? b : a));
      info.aliases = all.filter((x) => x !== longest);
      info.name = longest;
    }
  }
  return [...byRef.values()];
}

/**
 * Finds PERSON, ORG and PLACE mentions in `text` and links them to refs. Known places and organisations come
 * from the gazetteer; people from titles and name shapes; unknown organisations from designators ("Co Ltd",
 * "People's Committee") and "Long Name (ABBR)" definitions. Short references ("Khang", "Amata") are linked to
 * the fullest name the article gives. Runs in time linear in the text.
 */
export function recognizeEntities(text: string): EntityRecognition {
  const state: RecognitionState = {
    abbreviations: new Map(),
    nonEntities: new Set(),
    personParts: new Set(),
    mentions: [],
    people: new Map(),
    provinces: new Map(),
    bodies: new Map(),
    orgParts: new Map(),
  };
  for (let from = 0; from < text.length;) {
    const to = chunkEnd(text, from);
    scanChunk(text, from, to, state);
    from = to;
  }
  headlineReferences(text, state);
  closingByline(text, state);
  link(state);
  return { mentions: state.mentions, entities: entitiesOf(state) };
}
