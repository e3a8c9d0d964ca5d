import type { Agreement, Measure, Mention } from '../model';
import type { Span } from './sentences';
import type { Token } from './tokens';

/** What the analysis needs to know about entities besides the mentions themselves. */
export interface EntityLookup {
  /** Ref of the country or place a demonym names ("Japanese" → "japan"), or null. */
  demonym(word: string): string | null;
  /** True when the ref names a country, so "the country" can resolve to it. */
  isCountry(ref: string): boolean;
  /** True when the ref names a Japanese prefecture, so "the province" and "the prefecture" resolve apart. */
  isPrefecture(ref: string): boolean;
  /** The country a place lies in (the country itself for a country), or null when unknown. */
  countryOf(ref: string): string | null;
  /** True when the ref names a city below a province or abroad ("Taipei", "Pohang"), never "the province". */
  isCity(ref: string): boolean;
  /** True when an organisation's ref may be a company's: not a known park, ministry, agency or newspaper. */
  isCompany(ref: string): boolean;
  /** True when an organisation's ref is an industrial park's, zone's or estate's: what "the park" points back to. */
  isPark(ref: string): boolean;
}

/** How an entity is referred to in a sentence. */
export type ReferenceKind = 'name' | 'demonym' | 'anaphor';

/** A PLACE or ORG referred to in a sentence, by name, nationality adjective or "the province"-like phrase. */
export interface Reference {
  ref: string;
  type: 'PLACE' | 'ORG';
  kind: ReferenceKind;
  /** True when it names a country (for demonyms, the country they stand for). */
  country: boolean;
  /** The country a place lies in ("hai-phong" → "vietnam"), null for organisations and unknown places. */
  nation: string | null;
  /** True for an industrial park, zone or estate: one hosts money a company puts there, one does not invest. */
  park: boolean;
  /** Token indices (inclusive) of the words that refer to it. */
  first: number;
  last: number;
}

/** One sentence with its tokens and the entities it refers to. */
export interface SentenceContext {
  span: Span;
  /** Token indices [first, end) of the sentence. */
  first: number;
  end: number;
  references: Reference[];
}

/** The entities named last before a point of the text: what "the country", "the province", "the IP" mean. */
export interface RecentEntities {
  country: string | null;
  locality: string | null;
  /**
   * "A delegation from Hiroshima Prefecture … the province has 86 Japanese projects": a province is not a
   * prefecture, so the two are remembered apart.
   */
  province: string | null;
  /**
   * The province "the province" last stood for or that last opened a sentence: the article's subject, which a
   * province named in passing ("the JETRO Hanoi office") does not replace.
   */
  topic: string | null;
  prefecture: string | null;
  org: string | null;
  /** The last company named: what "the company" means, which a park, a ministry or a newspaper never is. */
  company: string | null;
  /** The companies named last, latest last: "the Japanese conglomerate" is the latest of them from Japan. */
  companies: string[];
  /** The last park or zone named: what "the park" means, which the company building in it is not. */
  park: string | null;
}

/**
 * Whether a token's text goes on from text offset `at` with a hyphen and a lower-case word ("Hyogo-based",
 * "Japan-funded"), not another name ("Korea-Vietnam").
 */
function isHyphenAt(token: Token, at: number): boolean {
  return /^-\p{Ll}+$/u.test(token.text.slice(at - token.start));
}

/**
 * What reading an article carries from one piece of its text to the next (a long text is read a piece at a
 * time, so that its tokens never all live at once): made once per article, handed to every step, changed in
 * place. Nothing of it is kept anywhere else between pieces.
 */
