import { isCompanyNoun, localityOf } from './context';
import type { Reference, SentenceContext } from './context';
import { isMonthName } from './dates';
import type { Token } from './tokens';

/** Who invests and where, as refs; null when the sentence does not say. */
export interface Roles {
  investor: string | null;
  recipient: string | null;
}

/** Nouns that name an investment flow, so the entity qualifying them is the investor ("Japan's ODA"). */
const FLOW_NOUNS = new Set([
  'investment',
  'investments',
  'investors',
  'investor',
  'oda',
  'fdi',
  'capital',
  'aid',
  'loans',
  'loan',
  'projects',
  'enterprises',
  'firms',
  'companies',
  'businesses',
  // "Indian entities had 449 valid projects".
  'entities',
  'funds',
  'funding',
  'pledge',
  'pledges',
  'investing',
  'invested',
  'funded',
  'backed',
  'owned',
  'assistance',
  // "signed 37 projects with Chinese partners": partners of a deal bring its money.
  'partners',
]);

/** Verbs whose subject is the investor; a company that buys a stake or earmarks money invests it. */
const INVEST_VERBS =
  /^(bet|bets|betting|invest|invests|invested|investing|pour|pours|poured|pouring|inject|injects|injected|pump|pumped|commit|commits|committed|pledge|pledges|pledged|provide|provides|provided|providing|disburse|disbursed|disburses|fund|funded|funds|finance|financed|finances|spend|spent|spends|lend|lent|lends|put|puts|channel|channels|channelled|channeled|funnel|funnels|funnelled|funneled|plough|ploughs|ploughed|plow|plowed|sink|sinks|sank|deploy|deploys|deployed|allocate|allocates|allocated|mobilise|mobilises|mobilised|mobilize|mobilizes|mobilized|earmark|earmarks|earmarked|earmarking|acquire|acquires|acquired|acquiring|buy|buys|bought|buying|pay|pays|paid|paying)$/;

/** Verbs whose subject is the recipient; a company that "approved" or "received" money invests it. */
const HOST_VERBS =
  /^(attract|attracts|attracted|attracting|host|hosts|hosted|hosting|receive|receives|received|receiving|draw|draws|drew|drawn|lure|lured|lures|secure|secures|secured|garner|garnered|absorb|absorbed|welcome|welcomed|welcomes|record|records|recorded|recording|license|licenses|licensed|licenced|approve|approves|approved|has|have|had|houses|housed|need|needs|needed)$/;

/**
 * Vietnamese verbs, by their first syllable: the second syllable ('' for none) and the English verb they
 * read as ("tỉnh đã thu hút 86 dự án" → attracted, "Nhật Bản đầu tư" → invested, "tỉnh có" → has).
 * Syllables that may stand alone as words come with their second one, so "cam" alone means nothing.
 */
const VIETNAMESE_VERBS = new Map<string, [string, string][]>([
  ['thu', [['hút', 'attracted']]],
  ['đầu', [['tư', 'invested']]],
  ['rót', [['', 'poured']]],
  ['tiếp', [['nhận', 'received']]],
  ['đón', [['', 'welcomed']]],
  ['có', [['', 'has']]],
  // "cam kết" (commit), "đăng ký" (register), "trao giấy chứng nhận" or "trao chứng nhận" (hand over the
  // certificates, as a host).
  ['cam', [['kết', 'committed']]],
  ['đăng', [['ký', 'registered']]],
  // "khởi công nhà máy" (broke ground on a plant): what a company builds, it invests in; so is capital it adds
  // ("tăng vốn thêm", raised its capital) and a certificate it receives ("đã nhận giấy chứng nhận đầu tư").
  ['khởi', [['công', 'broke']]],
  ['tăng', [['vốn', 'raised']]],
  [
    'nhận',
    [
      ['giấy', 'received'],
      ['chứng', 'received'],
    ],
  ],
  [
    'trao',
    [
      ['giấy', 'hosts'],
      ['chứng', 'hosts'],
    ],
  ],
]);

/** Words that may stand between a subject and its verb ("Japan had invested", "the IP has so far attracted"). */
const AUXILIARIES = new Set([
  // Vietnamese tense and aspect words: "đã" (has), "sẽ" (will), "đang" (is -ing), "vừa" (just), "cũng" (also).
  'đã',
  'sẽ',
  'đang',
  'vừa',
  'cũng',
  'hiện',
  // "tỉnh Hưng Yên mới có" (the new Hưng Yên has, or has only just).
  'mới',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'been',
  'also',
  'already',
  'so',
  'far',
  'now',
  'currently',
  'reportedly',
  'still',
  'further',
  'continued',
  'continues',
  'to',
  'be',
  'plans',
  'planned',
  'alone',
  'together',
  'which',
  'who',
  'last',
  'this',
  'next',
  'month',
  'week',
  'year',
  'earlier',
  'recently',
  'separately',
  'jointly',
  'officially',
  'yesterday',
  'today',
]);

/**
 * Verbs of a ranking or a registration ("Singapore led with …", "Japan followed with …", "Singapore registered $3.1bn",
 * "Korea accounted for 28%"): a country or company invests, a province receives. Vietnamese "dẫn đầu" leads.
 */
const RANK_VERBS =
  /^(led|leads|came|comes|ranked|ranks|topped|tops|followed|follows|trailed|trails|dẫn|registered|registers|register|accounted|accounts)$/;

/** Nouns that describe the subject between it and its verb ("Germany's KfW development bank said"). */
const SUBJECT_NOUNS = new Set([
  // "the 27 EU member states poured 1.5 billion USD into Vietnam".
  'member',
  'states',
  'development',
  'bank',
  'group',
  'company',
  'firm',
  'corporation',
  'conglomerate',
  'giant',
  'maker',
  'retailer',
  'developer',
  'operator',
  'lender',
  'unit',
  'subsidiary',
  'pcl',
  'plc',
  'jsc',
  'ltd',
  'corp',
  'inc',
]);

/** Verbs that name an investment when their subject is a company ("opened a $1.6 billion plant"), an inflow when it is a place. */
const GROWTH_VERBS =
  /^(add|adds|added|adding|raise|raises|raised|raising|increase|increases|increased|expand|expands|expanded|expanding|boost|boosts|boosted|open|opens|opened|build|builds|built|building|constructing|complete|completes|completed|completing|launch|launches|launched|inaugurated|broke|breaks|start|starts|started|began|begins|develop|develops|developed|developing)$/;

