import type { Figure, Measure } from '../model';
import { FX_LAST_YEAR, toUsd } from '../knowledge/fx/fx';
import type { ArticleState, EntityLookup, Reference, SentenceContext } from './context';
import { datelineEnd, isCompanyNoun } from './context';
import { datesWithin, formatAnchor, isMonthName, resolveDate } from './dates';
import type { DateMention, DateParts } from './dates';
import type { Quantity } from './quantities';
import { COMPANY_NOUNS, readRoles, roleCandidates } from './roles';
import type { Candidate, Roles } from './roles';
import type { Token } from './tokens';

/** Everything figure extraction reads, prepared once per article by `analyze`. */
export interface FigureInput {
  text: string;
  tokens: Token[];
  contexts: SentenceContext[];
  quantities: Quantity[];
  dates: DateMention[];
  /** The article's date, or the date inferred from its text; anchors "September 30" and default asOf. */
  anchor: DateParts | null;
  /** The article's reading so far, handed from one piece of a long text to the next; updated in place. */
  state: ArticleState;
  /** The knowledge: where a place lies or a known organisation belongs ("jica" → "japan"), what is a company. */
  lookup: EntityLookup;
}

/** Money measure cues: a word (lower-case) and the measure it signals. */
const MEASURE_CUES = new Map<string, Measure>(
  Object.entries({
    registered: 'registered_capital',
    licensed: 'registered_capital',
    'newly-registered': 'registered_capital',
    disbursed: 'disbursed_capital',
    disbursement: 'disbursed_capital',
    disbursements: 'disbursed_capital',
    realised: 'disbursed_capital',
    realized: 'disbursed_capital',
    implemented: 'disbursed_capital',
    oda: 'oda',
    loan: 'oda',
    loans: 'oda',
    // "The largest tranche, 78.9 billion yen, will finance …": a part of a loan.
    tranche: 'oda',
    tranches: 'oda',
    lend: 'oda',
    lent: 'oda',
    lending: 'oda',
    grant: 'oda',
    concessional: 'oda',
    aid: 'oda',
    assistance: 'oda',
    trade: 'trade',
    exports: 'trade',
    export: 'trade',
    imports: 'trade',
    import: 'trade',
    turnover: 'trade',
    'two-way': 'trade',
    shipments: 'trade',
    exported: 'trade',
    imported: 'trade',
    investment: 'investment_capital',
    investments: 'investment_capital',
    invest: 'investment_capital',
    invested: 'investment_capital',
    investing: 'investment_capital',
    investor: 'investment_capital',
    investors: 'investment_capital',
    capital: 'investment_capital',
    fdi: 'investment_capital',
    pour: 'investment_capital',
    pours: 'investment_capital',
    poured: 'investment_capital',
    inject: 'investment_capital',
    injects: 'investment_capital',
    injected: 'investment_capital',
    pumped: 'investment_capital',
    channelled: 'investment_capital',
    channeled: 'investment_capital',
    funnelled: 'investment_capital',
    attract: 'investment_capital',
    attracts: 'investment_capital',
    attracted: 'investment_capital',
    attracting: 'investment_capital',
    lured: 'investment_capital',
    drew: 'investment_capital',
    pledged: 'investment_capital',
    pledges: 'investment_capital',
    committed: 'investment_capital',
    project: 'investment_capital',
    projects: 'investment_capital',
    plant: 'investment_capital',
    factory: 'investment_capital',
    facility: 'investment_capital',
    complex: 'investment_capital',
    production: 'investment_capital',
    spend: 'investment_capital',
    // "The first phase, worth W450 billion": a phase is of a project.
    phase: 'investment_capital',
    // "Keppel is developing a S$400 million township": what a company builds it pays for.
    developing: 'investment_capital',
    develop: 'investment_capital',
    build: 'investment_capital',
    building: 'investment_capital',
    construct: 'investment_capital',
    // "a licence for a JPY 4.2 billion expansion", "has proposed a $2 billion deepwater port".
    expansion: 'investment_capital',
    expansions: 'investment_capital',
    port: 'investment_capital',
    terminal: 'investment_capital',
    township: 'investment_capital',
    refinery: 'investment_capital',
    // Mergers and acquisitions put capital into a company: "paid $210 million for a 35% stake".
    stake: 'investment_capital',
    stakes: 'investment_capital',
    acquire: 'investment_capital',
    acquired: 'investment_capital',
    acquisition: 'investment_capital',
    acquisitions: 'investment_capital',
    buy: 'investment_capital',
    bought: 'investment_capital',
    purchase: 'investment_capital',
    purchases: 'investment_capital',
    deal: 'investment_capital',
    deals: 'investment_capital',
    earmarked: 'investment_capital',
    earmarking: 'investment_capital',
    // "The project will cost $450 million", "Phase one, costing Bt2.4 billion", "bets ¥48bn on", "set aside Bt3.2bn".
    cost: 'investment_capital',
    costs: 'investment_capital',
    costing: 'investment_capital',
    bets: 'investment_capital',
    bet: 'investment_capital',
    aside: 'investment_capital',
    funds: 'investment_capital',
    funding: 'investment_capital',
    // "plans to issue 1.5 trillion dong of bonds": a company's debt, not aid.
    bond: 'other',
    bonds: 'other',
    revenue: 'other',
    revenues: 'other',
    sales: 'other',
    profit: 'other',
    profits: 'other',
    gdp: 'other',
    budget: 'other',
    income: 'other',
    salary: 'other',
    wages: 'other',
    price: 'other',
    tax: 'other',
    taxes: 'other',
    fine: 'other',
    donation: 'other',
    donated: 'other',
    // Vietnamese: "vốn đăng ký" (registered capital), "giải ngân" (disbursed), "kim ngạch xuất khẩu" (exports).
    đăng: 'registered_capital',
    giải: 'disbursed_capital',
    // "vốn FDI thực hiện" (capital carried out: disbursed), "hiệp định vay" (loan agreements).
    thực: 'disbursed_capital',
    vay: 'oda',
    vốn: 'investment_capital',
    đầu: 'investment_capital',
    // "cam kết" (committed).
    cam: 'investment_capital',
    xuất: 'trade',
    nhập: 'trade',
    kim: 'trade',
    valuation: 'other',
    spending: 'other',
    tourism: 'other',
    remittances: 'other',
  }) as [string, Measure][],
);

/**
 * Vietnamese cues are the first syllable of a word and count only with its second: "đầu tư" (invest), not
 * "dẫn đầu" (lead); "xuất khẩu" (export), not "sản xuất" (production).
 */
const VIETNAMESE_SECOND = new Map([
  ['đăng', 'ký'],
  ['giải', 'ngân'],
  ['thực', 'hiện'],
  ['đầu', 'tư'],
  ['cam', 'kết'],
  ['xuất', 'khẩu'],
  ['nhập', 'khẩu'],
  ['kim', 'ngạch'],
]);

/** Words that make a percentage a change (or a limit) rather than a share. */
const CHANGE_CUES = new Set([
  'increase',
  'increased',
  'increases',
  'rise',
  'rose',
  'rises',
  'risen',
  'grew',
  'growth',
  'grow',
  'up',
  'down',
  'fell',
  'fall',
  'decline',
  'declined',
  'drop',
  'dropped',
  'surge',
  'surged',
  'jump',
  'jumped',
  'year-on-year',
  'compared',
  'gain',
  'gained',
  'decrease',
  'decreased',
  'higher',
  'lower',
  'expand',
  'expanded',
  'lost',
  'slipped',
  'slid',
  'gained',
  'weakened',
  'strengthened',
  'depreciated',
  'appreciated',
  'climbed',
  'soared',
  'plunged',
  'fallen',
  // Vietnamese "tăng 42%" (up 42%), "giảm 5%" (down 5%).
  'tăng',
  'giảm',
  // A cap on ownership is a rule, not a share anyone holds: "caps foreign ownership in banks at 30%".
  'cap',
  'caps',
  'capped',
  'ceiling',
  // A rate charged on goods is a price, not a share anyone holds: "a 20% tariff", "a 40% levy".
  'tariff',
  'tariffs',
  'levy',
  'levies',
  'duty',
  'duties',
  // How far a project has come is progress, not a share of money: "the plant is 65% complete".
  'complete',
  'completed',
]);

/** Nouns for people that are a resident population by themselves. */
const RESIDENTS = new Set(['nationals', 'residents', 'citizens', 'expatriates', 'expats', 'migrants']);

