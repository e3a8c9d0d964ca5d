import { describe, expect, it } from 'vitest';
import { buildContexts } from './context';
import { readRoles, roleCandidates } from './roles';
import { splitSentences } from './sentences';
import { mentionsOf, testLookup } from './test-mentions';
import { tokenize } from './tokens';

const lookup = testLookup;

/** Roles for the figure starting at `figure` in a one-sentence text. */
function roles(text: string, figure: string, names: Parameters<typeof mentionsOf>[1]) {
  const tokens = tokenize(text);
  const [ctx] = buildContexts(tokens, splitSentences(text), mentionsOf(text, names), lookup);
  const at = tokens.findIndex((t) => t.start === text.indexOf(figure));
  return readRoles(tokens, ctx!, at, []);
}

const places: Parameters<typeof mentionsOf>[1] = [
  ['Japan', 'PLACE', 'japan'],
  ['Vietnam', 'PLACE', 'vietnam'],
  ['Hanoi', 'PLACE', 'hanoi'],
  ['Rayong', 'PLACE', 'rayong'],
];

describe('readRoles', () => {
  it('takes the subject of "invest" as investor and "in X" as recipient', () => {
    expect(roles('Japan had invested $5 billion in Vietnam.', '$5', places)).toEqual({
      investor: 'japan',
      recipient: 'vietnam',
    });
  });

  it('does not take the source of a statistic ("according to X") as its recipient', () => {
    const names: Parameters<typeof mentionsOf>[1] = [['Ministry of Planning and Investment', 'ORG', 'mpi']];
    expect(
      roles(
        'According to the Ministry of Planning and Investment, FDI disbursed in two months reached $2.58 billion.',
        '$2.58',
        names,
      ),
    ).toEqual({ investor: null, recipient: null });
    expect(roles('According to Hanoi, investment into Vietnam reached $3 billion.', '$3', places)).toEqual({
      investor: null,
      recipient: 'vietnam',
    });
  });

  it('takes the subject of "attract" as recipient and "from X" as investor', () => {
    expect(roles('Hanoi attracted $2 billion from Japan.', '$2', places)).toEqual({
      investor: 'japan',
      recipient: 'hanoi',
    });
  });

  it('reads possessives and nationality adjectives before investment words', () => {
    expect(roles("Japan's ODA for Vietnam rose 5%.", '5', places)).toEqual({
      investor: 'japan',
      recipient: 'vietnam',
    });
    expect(roles('Thai investment in Hanoi hit $1 billion.', '$1', places)).toEqual({
      investor: 'thailand',
      recipient: 'hanoi',
    });
  });

  it('does not take a copula subject as recipient or a listed country as investor', () => {
    expect(roles('Japan is a market worth $3 billion.', '$3', places)).toEqual({
      investor: null,
      recipient: null,
    });
    expect(
      roles('Firms from other countries, including Japan, will invest $4 billion.', '$4', places),
    ).toEqual({
      investor: null,
      recipient: null,
    });
  });

  it('takes the place a delegation visited as the recipient', () => {
    expect(roles('Delegations from Japan visited Rayong with $9 million.', '$9', places)).toEqual({
      investor: 'japan',
      recipient: 'rayong',
    });
  });
});

describe('readRoles with longer verb groups', () => {
  it('looks past "plans to" and "has decided to" for the verb that matters', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ...places,
      ['LG Display', 'ORG', 'lg-display'],
      ['Hai Phong', 'PLACE', 'hai-phong'],
    ];
    expect(roles('LG Display has decided to invest $1 billion in Hai Phong.', '$1', names)).toEqual({
      investor: 'lg-display',
      recipient: 'hai-phong',
    });
    expect(roles('Hanoi has agreed with partners on $2 billion.', '$2', names)).toEqual({
      investor: null,
      recipient: null,
    });
  });
});