/** Verbs announcing something that is an investment when the noun "investment" follows ("plans a $1 billion investment"). */
const ANNOUNCE_VERBS =
  /^(plans|plan|planned|announced|announces|announcing|unveiled|unveils|proposed|proposes|made|makes|earmarked|earmarks|studying|considering|mulling)$/;

/** Reporting verbs whose subject invests when "it"/"they" then invest: "Amata said on Monday it would invest". */
const SAY_VERBS = new Set(['said', 'says', 'announced', 'confirmed', 'told', 'stated', 'revealed', 'added']);

/** Nouns of a statistic's source: "data from the FIA showed" names who reports, not who invests. */
const SOURCE_NOUNS = new Set([
  'data',
  'figures',
  'statistics',
  'report',
  'reports',
  'estimates',
  'survey',
  'information',
]);

/** Nouns of goods and sales, whose "from X" is where goods come from. */
const TRADE_NOUNS = new Set([
  'exports',
  'export',
  'imports',
  'import',
  'shipments',
  'sales',
  'revenue',
  'goods',
]);

/** Verbs whose object is who receives the money: "JICA has provided Quang Ninh with loans". */
const GIVE_VERBS = new Set([
  'lend',
  'loan',
  'loaned',
  'give',
  'grant',
  'offer',
  'help',
  'helps',
  'provided',
  'provides',
  'provide',
  'granted',
  'grants',
  'gave',
  'gives',
  'lent',
  'lends',
  'offered',
  'offers',
]);

/** Adjectives that may stand between a possessive and its flow noun: "Japan's foreign direct investment". */
const FLOW_ADJECTIVES = new Set([
  'foreign',
  'direct',
  'total',
  'overall',
  'cumulative',
  'new',
  'registered',
  'committed',
  'disbursed',
  'outbound',
  'outward',
  'official',
  'development',
  // "Vietnam's largest bilateral ODA donor".
  'bilateral',
  'multilateral',
]);

/** Words that may follow a name without being part of the mention ("Bắc Ninh Province has attracted"). */
const DESIGNATORS = new Set([
  'province',
  'city',
  'prefecture',
  'district',
  'town',
  'commune',
  'region',
  'municipality',
]);

/** Linking verbs: "South Korea remained the largest investor" names the investor. */
const COPULAS = new Set([
  'been',
  'is',
  'are',
  'was',
  'were',
  'remained',
  'remains',
  'became',
  'becomes',
  'ranked',
  'ranks',
  'stood',
  'stands',
]);

/** Prepositions before a place that receives the money ("in Vietnam", "into the province", "ODA for Vietnam", "a wind farm off Binh Thuan"). */
const TO_PREPS = new Set(['in', 'into', 'to', 'for', 'visited', 'across', 'tại', 'vào', 'thăm', 'off']);

/**
 * Vietnamese nouns of investors and their projects, which a country after them qualifies: the first word of
 * each by its second. Keyed by the word next to the name, a look-up of a token's own string spares building
 * the two-word string for every place named.
 */
const VIETNAMESE_INVESTOR_NOUNS = new Map([
  ['nghiệp', 'doanh'],
  ['tư', 'đầu'],
  ['án', 'dự'],
  ['fdi', 'vốn'],
]);

/** Prepositions before who the money comes from: "from Japan", Vietnamese "từ Nhật Bản". */
const FROM_PREPS = new Set(['from', 'từ']);

function wordAt(tokens: Token[], i: number): string {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.lower : '';
}

function isMark(tokens: Token[], i: number, mark: string): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'punct' && t.text === mark;
}

/** Whether token `j` opens an aside after a comma: ", a US firm,", ", for example,", ", meanwhile,". */
function opensAside(tokens: Token[], j: number): boolean {
  const w = wordAt(tokens, j);
  return (
    /^(a|an|the|meanwhile|however|too)$/.test(w) ||
    (w === 'for' && /^(example|instance)$/.test(wordAt(tokens, j + 1))) ||
    // "The city's hi-tech park, home to Intel's largest test plant, received".
    (w === 'home' && wordAt(tokens, j + 1) === 'to') ||
    // "Hon Hai Precision Industry Co., also known as Foxconn, said".
    (w === 'also' && wordAt(tokens, j + 1) === 'known')
  );
}