/**
 * Words that make "35,000 Vietnamese people" a resident population rather than an audience; Vietnamese "dân"
 * as in "dân số" (population) and "người dân" (residents).
 */
const RESIDENCE_CUES =
  /^(living|live|lives|lived|reside|resides|residing|resident|community|communities|population|settled|home|dân)$/;

/** Words that make a count of countries one of investors ("153 countries and territories investing"). */
const INVESTING = /^(invest|invests|investing|invested|investors|investment|investments|fdi|capital)$/;

/** Words besides "invest…" that make a sentence one about investment flows; a set, as every word is asked. */
const FLOW_WORDS = new Set([
  'fdi',
  'capital',
  'registered',
  'disbursed',
  'disbursement',
  'realised',
  'realized',
  'projects',
  'oda',
  'vốn',
]);

/** Words of a stake bought in a company, which make a percentage the buyer's ("agreed to acquire a 49% stake"). */
const STAKE_WORDS = /^(stake|stakes|acquire|acquires|acquired|acquisition|take|took)$/;

/** Currencies only one donor lends official aid in: Japan's yen loans, Korea's EDCF loans in won. */
const AID_CURRENCIES = new Map([
  ['JPY', 'japan'],
  ['KRW', 'south-korea'],
]);

/** Cues before a date that make it the date a figure holds at. */
const AS_OF_CUES = new Set(['of', 'at', 'by', 'until', 'till', 'through', 'end', 'đến', 'hết']);

/** Words allowed between two amounts that state the same sum ("JPY5 billion ($6.6 million)"). */
const CONVERSION_GAP = new Set([
  '(',
  ',',
  'or',
  'equivalent',
  'to',
  'equal',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'nearly',
  'over',
  'almost',
  'approx',
  '.',
  '~',
  '≈',
]);

const WINDOW = 15;

/** Measures of money or counts that flow into a place, which an article about a country receives by default. */
const INFLOWS = new Set<Measure>(['registered_capital', 'investment_capital', 'disbursed_capital', 'oda']);

/** Words that join the members of a list. */
const LIST_SEPARATORS = new Set([',', 'and', '&', 'và']);

/** Verbs of drawing money in, which say it is investment but not which kind. */
const DRAWING_VERBS = [
  'attract',
  'attracts',
  'attracted',
  'attracting',
  'lured',
  'drew',
  'pledged',
  'pledges',
  'committed',
];

/**
 * Measure cues that fit any kind of money: pledged investment or pledged ODA, a loan or a stake for a
 * project or a plant, capital a province attracted (registered or disbursed, as a nearer word may say). A word that names what the money is outranks them ("loans … include 41.7 billion yen
 * for a flood control project").
 */
const WEAK_CUES = new Set([
  ...DRAWING_VERBS,
  'project',
  'projects',
  'plant',
  'factory',
  'facility',
  'complex',
  'production',
  'spend',
  'deal',
  'deals',
  'buy',
  'phase',
  'developing',
  'develop',
  'build',
  'building',
  'construct',
  'expansion',
  'expansions',
  'port',
  'terminal',
  'township',
  'refinery',
  'cam',
  'cost',
  'costs',
  'costing',
  'bets',
  'bet',
  'aside',
]);

/** Words after "trade" that make it a pact or an office rather than a flow of goods ("as a trade deal turns five"). */
const NOT_TRADE_AFTER = new Set([
  'deal',
  'pact',
  'agreement',
  'agreements',
  'talks',
  'promotion',
  'fair',
  'office',
  'mission',
  'ministry',
  'minister',
]);

/**
 * Generic nouns, and verbs of drawing money in: the amount is investment, but a list it continues may say which
 * kind ("Bac Ninh drew $3.9 billion, followed by …" after registered figures; "invested" says it).
 */
const GENERIC_CUES = new Set([
  // "ahead of South Korea with 402 projects and $4.7 billion": projects counted are a statistic's, unlike "a
  // project".
  'projects',
  ...DRAWING_VERBS,
  'investment',
  'investments',
  'investing',
  'investor',
  'investors',
  'capital',
  'fdi',
  // "tổng vốn" (total capital), "vốn đầu tư" (investment capital).
  'vốn',
  'đầu',
]);

/**
 * Words of a list of qualifiers between "registered" and its noun ("registered, adjusted and share-purchase FDI",
 * "disbursed foreign direct investment").
 */
const QUALIFIER_LIST = /^(,|and|adjusted|additional|new|newly|foreign|direct|[a-z]+-[a-z]+)$/;

/** The measure a qualifier of the noun at `j` names, looking back over a list of qualifiers; else undefined. */
function qualifierBefore(tokens: Token[], j: number): Measure | undefined {
  for (let k = j - 1; k >= Math.max(0, j - 6); k--) {
    const measure = MEASURE_CUES.get(tokens[k]!.lower);
    if (measure !== undefined) return measure;
    if (!QUALIFIER_LIST.test(tokens[k]!.lower)) return undefined;
  }
  return undefined;
}

const PLEDGES = /^(pledge|pledges|pledged)$/;

/** Whether "FDI" or "foreign direct investment" stands within three words of token `j`. */
function fdiNear(tokens: Token[], j: number): boolean {
  for (let k = Math.max(0, j - 3); k <= j + 3 && k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (w === 'fdi' || (w === 'direct' && tokens[k + 1]?.lower === 'investment')) return true;
  }
  return false;
}

/** Whether an organisation's name is a development bank's ("Asian Development Bank", "European Investment Bank"). */
function isDevelopmentBank(tokens: Token[], r: Reference): boolean {
  let bank = false;
  let development = false;
  for (let k = r.first; k <= r.last; k++) {
    const w = tokens[k]!.lower;
    if (w === 'bank') bank = true;
    else if (/^(development|investment|world|reconstruction|infrastructure)$/.test(w)) development = true;
  }
  return bank && development;
}

/**
 * The measure the words nearest a money amount name, or null when none does; `generic` when only a word
 * like "investment" or "FDI" named it, `weak` when only a word that fits any money did ("attracted", "worth"),
 * `domestic` when "domestic investment" did.
 */
function measureOfMoney(
  tokens: Token[],
  ctx: SentenceContext,
  q: Quantity,
  next: Quantity | undefined,
): { measure: Measure; generic: boolean; weak: boolean; domestic: boolean } | null {
  let best: Measure | null = null;
  let generic = false;
  let weak = false;
  let domestic = false;
  let bestDistance = Infinity;
  const from = Math.max(ctx.first, q.first - WINDOW);
  // Words after the next amount describe that one: "$4.7 billion, along with $900 million in domestic investment".
  const other = next?.kind === 'money' && !isConversion(tokens, q, next);
  const to = Math.min(ctx.end, q.last + WINDOW + 1, other ? next.first : Infinity);
  // Names of organisations in the window, in order; usually none or one.
  const names = ctx.references.filter(
    (r) => r.kind === 'name' && r.type === 'ORG' && r.last >= from && r.first < to,
  );
  let ni = 0;
  for (let j = from; j < to; j++) {
    if (j >= q.first && j <= q.last) continue;
    const t = tokens[j]!;
    // "Total registered FDI, including new projects, capital additions and share purchases, reached $33.7bn": an
    // aside listing what a total includes does not say what the total is.
    if (t.text === ',' && j < q.first && /^(including|excluding|incl)$/.test(tokens[j + 1]?.lower ?? '')) {
      // Its own list has commas too: the aside ends at the last comma before the amount.
      let close = -1;
      for (let k = j + 2; k < q.first; k++) if (tokens[k]!.text === ',') close = k;
      if (close > 0) {
        j = close;
        continue;
      }
    }
    // Words of a name say what the body is, not what the amount is: "the European Investment Bank is weighing
    // €250 million", "the Ministry of Planning and Investment"; a development bank's money is ODA.
    while (ni < names.length && names[ni]!.last < j) ni++;
    const name = names[ni]?.first !== undefined && names[ni]!.first <= j ? names[ni] : undefined;
    if (name) {
      if (isDevelopmentBank(tokens, name)) {
        const distance = Math.min(Math.abs(q.first - name.last), Math.abs(name.first - q.last));
        if (distance < bestDistance)
          [best, bestDistance, generic, weak, domestic] = ['oda', distance, false, false, false];
      }
      j = name.last;
      continue;
    }
    let measure = t.kind === 'word' ? MEASURE_CUES.get(t.lower) : undefined;
    if (measure === undefined) continue;
    const second = VIETNAMESE_SECOND.get(t.lower);
    if (second !== undefined && tokens[j + 1]?.lower !== second) continue;
    // "đăng ký mới, điều chỉnh và góp vốn mua cổ phần" (newly registered, adjusted and contributed capital):
    // the contribution is one of the list's qualifiers, as "share-purchase" is in English.
    if (t.lower === 'vốn' && tokens[j - 1]?.lower === 'góp') continue;
    if (measure === 'trade' && NOT_TRADE_AFTER.has(tokens[j + 1]?.lower ?? '')) continue;
    // "a 2.5 billion baht syndicated loan": banks lending on market terms give no official aid.
    if (measure === 'oda' && /^(syndicated|commercial|bridge|green|term)$/.test(tokens[j - 1]?.lower ?? ''))
      measure = 'other';
    // "registered capital", "disbursed investment", "newly registered, adjusted and share-purchase FDI": the
    // qualifier decides, also from the head of a list of qualifiers.
    const q2 = measure === 'investment_capital' ? qualifierBefore(tokens, j) : undefined;
    if (q2) {
      if (q2 === 'registered_capital' || q2 === 'disbursed_capital' || q2 === 'oda') measure = q2;
    }
    // "FDI pledges", "foreign direct investment pledged to Vietnam": official statistics pledge what investors
    // register, unlike a company that pledges money for a plant.
    const registeredPledge = PLEDGES.test(t.lower) && fdiNear(tokens, j);
    if (registeredPledge) measure = 'registered_capital';
    // Words after the amount describe it less reliably than those before ("$5 billion, mostly in trade");
    // a verb that fits any money ("pledged … in ODA") yields to a noun that names what it is.
    const isWeak = WEAK_CUES.has(t.lower) && !registeredPledge;
    const distance = (j < q.first ? q.first - j : (j - q.last) * 1.5) + (isWeak ? WINDOW : 0);
    if (distance < bestDistance) {
      best = measure;
      bestDistance = distance;
      // "VND 38.2 trillion in domestic investment" says which kind it is: no list or statistic of FDI makes it theirs.
      domestic = tokens[j - 1]?.lower === 'domestic';
      generic = q2 === undefined && GENERIC_CUES.has(t.lower) && !domestic;
      weak = isWeak;
    }
  }
  return best && { measure: best, generic, weak, domestic };
}