describe('readRoles on subjects that invest in other words', () => {
  // Longer names first: a name inside another ("Japan" in "Japan International ...") must not win.
  const names: Parameters<typeof mentionsOf>[1] = [
    ['LG Electronics', 'ORG', 'lg'],
    ['Samsung Display', 'ORG', 'samsung-display'],
    ['Samsung', 'ORG', 'samsung'],
    ['SCG', 'ORG', 'scg'],
    ['Thailand', 'PLACE', 'thailand'],
    ['Amata Corporation', 'ORG', 'amata'],
    ['Bosch', 'ORG', 'bosch'],
    ['Hai Phong', 'PLACE', 'hai-phong'],
    ['Bac Ninh', 'PLACE', 'bac-ninh'],
    ['Dong Nai', 'PLACE', 'dong-nai'],
    ['Quang Ninh', 'PLACE', 'quang-ninh'],
    ['Foreign Investment Agency', 'ORG', 'fia'],
    ['Japan International Cooperation Agency', 'ORG', 'jica'],
    ['JICA', 'ORG', 'jica'],
    ...places,
  ];
  const read = (text: string, figure: string) => roles(text, figure, names);

  it('takes a company that plans, adds or expands capital as the investor', () => {
    expect(read('LG Electronics plans a further US$1 billion investment in Hai Phong.', 'US$1')).toEqual({
      investor: 'lg',
      recipient: 'hai-phong',
    });
    expect(
      read('Samsung Display alone added $1.8 billion to its Bac Ninh facility last year.', '$1.8'),
    ).toEqual({
      investor: 'samsung-display',
      recipient: 'bac-ninh',
    });
    expect(
      read('Bosch, a German engineering firm, opened a $1.6 billion plant in Dong Nai.', '$1.6'),
    ).toEqual({
      investor: 'bosch',
      recipient: 'dong-nai',
    });
    // All of "according to …" is the source; "Bac Ninh food companies" invest.
    expect(read('According to the Hanoi office of JICA, some 140 firms operate in Vietnam.', '140')).toEqual({
      investor: null,
      recipient: 'vietnam',
    });
    expect(read('Bac Ninh food companies plan investment of $3 million in Hanoi.', '$3')).toEqual({
      investor: 'bac-ninh',
      recipient: 'hanoi',
    });
    expect(read("Samsung's exports from Vietnam reached $55 billion.", '$55')).toEqual({
      investor: null,
      recipient: null,
    });
    // A holder is not the investor of a place that is itself.
    expect(read('Bac Ninh has projects worth $2 billion, ranking first in Bac Ninh.', '$2')).toEqual({
      investor: null,
      recipient: 'bac-ninh',
    });
    // A subject governs the figures after its verb, not one before it.
    expect(read('The Thai investor spent THB 6 billion, Bosch raised $1 billion.', 'THB')).toEqual({
      investor: 'thailand',
      recipient: null,
    });
    // A place that adds projects receives them.
    expect(read('Hanoi added 50 projects in May.', '50')).toEqual({ investor: null, recipient: 'hanoi' });
  });

  it('reads past an aside between the subject and its verb, and "said it would invest"', () => {
    expect(
      read(
        "SCG, Thailand's largest cement maker, has invested more than 5 billion USD in Vietnam.",
        '5 billion',
      ),
    ).toEqual({ investor: 'scg', recipient: 'vietnam' });
    expect(
      read('Amata Corporation said on Monday it would invest about 12 billion baht in Vietnam.', '12'),
    ).toEqual({ investor: 'amata', recipient: 'vietnam' });
    expect(
      read(
        'The Japan International Cooperation Agency (JICA) has provided Quang Ninh with loans of JPY 30 billion.',
        'JPY',
      ),
    ).toEqual({ investor: 'jica', recipient: 'quang-ninh' });
  });

  it('reads "X\'s foreign direct investment" and "X\'s total investment" as X investing', () => {
    expect(
      read(
        "Japan's foreign direct investment in Vietnam reached 2.8 billion USD, data from the Foreign Investment Agency showed.",
        '2.8',
      ),
    ).toEqual({ investor: 'japan', recipient: 'vietnam' });
    expect(
      read("Japan is Vietnam's largest ODA provider, having extended about 2.9 trillion yen.", '2.9'),
    ).toEqual({
      investor: 'japan',
      recipient: 'vietnam',
    });
    expect(read("Samsung's total investment in Vietnam has exceeded 23 billion USD.", '23')).toEqual({
      investor: 'samsung',
      recipient: 'vietnam',
    });
  });

  it("takes a province's FDI as what the province receives, not what it invests", () => {
    expect(
      read(
        "Japanese companies have invested in 23 projects in Quang Ninh, accounting for 12 percent of the province's FDI.",
        '23',
      ),
    ).toEqual({ investor: 'japan', recipient: 'quang-ninh' });
  });

  it('finds the place in "its Dong Nai plant" and in "has been home to"', () => {
    expect(read('Bosch has invested 240 million euros in its Dong Nai plant.', '240')).toEqual({
      investor: 'bosch',
      recipient: 'dong-nai',
    });
    expect(read('Since 2020, Bac Ninh has been home to 2,500 FDI projects.', '2,500')).toEqual({
      investor: null,
      recipient: 'bac-ninh',
    });
  });
});