/** Index after an aside that follows a subject: "(JICA)", or ", Thailand's largest cement maker," when `aside`. */
function skipAside(tokens: Token[], j: number, end: number, aside: boolean): number {
  if (isMark(tokens, j, '(')) {
    for (let k = j + 1; k < Math.min(end, j + 10); k++) if (isMark(tokens, k, ')')) return k + 1;
  } else if (isMark(tokens, j, ',') && (aside || opensAside(tokens, j + 1))) {
    // ", a US chip packaging firm," or ", for example," anywhere; ", which absorbed … on July 1," only after a
    // clause's subject.
    for (let k = j + 1; k < Math.min(end, j + 22); k++) {
      // "…, which merged with Ha Nam on July 1, 2025, has": the comma inside a date does not close the aside.
      const inDate = /^[0-9]{1,2}$/.test(tokens[k - 1]!.text) && /^[0-9]{4}$/.test(tokens[k + 1]?.text ?? '');
      if (isMark(tokens, k, ',')) {
        // ", a Hillsboro, Ore.-based maker of test gear, will spend": a comma before a capital is inside a place
        // name; the clause after an aside goes on with its verb.
        if (inDate || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) continue;
        return k + 1;
      }
      // ", listed on the Stock Exchange of Thailand (SET),": a bracket may stand inside the aside.
      if (tokens[k]!.kind === 'punct' && !/^['’\-–().]$/.test(tokens[k]!.text)) break;
    }
  }
  return j;
}

/** Whether a loan is what the verb after token `j` takes: "secured a ¥20 billion syndicated loan". */
function loanAfter(tokens: Token[], j: number, end: number): boolean {
  for (let k = j + 1; k < Math.min(end, j + 30); k++) {
    const w = wordAt(tokens, k);
    if (/^(loan|loans|credit|financing|bond|bonds)$/.test(w)) return true;
    if (/^(for|to|which|that|while|and)$/.test(w)) return false;
  }
  return false;
}

/**
 * The index of "partner" in "and a local partner" at token `and`, an unnamed partner that belongs to the
 * subject before it ("Sojitz and a local partner plan to …"); -1 when no such partner follows.
 */
function unnamedPartnerEnd(tokens: Token[], and: number): number {
  if (!/^(a|an|its|their|local)$/.test(wordAt(tokens, and + 1))) return -1;
  for (let k = and + 1; k < and + 5; k++)
    if (/^(partner|partners|unit|subsidiary|affiliate)$/.test(wordAt(tokens, k))) return k;
  return -1;
}

/** Whether "investment" or "to invest" follows within a few words: "plans a further $1 billion investment". */
function investmentFollows(tokens: Token[], j: number, end: number): boolean {
  // "a NT$12.3 billion (US$383 million) investment": an amount and its conversion may stand between.
  for (let k = j; k < Math.min(end, j + 13); k++) {
    const w = wordAt(tokens, k);
    if (
      /^(investment|investments|expansion|expansions|plant|plants|factory|project|projects|loan|loans|port|terminal|facility|centre|center|complex|hub|park|township)$/.test(
        w,
      )
    )
      return true;
    // "announcing on Tuesday a plan to invest 12 billion baht".
    if (wordAt(tokens, k - 1) === 'to' && INVEST_VERBS.test(w)) return true;
  }
  return false;
}

/**
 * Whether what is signed from token `j` is itself a loan or an investment ("signed a EUR 80 million loan"), not
 * papers about one ("signed documents for yen loans", "signed an agreement with X to invest").
 */
function signsMoney(tokens: Token[], j: number, end: number): boolean {
  for (let k = j; k < Math.min(end, j + 9); k++) {
    const w = wordAt(tokens, k);
    if (/^(loan|loans|investment|investments|credit)$/.test(w)) return true;
    if (/^(for|with|to|on|of|documents|agreement|agreements|contract|contracts|memorandum|mou|deal)$/.test(w))
      return false;
  }
  return false;
}

/**
 * The verb of what a signed agreement commits its signer to ("signed a cooperation agreement with the Quang Ngai
 * People's Committee to develop a zone"), when it invests or builds; else null.
 */
function signedTo(tokens: Token[], j: number, end: number): string | null {
  for (let k = j; k < Math.min(end, j + 16); k++) {
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '-') return null;
    if (wordAt(tokens, k) !== 'to') continue;
    const verb = wordAt(tokens, k + 1);
    return INVEST_VERBS.test(verb) || GROWTH_VERBS.test(verb) ? verb : null;
  }
  return null;
}

/**
 * After "said", the invest verb of an "it/they would invest" clause, or null; "its board had approved a $1
 * billion investment" reads as investing too.
 */
function reportedInvestment(tokens: Token[], j: number, end: number): string | null {
  for (let k = j; k < Math.min(end, j + 8); k++) {
    const w = wordAt(tokens, k);
    if (w === 'its' && wordAt(tokens, k + 1) === 'board') k++;
    else if (w !== 'it' && w !== 'they') continue;
    for (let v = k + 1; v < Math.min(end, k + 5); v++) {
      const verb = wordAt(tokens, v);
      // "said it would build a €48 million plant": what a company builds, it invests in.
      if (INVEST_VERBS.test(verb) || GROWTH_VERBS.test(verb)) return verb;
      if (/^approv/.test(verb) && investmentFollows(tokens, v + 1, end)) return 'invest';
      // "said it had received an investment certificate for a $1.2bn plant": the caller knows who receives.
      if (/^(received|secured|obtained)$/.test(verb) && investmentFollows(tokens, v + 1, end)) return verb;
      if (!AUXILIARIES.has(verb) && verb !== 'would' && verb !== 'could') break;
    }
    return null;
  }
  return null;
}

/**
 * The main verb after a subject, skipping auxiliaries and an aside, lower-cased; null when none follows.
 * `opensClause`: the subject starts its clause, so ", an aside," after it may be skipped.
 */
function verbAfter(
  tokens: Token[],
  i: number,
  end: number,
  opensClause: boolean,
  joint = false,
): string | null {
  let j = i + 1;
  if (wordAt(tokens, j) === "'s" || wordAt(tokens, j) === '’s') {
    // "Hsinwei's board approved a capital injection": a company's board decides for the company.
    if (!/^(board|shareholders|directors)$/.test(wordAt(tokens, j + 1))) return null;
    j += 2;
  }
  while (DESIGNATORS.has(wordAt(tokens, j)) || SUBJECT_NOUNS.has(wordAt(tokens, j))) j++;
  // "Siam Cement Group (SCG), which entered Vietnam in 1992, has invested": a bracket, then an aside.
  j = skipAside(tokens, skipAside(tokens, j, end, opensClause), end, opensClause);
  // "…, and Central Retail, which has invested": the relative clause tells what the subject does.
  if (isMark(tokens, j, ',') && /^(which|who)$/.test(wordAt(tokens, j + 1))) j += 2;
  // "Central Retail Corporation of Thailand paid": where the subject is from, before its verb.
  if (wordAt(tokens, j) === 'of' && /^[A-Z]/.test(tokens[j + 1]?.text ?? '')) {
    j += 2;
    while (j < end && /^[A-Z]/.test(tokens[j]!.text) && tokens[j]!.kind === 'word') j++;
  }
  // "WHA Corporation PCL on June 3 broke ground", "KfW in September signed": a date between the subject and its verb.
  const dated =
    (wordAt(tokens, j) === 'on' && /^[0-9A-Z]/.test(tokens[j + 1]?.text ?? '')) ||
    (wordAt(tokens, j) === 'in' &&
      (isMonthName(wordAt(tokens, j + 1)) || /^[0-9]{4}$/.test(tokens[j + 1]?.text ?? '')));
  if (dated) {
    j += 2;
    while (j < end && tokens[j]!.kind !== 'punct' && /^[0-9]/.test(tokens[j]!.text)) j++;
  }
  let last: string | null = null;
  for (let n = 0; n < 7 && j < end; n++, j++) {
    const vi = VIETNAMESE_VERBS.get(wordAt(tokens, j));
    const viVerb = vi?.find(([second]) => second === '' || second === wordAt(tokens, j + 1));
    if (viVerb) return viVerb[1];
    const w = wordAt(tokens, j);
    if (!w) return possessive(last);
    if (INVEST_VERBS.test(w) || GROWTH_VERBS.test(w) || RANK_VERBS.test(w)) return w;
    if (w === 'home' && last !== null) return 'hosts';
    // "Hưng Yên grants licences to 12 FDI projects": the place that licenses receives.
    if (/^grant(s|ed|ing)?$/.test(w) && /^(licen|certific|investment)/.test(wordAt(tokens, j + 1)))
      return 'hosts';
    // "announced a plan to invest" before "announced it would invest".
    if (
      (ANNOUNCE_VERBS.test(w) || last === 'plans' || last === 'planned') &&
      investmentFollows(tokens, j, end)
    )
      return 'invest';
    if (SAY_VERBS.has(w)) return reportedInvestment(tokens, j + 1, end);
    // "KfW signed a EUR 80 million loan", "Toyota signed a $500 million investment deal": who signs pays.
    // "A and B signed an agreement to develop": a venture of both, no one investor.
    if (/^(sign|signs|signed|signing)$/.test(w))
      return joint ? null : signsMoney(tokens, j + 1, end) ? 'invest' : signedTo(tokens, j + 1, end);
    if (AUXILIARIES.has(w)) {
      last = w;
      continue;
    }
    // "Sojitz and a local partner plan to …": an unnamed partner belongs to the subject.
    const partner = w === 'and' ? unnamedPartnerEnd(tokens, j) : -1;
    if (partner >= 0) {
      j = partner;
      continue;
    }
    // "is in advanced talks to buy": the verb that matters follows the talks.
    if (w === 'in') {
      let k = j + 1;
      while (k < j + 3 && wordAt(tokens, k) !== 'talks') k++;
      if (wordAt(tokens, k) === 'talks' && wordAt(tokens, k + 1) === 'to') {
        last = 'to';
        j = k + 1;
        continue;
      }
    }
    if (HOST_VERBS.test(w)) return w;
    // "plans to invest", "has decided to pour": the verb that matters comes after "to", also past a date
    // ("agreed on November 12 to provide") or an event held for it ("held a ceremony to grant").
    let to = j + 1;
    if (
      /^(held|holds|organised|organized|hosted)$/.test(w) &&
      /^(ceremony|conference|meeting|event)$/.test(wordAt(tokens, j + 2))
    )
      to = j + 3;
    if (wordAt(tokens, to) === 'on' && isMonthName(wordAt(tokens, to + 1))) {
      to += 2;
      while (to < end && tokens[to]!.kind === 'num') to++;
    }
    // "reaffirmed plans to invest", "announced its plan to build".
    if (
      /^(plan|plans)$/.test(wordAt(tokens, to)) ||
      (wordAt(tokens, to) === 'its' && /^plans?$/.test(wordAt(tokens, to + 1)))
    )
      to += wordAt(tokens, to) === 'its' ? 2 : 1;
    if (wordAt(tokens, to) === 'to') {
      last = 'to';
      j = to;
      continue;
    }
    // "has agreed", "has been": "has" was an auxiliary, not possession.
    if ((last === 'has' || last === 'have' || last === 'had') && (w.endsWith('ed') || w.endsWith('en')))
      return null;
    return possessive(last);
  }
  return possessive(last);
}

/** Nouns that make a ranked subject the investor ("the largest investor", "the biggest ODA donor"). */
const RANK_NOUNS = new Set([
  'investor',
  'investors',
  'donor',
  'donors',
  'lender',
  'lenders',
  'partner',
  'provider',
  'providers',
  'source',
]);

/** Nouns after a flow noun that make the possessor where the flow goes: "the country's top FDI destination". */
const DESTINATIONS = /^(destination|destinations|recipient|recipients|magnet|hotspot)$/;

/** "South Korea remained the largest foreign investor", "Japan is the second biggest investor". */
function isInvestorByRank(tokens: Token[], i: number, end: number): boolean {
  let j = i + 1;
  while (DESIGNATORS.has(wordAt(tokens, j))) j++;
  // "Singapore has been the largest source of FDI".
  if (/^(has|have|had)$/.test(wordAt(tokens, j)) && wordAt(tokens, j + 1) === 'been') j++;
  if (!COPULAS.has(wordAt(tokens, j))) return false;
  // "Japan was the city's third largest foreign investor".
  for (let k = j + 1; k < Math.min(end, j + 9); k++) {
    const w = wordAt(tokens, k);
    if (RANK_NOUNS.has(w)) return true;
    if (!w) return false;
  }
  return false;
}

/** "has the largest number of…": "has" as a main verb makes its subject the holder, "is" does not. */
function possessive(verb: string | null): string | null {
  return verb === 'has' || verb === 'have' || verb === 'had' ? verb : null;
}

/** The flow noun a possessive owns, over a few adjectives ("Japan's foreign direct investment"), or null. */
function flowAfterPossessive(tokens: Token[], j: number): string | null {
  for (let k = j; k < j + 4; k++) {
    const w = wordAt(tokens, k);
    // "Vietnam's largest ODA provider": the rank noun after the flow noun decides.
    // "the country's top FDI destination": where the flow goes.
    if (FLOW_NOUNS.has(w) || RANK_NOUNS.has(w)) {
      const next = wordAt(tokens, k + 1);
      return RANK_NOUNS.has(next) ? next : DESTINATIONS.test(next) ? 'destination' : w;
    }
    // "Vietnam's fourth-largest foreign investor".
    if (
      !FLOW_ADJECTIVES.has(w) &&
      !/^([a-z]+-)?(largest|biggest|leading|top|major|main|first|second|third)$/.test(w)
    )
      return null;
  }
  return null;
}

/** Words of a body that reports statistics rather than receiving money. */
const REPORTERS = new Set(['ministry', 'agency', 'department', 'office', 'statistics']);

/** Whether the candidate's reference is a ministry, an agency or "the ministry". */
function isReporter(tokens: Token[], ctx: SentenceContext, c: Candidate): boolean {
  const r = ctx.references.find((x) => x.first === c.at && x.ref === c.ref);
  if (!r || r.type !== 'ORG') return false;
  for (let k = r.first; k <= r.last; k++) if (REPORTERS.has(wordAt(tokens, k))) return true;
  return false;
}

/** Candidate role of one reference, with a priority (higher wins). */
export interface Candidate {
  ref: string;
  /** A holder ("Japan had 5,740 projects in Vietnam") invests when a place receives, else it receives. */
  role: 'investor' | 'recipient' | 'holder';
  priority: number;
  at: number;
  /** Found as the subject of a verb, so it governs only figures after it. */
  subject?: true;
}

/** Nouns of companies, which a place or body before them invests through ("Kumamoto food companies"). */
export const COMPANY_NOUNS = new Set(['companies', 'enterprises', 'firms', 'businesses', 'investors']);

/** Token ranges [from, to) of "according to …" phrases up to their comma: who reports, not who invests. */
function sourcePhrases(tokens: Token[], ctx: SentenceContext): [number, number][] {
  const out: [number, number][] = [];
  for (let j = ctx.first; j + 1 < ctx.end; j++) {
    if (wordAt(tokens, j) !== 'according' || wordAt(tokens, j + 1) !== 'to') continue;
    let k = j + 2;
    while (k < ctx.end && !isMark(tokens, k, ',')) k++;
    out.push([j, k]);
    j = k;
  }
  return out;
}

/** Words that may stand before a place: "in northern Vietnam's Bac Ninh province", "in neighbouring Laos". */
const PLACE_ADJECTIVES =
  /^(northern|southern|central|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|southwestern|neighbouring|neighboring|enlarged|expanded|merged|new|former)$/;

/** The country of "Vietnam's Bac Ninh" or "Vietnam's southern Dong Nai", which only says where the place lies. */
function qualifiesPlace(tokens: Token[], refs: Reference[], r: Reference): boolean {
  if (!r.country || r.kind !== 'name' || !/^['’]s$/.test(wordAt(tokens, r.last + 1))) return false;
  const at = PLACE_ADJECTIVES.test(wordAt(tokens, r.last + 2)) ? r.last + 3 : r.last + 2;
  return refs.some((p) => p.first === at && p.type === 'PLACE' && !p.country);
}

/** First token of the phrase naming a place, over a country qualifying it and adjectives before either. */
function phraseStart(tokens: Token[], refs: Reference[], r: Reference): number {
  const named = PLACE_ADJECTIVES.test(wordAt(tokens, r.first - 1)) ? r.first - 1 : r.first;
  const country = refs.find((c) => c.last === named - 2 && qualifiesPlace(tokens, refs, c));
  const start = country ? country.first : named;
  return PLACE_ADJECTIVES.test(wordAt(tokens, start - 1)) ? start - 1 : start;
}

/**
 * Whether a nationality word or a country is one of a list of them ("Japanese, Taiwanese and Singaporean
 * investors", "from Japan, South Korea and the U.S."): money of several, none of them alone.
 */
function inCountryList(tokens: Token[], refs: Reference[], r: Reference): boolean {
  const joined = (a: Reference, b: Reference): boolean =>
    a.country &&
    b.country &&
    a.kind === b.kind &&
    b.first - a.last <= 4 &&
    tokens.slice(a.last + 1, b.first).every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'the');
  const i = refs.indexOf(r);
  return (i > 0 && joined(refs[i - 1]!, r)) || (i + 1 < refs.length && joined(r, refs[i + 1]!));
}

/**
 * Whether a name opens its clause after words describing it ("German development bank KfW agreed", "In the
 * south, the Danish toymaker Lego Group is completing", "Rotterdam-based Van Leeuwen said"), so it is the subject.
 */
function describedSubject(tokens: Token[], ctx: SentenceContext, r: Reference): boolean {
  let k = r.first - 1;
  while (
    k >= ctx.first &&
    r.first - k <= 4 &&
    (/^(the|a|an)$/.test(tokens[k]!.lower) ||
      SUBJECT_NOUNS.has(tokens[k]!.lower) ||
      /(maker|-based|-headquartered)$/.test(tokens[k]!.lower) ||
      (tokens[k]!.text !== tokens[k]!.lower &&
        ctx.references.some((d) => d.kind === 'demonym' && d.first === k)))
  )
    k--;
  if (k === r.first - 1) return false;
  // An opening phrase closed by a comma ("In the south,") may come before the description.
  return k < ctx.first || (isMark(tokens, k, ',') && k - ctx.first <= 5);
}

/**
 * Whether an organisation is what a deal buys into: after "stake in", "% of", "per cent of" or "round for",
 * past a description of it ("a 35% stake in Vietnamese port operator Sao Mai Logistics").
 */
function isDealTarget(tokens: Token[], r: Reference): boolean {
  let k = r.first - 1;
  // Descriptive words may stand between ("port operator"), not another phrase ("firms surveyed by JETRO").
  while (
    k > r.first - 5 &&
    k >= 0 &&
    tokens[k]!.kind === 'word' &&
    !/^(in|of|for|by|with|from|at|to|on|and|or|that|which|who|as)$/.test(tokens[k]!.lower)
  )
    k--;
  const prep = wordAt(tokens, k);
  const before = tokens[k - 1];
  if (!before) return false;
  const lead = before.lower;
  return (
    (prep === 'in' && (lead === 'stake' || lead === 'stakes')) ||
    (prep === 'of' && (before.text === '%' || lead === 'cent' || lead === 'percent')) ||
    (prep === 'for' && lead === 'round')
  );
}

/** Whether "on" before token `start` ends a bet: "Moriyama bets ¥48bn on Ninh Binh" puts the money there. */
function betBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 2; k >= Math.max(0, start - 7); k--)
    if (/^(bet|bets|betting)$/.test(wordAt(tokens, k))) return true;
  return false;
}