function measureOfPercent(tokens: Token[], ctx: SentenceContext, q: Quantity): Measure {
  // "up 41% year-on-year, or 22% of group revenue": a part of a whole is a share whatever changed before it.
  if (tokens[q.last + 1]?.lower === 'of') return 'share';
  const from = Math.max(ctx.first, q.first - 6);
  const to = Math.min(ctx.end, q.last + 4);
  for (let j = from; j < to; j++) {
    // "a stake of up to 25%" is a share.
    if (CHANGE_CUES.has(tokens[j]!.lower) && !(tokens[j]!.lower === 'up' && tokens[j + 1]?.lower === 'to'))
      return 'other';
  }
  // "Occupancy has reached 78%", "an interest rate of 0.3%": a rate of something else is no share of capital.
  for (let j = ctx.first; j < q.first; j++) if (RATE_WORDS.test(tokens[j]!.lower)) return 'other';
  return 'share';
}

/** Nouns of a rate that a percentage measures, which is no share of investment. */
const RATE_WORDS =
  /^(rate|rates|utilisation|utilization|capacity|inflation|yield|margin|margins|tariff|tariffs)$/;

// Word tests for `sentenceHas`, as module functions: a closure made per call costs a renaming under tsx.
const isOutboundWord = (w: string): boolean => w === 'outbound' || w === 'outward';
const isAidWord = (w: string): boolean => /^(development|concessional|oda|aid|assistance|official)$/.test(w);
const isResidenceCue = (w: string): boolean => RESIDENCE_CUES.test(w);
const isInvestingWord = (w: string): boolean => INVESTING.test(w);
const isStakeWord = (w: string): boolean => STAKE_WORDS.test(w);
const isCompanyOrStakeWord = (w: string): boolean => COMPANY_NOUNS.has(w) || STAKE_WORDS.test(w);

function sentenceHas(tokens: Token[], ctx: SentenceContext, test: (lower: string) => boolean): boolean {
  for (let j = ctx.first; j < ctx.end; j++)
    if (tokens[j]!.kind === 'word' && test(tokens[j]!.lower)) return true;
  return false;
}

/** Words of a stock market quote: "shares closed 4.1 percent higher at 38,250 won". */
const QUOTE_WORDS = /^(shares|stock|stocks)$/;
const QUOTE_VERBS =
  /^(closed|close|closing|traded|trading|ended|finished|opened|rose|fell|jumped|dropped|slipped|climbed)$/;

/**
 * Whether a money amount is a share price: "at" or "to" a quote after "shares … closed" or "shares rose 2.7% to"
 * ("$2 per share" is no figure).
 */
function isSharePrice(tokens: Token[], ctx: SentenceContext, q: Quantity): boolean {
  const before = tokens[q.first - 1]?.lower;
  if (before !== 'at' && before !== 'to') return false;
  let quote = false;
  for (let j = ctx.first; j < q.first; j++) {
    const w = tokens[j]!.lower;
    if (QUOTE_WORDS.test(w)) quote = true;
    else if (quote && QUOTE_VERBS.test(w)) return true;
  }
  return false;
}

// Called so rather than as `lower.includes(…)`: token strings come in every representation V8 has, which
// makes the method look-up on them megamorphic (see the lexer).
const { includes } = String.prototype;

/** A word of investment or of money flowing ("invested", "FDI", "disbursed"). */
function isInvestmentWord(lower: string): boolean {
  return FLOW_WORDS.has(lower) || includes.call(lower, 'invest');
}

/** Whether a sentence speaks of investment flows ("invested", "FDI", "registered", "projects", "vốn"). */
function isAboutInvestment(tokens: Token[], ctx: SentenceContext): boolean {
  return sentenceHas(tokens, ctx, isInvestmentWord);
}

/**
 * Companies as a subject make a percentage one of investment too ("Japanese firms accounted for 18%"), and so
 * does a stake bought. Asked last, as it reads the whole sentence.
 */
function namesStakeOrCompanies(tokens: Token[], ctx: SentenceContext): boolean {
  return sentenceHas(tokens, ctx, isCompanyOrStakeWord);
}

/** Words of something still to come. */
const FUTURE = /^(will|would|due|plans|planned|planning|expected|upcoming|shall)$/;
const isFutureWord = (w: string): boolean => FUTURE.test(w);

/** Whether a count is of a delegation's members: "a delegation of 40 companies", "a business mission of 25 firms". */
function isDelegation(tokens: Token[], q: Quantity): boolean {
  let j = q.first - 1;
  // Over an approximation cue: "a mission of around 40 companies".
  while (j > q.first - 4 && tokens[j]?.lower !== 'of') j--;
  return (
    tokens[j]?.lower === 'of' &&
    /^(delegation|delegations|mission|missions)$/.test(tokens[j - 1]?.lower ?? '')
  );
}

/** Words before "government" that make it a local one ("the provincial government"). */
const LOCAL_GOVERNMENT = /^(provincial|city|local|municipal|prefectural|state|regional|district)$/;

/**
 * Whether a sentence speaks of the whole country ("The government expects FDI disbursement to reach…",
 * "nationwide"), so a province named in the sentences before is not where its figures go.
 */
function isNational(tokens: Token[], ctx: SentenceContext): boolean {
  for (let j = ctx.first; j < ctx.end; j++) {
    const w = tokens[j]!.lower;
    if (w === 'nationwide' || (w === 'cả' && tokens[j + 1]?.lower === 'nước')) return true;
    if (
      w === 'government' &&
      !LOCAL_GOVERNMENT.test(tokens[j - 1]?.lower ?? '') &&
      tokens[j + 1]?.lower !== 'of'
    )
      return true;
  }
  return false;
}

/** Whether a quantity is something an analyst would chart (GOLD.md), given its sentence. */
function isFigure(tokens: Token[], ctx: SentenceContext, q: Quantity): boolean {
  if (q.high !== null) return false;
  // "JPY 160 per US dollar", "$2 per share": a rate or price, not an amount.
  if (tokens[q.last + 1]?.lower === 'per') return false;
  if (q.kind === 'people') return RESIDENTS.has(q.noun!) || sentenceHas(tokens, ctx, isResidenceCue);
  // "the city's top two investors", "among the top 10 investors": a rank, not a count.
  if (q.kind === 'count' && tokens[q.first - 1]?.lower === 'top') return false;
  if (q.kind === 'count' && q.unit === 'other') return sentenceHas(tokens, ctx, isInvestingWord);
  return true;
}