describe('readRoles on rankings, relative clauses and described subjects', () => {
  const names: Parameters<typeof mentionsOf>[1] = [
    ['Nexus Electronics', 'ORG', 'nexus'],
    ['Hanwha Aerospace', 'ORG', 'hanwha-aerospace'],
    ['Meiko Electronics', 'ORG', 'meiko'],
    ['Singapore', 'PLACE', 'singapore'],
    ['KfW', 'ORG', 'kfw'],
    ['Germany', 'PLACE', 'germany'],
    ['Aeon', 'ORG', 'aeon'],
    ['Bac Ninh', 'PLACE', 'bac-ninh'],
    ...places,
  ];
  const read = (text: string, figure: string) => roles(text, figure, names);

  it('takes the country that leads a ranking as the investor, and the subject of "which … will build"', () => {
    expect(read('Among investors in Vietnam, Singapore led with nearly 4.2 billion USD.', '4.2')).toEqual({
      investor: 'singapore',
      recipient: 'vietnam',
    });
    expect(
      read(
        'A factory worth $1.4 billion in Bac Ninh, which Nexus Electronics will build, was licensed.',
        '$1.4',
      ),
    ).toEqual({ investor: 'nexus', recipient: 'bac-ninh' });
    expect(read('Singapore has been the largest source of FDI in Vietnam, with $84 billion.', '$84')).toEqual(
      {
        investor: 'singapore',
        recipient: 'vietnam',
      },
    );
  });

  it('reads past words describing the subject, time words and "which said"', () => {
    expect(
      read("Germany's KfW development bank said separately it would lend 120 million euros.", '120'),
    ).toEqual({
      investor: 'kfw',
      recipient: null,
    });
    expect(
      read('Hanwha Aerospace last month broke ground on a $100 million plant in Hanoi.', '$100'),
    ).toEqual({
      investor: 'hanwha-aerospace',
      recipient: 'hanoi',
    });
    expect(
      read(
        'Growth came from Aeon, the retail group, which said it would spend 50 billion yen in Vietnam.',
        '50',
      ),
    ).toEqual({ investor: 'aeon', recipient: 'vietnam' });
    expect(
      read('Meiko Electronics received a certificate for a $2 billion factory in Bac Ninh.', '$2'),
    ).toEqual({
      investor: 'meiko',
      recipient: 'bac-ninh',
    });
  });
});

describe('readRoles in Vietnamese', () => {
  it('reads "tại" as where the money goes and "từ" as where it comes from', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Nhật Bản', 'PLACE', 'japan'],
      ['Đà Nẵng', 'PLACE', 'da-nang'],
    ];
    expect(roles('Có 265 dự án từ Nhật Bản tại Đà Nẵng.', '265', names)).toEqual({
      investor: 'japan',
      recipient: 'da-nang',
    });
  });

  it('reads the subjects of "thu hút", "có" and "đầu tư", past "đã", "trên địa bàn" as "in", "của" as whose', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Hưng Yên', 'PLACE', 'hung-yen'],
      ['Nhật Bản', 'PLACE', 'japan'],
    ];
    const read = (text: string, figure: string) => roles(text, figure, names);
    expect(read('Hưng Yên đã thu hút 86 dự án FDI mới.', '86')).toEqual({
      investor: null,
      recipient: 'hung-yen',
    });
    expect(read('Hưng Yên có 1.154 dự án còn hiệu lực.', '1.154')).toEqual({
      investor: null,
      recipient: 'hung-yen',
    });
    expect(read('Nhật Bản đã đầu tư 4,9 tỷ USD vào Hưng Yên.', '4,9')).toEqual({
      investor: 'japan',
      recipient: 'hung-yen',
    });
    expect(read('Lũy kế, trên địa bàn Hưng Yên có 236 dự án của Nhật Bản.', '236')).toEqual({
      investor: 'japan',
      recipient: 'hung-yen',
    });
  });
});