/**
 * The role each reference of a sentence may play, read from the words around it: the same for all of the
 * sentence's figures ("… 1,200 projects worth $12 billion, up 5%"), so worked out once per sentence and
 * handed to `readRoles`.
 */
export function roleCandidates(tokens: Token[], ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  // "According to the Aichi Prefecture office in Hanoi, …": everything named there is the source.
  const sources = sourcePhrases(tokens, ctx);
  for (const r of ctx.references) {
    if (sources.some(([from, to]) => r.first >= from && r.first < to)) continue;
    // "in northern Vietnam's Quang Ninh Province": the country only says where the province is.
    if (qualifiesPlace(tokens, ctx.references, r)) continue;
    const start = phraseStart(tokens, ctx.references, r);
    const before = wordAt(tokens, start - 1);
    // "in the province", "in its Dong Nai plant": the preposition is before the determiner.
    const determined = /^(the|its|their|a|an)$/.test(before);
    // "trên địa bàn tỉnh" (in the province's territory) reads as "in".
    const prep = determined
      ? wordAt(tokens, start - 2)
      : before === 'bàn' && wordAt(tokens, start - 2) === 'địa'
        ? 'in'
        : before;
    const beforePrep = wordAt(tokens, determined ? start - 3 : start - 2);
    // "Data from the Foreign Investment Agency showed" names who reports the figure, not a party to it.
    if (prep === 'from' && SOURCE_NOUNS.has(beforePrep)) continue;
    // "Exports from Vietnam" are goods, not an investor's money.
    if (prep === 'from' && TRADE_NOUNS.has(beforePrep)) continue;
    // "POSCO, headquartered in Pohang," and "40 Korean enterprises in Seoul" say where companies sit at home,
    // not where their money goes (unlike "Japanese firms in Vietnam").
    // But "212 companies headquartered in Saitama", "31 firms based in the prefecture": where counted companies
    // come from.
    if (prep === 'in' && /^(headquartered|based|listed)$/.test(beforePrep)) {
      const noun = wordAt(tokens, (determined ? start - 3 : start - 2) - 1);
      if (COMPANY_NOUNS.has(noun) || noun === 'organizations' || noun === 'organisations')
        out.push({ ref: r.ref, role: 'investor', priority: 3, at: r.first });
      continue;
    }
    // "the Expo held in Nanning", "the Commission's delegation in Hanoi", "told reporters in Bangkok": where an
    // event, an office or a speaker is.
    if (
      prep === 'in' &&
      /^(held|hosted|delegation|office|offices|embassy|consulate|bureau|reporters|journalists|conference|speaking)$/.test(
        beforePrep,
      )
    )
      continue;
    // "a stake in Ho Chi Minh City-based lender X", "Kobe-based Sanyo": the place is the company's seat.
    const seat = /-(based|headquartered)$/;
    if (seat.test(wordAt(tokens, r.last)) || seat.test(wordAt(tokens, r.last + 1))) continue;
    if (prep === 'in' && COMPANY_NOUNS.has(beforePrep) && r.nation !== null) {
      const nationality = ctx.references.find((n) => n.kind === 'demonym' && n.last === r.first - 3);
      if (nationality?.ref === r.nation) continue;
    }
    // "a project funded by a JICA loan", "financed by the ADB": who pays.
    // "the €1.2bn pledged by the EU", "$300 million committed by Japan": who pledges pays too.
    if (
      prep === 'by' &&
      /^(funded|financed|backed|sponsored|bankrolled|pledged|committed|provided|granted|lent|invested|arranged|extended)$/.test(
        beforePrep,
      )
    ) {
      out.push({ ref: r.ref, role: 'investor', priority: 4, at: r.first });
      continue;
    }
    // "doanh nghiệp Trung Quốc" (Chinese enterprises), "nhà đầu tư Nhật Bản" (Japanese investors), "doanh
    // nghiệp Shizuoka" (Shizuoka enterprises): Vietnamese names where companies are from after the noun.
    if (r.type === 'PLACE' && VIETNAMESE_INVESTOR_NOUNS.get(before) === wordAt(tokens, r.first - 2)) {
      out.push({ ref: r.ref, role: 'investor', priority: 3, at: r.first });
      continue;
    }
    if (r.kind === 'demonym') {
      if (inCountryList(tokens, ctx.references, r)) continue;
      // "Japanese investment", "Japanese ODA projects", "Japanese official development assistance".
      for (let k = 1; k <= 3; k++) {
        const w = wordAt(tokens, r.last + k);
        if (!w || (k > 1 && w === 'capital')) break;
        if (FLOW_NOUNS.has(w)) {
          out.push({ ref: r.ref, role: 'investor', priority: 3, at: r.first });
          break;
        }
      }
      continue;
    }
    // "a 35% stake in port operator Sao Mai Logistics", "bought 70% of Gemadept's unit", "a funding round for
    // Ahamove": the company a deal buys into receives the money.
    if (r.type === 'ORG' && isDealTarget(tokens, r)) {
      out.push({ ref: r.ref, role: 'recipient', priority: 4, at: r.first });
      continue;
    }
    // "shift production away from China" names where money leaves, not who invests it; "a plot leased from
    // Tan Hiep Industrial Park" names who lets the land, "40 kilometres from Hanoi" how far a site is.
    if (
      FROM_PREPS.has(prep) &&
      !/^(away|leased|rented|sublet|bought|purchased|kilometres|kilometers|km|miles|minutes|hours)$/.test(
        beforePrep,
      )
    ) {
      // "most of them from Japan, South Korea and the U.S.": no one of them alone.
      if (!inCountryList(tokens, ctx.references, r))
        out.push({ ref: r.ref, role: 'investor', priority: 4, at: r.first });
    }
    // "dự án của Nhật Bản" (projects of Japan), "nhà máy của Công ty Hoshino": a country's or a company's.
    else if (prep === 'của' && (r.country || r.type === 'ORG'))
      out.push({ ref: r.ref, role: 'investor', priority: 3, at: r.first });
    // "second only to South Korea", "compared to Thailand": a comparison, not where money goes; "home to Intel's
    // largest plant" says who is there.
    else if (
      prep === 'to' &&
      /^(only|next|compared|relative|close|similar|second|equal|home)$/.test(beforePrep)
    )
      continue;
    else if (TO_PREPS.has(prep) || GIVE_VERBS.has(prep) || (prep === 'on' && betBefore(tokens, start)))
      out.push({ ref: r.ref, role: 'recipient', priority: 2, at: r.first });
    // "30% of the space of the Hoa Lac Hi-Tech Park" locates a share.
    else if (prep === 'of' && (r.park || DESIGNATORS.has(wordAt(tokens, r.first - 2))))
      out.push({ ref: r.ref, role: 'recipient', priority: 1, at: r.first });
    const next = wordAt(tokens, r.last + 1);
    const owned = next === "'s" || next === '’s' ? flowAfterPossessive(tokens, r.last + 2) : null;
    if (owned) {
      // "Japan's FDI" flows out of Japan; "the province's FDI" and "Vietnam's largest investor" flow in.
      // "Hue's foreign direct investment" is what foreigners put into Hue, and "the country's total FDI stock" what
      // they put into the country the article is about.
      const foreign = wordAt(tokens, r.last + 2) === 'foreign';
      const inflow =
        RANK_NOUNS.has(owned) ||
        owned === 'destination' ||
        ((owned === 'fdi' || foreign) && !r.country) ||
        (r.kind === 'anaphor' && (!r.country || owned === 'fdi'));
      out.push({ ref: r.ref, role: inflow ? 'recipient' : 'investor', priority: 4, at: r.first });
    } else if (
      r.type === 'ORG' &&
      (next === "'s" || next === '’s') &&
      /^(plant|plants|factory|factories|facility|facilities|expansion|project|projects)$/.test(
        wordAt(tokens, r.last + 2),
      )
    ) {
      // "a W450 billion expansion at Hanseong's factory": a company's plant is its investment.
      out.push({ ref: r.ref, role: 'investor', priority: 4, at: r.first });
    } else if (
      FLOW_NOUNS.has(next) ||
      next.endsWith('-invested') ||
      next.endsWith('-funded') ||
      COMPANY_NOUNS.has(wordAt(tokens, r.last + 2))
    ) {
      out.push({ ref: r.ref, role: 'investor', priority: 3, at: r.first });
    }
    // "signed an agreement with X to develop": a name after a preposition is no subject of the verb after it.
    // Not ", with WHA announcing a plan to invest", where "with" opens a clause of its own.
    const withClause = prep === 'with' && isMark(tokens, determined ? start - 3 : start - 2, ',');
    if (FROM_PREPS.has(prep) || TO_PREPS.has(prep) || /^(of|by|at|than|between)$/.test(prep)) continue;
    if (prep === 'with' && !withClause) {
      // "signed an agreement with the Quang Ngai People's Committee to develop a zone": the province hosts it.
      if (localityOf(r.ref) !== r.ref) out.push({ ref: r.ref, role: 'recipient', priority: 2, at: r.first });
      continue;
    }
    // "Shizuoka firms including Yamaha Motor have invested": a name given as an example is not the subject.
    if (before === 'including' || (before === 'as' && beforePrep === 'such')) continue;
    if (isInvestorByRank(tokens, r.last, ctx.end))
      out.push({ ref: r.ref, role: 'investor', priority: 5, at: r.first });
    // "Separately, POSCO Holdings, headquartered in Pohang, said…": an opening adverb and its comma come first.
    // "Mr Nam said Bac Ninh, which …, has": a reported clause opens after its verb.
    const opensClause =
      r.first === ctx.first ||
      SAY_VERBS.has(before) ||
      (r.first === ctx.first + 2 && isMark(tokens, ctx.first + 1, ',')) ||
      describedSubject(tokens, ctx, r);
    // "Sojitz and a local partner plan to put $1.2bn": a partner left unnamed leaves the named one investing.
    const joint =
      before === 'and' || (wordAt(tokens, r.last + 1) === 'and' && unnamedPartnerEnd(tokens, r.last + 1) < 0);
    const verb = verbAfter(tokens, r.last, ctx.end, opensClause, joint);
    // A company that receives a licence invests; a park that receives capital hosts it. "Singapore firm to
    // build …": a place named as a company's nationality acts for the company.
    const firm = r.type === 'PLACE' && isCompanyNoun(wordAt(tokens, r.last + 1));
    const company = (r.type === 'ORG' && !r.park) || firm;
    // "Moriyama had secured a ¥20 billion syndicated loan": a company that takes a loan borrows the money.
    const borrows =
      company &&
      /^(receiv|secur|obtain|took|take|sign|raise)/.test(verb ?? '') &&
      loanAfter(tokens, r.last, ctx.end);
    const role: Candidate['role'] | null = !verb
      ? null
      : borrows
        ? 'recipient'
        : GROWTH_VERBS.test(verb) || RANK_VERBS.test(verb)
          ? company || (r.country && RANK_VERBS.test(verb))
            ? 'investor'
            : 'recipient'
          : INVEST_VERBS.test(verb) || (company && /^(receiv|approv|secur|obtain)/.test(verb))
            ? 'investor'
            : possessive(verb)
              ? 'holder'
              : HOST_VERBS.test(verb)
                ? 'recipient'
                : null;
    // "a factory worth $1.4 billion, which Nexus Electronics will build": the subject of a relative clause.
    const relative =
      /^(which|that)$/.test(wordAt(tokens, r.first - 1)) ||
      /^(which|that)$/.test(wordAt(tokens, r.first - 3));
    if (role) out.push({ ref: r.ref, role, priority: 5, at: r.first, subject: !relative || undefined });
  }
  // A ministry or an agency reports figures; it never receives them ("the ministry's Foreign Investment Agency").
  return out.filter((c) => c.role !== 'recipient' || !isReporter(tokens, ctx, c));
}