/**
 * A headline restates an amount its lead gives in full ("FDI reaches 31.52 billion USD" over "FDI registered
 * in Vietnam reached 31.52 billion USD"): the headline's figure takes what the lead says of it.
 */
function restateHeadline(
  text: string,
  contexts: SentenceContext[],
  figures: Figure[],
  home: string | null,
  lookup: EntityLookup,
): void {
  const headline = contexts[0];
  if (!headline || headline.span.start !== 0 || text[headline.span.end] !== '\n') return;
  // A subtitle, a byline and a date line may stand between the headline and the lead.
  const lead = contexts[Math.min(contexts.length - 1, 6)]!.span.end;
  for (const f of figures) {
    if (f.start >= headline.span.end) break;
    const same = figures.find(
      (g) =>
        g.start >= headline.span.end &&
        g.start < lead &&
        g.unit === f.unit &&
        Math.abs(g.value - f.value) <= 0.005 * Math.max(g.value, f.value),
    );
    if (!same) continue;
    f.measure = same.measure;
    f.investor ??= same.investor;
    // "… bets Bt12bn on second Nghe An estate" sent to the country by default: the lead says which province.
    // Not "LG to invest W1.4tr in Vietnam", which names the country itself.
    const narrower =
      f.recipient === home &&
      !headline.references.some((r) => r.ref === home) &&
      same.recipient !== null &&
      same.recipient !== home &&
      lookup.countryOf(same.recipient) === home;
    if (f.recipient === null || narrower) f.recipient = same.recipient;
  }
}

/** Nouns of what money builds, which a place before them locates ("the Hai Phong LNG power plant"). */
const SITE_NOUNS =
  /^(plant|plants|factory|factories|project|projects|complex|port|airport|expressway|railway|hub|centre|center|facility)$/;

/** The place named right after an amount as part of what it builds, or null. */
function siteAfter(tokens: Token[], ctx: SentenceContext, q: Quantity): string | null {
  const place = ctx.references.find((r) => r.first === q.last + 1);
  if (!place || place.type !== 'PLACE' || place.kind !== 'name') return null;
  for (let j = place.last + 1; j < Math.min(ctx.end, place.last + 5); j++) {
    if (SITE_NOUNS.test(tokens[j]!.lower)) return place.ref;
    if (tokens[j]!.kind !== 'word') return null;
  }
  return null;
}

/** Whether an amount is a total a later "of the total" refers to: "Total FDI … reached $31.5bn", not "59% of the total". */
function isTotal(tokens: Token[], ctx: SentenceContext, q: Quantity): boolean {
  for (let j = ctx.first; j < q.first; j++) {
    const w = tokens[j]!.lower;
    if ((w === 'total' || w === 'tổng') && !afterOf(tokens, j)) return true;
  }
  return false;
}

/** Words of a stock of foreign investment: "valid projects", "cumulative", "as of", "tính đến" (as of), "lũy kế". */
const STOCK_WORDS = /^(valid|cumulative|cumulatively|accumulated|lũy|luỹ)$/;

/** Words of a body that reports a statistic rather than invests: "according to the Ministry of Finance". */
const REPORTING_BODY =
  /^(ministry|department|agency|office|statistics|committee|bureau|board|government|fia|mpi|gso|nso|bộ|sở|cục|ubnd)$/;

/** Whether a sentence names an organisation other than a body that reports statistics: a company, a park. */
function namesCompany(tokens: Token[], ctx: SentenceContext): boolean {
  for (const r of ctx.references) {
    if (r.type !== 'ORG' || r.kind !== 'name') continue;
    let reporter = false;
    for (let k = r.first; k <= r.last && !reporter; k++) reporter = REPORTING_BODY.test(tokens[k]!.lower);
    if (!reporter) return true;
  }
  return false;
}

/**
 * Whether a sentence gives an official statistic of foreign investment, with no company among its names: a
 * stock of projects held "as of" a date, "valid" or "cumulative" ("Korea had 9,900 valid projects worth $87.5bn
 * as of end-August"), or the FDI a place drew over a period ("attracted $31.5bn in FDI in January-October").
 * The statistics count registered capital, whatever verb the sentence uses, unlike a speaker's "Japanese
 * investment in Vietnam has amounted to $12.5bn" or "drew $6.1bn in foreign investment", where annotators split.
 */
function isStatistic(tokens: Token[], ctx: SentenceContext): boolean {
  if (namesCompany(tokens, ctx)) return false;
  let projects = false;
  let fdi = false;
  let stock = false;
  let period = false;
  for (let j = ctx.first; j < ctx.end; j++) {
    const w = tokens[j]!.lower;
    const next = tokens[j + 1]?.lower;
    if (w === 'projects' || (w === 'dự' && next === 'án')) projects = true;
    // "FDI", "foreign direct investment", "vốn FDI": the statistics' own term, unlike "foreign capital"; so are
    // "new and additional capital" (new projects and capital added to old ones) and "fresh capital".
    else if (
      w === 'fdi' ||
      (w === 'foreign' && next === 'direct') ||
      (w === 'additional' && tokens[j - 1]?.lower === 'and') ||
      // "channelled US$4.9 billion of fresh capital into Vietnam in the first nine months".
      (w === 'capital' && /^(fresh|new)$/.test(tokens[j - 1]?.lower ?? ''))
    )
      fdi = true;
    else if (
      STOCK_WORDS.test(w) ||
      (w === 'as' && (next === 'of' || next === 'at')) ||
      (w === 'tính' && next === 'đến')
    )
      stock = true;
    else if (isPeriodWord(w) || (w === 'months' && /^([0-9]+|[a-z]+)$/.test(tokens[j - 1]?.lower ?? '')))
      period = true;
    else if (
      (w === 'tháng' && next === 'đầu') ||
      (w === 'period' && tokens[j - 1]?.lower === 'the') ||
      (w === 'year' && /^(last|this|previous)$/.test(tokens[j - 1]?.lower ?? ''))
    )
      period = true;
  }
  // "Vietnam attracted $31.5bn in FDI in January-October": the statistics' flow of FDI over a period counts
  // registered capital too.
  return (projects || fdi) && (stock || (fdi && period));
}

/** Whether a word names a statistic's period: "January-October", "Jan-Oct", "year-on-year", "y/y". */
function isPeriodWord(w: string): boolean {
  if (w === 'year-on-year' || w === 'y/y' || w === 'yoy') return true;
  const dash = w.indexOf('-');
  return dash > 0 && isMonthName(w.slice(dash + 1));
}

/** Whether "of" stands one or two words before token `j`: "of total pledges", "of the total". */
function afterOf(tokens: Token[], j: number): boolean {
  return tokens[j - 1]?.lower === 'of' || tokens[j - 2]?.lower === 'of';
}

/** Whether a sentence speaks of a part "of the total" or "of total pledges". */
function partOfTotal(tokens: Token[], ctx: SentenceContext): boolean {
  for (let j = ctx.first + 1; j < ctx.end; j++)
    if (tokens[j]!.lower === 'total' && afterOf(tokens, j)) return true;
  return false;
}

/** Whether "of that", "of this" or "of it" follows an amount: a part of the amount before it. */
function ofPrevious(tokens: Token[], q: Quantity): boolean {
  return tokens[q.last + 1]?.lower === 'of' && /^(that|this|it|which)$/.test(tokens[q.last + 2]?.lower ?? '');
}

/** Nouns by which a sentence goes on about an investment named before: "The first phase", "The project". */
const PROJECT_NOUNS = /^(project|investment|phase|plant|factory|facility|complex|expansion|deal)$/;

/**
 * Whether an amount is said of "the project", "the first phase", "its expansion" or a sentence's opening "Phase
 * one": an investment the text named before, whose investor it does not name again.
 */
function ofProjectBefore(tokens: Token[], ctx: SentenceContext, q: Quantity): boolean {
  for (let j = q.first - 1; j >= Math.max(ctx.first, q.first - 6); j--) {
    if (!PROJECT_NOUNS.test(tokens[j]!.lower)) continue;
    if (j === ctx.first) return true;
    for (let k = j - 1; k >= Math.max(ctx.first, j - 3); k--)
      if (/^(the|this|its|that)$/.test(tokens[k]!.lower)) return true;
    return false;
  }
  return false;
}