export interface ArticleState {
  /** The entities named last, which "the country" or "the province" of a later piece points back to. */
  recent: RecentEntities;
  /**
   * The figures read last, which the next ones run on from. Their sentence indices `ci` count from the start of
   * the piece being read, so those of the pieces before are negative (the last sentence read is -1).
   * `lastMoney`: the last money amount, whose measure a list of amounts after it keeps.
   */
  lastMoney: { measure: Measure; ci: number } | null;
  /**
   * The place the last figures went to: "FDI into Vietnam reached $X. Of the total, new projects took $Y."
   * `mixed`: that sentence gave its figures different places ("HCMC drew $4.6bn, ahead of Hai Phong ($2.9bn)"),
   * a breakdown none of whose places is where the next sentence's totals go.
   */
  lastPlace: { ref: string; ci: number; mixed: boolean } | null;
  /** Who put the last investment where, for "The first phase, worth $450 million, …" after it. */
  lastInvestment: { investor: string; recipient: string | null; ci: number } | null;
  /** The measure of the last amount said to be a total, which "of the total" refers to. */
  total: Measure | null;
  /** Who put the last total (else the first inflow) where, for "Manufacturing took 58% of the total". */
  totalParties: { investor: string | null; recipient: string | null } | null;
  /** The measure of the article's first inflow, which "of the total" refers to when no total was named. */
  firstMoney: Measure | null;
  /** The agreements found so far, which a later report of the same signing is merged into. */
  agreements: Agreement[];
  /** Those of `agreements` whose date the text states, which a later report of the same signing keeps. */
  dated: Set<Agreement>;
  /** The article's main locality, worked out the first time an agreement needs it (undefined until then). */
  locality: string | null | undefined;
  /** How often each country has been named so far, itself or by its places. */
  nations: Map<string, number>;
  /**
   * The country the article is about: the one of `nations` named most by name (not by nationality adjective),
   * the first to lead on a tie; null while it names none.
   */
  home: string | null;
  /** Whether the last sentence read listed three countries or more ("Singapore led, followed by Korea, …"). */
  listedCountry: boolean;
  /** Places and bodies named after the last token read, which the next piece remembers before its own. */
  unread: Mention[];
}

/** What an article's start knows: nothing yet. */
export function newArticleState(): ArticleState {
  return {
    recent: {
      country: null,
      locality: null,
      province: null,
      topic: null,
      prefecture: null,
      org: null,
      company: null,
      companies: [],
      park: null,
    },
    lastMoney: null,
    lastPlace: null,
    lastInvestment: null,
    total: null,
    totalParties: null,
    firstMoney: null,
    agreements: [],
    dated: new Set(),
    locality: undefined,
    nations: new Map(),
    home: null,
    listedCountry: false,
    unread: [],
  };
}

/** Words that may open a sentence before its subject's name: "The …", "Tỉnh Hưng Yên", "TP Huế". */
const SUBJECT_OPENERS = new Set(['tỉnh', 'tp', 'the']);

/** Words before a place that make it a former unit, merged into the one the text is about ("merged with X"). */
const MERGED_INTO = /^(absorbed|absorbing|absorbs|former|formerly)$/;

/** Nouns after "the" that point back to an entity, and what kind of entity they point to. */
const ANAPHORS = new Map<string, 'country' | 'locality' | 'prefecture' | 'org' | 'company' | 'park'>([
  ['country', 'country'],
  ['nation', 'country'],
  ['city-state', 'country'],
  ['tỉnh', 'locality'],
  ['phố', 'locality'],
  ['province', 'locality'],
  ['city', 'locality'],
  ['prefecture', 'prefecture'],
  ['locality', 'locality'],
  ['municipality', 'locality'],
  ['ip', 'park'],
  ['park', 'park'],
  ['zone', 'park'],
  ['complex', 'org'],
  ['company', 'company'],
  ['firm', 'company'],
  ['group', 'company'],
  ['giant', 'company'],
  ['conglomerate', 'company'],
  ['retailer', 'company'],
  ['maker', 'company'],
  ['manufacturer', 'company'],
  ['carmaker', 'company'],
  ['automaker', 'company'],
  ['chipmaker', 'company'],
  ['developer', 'company'],
  ['lender', 'org'],
  ['insurer', 'org'],
  ['corporation', 'company'],
  ['consortium', 'company'],
  ['investor', 'company'],
  ['agency', 'org'],
  ['ministry', 'org'],
  ['board', 'org'],
  ['organisation', 'org'],
  ['organization', 'org'],
]);

/** How many companies back "the Japanese conglomerate" may point. */
const RECENT_COMPANIES = 4;

/** The latest company named from `nation`, which "the Japanese conglomerate" points back to; else null. */
function companyFrom(nation: string, recent: RecentEntities, lookup: EntityLookup): string | null {
  for (let c = recent.companies.length - 1; c >= 0; c--)
    if (lookup.countryOf(recent.companies[c]!) === nation) return recent.companies[c]!;
  return null;
}