/** How far a reference is from a figure; "invest $X … in Y" puts the place after it, so after counts less. */
function distance(from: number, at: number): number {
  return from > at ? (from - at) * 0.7 : at - from;
}

function best(
  list: Candidate[],
  role: Candidate['role'],
  at: number,
  exclude: string | null,
): Candidate | null {
  let pick: Candidate | null = null;
  for (const c of list) {
    if (c.role !== role || c.ref === exclude) continue;
    if (
      !pick ||
      c.priority > pick.priority ||
      (c.priority === pick.priority && distance(c.at, at) < distance(pick.at, at))
    ) {
      pick = c;
    }
  }
  return pick;
}

/** Words that, after a comma, start a clause about something else ("…, while twenty projects…"). */
const CLAUSE_WORDS = new Set(['while', 'whereas', 'meanwhile', 'but', 'where', 'and']);

/** Whether a present participle ("accounting", "making") stands within four words from `j`, before any mark. */
function participleWithin(tokens: Token[], j: number): boolean {
  for (let k = j; k < j + 4; k++) {
    const w = wordAt(tokens, k);
    if (!w) return false;
    if (w.length > 5 && w.endsWith('ing')) return true;
  }
  return false;
}

function isClauseBreak(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind === 'punct') return t.text === ';';
  if (tokens[j - 1]?.text !== ',') return false;
  // "…, of which Chinese investors accounted for 61%" is about a part, and so is "…, with Korean investors
  // accounting for 31%" (not "…, with a total capital exceeding $8 billion", which goes on about the subject).
  // "KfW, meanwhile, agreed": an adverb set off by commas is an aside inside the clause, not a new one.
  // "Dong Nai hosts 32 parks, and as of September 30 had attracted 1,982 projects": a verb with no subject of
  // its own goes on with the clause's subject.
  const next = wordAt(tokens, j + 1);
  if (
    t.lower === 'and' &&
    (next === 'as' || AUXILIARIES.has(next) || HOST_VERBS.test(next) || INVEST_VERBS.test(next))
  )
    return false;
  return (
    (CLAUSE_WORDS.has(t.lower) && tokens[j + 1]?.text !== ',') ||
    (t.lower === 'of' && tokens[j + 1]?.lower === 'which') ||
    // Vietnamese "…, trong đó dự án lớn nhất là …" (of which the largest project is …).
    (t.lower === 'trong' && tokens[j + 1]?.lower === 'đó') ||
    (t.lower === 'with' && /^[A-Z]/.test(tokens[j + 1]?.text ?? '') && participleWithin(tokens, j + 1))
  );
}