/**
 * Words of a rank between a country and "with": "Singapore was second with", "Japan came third with",
 * Vietnamese "Trung Quốc xếp thứ tư với" (China ranked fourth with).
 */
const RANK_WORDS =
  /^(was|is|were|are|came|comes|led|leads|ranked|ranks|remained|stood|first|second|third|fourth|fifth|sixth|next|close|behind|xếp|đứng|thứ|nhì|hai|ba|tư|năm|sáu)$/;

/** Words of a ranking: "ranked fourth", "led with", "followed by", "topped the list", "ahead of". */
const isRankWord = (w: string): boolean =>
  /^(ranked|ranks|ranking|led|leads|followed|topped|tops|ahead|trailed)$/.test(w);

/** Whether token `last` ends a name that "with" at `withAt` ranks: right before it or over rank words. */
function rankedBefore(tokens: Token[], last: number, withAt: number): boolean {
  if (last >= withAt || withAt - last > 4) return false;
  for (let j = last + 1; j < withAt; j++) if (!RANK_WORDS.test(tokens[j]!.lower)) return false;
  return true;
}

/** Whether only list separators stand between token indices `a` and `b` (exclusive): ",", "and", "và". */
function onlySeparators(tokens: Token[], a: number, b: number): boolean {
  if (b - a > 2) return false;
  for (let j = a + 1; j < b; j++) if (!LIST_SEPARATORS.has(tokens[j]!.lower)) return false;
  return true;
}

/** Whether place `ref` is named in a list of three places or more ("in Can Tho, Hau Giang and Soc Trang"). */
function inPlaceList(tokens: Token[], ctx: SentenceContext, ref: string): boolean {
  const places = ctx.references.filter((r) => r.type === 'PLACE' && r.kind === 'name');
  const at = places.findIndex((r) => r.ref === ref);
  if (at < 0) return false;
  let from = at;
  while (from > 0 && onlySeparators(tokens, places[from - 1]!.last, places[from]!.first)) from--;
  let to = at;
  while (to + 1 < places.length && onlySeparators(tokens, places[to]!.last, places[to + 1]!.first)) to++;
  return to - from >= 2;
}

/**
 * "Japan and China followed Singapore with $1.2bn and $980 million respectively": the entity in the same
 * place of the named list as quantity `qi` in its list of amounts, with the list's refs; null when the
 * sentence pairs none.
 */
function respectiveRef(
  tokens: Token[],
  ctx: SentenceContext,
  quantities: Quantity[],
  qi: number,
): { member: Reference; list: Reference[] } | null {
  let first = qi;
  let last = qi;
  const inSentence = (k: number): boolean =>
    quantities[k] !== undefined && quantities[k]!.first >= ctx.first && quantities[k]!.last < ctx.end;
  while (
    inSentence(first - 1) &&
    onlySeparators(tokens, quantities[first - 1]!.last, quantities[first]!.first)
  )
    first--;
  while (inSentence(last + 1) && onlySeparators(tokens, quantities[last]!.last, quantities[last + 1]!.first))
    last++;
  // "$17.6 billion and $15.1 billion respectively", also after a comma.
  const after = quantities[last]!.last + 1;
  const word = tokens[after]?.text === ',' ? tokens[after + 1] : tokens[after];
  if (first === last || word?.lower !== 'respectively') return null;
  const count = last - first + 1;
  const refs = ctx.references.filter((r) => r.last < quantities[first]!.first);
  // The nearest run of as many references, each after the last with only separators between them.
  for (let end = refs.length - 1; end >= count - 1; end--) {
    let k = end;
    while (k > end - count + 1 && onlySeparators(tokens, refs[k - 1]!.last, refs[k]!.first)) k--;
    if (k === end - count + 1) {
      const list = refs.slice(k, end + 1);
      return { member: list[qi - first]!, list };
    }
  }
  return null;
}

/** Whether a reference lies inside a count other than quantity `qi` (its neighbours in the same sentence). */
function insideOtherCount(quantities: Quantity[], qi: number, r: Reference): boolean {
  for (let k = Math.max(0, qi - 8); k < Math.min(quantities.length, qi + 9); k++) {
    const other = quantities[k]!;
    if (k !== qi && other.kind === 'count' && other.first <= r.first && r.last <= other.last) return true;
  }
  return false;
}

/**
 * The date a figure holds at: "as of September 30" in its sentence, else the anchor (`anchorIso` is the
 * anchor formatted, once per article rather than per figure).
 */
function asOfFor(
  tokens: Token[],
  ctx: SentenceContext,
  dates: DateMention[],
  anchor: DateParts | null,
  anchorIso: string | null,
): string | null {
  for (const d of datesWithin(dates, ctx.span)) {
    // "tính đến ngày 30/9/2026" (as of the day 30/9/2026): the cue stands before "ngày".
    const before = tokens[d.first - 1]?.lower;
    const cue = before === 'ngày' ? tokens[d.first - 2]?.lower : before;
    if (cue && AS_OF_CUES.has(cue)) {
      const resolved = resolveDate(d, anchor, true);
      // "by 2030" is a target, not the date the figure holds at.
      if (resolved && !(anchorIso && resolved.slice(0, 4) > anchorIso.slice(0, 4))) return resolved;
    }
  }
  return anchorIso;
}

function formatUsd(usd: number): string {
  if (usd >= 1e9) return `$${(usd / 1e9).toFixed(1)} billion`;
  if (usd >= 1e6) return `$${(usd / 1e6).toFixed(1)} million`;
  return `$${Math.round(usd).toLocaleString('en-US')}`;
}

/**
 * True when a percentage restates or qualifies the amount just before it in its clause: "$4.3bn, or 28% of the
 * total", "poured $4.3bn into the country, accounting for 13.6%", "$5.1bn, up 12% from a year earlier".
 */
function isShareOf(tokens: Token[], amount: Quantity, percent: Quantity): boolean {
  if (percent.first - amount.last > 10) return false;
  for (let k = amount.last + 1; k < percent.first; k++) if (/^[.;:]$/.test(tokens[k]!.text)) return false;
  const lead = tokens[percent.first - 1]?.lower;
  const before = tokens[percent.first - 2]?.lower;
  return (
    (lead === 'or' && before === ',') ||
    ((lead === 'up' || lead === 'down') && before === ',') ||
    (lead === 'for' && before === 'accounting') ||
    lead === 'representing'
  );
}

/** True when only conversion words stand between two amounts. */
function isConversion(tokens: Token[], a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'money' || b.kind !== 'money' || b.first - a.last > 5) return false;
  let bracket = false;
  for (let j = a.last + 1; j < b.first; j++) {
    const t = tokens[j]!;
    if (!CONVERSION_GAP.has(t.lower)) return false;
    if (t.text === '(' || t.lower === 'or' || t.lower === 'equivalent' || t.lower === 'equal') bracket = true;
  }
  return bracket || b.first === a.last + 1;
}

/**
 * The name that labels a table row's amount ("4. Hai Phong (incl. former Hai Duong): $2.01 billion"): the
 * reference opening the line, after its number, when a colon comes right before the amount; or the name right
 * before a bracketed amount in a list ("ahead of Hai Phong ($2.9 billion) and Bac Ninh ($2.7 billion)"); else null.
 */
function rowLabel(tokens: Token[], ctx: SentenceContext, q: Quantity): Reference | null {
  if (tokens[q.first - 1]?.text === '(' && tokens[q.last + 1]?.text === ')')
    return ctx.references.find((r) => r.last === q.first - 2 && r.kind === 'name') ?? null;
  if (tokens[q.first - 1]?.text !== ':') return null;
  const label = ctx.references[0];
  if (!label || label.kind !== 'name') return null;
  const numbered = /^[0-9]+$/.test(tokens[ctx.first]!.text) && tokens[ctx.first + 1]?.text === '.';
  return label.first === ctx.first + (numbered ? 2 : 0) ? label : null;
}

/**
 * The measure a table heading names for the rows under it ("Top localities by registered FDI:"): its most
 * specific cue, a qualifier such as "registered" before a generic "investment"; null when the sentence is no
 * heading or names none.
 */
function headingMeasure(tokens: Token[], heading: SentenceContext | undefined): Measure | null {
  if (!heading || tokens[heading.end - 1]?.text !== ':') return null;
  let found: Measure | null = null;
  for (let j = heading.first; j < heading.end; j++) {
    const measure = MEASURE_CUES.get(tokens[j]!.lower);
    const second = VIETNAMESE_SECOND.get(tokens[j]!.lower);
    if (measure === undefined || (second !== undefined && tokens[j + 1]?.lower !== second)) continue;
    if (!GENERIC_CUES.has(tokens[j]!.lower)) return measure;
    found ??= measure;
  }
  return found;
}