/** Whether a noun names a company: "the company" points back to one, "Singapore firm" names one's nationality. */
export function isCompanyNoun(lower: string): boolean {
  return ANAPHORS.get(lower) === 'company';
}

/**
 * Index of the "the" that makes token `t` an anaphor, or -1: right before it or one lower-case word before
 * ("the merged city"), or for a body a few words before ("the South Korean tech giant", "the city's hi-tech
 * park").
 */
function determinerBefore(tokens: Token[], t: number, first: number, body: boolean): number {
  for (let k = t - 1; k >= first && t - k <= (body ? 4 : 2); k--) {
    if (tokens[k]!.lower === 'the') return k;
    // "the merged city", "the northern province": one lower-case word may qualify a place, not "the Korean province".
    if (tokens[k]!.kind !== 'word' || (!body && tokens[k]!.text !== tokens[k]!.lower)) return -1;
  }
  return -1;
}

// Called so rather than as `word.charCodeAt(0)` or `word.indexOf(…)`: token strings come in every
// representation V8 has, which makes the method look-up on them megamorphic (see the lexer).
const { charCodeAt, indexOf } = String.prototype;

/** The nationality word of "Korean-invested", "Japanese-owned"; else the word itself. */
function nationalityOf(word: string): string {
  const dash = indexOf.call(word, '-');
  return dash > 0 && /^-(invested|owned|funded|backed|run|led)$/.test(word.slice(dash))
    ? word.slice(0, dash)
    : word;
}

function startsUpper(word: string): boolean {
  const c = charCodeAt.call(word, 0);
  if (c < 128) return c >= 65 && c <= 90;
  return word[0] !== word[0]!.toLowerCase();
}

/** Most capitalised words in a library are not demonyms; the cache is dropped when it grows past this. */
const CACHE_LIMIT = 20_000;
const demonymCaches = new WeakMap<EntityLookup, Map<string, string | null>>();

/** `lookup.demonym` remembered across articles, since capitalised words (names, sentence starts) repeat. */
function cachedDemonyms(lookup: EntityLookup): (word: string) => string | null {
  let seen = demonymCaches.get(lookup);
  if (!seen) demonymCaches.set(lookup, (seen = new Map()));
  const cache = seen;
  return (word) => {
    let ref = cache.get(word);
    if (ref === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, (ref = lookup.demonym(word)));
    }
    return ref;
  };
}

/** A body as the locality it acts for: "da-nang-peoples-committee" signs and receives for "da-nang". */
export function localityOf(ref: string): string {
  return ref.replace(/-(provincial-|municipal-|city-)?peoples-committee$/, '');
}

/** The key counted most often, the first of those counted equally; null for none. */
export function mostNamed(counts: Map<string, number>): string | null {
  let top: string | null = null;
  for (const [key, n] of counts) if (top === null || n > counts.get(top)!) top = key;
  return top;
}

/**
 * Index after a dateline or credit that opens a sentence of tokens [first, end) ("SUWON, South Korea, Oct. 14
 * (Yonhap) --", "DA NANG, Vietnam, Kyodo --", "Hanoi (VNA) –", "(BDO) On the afternoon …"): the place it was
 * filed from and the agency that filed it are no party to what the sentence tells, and its subject comes
 * after them. `first` when there is none.
 */
export function datelineEnd(tokens: Token[], first: number, end: number): number {
  let j = first;
  if (tokens[j]?.text === '(') {
    while (j < Math.min(end, first + 5) && tokens[j]!.text !== ')') j++;
    return tokens[j]?.text === ')' ? j + 1 : first;
  }
  // Only capitalised words, numbers, commas, full stops and brackets come before the dash of a dateline.
  for (; j < Math.min(end, first + 14); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.space && j > first && /^[-–—]$/.test(t.text)) {
      while (j < end && tokens[j]!.kind === 'punct' && /^[-–—]$/.test(tokens[j]!.text)) j++;
      return j;
    }
    if (t.kind === 'word' && !/^[A-Z0-9ĐÀ-Ỹ]/.test(t.text)) return first;
  }
  return first;
}

/**
 * Groups tokens and entity mentions by sentence and adds the references analysis rules need: demonyms
 * ("Japanese") and anaphors ("the IP", "the country") resolved to the latest fitting entity before them.
 * Runs in one pass over sentences, tokens and mentions together. `state` carries what was named before
 * `sentences` when a text is read in pieces, and is left as it stands after them.
 */