/** Token range [first, end) of the clause around token `at`. */
function clauseAround(tokens: Token[], ctx: SentenceContext, at: number): [number, number] {
  let first = at;
  while (first > ctx.first && !isClauseBreak(tokens, first)) first--;
  let end = at + 1;
  while (end < ctx.end && !isClauseBreak(tokens, end)) end++;
  return [first, end];
}

/**
 * "in a second estate in Vietnam, this time in the central province of Nghe An": when a country receives and
 * a place of that country follows it as receiving, the money goes to that place. Not when another number
 * stands between ("150 firms operate in Vietnam, 18 of them in Dong Nai"): that place is a part's.
 */
function placeWithin(
  tokens: Token[],
  ctx: SentenceContext,
  list: Candidate[],
  country: Candidate | null,
): string | null {
  // The very mention chosen: "opened a mall in Vietnam in Hue, plans to invest … in the country" goes to the country.
  if (!country || !ctx.references.some((r) => r.first === country.at && r.ref === country.ref && r.country))
    return null;
  const recipient = country.ref;
  for (const c of list) {
    if (c.role !== 'recipient' || c.at <= country.at) continue;
    const place = ctx.references.find((r) => r.first === c.at && r.ref === c.ref);
    if (!place || place.country || place.nation !== recipient) continue;
    if (!numberBetween(tokens, country.at, c.at)) return c.ref;
  }
  return null;
}