/** One figure as the role rules see it: its quantity and sentence, its measure, and what came before it. */
interface FigureScene {
  tokens: Token[];
  lookup: EntityLookup;
  ctx: SentenceContext;
  /** Index of `ctx` among the piece's sentences. */
  ci: number;
  quantities: Quantity[];
  /** Index of the figure's quantity in `quantities`. */
  qi: number;
  measure: Measure;
  /** The amount this one restates ("JPY5 billion ($6.6 million)"), whose parties it takes. */
  main: Figure | null;
  /** The figure made from the quantity before, if any. */
  previous: { q: Quantity; figure: Figure } | null;
  /** Whether the amount is a share price. */
  price: boolean;
  /** The country the article is about. */
  home: string | null;
  /** The measure and sentence of the last money amount before this figure. */
  lastMoney: { measure: Measure; ci: number } | null;
}

/** What settling the roles of a piece's figures remembers of the sentence being read. */
interface RoleMemory {
  /** Index of the sentence `sentence` tells of. */
  ci: number;
  sentence: SentenceFacts;
}

/** What the role rules work out once per sentence, for all of its figures; null until a figure asks. */
interface SentenceFacts {
  /** The roles the sentence offers its figures. */
  candidates: readonly Candidate[] | null;
  /** Whether it speaks of investment. */
  aboutInvestment: boolean | null;
  /** Whether it pairs lists "respectively". */
  respectively: boolean | null;
}

/** The facts of sentence `ci`, fresh when the figures move on to it. */
function factsOf(memory: RoleMemory, ci: number): SentenceFacts {
  if (memory.ci !== ci) {
    memory.ci = ci;
    memory.sentence = { candidates: null, aboutInvestment: null, respectively: null };
  }
  return memory.sentence;
}

/** Whether "respectively" stands in a sentence or right after it, where `respectiveRef` looks for it. */
function saysRespectively(tokens: Token[], ctx: SentenceContext): boolean {
  for (let j = ctx.first; j <= ctx.end && j < tokens.length; j++)
    if (tokens[j]!.lower === 'respectively') return true;
  return false;
}

/**
 * The parties the figure's own words give it: the entities inside a count ("27 Kanagawa enterprises") and
 * the possessor or the ranked country right before it ("Japan's $5 billion", "followed by China with USD 2.9
 * billion"), which outrank the rest of the sentence.
 */
function ownReferences(tokens: Token[], ctx: SentenceContext, q: Quantity): Reference[] {
  const own: Reference[] =
    q.kind === 'count' ? ctx.references.filter((r) => r.first >= q.first && r.last <= q.last) : [];
  // "China's 25 per cent share", "Japan's $5 billion": the possessor is the investor of that figure;
  // in a ranking, "followed by China with USD 2.9 billion", so is the country named right before.
  // "Hàn Quốc với gần 4,6 tỷ USD", "Korea with more than $4.6 billion": past the words of approximation.
  const lead = q.cueFirst;
  const before = tokens[lead - 1]?.lower;
  if (q.kind !== 'people' && (before === "'s" || before === '’s')) {
    own.push(...ctx.references.filter((r) => r.last === lead - 2 && r.kind !== 'demonym'));
  } else if (q.kind !== 'people' && (before === 'with' || before === 'với')) {
    // "Singapore was second with $85.6 billion" too. Not "the third largest investor in Vietnam with $3.2
    // billion": there the country receives.
    own.push(
      ...ctx.references.filter(
        (r) =>
          rankedBefore(tokens, r.last, lead - 1) &&
          r.kind === 'name' &&
          r.country &&
          !/^(in|into|to)$/.test(tokens[r.first - 1]?.lower ?? ''),
      ),
    );
  }
  return own;
}

/**
 * The parties the sentence gives a figure: those its own words name, else those its clause names around it
 * (or those of the amount it restates or the share of); a "respectively" list gives each amount its member.
 * With the references the figure names itself and the amount it is the share of, which later rules ask about.
 */
function statedRoles(
  scene: FigureScene,
  memory: RoleMemory,
): Roles & { own: Reference[]; share: Figure | null } {
  const { tokens, ctx, ci, quantities, qi, main, previous, home } = scene;
  const q = quantities[qi]!;
  const prev = quantities[qi - 1];
  const own = ownReferences(tokens, ctx, q);
  // "1,000 Japanese firms, 500 foreign investors": a nationality inside one count is not another's. The
  // sentence itself when that leaves every reference, so its roles are read once for all its figures.
  const kept =
    q.kind === 'count' && own.length === 0
      ? ctx.references.filter((r) => !insideOtherCount(quantities, qi, r))
      : ctx.references;
  const scope = kept.length === ctx.references.length ? ctx : { ...ctx, references: kept };
  const facts = factsOf(memory, ci);
  // Most sentences pair no lists, and then no figure of theirs needs to look for one.
  facts.respectively ??= saysRespectively(tokens, ctx);
  const respective = main || !facts.respectively ? null : respectiveRef(tokens, ctx, quantities, qi);
  if (respective) own.length = 0;
  // "Singapore led with $4.32bn, or 28.4 per cent of the total": the share restates the amount's parties.
  const share =
    q.kind === 'percent' && previous?.q === prev && prev?.kind === 'money' && isShareOf(tokens, prev, q)
      ? previous.figure
      : null;
  // A count that narrows the sentence's references has roles of its own.
  let { investor, recipient } =
    main ??
    share ??
    readRoles(
      tokens,
      scope,
      q.first,
      own,
      q.kind === 'people',
      home,
      scope === ctx ? (facts.candidates ??= roleCandidates(tokens, ctx)) : roleCandidates(tokens, scope),
    );
  if (respective) {
    // The list plays the role the sentence gives its nearest member; each amount's own member takes it.
    // A list of provinces without a role receives ("Hanoi and Hai Phong saw 12% and 8% more").
    const { member, list } = respective;
    const places = list.every((r) => r.type === 'PLACE' && !r.country);
    if (list.some((r) => r.ref === recipient) || (places && !list.some((r) => r.ref === investor)))
      recipient = member.ref;
    else investor = member.ref;
  }
  return { investor, recipient, own, share };
}

/**
 * Who invests and where for one figure. The rules are applied in this order, a later one overriding the
 * earlier: what the sentence says around the figure (or the parties of the amount it restates); a
 * "respectively" list; a table row's label; the site an amount builds; no parties for trade or a price; the
 * investor of the investment it points back to ("the company", "the first phase"); a part keeping its whole's
 * investor; no parties for a percentage outside investment; no investor for people or other counts; a
 * company hosting its tenants; the place the sentences before named; the country the article is about; no
 * place for a delegation still to come. Remembers in `trail` where the figure went.
 */