export function buildContexts(
  tokens: Token[],
  sentences: Span[],
  mentions: Mention[],
  lookup: EntityLookup,
  state: ArticleState = newArticleState(),
): SentenceContext[] {
  const { recent, nations } = state;
  // A piece ends before a sentence; the mentions of its last untokenised sentences are remembered in the next.
  const named = (state.unread.length > 0 ? state.unread.concat(mentions) : mentions).filter(
    (m): m is Mention & { ref: string; type: 'PLACE' | 'ORG' } =>
      (m.type === 'PLACE' || m.type === 'ORG') && m.ref !== null,
  );
  const demonym = cachedDemonyms(lookup);
  const contexts: SentenceContext[] = [];
  let ti = 0;
  let mi = 0;
  const isCountry = (m: { ref: string; type: 'PLACE' | 'ORG' }): boolean =>
    m.type === 'PLACE' && lookup.isCountry(m.ref);
  // After a sentence listing three countries or more ("Singapore led, followed by Korea, … Hong Kong and Japan"),
  // "the country" of a later sentence is the one the article names most, not the last partner listed.
  const countriesHere: string[] = [];
  /** `passing`: named inside a sentence without its designator, which does not change the topic. */
  const remember = (m: { ref: string; type: 'PLACE' | 'ORG' }, passing = false): void => {
    if (m.type === 'ORG') {
      recent.org = m.ref;
      if (lookup.isCompany(m.ref)) {
        recent.company = m.ref;
        const { companies } = recent;
        if (companies.at(-1) !== m.ref) {
          if (companies.length === RECENT_COMPANIES) companies.shift();
          companies.push(m.ref);
        }
      } else if (lookup.isPark(m.ref)) recent.park = m.ref;
      // "the vice-chairman of the Tay Ninh People's Committee said the province …": a locality's body names it.
      const place = localityOf(m.ref);
      if (place !== m.ref && lookup.countryOf(place) !== null)
        remember({ ref: place, type: 'PLACE' }, passing);
    } else if (isCountry(m)) {
      recent.country = m.ref;
      if (!countriesHere.includes(m.ref)) countriesHere.push(m.ref);
      state.listedCountry = countriesHere.length >= 3;
    } else {
      recent.locality = m.ref;
      if (lookup.isPrefecture(m.ref)) recent.prefecture = m.ref;
      else if (!lookup.isCity(m.ref) && !(passing && recent.topic !== null)) recent.province = m.ref;
    }
  };
  for (const span of sentences) {
    while (ti < tokens.length && tokens[ti]!.end <= span.start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.start < span.end) ti++;
    const end = ti;
    const references: Reference[] = [];
    // Where the sentence's dateline ends, read when a name first needs it.
    let dateline = -1;
    const afterList = state.listedCountry;
    // The country of a place this sentence named before: "Bac Ninh … making it the country's top FDI destination".
    let placedIn: string | null = null;
    countriesHere.length = 0;
    for (let t = first; t < end; t++) {
      const token = tokens[t]!;
      // Mentions passed over (also those in sentences left untokenised) are what anaphors point back to.
      // They are read as named in passing: an untokenised sentence holds no figure to tell a subject by.
      while (mi < named.length && named[mi]!.end <= token.start) remember(named[mi++]!, true);
      const m = named[mi];
      // "180 Hyogo-based companies": a name may be the head of a hyphenated word.
      const head =
        m !== undefined && m.start === token.start && m.end < token.end && isHyphenAt(token, m.end);
      if (m && m.start <= token.start && (m.end >= token.end || head)) {
        let last = t;
        while (last + 1 < end && tokens[last + 1]!.end <= m.end) last++;
        // A company's seat ("Kobe-based") says nothing of the country the article is about.
        const nation = m.type === 'PLACE' && !head ? lookup.countryOf(m.ref) : null;
        if (nation !== null) {
          const n = (nations.get(nation) ?? 0) + 1;
          nations.set(nation, n);
          if (state.home === null || n > nations.get(state.home)!) state.home = nation;
          if (nation !== m.ref) placedIn = nation;
        }
        references.push({
          ref: m.ref,
          type: m.type,
          kind: 'name',
          country: isCountry(m),
          nation,
          park: m.type === 'ORG' && lookup.isPark(m.ref),
          first: t,
          last,
        });
        // "Thai Nguyen Province secured…", "Tỉnh Hưng Yên đã…": a sentence about it may change the topic.
        // Not a dateline ("HANOI, Nov 6 (Reuters) -"): a subject is followed by its verb or an aside about it
        // ("Ninh Binh, which merged with Nam Dinh, has…").
        // The subject may follow the dateline's dash ("HANOI, May 3 - Da Nang absorbed…").
        if (dateline < 0) dateline = datelineEnd(tokens, first, end);
        const afterDateline = t > first && t === dateline;
        const subject =
          (t === first || afterDateline || (t === first + 1 && SUBJECT_OPENERS.has(tokens[first]!.lower))) &&
          (tokens[last + 1]?.kind === 'word' ||
            (tokens[last + 1]?.text === ',' && /^(which|who|a|an|the)$/.test(tokens[last + 2]?.lower ?? '')));
        // "Dong Nai, which merged with Binh Phuoc": the absorbed province is not what "the province" means next.
        const merged =
          MERGED_INTO.test(tokens[t - 1]?.lower ?? '') ||
          (tokens[t - 1]?.lower === 'with' && /^merg/.test(tokens[t - 2]?.lower ?? ''));
        if (!merged) remember(m, !subject);
        if (subject && recent.province === m.ref) recent.topic = m.ref;
        mi++;
        t = last;
        continue;
      }
      if (token.kind !== 'word') continue;
      const nation = startsUpper(token.text) ? demonym(nationalityOf(token.text)) : null;
      if (nation) {
        references.push({
          ref: nation,
          type: 'PLACE',
          kind: 'demonym',
          country: true,
          nation,
          park: false,
          first: t,
          last: t,
        });
        continue;
      }
      const target = ANAPHORS.get(token.lower);
      // Most words are no anaphor: the tests below read the words around one, so they wait for it.
      if (!target) continue;
      // Vietnamese has no article: "tỉnh" or "thành phố" alone, not before a name ("tỉnh Hưng Yên"), is "the
      // province" or "the city".
      const beforeName = startsUpper(tokens[t + 1]?.text ?? 'x');
      const bare =
        token.lower === 'tỉnh' && !beforeName
          ? t
          : token.lower === 'phố' && tokens[t - 1]?.lower === 'thành' && t - 1 >= first && !beforeName
            ? t - 1
            : -1;
      // "the southern province of Dong Nai" names the place itself.
      const namedAfter = tokens[t + 1]?.lower === 'of' && startsUpper(tokens[t + 2]?.text ?? 'x');
      const body = target === 'org' || target === 'company' || target === 'park';
      const the = namedAfter ? -1 : bare >= 0 ? bare : determinerBefore(tokens, t, first, body);
      if (the >= 0) {
        // "the Japanese conglomerate": its nationality was read just now, as a reference of its own.
        const nationality = references.at(-1);
        const nation = nationality?.kind === 'demonym' && nationality.first > the ? nationality.nation : null;
        const ref =
          target === 'country'
            ? token.lower === 'city-state' && nations.has('singapore')
              ? // "the city-state": of the countries an article names, Singapore is the one.
                'singapore'
              : (placedIn ?? (afterList ? mostNamed(nations) : null) ?? recent.country)
            : target === 'prefecture'
              ? (recent.prefecture ?? recent.locality)
              : target === 'locality'
                ? token.lower !== 'locality'
                  ? (recent.province ?? recent.locality)
                  : recent.locality
                : target === 'company'
                  ? ((nation && companyFrom(nation, recent, lookup)) ?? recent.company ?? recent.org)
                  : target === 'park'
                    ? (recent.park ?? recent.org)
                    : recent.org;
        if (ref) {
          const type = body ? 'ORG' : 'PLACE';
          references.push({
            ref,
            type,
            kind: 'anaphor',
            country: target === 'country',
            nation: type === 'PLACE' ? lookup.countryOf(ref) : null,
            park: type === 'ORG' && lookup.isPark(ref),
            first: the,
            last: t,
          });
          // What was just referred to is what the next "the locality" means, even if others were named earlier.
          remember({ ref, type });
          if (target === 'locality' && token.lower !== 'locality') recent.topic = ref;
        }
      }
    }
    contexts.push({ span, first, end, references });
  }
  state.unread = named.slice(mi);
  return contexts;
}