describe('readRoles on registrations, plans and relative clauses', () => {
  const names: Parameters<typeof mentionsOf>[1] = [
    ['Central Retail', 'ORG', 'central-retail'],
    ['Kyushu Electric', 'ORG', 'kyushu-electric'],
    ['WHA', 'ORG', 'wha'],
    ['Singapore', 'PLACE', 'singapore'],
    ...places,
  ];
  const read = (text: string, figure: string) => roles(text, figure, names);

  it('reads "X registered $Y", "X is studying a $Y project", ", which has invested" and a date before the verb', () => {
    expect(read('Singapore registered $3.1bn of investment in Vietnam.', '$3.1')).toEqual({
      investor: 'singapore',
      recipient: 'vietnam',
    });
    expect(read('Kyushu Electric is studying a 500 million yen project in Hanoi.', '500')).toEqual({
      investor: 'kyushu-electric',
      recipient: 'hanoi',
    });
    expect(
      read(
        'Investors include Japan and Central Retail, which has invested 30 trillion dong in Vietnam.',
        '30',
      ),
    ).toEqual({
      investor: 'central-retail',
      recipient: 'vietnam',
    });
    expect(read('WHA on June 3 broke ground on the VND3.3 trillion park in Hanoi.', 'VND3.3')).toEqual({
      investor: 'wha',
      recipient: 'hanoi',
    });
    // A country that plans to attract money receives it.
    expect(read('Vietnam plans to attract $5 billion.', '$5')).toEqual({
      investor: null,
      recipient: 'vietnam',
    });
  });

  it('reads buyers, earmarking and approving companies as investors, and "away from" as no investor', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Kirin Holdings', 'ORG', 'kirin-holdings'],
      ['Saigon Beverage', 'ORG', 'saigon-beverage'],
      ['Siam Estates', 'ORG', 'siam-estates'],
      ['Thailand', 'PLACE', 'thailand'],
      ['Tokyo Stock Exchange', 'ORG', 'tokyo-stock-exchange'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['Lotus Components', 'ORG', 'lotus-components'],
      ['China', 'PLACE', 'china'],
      ...places,
    ];
    const read = (text: string, figure: string) => roles(text, figure, names);
    expect(
      read('Kirin Holdings has agreed to acquire a 40% stake in Saigon Beverage for $90 million.', '$90'),
    ).toEqual({ investor: 'kirin-holdings', recipient: 'saigon-beverage' });
    expect(read('Siam Estates of Thailand paid $45 million for land in Bac Ninh.', '$45')).toEqual({
      investor: 'siam-estates',
      recipient: 'bac-ninh',
    });
    expect(
      read(
        'Kirin Holdings, listed on the Tokyo Stock Exchange (TSE), has approved $60 million for Hanoi.',
        '$60',
      ),
    ).toEqual({ investor: 'kirin-holdings', recipient: 'hanoi' });
    expect(read('Siam Estates is earmarking $20 million for a park in Bac Ninh.', '$20')).toEqual({
      investor: 'siam-estates',
      recipient: 'bac-ninh',
    });
    expect(
      read(
        'Lotus Components yesterday said its board had approved a $70 million investment in Vietnam, as it moves work away from China.',
        '$70',
      ),
    ).toEqual({ investor: 'lotus-components', recipient: 'vietnam' });
  });

  it('reads Vietnamese nationality after its noun, "cam kết", "đăng ký" and "trao giấy chứng nhận"', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Nhật Bản', 'PLACE', 'japan'],
      ['Đà Nẵng', 'PLACE', 'da-nang'],
      ['Tập đoàn Sakura', 'ORG', 'sakura'],
      ['KCN Hòa Khánh', 'ORG', 'hoa-khanh-industrial-park'],
    ];
    const read = (text: string, figure: string) => roles(text, figure, names);
    expect(read('Hội nghị tại Đà Nẵng đón 200 doanh nghiệp Nhật Bản tham dự.', '200')).toEqual({
      investor: 'japan',
      recipient: 'da-nang',
    });
    expect(read('Tập đoàn Sakura cam kết rót 45 triệu USD vào KCN Hòa Khánh.', '45')).toEqual({
      investor: 'sakura',
      recipient: 'hoa-khanh-industrial-park',
    });
    expect(read('Tập đoàn Sakura đăng ký 900 tỷ đồng tại Đà Nẵng.', '900')).toEqual({
      investor: 'sakura',
      recipient: 'da-nang',
    });
    expect(read('Đà Nẵng đã trao giấy chứng nhận cho 7 dự án.', '7')).toEqual({
      investor: null,
      recipient: 'da-nang',
    });
  });

  it('reads "funded by" as who pays, and a company\'s seat as no recipient', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Asian Development Bank', 'ORG', 'adb'],
      ['Can Tho', 'PLACE', 'can-tho'],
      ['Hanwha Energy', 'ORG', 'hanwha-energy'],
      ['Seoul', 'PLACE', 'seoul'],
      ['Quang Tri', 'PLACE', 'quang-tri'],
    ];
    const read = (text: string, figure: string) => roles(text, figure, names);
    expect(
      read(
        'A flood project in Can Tho, funded by an Asian Development Bank loan of $96 million, began.',
        '$96',
      ),
    ).toEqual({
      investor: 'adb',
      recipient: 'can-tho',
    });
    expect(
      read(
        'Meanwhile, Hanwha Energy, headquartered in Seoul, said it had committed $310 million to a solar farm in Quang Tri.',
        '$310',
      ),
    ).toEqual({ investor: 'hanwha-energy', recipient: 'quang-tri' });
  });

  it('keeps a "with X -ing" clause, a list of nationalities and a province\'s foreign investment apart', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Long An', 'PLACE', 'long-an'],
      ['Hue', 'PLACE', 'hue'],
      ['Japan', 'PLACE', 'japan'],
    ];
    const read = (text: string, figure: string) => roles(text, figure, names);
    expect(
      read(
        'Long An drew $2.2 billion in foreign investment, with Japanese investors accounting for 40% of it.',
        '$2.2',
      ),
    ).toEqual({ investor: null, recipient: 'long-an' });
    expect(
      read('Long An secured pledges of $900 million from Japanese, Thai and Korean investors.', '$900'),
    ).toEqual({
      investor: null,
      recipient: 'long-an',
    });
    expect(read("Japan accounted for 31% of Hue's foreign direct investment.", '31%')).toEqual({
      investor: 'japan',
      recipient: 'hue',
    });
  });

  it('does not take where companies sit at home ("Japanese firms in Osaka") as where their money goes', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Osaka', 'PLACE', 'osaka'],
      ['Quang Ninh', 'PLACE', 'quang-ninh'],
    ];
    expect(roles('Quang Ninh officials met 25 Japanese firms in Osaka.', '25', names)).toEqual({
      investor: 'japan',
      recipient: null,
    });
    expect(roles('There are 25 Japanese firms in Quang Ninh.', '25', names)).toEqual({
      investor: 'japan',
      recipient: 'quang-ninh',
    });
  });

  it('takes the province over the country that locates it ("in northern Vietnam\'s Bac Ninh province")', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Canon', 'ORG', 'canon'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ];
    expect(
      roles(
        "Canon will invest $75 million in its plant in northern Vietnam's Bac Ninh province.",
        '$75',
        names,
      ),
    ).toEqual({ investor: 'canon', recipient: 'bac-ninh' });
    expect(roles('Canon will invest $5 million in neighbouring Vietnam.', '$5', names)).toEqual({
      investor: 'canon',
      recipient: 'vietnam',
    });
  });

  it('does not take the seat of a "Da Nang-based" company as where money goes', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Kirin Holdings', 'ORG', 'kirin-holdings'],
      ['Da Nang', 'PLACE', 'da-nang'],
    ];
    expect(
      roles(
        'Kirin Holdings bought a 20% stake in Da Nang-based brewer Song Han for $40 million.',
        '$40',
        names,
      ),
    ).toEqual({ investor: 'kirin-holdings', recipient: null });
  });

  it('names no single investor for money "from Japan, Thailand and the U.S."', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Japan', 'PLACE', 'japan'],
      ['Thailand', 'PLACE', 'thailand'],
      ['U.S.', 'PLACE', 'united-states'],
      ['Hoa Lac Hi-Tech Park', 'ORG', 'hoa-lac-hi-tech-park'],
    ];
    expect(
      roles(
        'Hoa Lac Hi-Tech Park hosts 120 projects, most of them from Japan, Thailand and the U.S.',
        '120',
        names,
      ),
    ).toEqual({ investor: null, recipient: 'hoa-lac-hi-tech-park' });
  });

  it('reads a company that secured a licence or said it received a certificate for a plant as the investor', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Daewon Parts', 'ORG', 'daewon-parts'],
      ['Orion Micro Inc', 'ORG', 'orion-micro'],
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Da Nang', 'PLACE', 'da-nang'],
    ];
    expect(
      roles('Separately, Daewon Parts secured a licence for a $60 million plant in Hanoi.', '$60', names),
    ).toEqual({ investor: 'daewon-parts', recipient: 'hanoi' });
    expect(
      roles(
        'Orion Micro Inc, a Texas chip firm, said on Tuesday it had received an investment certificate for a $700 million plant in Da Nang.',
        '$700',
        names,
      ),
    ).toEqual({ investor: 'orion-micro', recipient: 'da-nang' });
  });

  it('reads the lender that signed a loan, past "in March", but not a party to documents about loans', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Nordbank', 'ORG', 'nordbank'],
      ['Japan', 'PLACE', 'japan'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ];
    expect(
      roles('Nordbank in March signed a EUR 60 million loan for flood defences in Vietnam.', 'EUR', names),
    ).toEqual({ investor: 'nordbank', recipient: 'vietnam' });
    expect(
      roles('Japan and Vietnam on Friday signed documents for loans worth 50 billion yen.', '50', names)
        .investor,
    ).not.toBe('vietnam');
  });

  it('reads who money was "pledged by" as the investor', () => {
    expect(roles('The $900 million pledged by Japan will fund grids in Vietnam.', '$900', places)).toEqual({
      investor: 'japan',
      recipient: 'vietnam',
    });
  });

  it('gives money to the province named after its country, but not to a province a part of it went to', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Siam Gate', 'ORG', 'siam-gate'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['Osaka', 'PLACE', 'osaka'],
      ['Da Nang', 'PLACE', 'da-nang'],
    ];
    expect(
      roles(
        'Siam Gate plans to invest 3 billion baht in a new estate in Vietnam, this time in the northern province of Bac Ninh.',
        '3 billion',
        names,
      ),
    ).toEqual({ investor: 'siam-gate', recipient: 'bac-ninh' });
    expect(
      roles('About 90 Osaka firms operate in Vietnam, 12 of them in Da Nang.', '90', names).recipient,
    ).toBe('vietnam');
  });

  it('reads "X is Vietnam\'s fourth-largest foreign investor" as X investing in Vietnam', () => {
    expect(
      roles("Japan is Vietnam's fourth-largest foreign investor, with 3,000 projects.", '3,000', places),
    ).toEqual({ investor: 'japan', recipient: 'vietnam' });
  });

  it('reads who signed an agreement to develop something as its investor, not the other party nor joint signers', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Lion Parks', 'ORG', 'lion-parks'],
      ["Hanoi People's Committee", 'ORG', 'hanoi-pc'],
      ['Alpha Corp', 'ORG', 'alpha'],
      ['Beta Park', 'ORG', 'beta-park'],
    ];
    expect(
      roles(
        "Lion Parks signed a cooperation agreement with the Hanoi People's Committee to develop a $400 million logistics zone.",
        '$400',
        names,
      ).investor,
    ).toBe('lion-parks');
    expect(
      roles(
        'Alpha Corp and Beta Park signed a cooperation agreement to develop a $5 million centre.',
        '$5',
        names,
      ).investor,
    ).toBeNull();
  });

  it('does not read "second only to X" as money going to X', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Japan', 'PLACE', 'japan'],
      ['Singapore', 'PLACE', 'singapore'],
    ];
    expect(
      roles('Japan accounted for 300 projects worth $4 billion, second only to Singapore.', '$4', names),
    ).toEqual({ investor: 'japan', recipient: null });
  });

  it('does not take where an event is held or an office sits as the recipient, and reads "X partners" as investors', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Osaka', 'PLACE', 'osaka'],
      ['Hanoi', 'PLACE', 'hanoi'],
    ];
    expect(
      roles(
        'At a fair held in Osaka in May, Vietnamese provinces signed 20 projects with Japanese partners.',
        '20',
        names,
      ),
    ).toEqual({ investor: 'japan', recipient: null });
    expect(
      roles("Japan's trade office in Hanoi expects investment to rise by 9 per cent.", '9', names).recipient,
    ).toBeNull();
  });

  it("gives money a people's committee licenses or signs for to its locality", () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Orchid Zones', 'ORG', 'orchid-zones'],
      ["Binh Dinh People's Committee", 'ORG', 'binh-dinh-peoples-committee'],
    ];
    expect(
      roles(
        "Orchid Zones signed an agreement with the Binh Dinh People's Committee to develop a park worth $600 million.",
        '$600',
        names,
      ),
    ).toEqual({ investor: 'orchid-zones', recipient: 'binh-dinh' });
    expect(
      roles("The Binh Dinh People's Committee has licensed a $30 million plant.", '$30', names).recipient,
    ).toBe('binh-dinh');
  });

  it('reads who a lender will "lend" as the recipient, and a wind farm "off" a province as there', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Nordbank', 'ORG', 'nordbank'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Da Nang', 'PLACE', 'da-nang'],
      ['Seawind', 'ORG', 'seawind'],
    ];
    expect(
      roles(
        'Nordbank will lend Vietnam €90 million ($100 million) to protect farms in Da Nang.',
        '€90',
        names,
      ),
    ).toEqual({ investor: 'nordbank', recipient: 'vietnam' });
    expect(
      roles('Seawind has committed €700 million to an offshore wind farm off Da Nang.', '€700', names),
    ).toEqual({ investor: 'seawind', recipient: 'da-nang' });
  });

  it('finds a company subject after words describing it, past an aside and a date', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['JBIC', 'ORG', 'jbic'],
      ['Siam Toys', 'ORG', 'siam-toys'],
      ['Nordwind GmbH', 'ORG', 'nordwind'],
      ['Rao Group', 'ORG', 'rao'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['Da Nang', 'PLACE', 'da-nang'],
      ['Quang Ninh', 'PLACE', 'quang-ninh'],
    ];
    const investor = (text: string, figure: string) => roles(text, figure, names).investor;
    expect(
      investor(
        'Japanese development bank JBIC, meanwhile, agreed on March 4 to provide a loan of $40 million.',
        '$40',
      ),
    ).toBe('jbic');
    expect(
      investor(
        'In the north, the Thai toymaker Siam Toys is completing its $300 million factory in Bac Ninh.',
        '$300',
      ),
    ).toBe('siam-toys');
    expect(
      investor('Hamburg-based Nordwind GmbH said it would build a $60 million plant in Da Nang.', '$60'),
    ).toBe('nordwind');
    expect(
      investor('Rao Group, for instance, has proposed a $1 billion container port in Quang Ninh.', '$1'),
    ).toBe('rao');
  });
});