function settleRoles(scene: FigureScene, memory: RoleMemory, trail: ArticleState): Roles {
  const { tokens, ctx, ci, quantities, qi, measure, main, previous, price, home, lastMoney, lookup } = scene;
  const q = quantities[qi]!;
  const prev = quantities[qi - 1];
  const stated = statedRoles(scene, memory);
  const { own, share } = stated;
  let { investor, recipient } = stated;
  // A table row's label is where its amount went, or who put it there when it is a country or a company.
  const label = main ? null : rowLabel(tokens, ctx, q);
  if (label && label.type === 'PLACE' && !label.country) recipient = label.ref;
  else if (label) investor = label.ref;
  // "followed by Hai Phong with $640 million": a province ranked by its amount receives it.
  const ranked = /^(with|với)$/.test(tokens[q.first - 1]?.lower ?? '')
    ? ctx.references.find(
        (r) =>
          r.type === 'PLACE' && r.kind === 'name' && !r.country && rankedBefore(tokens, r.last, q.first - 1),
      )
    : undefined;
  if (ranked && q.kind !== 'people') recipient = ranked.ref;
  // "the 1.5-billion-USD Hai Phong LNG power plant": the place naming what the amount builds receives it.
  const site = q.kind === 'money' ? siteAfter(tokens, ctx, q) : null;
  if (site && site !== investor) recipient = site;
  if (measure === 'trade' || price) investor = recipient = null;
  if (measure === 'oda' && home !== null) {
    // "JICA and Vietnam's MPI signed an ODA loan agreement worth JPY 41.9 billion": of a lender and a borrower
    // named together, the body from abroad lends. Not "Japan is Vietnam's largest provider of ODA" in an article
    // about Japan, where the money goes abroad.
    const abroad = recipient !== null && (lookup.countryOf(recipient) ?? home) !== home;
    if (investor === null || (lookup.countryOf(investor) === home && !abroad)) {
      const from = datelineEnd(tokens, ctx.first, ctx.end);
      const lender = ctx.references.find(
        (r) =>
          r.first >= from &&
          r.last < q.first &&
          (r.type === 'ORG' || r.country) &&
          (lookup.countryOf(r.ref) ?? home) !== home,
      );
      if (lender) investor = lender.ref;
    }
    // "A further ¥33.5 billion will go to embankments": aid lent in yen or won is Japan's or Korea's.
    const donor = q.currency === null ? undefined : AID_CURRENCIES.get(q.currency);
    if (investor === null && donor !== undefined && donor !== home) investor = donor;
    // "… for projects in Can Tho, Hau Giang and Soc Trang": aid spread over several provinces goes to the country.
    if (recipient !== null && lookup.countryOf(recipient) === home && inPlaceList(tokens, ctx, recipient))
      recipient = home;
  }
  // "The first phase, worth $450 million, …", "the company will also set up a KRW 80 billion fund": an
  // investment that names no investor is the company's the sentence points back to, or the last investor's.
  if (investor === null && q.kind === 'money' && INFLOWS.has(measure) && measure !== 'oda') {
    const company = ctx.references.find(
      (r) => r.kind === 'anaphor' && r.last < q.first && isCompanyNoun(tokens[r.last]!.lower),
    );
    const { lastInvestment } = trail;
    if (company) investor = company.ref;
    else if (lastInvestment && ci - lastInvestment.ci <= 3 && ofProjectBefore(tokens, ctx, q)) {
      investor = lastInvestment.investor;
      if (recipient === null || recipient === home) recipient = lastInvestment.recipient ?? recipient;
    }
  }
  // "150 Hyogo firms operate in Vietnam, 18 of them in Dong Nai": a part keeps the whole's investor and goes
  // where it says.
  if (
    q.kind === 'count' &&
    q.first === q.last &&
    tokens[q.last + 1]?.lower === 'of' &&
    previous?.q === prev
  ) {
    investor = previous.figure.investor;
    const place = ctx.references.find(
      (r) =>
        r.type === 'PLACE' &&
        r.first > q.last + 2 &&
        r.first <= q.last + 5 &&
        tokens[r.first - 1]?.lower === 'in',
    );
    if (place) recipient = place.ref;
  }
  // "labour costs … 40% lower than in Guangdong", "exports to Vietnam rose 12 per cent": a percentage in a
  // sentence with no investment word is about something else.
  const aboutInvestment = (factsOf(memory, ci).aboutInvestment ??= isAboutInvestment(tokens, ctx));
  // A ranked share ("Japan led with 18.2% of the total") continues the ranking before it.
  if (
    q.kind === 'percent' &&
    !share &&
    own.length === 0 &&
    !aboutInvestment &&
    !namesStakeOrCompanies(tokens, ctx)
  )
    investor = recipient = null;
  // "Manufacturing took 58.3% of the total": a part of the total goes where the total went.
  if (
    q.kind === 'percent' &&
    investor === null &&
    recipient === null &&
    trail.totalParties &&
    tokens[q.last + 1]?.lower === 'of' &&
    partOfTotal(tokens, ctx)
  )
    ({ investor, recipient } = trail.totalParties);
  if (q.kind === 'people' || (q.kind === 'count' && q.unit === 'other')) investor = null;
  // A company with tenants hosts them ("VSIP now hosts 1,200 tenant companies", "MGI received letters from 12
  // prospective tenants"), and one that sold land "to 34 manufacturers" did not invest in them.
  const tenants =
    q.kind === 'count' && (q.noun === 'tenants' || q.modifiers.some((m) => m.lower === 'tenant'));
  if (
    q.kind === 'count' &&
    investor !== null &&
    ctx.references.some((r) => r.ref === investor && r.type === 'ORG')
  ) {
    if (tenants && (recipient === null || recipient === home)) recipient = investor;
    if (tenants || /^(to|from)$/.test(tokens[q.first - 1]?.lower ?? '')) investor = null;
  } else if (tenants) {
    // "The VSIP network, a joint venture of …, has attracted 1,200 tenants": the company the sentence is about.
    const host = ctx.references.find((r) => r.type === 'ORG' && r.kind === 'name' && r.last < q.first);
    if (host && !ctx.references.some((r) => r.ref === recipient && r.type === 'ORG')) recipient = host.ref;
  }
  // "60 Da Nang enterprises invested $5 million" in an article about Vietnam: money from at home does not
  // flow into its own country.
  const investorNation = ctx.references.find((r) => r.ref === investor)?.nation ?? null;
  const { lastPlace } = trail;
  let carried = false;
  if (
    recipient === null &&
    measure !== 'trade' &&
    q.kind !== 'people' &&
    lastPlace &&
    !lastPlace.mixed &&
    ci - lastPlace.ci <= 2 &&
    !isNational(tokens, ctx)
  ) {
    // A follow-up sentence about the same flow names no place again; one about something else has no
    // investment word ("a forum which has gathered 2,600 businesses").
    // A ranked list runs on too: "Singapore led with $4.2 billion. Korea came second with $2.9 billion."
    const listed =
      q.kind === 'money' && measure !== 'other' && measure === lastMoney?.measure && ci - lastMoney.ci <= 1;
    const fromHome = lastPlace.ref === investor || lastPlace.ref === investorNation;
    const rankedShare = q.kind === 'percent' && investor !== null && investor === own[0]?.ref;
    if (!fromHome && (aboutInvestment || listed || rankedShare)) {
      recipient = lastPlace.ref;
      carried = true;
    }
  }
  // "Singapore was second with $85.6 billion" in an article about Vietnam: a flow that names no place goes
  // to the country the article is about.
  // So does a count or a share of an investor's ("Korean investors had 10,100 projects", "Singapore, 28.4%").
  const flow = INFLOWS.has(measure) || (investor !== null && (measure === 'count' || measure === 'share'));
  // In an article about one province ("Hai Phong draws …", "the city"), a company's money that names no
  // place goes to that province, not the whole country.
  if (recipient === null && investorNation !== home && flow && q.kind !== 'people') {
    const topic = trail.recent.topic;
    const company =
      investor !== null &&
      lookup.isCompany(investor) &&
      ctx.references.some((r) => r.ref === investor && r.type === 'ORG');
    recipient = company && topic !== null && lookup.countryOf(topic) === home ? topic : home;
  }
  // "Data from Taiwan's Department of Investment Review showed that approved outbound investment to Vietnam
  // reached US$1.36 billion": outbound money leaves the country that reports it.
  if (investor === null && sentenceHas(tokens, ctx, isOutboundWord)) {
    const destination = recipient === null ? null : (lookup.countryOf(recipient) ?? recipient);
    // Not the "US" of an amount in "US$".
    const source = ctx.references.find(
      (r) => r.nation !== null && r.nation !== destination && tokens[r.last + 1]?.text[0] !== '$',
    );
    investor = source?.nation ?? (home !== destination ? home : null);
  }
  // "a delegation of 40 companies … is due in Hanoi": a visit still to come, which no money has followed yet
  // (unlike "a delegation of 35 firms attended a matching session in Bac Ninh", where deals were made).
  if (q.kind === 'count' && isDelegation(tokens, q) && sentenceHas(tokens, ctx, isFutureWord))
    recipient = null;
  // A company that sold a stake is no place the next figures go to.
  const sold =
    ctx.references.some((r) => r.ref === recipient && r.type === 'ORG') &&
    sentenceHas(tokens, ctx, isStakeWord);
  // A place carried over is not named again: it runs on for two sentences after it was named, not forever.
  // A park or a company that received is what one sentence is about, not where the next ones' money goes.
  const body = ctx.references.some((r) => r.ref === recipient && r.type === 'ORG');
  if (recipient !== null && measure !== 'trade' && !sold && !carried && !body) {
    const mixed =
      lastPlace !== null && lastPlace.ci === ci && (lastPlace.mixed || lastPlace.ref !== recipient);
    trail.lastPlace = { ref: recipient, ci, mixed };
  }
  if (q.kind === 'money' && INFLOWS.has(measure) && investor !== null)
    trail.lastInvestment = { investor, recipient, ci };
  // The last amount said to be a total, else the first inflow: the lead of a statistics report.
  if (q.kind === 'money' && INFLOWS.has(measure) && (trail.totalParties === null || isTotal(tokens, ctx, q)))
    trail.totalParties = { investor, recipient };
  return { investor, recipient };
}