/** Whether a number stands between token indices `a` and `b` (exclusive). */
function numberBetween(tokens: Token[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (tokens[j]!.kind === 'num') return true;
  return false;
}

/**
 * "a mission of 45 companies to Hanoi and Da Nang": money sent to two places of one country at once goes to
 * no one of them but to their country; null when the recipient chosen is not in such a pair.
 */
function bothPlaces(tokens: Token[], ctx: SentenceContext, chosen: Candidate | null): string | null {
  if (!chosen) return null;
  const i = ctx.references.findIndex((r) => r.first === chosen.at && r.ref === chosen.ref);
  const r = ctx.references[i];
  return r && (isPlacePair(tokens, r, ctx.references[i + 1]) || isPlacePair(tokens, ctx.references[i - 1], r))
    ? r.nation
    : null;
}

/** Whether two references are "A and B", two places of one country. */
function isPlacePair(tokens: Token[], a: Reference | undefined, b: Reference | undefined): boolean {
  return (
    !!a &&
    !!b &&
    !a.country &&
    !b.country &&
    a.nation !== null &&
    a.nation === b.nation &&
    a.ref !== b.ref &&
    b.first === a.last + 2 &&
    wordAt(tokens, a.last + 1) === 'and'
  );
}

/**
 * Reads who invests and where from the clause around a figure: "from Japan", "Japan's ODA", "Japanese
 * investment" and the subject of "invest" name the investor; "in Vietnam", "ODA for Vietnam" and the subject
 * of "attract"/"host"/"has" name the recipient. `own` are the references inside the figure itself
 * ("27 Kanagawa enterprises"), which outrank the sentence. `population`: the figure counts residents, so a
 * subject that "has" them is where they live. `home`: the country the article is about, whose holdings are
 * received and any other country's invested. `sentence`: `roleCandidates` of `ctx`, when the caller has them.
 */
export function readRoles(
  tokens: Token[],
  ctx: SentenceContext,
  at: number,
  own: Reference[],
  population = false,
  home: string | null = null,
  sentence: readonly Candidate[] = roleCandidates(tokens, ctx),
): Roles {
  const [first, end] = clauseAround(tokens, ctx, at);
  const list: Candidate[] = [];
  for (const c of sentence) {
    // "The Thai investor spent THB 6 billion, Vingroup raised USD1.5bn": a subject's verb governs what follows it.
    if (c.at < first || c.at >= end || (c.subject && c.at > at)) continue;
    // Holders are copied before their role is settled: the sentence's candidates serve its other figures too.
    list.push(c.role === 'holder' ? { ...c } : c);
  }
  // A holder of a population is where it lives; a holder of projects invests when a place receives them.
  for (const c of list) {
    if (c.role !== 'holder') continue;
    // "The province has 86 projects …, ranking second in the locality": the place it is in is itself.
    const placed = list.some((r) => r.role === 'recipient' && r.ref !== c.ref);
    // "Thailand had 720 valid projects" in an article about Vietnam: a foreign country holds them there.
    const abroad =
      home !== null &&
      c.ref !== home &&
      ctx.references.some((r) => r.first === c.at && r.ref === c.ref && r.country && r.kind === 'name');
    c.role = !population && (placed || abroad) ? 'investor' : 'recipient';
  }
  const investor = own[0]?.ref ?? best(list, 'investor', at, null)?.ref ?? null;
  const chosen = best(list, 'recipient', at, investor);
  const place =
    placeWithin(tokens, ctx, list, chosen) ?? bothPlaces(tokens, ctx, chosen) ?? chosen?.ref ?? null;
  // A people's committee that receives money (licenses a project, signs for a zone) stands for its locality.
  return { investor, recipient: place && localityOf(place) };
}