describe('readRoles on several figures of one sentence', () => {
  it('settles a holder for each figure afresh: residents live in it, projects are invested from it', () => {
    const text = 'Japan has 5,740 projects in Vietnam and 500,000 Vietnamese residents.';
    const tokens = tokenize(text);
    const [ctx] = buildContexts(tokens, splitSentences(text), mentionsOf(text, places), lookup);
    const at = (figure: string): number => tokens.findIndex((t) => t.start === text.indexOf(figure));
    readRoles(tokens, ctx!, at('500,000'), [], true);
    expect(readRoles(tokens, ctx!, at('5,740'), [])).toEqual({ investor: 'japan', recipient: 'vietnam' });
  });

  it('settles a holder afresh for each figure when both share the candidates worked out once', () => {
    const text = 'Japan has 5,740 projects in Vietnam and 500,000 Vietnamese residents.';
    const tokens = tokenize(text);
    const [ctx] = buildContexts(tokens, splitSentences(text), mentionsOf(text, places), lookup);
    const at = (figure: string): number => tokens.findIndex((t) => t.start === text.indexOf(figure));
    const offered = roleCandidates(tokens, ctx!);
    expect(readRoles(tokens, ctx!, at('500,000'), [], true, null, offered)).toEqual({
      investor: null,
      recipient: 'japan',
    });
    expect(readRoles(tokens, ctx!, at('5,740'), [], false, null, offered)).toEqual({
      investor: 'japan',
      recipient: 'vietnam',
    });
  });

  it('reads "Thai entities had" and "the ASEAN member states poured" as investors', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['ASEAN', 'ORG', 'asean'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ];
    expect(roles('Thai entities had 310 valid projects as of June.', '310', names).investor).toBe('thailand');
    expect(
      roles('Last year the ten ASEAN member states poured $4 billion into Vietnam.', '$4', names),
    ).toEqual({ investor: 'asean', recipient: 'vietnam' });
  });

  it("reads a company's board approving an injection as the company investing", () => {
    const names: Parameters<typeof mentionsOf>[1] = [['Orchid Mart', 'ORG', 'orchid-mart']];
    const text = "Orchid Mart's board approved a capital injection of $25 million into its Vietnamese unit.";
    expect(roles(text, '$25', names).investor).toBe('orchid-mart');
  });

  it('reads "Vietnam\'s largest bilateral ODA donor" as the donor giving and Vietnam receiving', () => {
    const text =
      "Germany has been Vietnam's largest bilateral ODA donor, providing some EUR 2 billion since 1990.";
    expect(roles(text, 'EUR', [['Germany', 'PLACE', 'germany'], ...places])).toEqual({
      investor: 'germany',
      recipient: 'vietnam',
    });
  });

  it('sends money "in the country" to the country, not to a city named with it earlier in the sentence', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Orchid Mart', 'ORG', 'orchid-mart'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Da Nang', 'PLACE', 'da-nang'],
    ];
    const text =
      'Orchid Mart, which opened its third store in Vietnam in Da Nang last year, plans to invest $40 million ' +
      'in the country by 2028.';
    expect(roles(text, '$40', names)).toEqual({ investor: 'orchid-mart', recipient: 'vietnam' });
  });

  it('reads Vietnamese "trao chứng nhận" as hosting and "trong đó" as opening a part with investors of its own', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Bắc Ninh', 'PLACE', 'bac-ninh'],
      ['Công ty TNHH Minh Phát', 'ORG', 'minh-phat'],
    ];
    const text =
      'Bắc Ninh trao chứng nhận đầu tư cho 9 dự án với tổng vốn 310 triệu USD, trong đó dự án lớn nhất ' +
      'của Công ty TNHH Minh Phát có vốn 90 triệu USD.';
    expect(roles(text, '310', names)).toEqual({ investor: null, recipient: 'bac-ninh' });
    expect(roles(text, '90', names).investor).toBe('minh-phat');
  });

  it('takes "Osaka firms including Kite Holdings have invested" as the firms\' money, not the example\'s', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Osaka', 'PLACE', 'osaka'],
      ['Kite Holdings', 'ORG', 'kite'],
    ];
    const text = 'Osaka firms including Kite Holdings have invested about $450 million over the past decade.';
    expect(roles(text, '$450', names).investor).toBe('osaka');
  });

  it('sends what goes to two places of one country at once to the country', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Da Nang', 'PLACE', 'da-nang'],
    ];
    const text = 'A Thai business mission of 30 firms travelled to Hanoi and Da Nang last week.';
    expect(roles(text, '30', names).recipient).toBe('vietnam');
    expect(roles('In Hanoi and Da Nang, 30 Thai firms have opened plants.', '30', names).recipient).toBe(
      'vietnam',
    );
    expect(roles('A mission of 30 firms travelled to Hanoi last week.', '30', names).recipient).toBe('hanoi');
  });

  it('sends money "in Vietnam\'s northern Bac Ninh province" to the province', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Kite Holdings', 'ORG', 'kite'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
    ];
    const text = "Kite Holdings will invest $70 million in a plant in Vietnam's northern Bac Ninh province.";
    expect(roles(text, '$70', names)).toEqual({ investor: 'kite', recipient: 'bac-ninh' });
  });

  it('takes no party from where a speaker stood, who let the land or how far the site is', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Osaka', 'PLACE', 'osaka'],
      ['Orchid Parks', 'ORG', 'orchid-parks'],
      ['Hanoi', 'PLACE', 'hanoi'],
    ];
    const text =
      'The chief executive told reporters in Osaka that the first phase, worth $45 million, will rise on a plot ' +
      'leased from Orchid Parks, about 30 kilometres from Hanoi.';
    expect(roles(text, '$45', names)).toEqual({ investor: null, recipient: null });
  });

  it('keeps the subject of a clause for a verb after ", and" that has none of its own', () => {
    const names: Parameters<typeof mentionsOf>[1] = [['Long An', 'PLACE', 'long-an'], ...places];
    expect(
      roles(
        'Long An hosts 30 industrial parks, and as of June 30 had attracted 1,200 FDI projects.',
        '1,200',
        names,
      ),
    ).toEqual({ investor: null, recipient: 'long-an' });
    expect(
      roles('Long An hosts 30 industrial parks, and Japan has invested in 120 projects there.', '120', names),
    ).toEqual({ investor: 'japan', recipient: null });
  });

  it('reads a people\'s committee that "held a ceremony to grant" certificates as the place receiving', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ["Hanoi People's Committee", 'ORG', 'hanoi-peoples-committee'],
    ];
    expect(
      roles(
        "The Hanoi People's Committee held a ceremony to grant investment certificates to 9 FDI projects.",
        '9 FDI',
        names,
      ),
    ).toEqual({ investor: null, recipient: 'hanoi' });
  });

  it('reads a prefecture after "doanh nghiệp" as where the enterprises come from', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Osaka', 'PLACE', 'osaka'],
      ['Đà Nẵng', 'PLACE', 'da-nang'],
    ];
    expect(roles('Đoàn 25 doanh nghiệp Osaka đến thăm Đà Nẵng.', '25', names)).toEqual({
      investor: 'osaka',
      recipient: 'da-nang',
    });
  });

  it('reads a company that "khởi công" (broke ground on) a plant as its investor', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Công ty TNHH Sakura Denki Việt Nam', 'ORG', 'sakura-denki-vietnam'],
      ['Đà Nẵng', 'PLACE', 'da-nang'],
    ];
    expect(
      roles(
        'Công ty TNHH Sakura Denki Việt Nam đã khởi công nhà máy với vốn đầu tư 30 triệu USD tại Đà Nẵng.',
        '30 triệu',
        names,
      ),
    ).toEqual({ investor: 'sakura-denki-vietnam', recipient: 'da-nang' });
  });

  it('reads a company that "tăng vốn" (raised capital) or "nhận giấy chứng nhận" (received a certificate) as investing', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Công ty Sakura Denki', 'ORG', 'sakura-denki'],
      ['Tập đoàn Aeon', 'ORG', 'aeon'],
      ['Đà Nẵng', 'PLACE', 'da-nang'],
    ];
    expect(roles('Công ty Sakura Denki tăng vốn thêm 20 triệu USD tại Đà Nẵng.', '20 triệu', names)).toEqual({
      investor: 'sakura-denki',
      recipient: 'da-nang',
    });
    expect(
      roles(
        'Tập đoàn Aeon đã nhận giấy chứng nhận đầu tư dự án tại Đà Nẵng với tổng vốn 4.800 tỷ đồng.',
        '4.800',
        names,
      ),
    ).toEqual({ investor: 'aeon', recipient: 'da-nang' });
  });

  it('reads a company whose name ends in "Zone" as a company, and a park by the knowledge as a park', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Adani Ports and Special Economic Zone', 'ORG', 'adani-ports'],
      ['Long Hau', 'ORG', 'long-hau-industrial-park'],
    ];
    expect(
      roles('Adani Ports and Special Economic Zone received a licence for $2 billion berths.', '$2', names),
    ).toEqual({ investor: 'adani-ports', recipient: null });
    expect(roles('Long Hau received 12 projects worth $900 million.', '$900', names)).toEqual({
      investor: null,
      recipient: 'long-hau-industrial-park',
    });
  });

  it('reads a province "into the former Binh Duong Province" as receiving', () => {
    const names: Parameters<typeof mentionsOf>[1] = [['Binh Duong', 'PLACE', 'binh-duong']];
    expect(
      roles('The total includes $2.1 billion poured into the former Binh Duong Province.', '$2.1', names),
    ).toEqual({ investor: null, recipient: 'binh-duong' });
  });

  it("reads where counted companies are headquartered as where they come from, not a company's seat", () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Osaka', 'PLACE', 'osaka'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Pohang', 'PLACE', 'pohang'],
      ['POSCO', 'ORG', 'posco'],
    ];
    expect(
      roles('As of October, 212 companies headquartered in Osaka had bases in Vietnam.', '212', names),
    ).toEqual({ investor: 'osaka', recipient: 'vietnam' });
    expect(
      roles('POSCO, headquartered in Pohang, will invest $40 million in Vietnam.', '$40', names),
    ).toEqual({
      investor: 'posco',
      recipient: 'vietnam',
    });
  });

  it('reads past a "City, State" inside an aside to the verb of its subject', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Harbor Optics Inc.', 'ORG', 'harbor-optics'],
      ['Da Nang', 'PLACE', 'da-nang'],
    ];
    expect(
      roles(
        'Harbor Optics Inc., a Tacoma, Wash.-based lens maker, will spend $90 million on a plant in Da Nang.',
        '$90',
        names,
      ),
    ).toEqual({ investor: 'harbor-optics', recipient: 'da-nang' });
  });
});