/**
 * "Disbursed capital rose 8.8% to $21.3 billion": a change that names no parties is the change of the amount it
 * rose or fell to, whose parties it takes (read after that amount's, which come later in the text).
 */
function growthOfAmount(text: string, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const f = figures[i]!;
    const to = figures[i + 1]!;
    if (f.unit !== 'percent' || f.measure !== 'other' || f.investor !== null || f.recipient !== null)
      continue;
    if (to.currency === null || !/^ (to|at) $/.test(text.slice(f.end, to.start))) continue;
    f.investor = to.investor;
    f.recipient = to.recipient;
  }
}

/**
 * Turns quantities into figures: measure from the words around them, approximation, investor and recipient,
 * the date they hold at, US-dollar value from the yearly FX table, and a consistency warning when a
 * parenthetical conversion disagrees with the table by more than 25 %.
 */
export function extractFigures(input: FigureInput): Figure[] {
  const { text, tokens, contexts, quantities, dates, anchor, state } = input;
  const figures: Figure[] = [];
  const anchorIso = formatAnchor(anchor);
  // Only the figure made from the previous quantity can be the amount a conversion restates.
  let previous: { q: Quantity; figure: Figure } | null = null;
  let { lastMoney } = state;
  const memory: RoleMemory = {
    ci: -1,
    sentence: { candidates: null, aboutInvestment: null, respectively: null },
  };
  // Counted over the article up to the end of this piece, not this piece alone.
  const home = state.home;
  let ci = 0;
  for (let qi = 0; qi < quantities.length; qi++) {
    const q = quantities[qi]!;
    while (ci < contexts.length - 1 && contexts[ci]!.span.end <= q.start) ci++;
    const ctx = contexts[ci];
    if (!ctx || !isFigure(tokens, ctx, q)) continue;
    const lastMoneyBefore = lastMoney;
    const prev = quantities[qi - 1];
    const main = previous && previous.q === prev && isConversion(tokens, prev, q) ? previous.figure : null;
    const asOf = main?.asOf ?? asOfFor(tokens, ctx, dates, anchor, anchorIso);
    let measure: Measure;
    // A share price is no flow and says nothing of the amounts listed around it.
    const price = !main && q.kind === 'money' && isSharePrice(tokens, ctx, q);
    if (main) measure = main.measure;
    else if (price) measure = 'other';
    else if (q.kind === 'money') {
      // A list of amounts runs on from the sentence that named what they measure ("Singapore led with…").
      // "Singapore led with $4.2 billion" after "… registered capital …": the list keeps the kind it named.
      const named = measureOfMoney(tokens, ctx, q, quantities[qi + 1]);
      // "… registered $4.1bn. By partner, 108 countries invested in Vietnam. Singapore led with $4.3bn": a
      // sentence about investment between them keeps the list going.
      // "… China with $2.3 billion. Hong Kong and Japan ranked fourth and fifth. By locality, HCMC drew …": so
      // does a sentence that goes on with the ranking.
      const runsOn =
        lastMoney !== null &&
        (lastMoney.ci >= ci - 1 ||
          // "A further ¥33.5 billion will go to embankments": more of the same, however far back.
          /^(further|another)$/.test(tokens[q.first - 1]?.lower ?? '') ||
          (lastMoney.ci === ci - 2 &&
            ci > 0 &&
            (isAboutInvestment(tokens, contexts[ci - 1]!) ||
              sentenceHas(tokens, contexts[ci - 1]!, isRankWord))));
      // "The figure puts Japan fourth. South Korea led with $3.2 billion": a ranking that names no kind of money
      // ranks the last amount's kind, however far back it was.
      const listed = runsOn
        ? lastMoney!.measure
        : (headingMeasure(tokens, contexts[ci - 1]) ??
          (named === null && lastMoney !== null && sentenceHas(tokens, ctx, isRankWord)
            ? lastMoney.measure
            : null));
      // "Singapore topped the list with $5.2 billion, 28.4% of the total": a part is of the kind its total is.
      // "Singapore poured $4.3 billion into the country, accounting for 13.6% of the total": a country's or a
      // province's part of a statistic is what the statistic counts, whatever verb brought it; a company's is not.
      const whole: Measure | null =
        (!named ||
          named.generic ||
          named.weak ||
          (named.measure === 'investment_capital' && !namesCompany(tokens, ctx))) &&
        partOfTotal(tokens, ctx)
          ? (state.total ?? state.firstMoney)
          : null;
      // "Around 2.6 trillion yen of that has been disbursed" after ODA commitments: aid paid out is still aid.
      const ofAid = lastMoney?.measure === 'oda' && ofPrevious(tokens, q);
      measure = ofAid
        ? 'oda'
        : (whole ??
          (named &&
          !(
            named.generic &&
            (listed === 'registered_capital' || listed === 'disbursed_capital') &&
            // A company's investment is no member of a list of statistics before it.
            !namesCompany(tokens, ctx)
          )
            ? // An official statistic counts registered capital, whatever verb brought it ("Singapore companies
              // channelled $4.9 billion of fresh capital into Vietnam in the first nine months").
              named.measure === 'investment_capital' && !named.domestic && isStatistic(tokens, ctx)
              ? 'registered_capital'
              : named.measure
            : (listed ?? 'other')));
      lastMoney = { measure, ci };
      if (INFLOWS.has(measure)) state.firstMoney ??= measure;
      if (isTotal(tokens, ctx, q)) state.total = measure;
    } else if (q.kind === 'percent') measure = measureOfPercent(tokens, ctx, q);
    else measure = q.kind === 'count' ? 'count' : 'other';

    const { investor, recipient } = settleRoles(
      {
        tokens,
        lookup: input.lookup,
        ctx,
        ci,
        quantities,
        qi,
        measure,
        main,
        previous,
        price,
        home,
        lastMoney: lastMoneyBefore,
      },
      memory,
      state,
    );
    // A loan to a company ("Hyosung Vina secured a 1.3 trillion won loan from KEXIM") is finance on a lender's
    // terms, not official aid to a country, unless the sentence says it is ("KfW development bank would lend
    // 120 million euros to Vietnam Electricity", "a concessional loan").
    if (
      measure === 'oda' &&
      recipient !== null &&
      input.lookup.isCompany(recipient) &&
      ctx.references.some((r) => r.ref === recipient && r.type === 'ORG') &&
      !sentenceHas(tokens, ctx, isAidWord)
    )
      measure = 'other';

    const year = asOf ? Number(asOf.slice(0, 4)) : FX_LAST_YEAR;
    const usd = q.currency ? toUsd(q.value, q.currency, year) : null;
    const figure: Figure = {
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      value: q.value,
      unit: q.unit,
      currency: q.currency,
      usd,
      measure,
      approx: q.cueFirst < q.first || !main ? q.approx : main.approx,
      investor,
      recipient,
      asOf,
      claim: null,
      warnings: [],
      confidence: q.kind === 'money' ? 0.9 : q.kind === 'people' ? 0.7 : 0.8,
    };
    if (measure === 'other' && q.kind === 'money') figure.confidence -= 0.1;
    if (main) {
      main.claim ??= `claim-${main.start}`;
      figure.claim = main.claim;
      if (main.usd !== null && usd !== null && Math.abs(main.usd - usd) > 0.25 * Math.min(main.usd, usd)) {
        const warning = `${main.text} ≈ ${formatUsd(main.usd)} at the ${year} average rate, not ${figure.text}`;
        for (const f of [main, figure]) {
          f.warnings.push(warning);
          f.confidence -= 0.2;
        }
      }
    }
    previous = { q, figure };
    figures.push(figure);
  }
  restateHeadline(text, contexts, figures, state.home, input.lookup);
  growthOfAmount(text, figures);
  for (const f of figures) f.confidence = Math.round(f.confidence * 100) / 100;
  // The next piece counts its sentences from 0: what this one read lies before them.
  const shift = contexts.length;
  state.lastMoney = lastMoney && { ...lastMoney, ci: lastMoney.ci - shift };
  if (state.lastPlace) state.lastPlace = { ...state.lastPlace, ci: state.lastPlace.ci - shift };
  if (state.lastInvestment)
    state.lastInvestment = { ...state.lastInvestment, ci: state.lastInvestment.ci - shift };
  return figures;
}
