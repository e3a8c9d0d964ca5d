import { describe, expect, it } from 'vitest';
import type { Figure, NamedEntityType } from '../model';
import { analyzeWithEntities } from './analyze';
import { mentionsOf } from './test-mentions';

/** Figures of an article whose named entities are given, as the fields an analyst checks. */
function figures(text: string, date: string | null, names: [string, NamedEntityType, string][]) {
  const { figures } = analyzeWithEntities(
    text,
    { date },
    { mentions: mentionsOf(text, names), entities: [] },
  );
  return figures;
}

const pick = (f: Figure) => ({
  text: f.text,
  value: f.value,
  unit: f.unit,
  measure: f.measure,
  approx: f.approx,
  investor: f.investor,
  recipient: f.recipient,
});

describe('extractFigures on articles unlike the seeds', () => {
  it('reads won with its dollar conversion as one consistent claim, investor from the subject', () => {
    const text = "South Korea's Samsung pledged 1.2 trillion won ($900 million) for a new plant in Bac Ninh.";
    const [won, usd] = figures(text, '2025-03-03', [
      ['South Korea', 'PLACE', 'south-korea'],
      ['Samsung', 'ORG', 'samsung'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
    ]);
    expect(pick(won!)).toEqual({
      text: '1.2 trillion won',
      value: 1.2e12,
      unit: 'other',
      measure: 'investment_capital',
      approx: null,
      investor: 'samsung',
      recipient: 'bac-ninh',
    });
    expect(won!.currency).toBe('KRW');
    expect(won!.claim).not.toBeNull();
    expect(usd!.claim).toBe(won!.claim);
    expect(won!.warnings).toEqual([]);
  });

  it('warns when a conversion disagrees with the FX table by more than a quarter', () => {
    const text = 'Osaka firms plan to invest about 10 billion yen ($10 million) in Da Nang.';
    const [yen, usd] = figures(text, '2024-05-05', [
      ['Osaka', 'PLACE', 'osaka'],
      ['Da Nang', 'PLACE', 'da-nang'],
    ]);
    expect(yen!.warnings[0]).toMatch(/10 billion yen ≈ \$6\d\.\d million .* not \$10 million/);
    expect(usd!.warnings).toEqual(yen!.warnings);
    expect(usd!.approx).toBe('about');
    expect([usd!.investor, usd!.recipient]).toEqual(['osaka', 'da-nang']);
    expect(usd!.confidence).toBeLessThan(0.9);
  });

  it('reads disbursed capital in dong with an "as of" date, and a growth rate as a change', () => {
    const text =
      'Disbursed FDI in Ho Chi Minh City reached VND5 trillion (US$200 million) as of the end of April, up 12 percent year-on-year.';
    const [vnd, usd, pct] = figures(text, '2024-05-12', [['Ho Chi Minh City', 'PLACE', 'ho-chi-minh-city']]);
    expect(pick(vnd!)).toMatchObject({
      value: 5e12,
      unit: 'VND',
      measure: 'disbursed_capital',
      recipient: 'ho-chi-minh-city',
    });
    expect(vnd!.asOf).toBe('2024-04');
    expect(vnd!.warnings).toEqual([]);
    expect(usd!.value).toBe(200e6);
    expect(pick(pct!)).toMatchObject({ value: 12, unit: 'percent', measure: 'other' });
  });

  it('gives bilateral trade no investor or recipient, and Japanese ODA to Japan and Vietnam', () => {
    const text =
      'Two-way trade between Vietnam and Japan reached $46.2 billion, while Japanese ODA to Vietnam totalled 2.6 trillion yen.';
    const [trade, oda] = figures(text, '2025-02-01', [
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Japan', 'PLACE', 'japan'],
    ]);
    expect(pick(trade!)).toMatchObject({ measure: 'trade', investor: null, recipient: null });
    expect(pick(oda!)).toMatchObject({
      unit: 'JPY',
      measure: 'oda',
      investor: 'japan',
      recipient: 'vietnam',
    });
    expect(oda!.usd).toBeGreaterThan(15e9);
  });

  it('keeps clauses apart and resolves "the province" to the locality named before', () => {
    const text =
      'Some 1,200 Korean enterprises are operating in Bac Ninh, while twenty new FDI projects were licensed in Dong Nai. ' +
      'Japanese investors account for 18.5% of total FDI in the province.';
    const [korean, projects, share] = figures(text, '2024-06-01', [
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['Dong Nai', 'PLACE', 'dong-nai'],
    ]);
    expect(pick(korean!)).toMatchObject({
      value: 1200,
      approx: 'about',
      investor: 'south-korea',
      recipient: 'bac-ninh',
    });
    expect(pick(projects!)).toMatchObject({
      value: 20,
      unit: 'projects',
      investor: null,
      recipient: 'dong-nai',
    });
    expect(pick(share!)).toMatchObject({ measure: 'share', investor: 'japan', recipient: 'dong-nai' });
  });

  it('counts people only as resident populations, and ranges and bare numbers not at all', () => {
    const text =
      'The fair drew 5,000 people. About 3,000 Filipino workers live in Binh Duong. Costs of $10-15 million and 1.7 billion were cited, and $1,2,3 billion.';
    const found = figures(text, '2024-01-01', [['Binh Duong', 'PLACE', 'binh-duong']]);
    expect(found.map(pick)).toEqual([
      {
        text: '3,000 Filipino workers',
        value: 3000,
        unit: 'people',
        measure: 'other',
        approx: 'about',
        investor: null,
        recipient: 'binh-duong',
      },
    ]);
  });

  it('leaves asOf null when neither the article nor its text gives a year', () => {
    const [f] = figures('Toyota invested $50 million in the plant.', null, [['Toyota', 'ORG', 'toyota']]);
    expect(f!.asOf).toBeNull();
    expect(f!.investor).toBe('toyota');
    expect(f!.usd).toBe(50e6);
  });

  it('reads a ranked investor, a possessive share, designators after names and clauses joined by ", and"', () => {
    const text =
      'South Korea remained the largest foreign investor in Viet Nam, with total registered capital of US$86 billion. ' +
      "Japanese firms accounted for 18% of the total, behind China's 25 per cent share. " +
      'Bac Ninh Province has attracted 1,200 FDI projects, and LG Display has decided to invest $1 billion in Hai Phong.';
    const found = figures(text, '2024-11-20', [
      ['South Korea', 'PLACE', 'south-korea'],
      ['Viet Nam', 'PLACE', 'vietnam'],
      ['US', 'PLACE', 'united-states'],
      ['China', 'PLACE', 'china'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['LG Display', 'ORG', 'lg-display'],
      ['Hai Phong', 'PLACE', 'hai-phong'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['US$86 billion', 'south-korea', 'vietnam'],
      ['18%', 'japan', 'vietnam'],
      ['25 per cent', 'china', 'vietnam'],
      ['1,200 FDI projects', null, 'bac-ninh'],
      ['$1 billion', 'lg-display', 'hai-phong'],
    ]);
  });

  it('does not take a target year as the date a figure holds at, and reads long ODA phrases', () => {
    const text =
      'Aeon will invest an additional US$1 billion in Viet Nam by 2030. ' +
      'Japanese official development assistance to Viet Nam has reached nearly 3 trillion yen.';
    const [aeon, oda] = figures(text, '2025-03-12', [
      ['Aeon', 'ORG', 'aeon'],
      ['Viet Nam', 'PLACE', 'vietnam'],
    ]);
    expect([aeon!.asOf, aeon!.investor, aeon!.recipient]).toEqual(['2025-03-12', 'aeon', 'vietnam']);
    expect(pick(oda!)).toMatchObject({
      measure: 'oda',
      approx: 'about',
      investor: 'japan',
      recipient: 'vietnam',
    });
  });

  it('reads a holder of projects as investor, rates as no figure, and loans and grants as ODA', () => {
    const text =
      'As of June 30, Japan had 5,740 valid projects in Viet Nam. The yen fell to JPY 160 per US dollar. ' +
      'The plant in the southern province of Dong Nai will cost THB 6 billion. ' +
      'The two sides exchanged notes on a JPY 1.5 billion grant.';
    const found = figures(text, '2025-07-15', [
      ['Japan', 'PLACE', 'japan'],
      ['Viet Nam', 'PLACE', 'vietnam'],
      ['Dong Nai', 'PLACE', 'dong-nai'],
    ]);
    expect(found.map((f) => [f.text, f.measure, f.investor, f.recipient, f.asOf])).toEqual([
      ['5,740 valid projects', 'count', 'japan', 'vietnam', '2025-06-30'],
      ['THB 6 billion', 'investment_capital', null, 'dong-nai', '2025-07-15'],
      ['JPY 1.5 billion', 'oda', 'japan', 'vietnam', '2025-07-15'],
    ]);
  });

  it('carries the measure into a list of amounts and reads "China with" in a ranking as the investor', () => {
    const text =
      'Foreign investors registered USD 21.5 billion in Viet Nam. Singapore led, followed by China with USD 2.9 billion.';
    const [, china] = figures(text, '2025-07-15', [
      ['Viet Nam', 'PLACE', 'vietnam'],
      ['Singapore', 'PLACE', 'singapore'],
      ['China', 'PLACE', 'china'],
    ]);
    expect([china!.measure, china!.investor]).toEqual(['registered_capital', 'china']);
  });

  it('reads "the third largest investor in Vietnam with $3.2 billion" as money from the ranked country', () => {
    const text =
      'In the first ten months, Japan was the third largest investor in Vietnam with US$3.2 billion.';
    const [amount] = figures(text, '2025-11-28', [
      ['Japan', 'PLACE', 'japan'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ]);
    expect([amount!.measure, amount!.investor, amount!.recipient]).toEqual([
      'investment_capital',
      'japan',
      'vietnam',
    ]);
  });

  it('takes the noun that names the money over a verb any money takes ("pledged … in ODA")', () => {
    const text = 'Tokyo pledged up to 50 billion yen in official development assistance for Vietnam.';
    const [yen] = figures(text, '2023-09-12', [['Vietnam', 'PLACE', 'vietnam']]);
    expect([yen!.unit, yen!.measure, yen!.recipient]).toEqual(['JPY', 'oda', 'vietnam']);
  });

  it('does not lend the nationality of one count to the next one in a list', () => {
    const text = 'More than 1,000 Japanese firms and 500 foreign investors operate in Hanoi.';
    const [japanese, foreign] = figures(text, '2025-03-12', [['Hanoi', 'PLACE', 'hanoi']]);
    expect([japanese!.investor, foreign!.investor, foreign!.recipient]).toEqual(['japan', null, 'hanoi']);
  });

  it('keeps a list of registered amounts registered, and a headline takes what its lead says', () => {
    const text =
      'FDI into Vietnam reaches 31.5 billion USD\nFDI registered in Vietnam reached 31.5 billion USD. ' +
      'Processing led with 18.1 billion USD, or 57.6% of the total registered capital. ' +
      'Among countries investing in Vietnam, Singapore led with 4.2 billion USD.';
    const found = figures(text, '2025-11-08', [
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Singapore', 'PLACE', 'singapore'],
    ]);
    expect(found.filter((f) => f.unit === 'USD').map((f) => [f.text, f.measure, f.recipient])).toEqual([
      ['31.5 billion USD', 'registered_capital', 'vietnam'],
      ['31.5 billion USD', 'registered_capital', 'vietnam'],
      ['18.1 billion USD', 'registered_capital', 'vietnam'],
      ['4.2 billion USD', 'registered_capital', 'vietnam'],
    ]);
  });

  it('reads loans for a project as ODA, a trade deal as no trade, a stake as a share and a currency move as a change', () => {
    const text =
      'The EU investment plan, launched as the trade deal turns five, brings 500 million euros. ' +
      'The loans include 41.7 billion yen for a flood control project. ' +
      'Mitsubishi will take a stake of up to 25% in the plant. The dong has slipped 4.5%.';
    expect(figures(text, '2025-01-16', []).map((f) => [f.text, f.measure])).toEqual([
      ['500 million euros', 'investment_capital'],
      ['41.7 billion yen', 'oda'],
      ['25%', 'share'],
      ['4.5%', 'other'],
    ]);
  });

  it('carries the place of an investment figure into the next sentence about investment, not into others', () => {
    const text =
      'FDI into Hanoi reached $2 billion. Of the total, new projects took $1.2 billion. ' +
      'The forum has gathered 2,600 businesses.';
    expect(
      figures(text, '2025-01-16', [['Hanoi', 'PLACE', 'hanoi']]).map((f) => [f.text, f.recipient]),
    ).toEqual([
      ['$2 billion', 'hanoi'],
      ['$1.2 billion', 'hanoi'],
      ['2,600 businesses', null],
    ]);
  });

  it('gives no roles to a percentage about costs or trade, and reads mobilise, needs and grants licences', () => {
    const text =
      'Labour costs in Hanoi were 40% lower than in Bangkok. Singapore exports to Vietnam rose 12 per cent. ' +
      'The European Union will mobilise 500 million euros to help Vietnam. Vietnam needs $135 billion of investment. ' +
      'Hung Yen grants licences to 12 FDI projects. WHA announced a plan to invest 12 billion baht in Hanoi.';
    const found = figures(text, '2025-06-12', [
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Bangkok', 'PLACE', 'bangkok'],
      ['Singapore', 'PLACE', 'singapore'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['European Union', 'ORG', 'european-union'],
      ['Hung Yen', 'PLACE', 'hung-yen'],
      ['WHA', 'ORG', 'wha'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['40%', null, null],
      ['12 per cent', null, null],
      ['500 million euros', 'european-union', 'vietnam'],
      ['$135 billion', null, 'vietnam'],
      ['12 FDI projects', null, 'hung-yen'],
      ['12 billion baht', 'wha', 'hanoi'],
    ]);
  });

  it('pairs a "respectively" list of amounts with its list of investors or places, in order', () => {
    const text =
      'Japan and China followed Singapore with $1.2bn and $980 million respectively. ' +
      'Hanoi, Hai Phong and Bac Ninh attracted $2.1 billion, $1.5 billion and $900 million respectively. ' +
      "Korea and Taiwan are the city's top investors with $4 billion and $3 billion, respectively.";
    const found = figures(text, '2025-03-18', [
      ['Korea', 'PLACE', 'south-korea'],
      ['Taiwan', 'PLACE', 'taiwan'],
      ['Japan', 'PLACE', 'japan'],
      ['China', 'PLACE', 'china'],
      ['Singapore', 'PLACE', 'singapore'],
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Hai Phong', 'PLACE', 'hai-phong'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$1.2bn', 'japan', null],
      ['$980 million', 'china', null],
      ['$2.1 billion', null, 'hanoi'],
      ['$1.5 billion', null, 'hai-phong'],
      ['$900 million', null, 'bac-ninh'],
      ['$4 billion', 'south-korea', 'bac-ninh'],
      ['$3 billion', 'taiwan', 'bac-ninh'],
    ]);
  });

  it('reads channelled, lured and drew as investment, and a place named in what the amount builds', () => {
    const text =
      'Samsung channelled $1 billion into its Thai Nguyen plant. Hai Phong lured $3.4 billion. ' +
      'Licensed projects included the 1.5-billion-USD Quang Ninh LNG power plant and a mall in Hanoi.';
    const found = figures(text, '2025-11-10', [
      ['Samsung', 'ORG', 'samsung'],
      ['Thai Nguyen', 'PLACE', 'thai-nguyen'],
      ['Hai Phong', 'PLACE', 'hai-phong'],
      ['Quang Ninh', 'PLACE', 'quang-ninh'],
      ['Hanoi', 'PLACE', 'hanoi'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$1 billion', 'investment_capital', 'samsung', 'thai-nguyen'],
      ['$3.4 billion', 'investment_capital', null, 'hai-phong'],
      ['1.5-billion-USD', 'registered_capital', null, 'quang-ninh'],
    ]);
  });

  it('sends a flow that names no place to the country the article is about, not a flow from at home', () => {
    const text =
      'Vietnam wants more chip plants, and officials in Vietnam say land is ready.\n\n' +
      'Thai investors registered $1.9 billion. Korean firms had 320 projects.\n\n' +
      'Some 40 Hanoi enterprises invested $25 million.';
    const found = figures(text, '2025-04-02', [
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Hanoi', 'PLACE', 'hanoi'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$1.9 billion', 'thailand', 'vietnam'],
      ['320 projects', 'south-korea', 'vietnam'],
      ['40 Hanoi enterprises', 'hanoi', null],
      ['$25 million', 'hanoi', null],
    ]);
  });

  it('reads a numbered table under its heading, and a ranking after a sentence about investment', () => {
    const text =
      'New projects brought in disbursed capital of $7.3 billion. By source, 64 economies invested in Vietnam. ' +
      'Japan led with $2.2 billion, or 30 per cent of the total, followed by Thailand with $1.4 billion.\n' +
      'Localities by disbursed FDI, first half of 2025:\n' +
      '1. Nghe An (incl. former Ha Tinh): $640 million\n' +
      '2. Hue: $75 million\n';
    const found = figures(text, '2025-07-02', [
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Japan', 'PLACE', 'japan'],
      ['Thailand', 'PLACE', 'thailand'],
      ['Nghe An', 'PLACE', 'nghe-an'],
      ['Ha Tinh', 'PLACE', 'ha-tinh'],
      ['Hue', 'PLACE', 'hue'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found.slice(2)).toEqual([
      ['$2.2 billion', 'disbursed_capital', 'japan', 'vietnam'],
      ['30 per cent', 'share', 'japan', 'vietnam'],
      ['$1.4 billion', 'disbursed_capital', 'thailand', 'vietnam'],
      ['$640 million', 'disbursed_capital', null, 'nghe-an'],
      ['$75 million', 'disbursed_capital', null, 'hue'],
    ]);
  });

  it("reads money paid for a stake or a deal as investment, and the stake as the buyer's share", () => {
    const text =
      'Kirin Holdings has agreed to acquire a 40% stake in Saigon Beverage for $90 million. ' +
      'Bankers counted 57 deals worth $1.6 billion in the half.';
    const found = figures(text, '2025-08-01', [
      ['Kirin Holdings', 'ORG', 'kirin-holdings'],
      ['Saigon Beverage', 'ORG', 'saigon-beverage'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found).toEqual([
      ['40%', 'share', 'kirin-holdings', 'saigon-beverage'],
      ['$90 million', 'investment_capital', 'kirin-holdings', 'saigon-beverage'],
      ['$1.6 billion', 'investment_capital', null, null],
    ]);
  });

  it('reads "Japan was third with $X" as Japan\'s money', () => {
    const text = 'Capital registered in Vietnam hit $9 billion. Japan was third with $1.7 billion.';
    const found = figures(text, '2025-06-01', [
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Japan', 'PLACE', 'japan'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found[1]).toEqual(['$1.7 billion', 'registered_capital', 'japan', 'vietnam']);
  });

  it('lets "registered" or "disbursed" qualify investment over "foreign direct"', () => {
    const text =
      'Disbursed foreign direct investment, the money actually spent, came to $7.7 billion. ' +
      'Total registered foreign investment rose 4% to $12.9 billion.';
    expect(figures(text, '2025-06-01', []).map((f) => [f.text, f.measure])).toEqual([
      ['$7.7 billion', 'disbursed_capital'],
      ['4%', 'other'],
      ['$12.9 billion', 'registered_capital'],
    ]);
  });

  it('reads a Vietnamese rise and an ownership cap as no share', () => {
    const text =
      'Vốn đăng ký đạt 800 triệu USD, tăng 17% so với cùng kỳ. Hanoi caps foreign ownership of airlines at 34%.';
    expect(
      figures(text, '2025-06-01', [['Hanoi', 'PLACE', 'hanoi']])
        .filter((f) => f.unit === 'percent')
        .map((f) => [f.text, f.measure]),
    ).toEqual([
      ['17%', 'other'],
      ['34%', 'other'],
    ]);
  });

  it('reads a part "of" a whole as a share after a change, and tariffs and progress as no share', () => {
    const text =
      'The unit earned $40 million from Laos, up 12% on the year, or 17% of group revenue. ' +
      'Washington set a 25% tariff on steel and a 35% levy on trans-shipped goods. The new terminal is 80% complete.';
    expect(
      figures(text, '2025-06-01', [
        ['Laos', 'PLACE', 'laos'],
        ['Washington', 'PLACE', 'washington'],
      ])
        .filter((f) => f.unit === 'percent')
        .map((f) => [f.text, f.measure]),
    ).toEqual([
      ['12%', 'other'],
      ['17%', 'share'],
      ['25%', 'other'],
      ['35%', 'other'],
      ['80%', 'other'],
    ]);
  });

  it('reads a population as the people of the place that has it, past an aside with a date', () => {
    const text =
      'Mr Tuan said Kon Plong, which merged with Dak To on July 1, 2025, now has 12 industrial parks and a population of 1.8 million.';
    const found = figures(text, '2025-09-01', [
      ['Tuan', 'PERSON', 'tuan'],
      ['Kon Plong', 'PLACE', 'kon-plong'],
      ['Dak To', 'PLACE', 'dak-to'],
    ]).map(pick);
    expect(found).toEqual([
      {
        text: '1.8 million',
        value: 1.8e6,
        unit: 'people',
        measure: 'other',
        approx: null,
        investor: null,
        recipient: 'kon-plong',
      },
    ]);
  });

  it("reads a development bank's money as ODA and what a company builds or commits as investment, whatever its name says", () => {
    const text =
      'The Nordic Investment Bank is weighing €90 million for wind farms in Vietnam. ' +
      'Lotus Investment Group posted sales of $70 million. ' +
      'Raffles Land is developing a S$300 million township in Hanoi. The first phase, worth $80 million, opens in 2027. ' +
      'Quỹ Phát triển Hoa Sen cam kết 200 triệu USD cho dự án.';
    expect(
      figures(text, '2025-06-01', [
        ['Nordic Investment Bank', 'ORG', 'nib'],
        ['Vietnam', 'PLACE', 'vietnam'],
        ['Lotus Investment Group', 'ORG', 'lotus'],
        ['Raffles Land', 'ORG', 'raffles-land'],
        ['Hanoi', 'PLACE', 'hanoi'],
        ['Quỹ Phát triển Hoa Sen', 'ORG', 'hoa-sen'],
      ]).map((f) => [f.text, f.measure]),
    ).toEqual([
      ['€90 million', 'oda'],
      ['$70 million', 'other'],
      ['S$300 million', 'investment_capital'],
      ['$80 million', 'investment_capital'],
      ['200 triệu USD', 'investment_capital'],
    ]);
  });

  it('carries a province to the next two sentences only, and not to what the national government expects', () => {
    const text =
      'Hue drew $900 million in foreign investment in 2024. New projects took $500 million of the investment. ' +
      'Capital additions took $300 million of the investment. ' +
      'Japan ranks first among investors, with 400 projects and $4 billion in registered capital. ' +
      'Hue drew $100 million in foreign investment in May. The government expects FDI disbursement to reach $25 billion.';
    const found = figures(text, '2025-06-01', [
      ['Hue', 'PLACE', 'hue'],
      ['Japan', 'PLACE', 'japan'],
    ]).map((f) => [f.text, f.recipient]);
    expect(found).toEqual([
      ['$900 million', 'hue'],
      ['$500 million', 'hue'],
      ['$300 million', 'hue'],
      ['400 projects', 'vietnam'],
      ['$4 billion', 'vietnam'],
      ['$100 million', 'hue'],
      ['$25 billion', 'vietnam'],
    ]);
  });

  it('gives no recipient to a delegation still to come, and the new province its population in Vietnamese', () => {
    const text =
      'A delegation of 30 companies from Osaka is due in Hanoi in May. ' +
      'Tỉnh Ninh Bình mới có dân số khoảng 4,1 triệu người.';
    const found = figures(text, '2025-03-01', [
      ['Osaka', 'PLACE', 'osaka'],
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Ninh Bình', 'PLACE', 'ninh-binh'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['30 companies', 'osaka', null],
      ['4,1 triệu người', null, 'ninh-binh'],
    ]);
  });

  it('reads a total by its own qualifier, past an aside listing what it includes', () => {
    const text =
      'Total disbursed FDI, including new projects, capital additions and share purchases, reached $14.2 billion in Laos.';
    expect(figures(text, '2025-06-01', [['Laos', 'PLACE', 'laos']]).map((f) => [f.text, f.measure])).toEqual([
      ['$14.2 billion', 'disbursed_capital'],
    ]);
  });

  it('reads a company as the host of its tenants, and not as the investor of the firms it sold land to', () => {
    const text =
      'Lotus Parks has received letters of intent from 15 prospective tenants. ' +
      'Delta Estates has sold 90 hectares in Vietnam to 22 manufacturers.';
    const found = figures(text, '2025-06-01', [
      ['Lotus Parks', 'ORG', 'lotus-parks'],
      ['Delta Estates', 'ORG', 'delta-estates'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['15 prospective tenants', null, 'lotus-parks'],
      ['22 manufacturers', null, 'vietnam'],
    ]);
  });

  it('gives tenants to the company the sentence is about, past an aside naming its owners', () => {
    const text =
      'The Orchid Parks network, a venture of Kite Holdings and Rho Group, now has more than 900 tenants.';
    const found = figures(text, '2025-06-01', [
      ['Orchid Parks', 'ORG', 'orchid-parks'],
      ['Kite Holdings', 'ORG', 'kite'],
      ['Rho Group', 'ORG', 'rho'],
    ]).map((f) => [f.text, f.recipient]);
    expect(found).toEqual([['900 tenants', 'orchid-parks']]);
  });

  it('gives a part ("12 of them in Hue") the investor of its whole and the place it names', () => {
    const text = 'Some 80 Kyoto enterprises operate in Vietnam, 12 of them in Hue.';
    const found = figures(text, '2025-06-01', [
      ['Kyoto', 'PLACE', 'kyoto'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Hue', 'PLACE', 'hue'],
    ]).map((f) => [f.text, f.unit, f.investor, f.recipient]);
    expect(found).toEqual([
      ['80 Kyoto enterprises', 'enterprises', 'kyoto', 'vietnam'],
      ['12', 'enterprises', 'kyoto', 'hue'],
    ]);
  });

  it('reads a ranked share ("Korea led with 24% of the total") as the ranked country\'s', () => {
    const text =
      'As of June 30, Long An had 1,300 FDI projects worth $11 billion. Korea led with 24% of the total.';
    const found = figures(text, '2025-07-01', [
      ['Long An', 'PLACE', 'long-an'],
      ['Korea', 'PLACE', 'south-korea'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found.at(-1)).toEqual(['24%', 'south-korea', 'long-an']);
  });

  it("reads a foreign country's holdings in an article about Vietnam as its investment in Vietnam", () => {
    const text =
      'Malaysian retailer Orchid Mart opened a store in Can Tho. According to the Ministry of Finance, ' +
      'Malaysia had 390 valid projects with total registered capital of US$13.6 billion as of May.';
    const found = figures(text, '2025-06-01', [
      ['Orchid Mart', 'ORG', 'orchid-mart'],
      ['Can Tho', 'PLACE', 'can-tho'],
      ['Ministry of Finance', 'ORG', 'ministry-of-finance-vietnam'],
      ['Malaysia', 'PLACE', 'malaysia'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['390 valid projects', 'malaysia', 'vietnam'],
      ['US$13.6 billion', 'malaysia', 'vietnam'],
    ]);
  });

  it('gives each bracketed amount of a locality list its place, and the next sentence the national total', () => {
    const text =
      'By province, Dong Nai attracted the most with $3.3 billion, ahead of Long An ($1.8 billion) and ' +
      'Thai Nguyen ($1.1 billion). The electronics sector took $9.4 billion, or 41% of the total.';
    const found = figures(text, '2025-06-01', [
      ['Dong Nai', 'PLACE', 'dong-nai'],
      ['Long An', 'PLACE', 'long-an'],
      ['Thai Nguyen', 'PLACE', 'thai-nguyen'],
    ]).map((f) => [f.text, f.recipient]);
    expect(found).toEqual([
      ['$3.3 billion', 'dong-nai'],
      ['$1.8 billion', 'long-an'],
      ['$1.1 billion', 'thai-nguyen'],
      ['$9.4 billion', 'vietnam'],
      ['41%', 'vietnam'],
    ]);
  });

  it('reads a share price as no investment, of no one and to nowhere', () => {
    const text =
      'Kite Holdings will invest $90 million in a plant in Hue. Kite Holdings shares closed 2.3 percent lower ' +
      'at 41,600 won on the Kospi.';
    const found = figures(text, '2025-06-01', [
      ['Kite Holdings', 'ORG', 'kite'],
      ['Hue', 'PLACE', 'hue'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$90 million', 'investment_capital', 'kite', 'hue'],
      ['2.3 percent', 'other', null, null],
      ['41,600 won', 'other', null, null],
    ]);
  });

  it('reads a syndicated or commercial bank loan as no official aid, a concessional one as ODA', () => {
    const text =
      'Kite Holdings took a $60 million syndicated loan from two banks. Japan agreed a $90 million ' +
      'concessional loan for a bridge in Hue.';
    const found = figures(text, '2025-06-01', [
      ['Kite Holdings', 'ORG', 'kite'],
      ['Japan', 'PLACE', 'japan'],
      ['Hue', 'PLACE', 'hue'],
    ]).map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['$60 million', 'other'],
      ['$90 million', 'oda'],
    ]);
  });

  it('reads FDI pledges as registered capital, and a part "of the total" as the kind its total is', () => {
    const text =
      'Foreign direct investment pledged to Vietnam in the first half rose 9% to $20.1 billion. ' +
      'Disbursed FDI reached $11.7 billion. Korea led with $4.4 billion, or 22% of the total, ' +
      'and the electronics sector attracted $8.8 billion, or 44% of total pledges.';
    const found = figures(text, '2025-07-06', [
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Korea', 'PLACE', 'south-korea'],
    ])
      .filter((f) => f.unit === 'USD')
      .map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['$20.1 billion', 'registered_capital'],
      ['$11.7 billion', 'disbursed_capital'],
      ['$4.4 billion', 'registered_capital'],
      ['$8.8 billion', 'registered_capital'],
    ]);
  });

  it("reads a country's or province's part of a statistic as the statistic's kind, whatever verb brought it", () => {
    const text =
      'Newly registered capital reached $20.1 billion in the first half. ' +
      'Korea poured $4.4 billion into the country, accounting for 22% of the total, followed by Japan with $3 billion. ' +
      'Bac Ninh drew $2.9 billion, followed by Hanoi with $2.1 billion. ' +
      'Kanto Seiki poured $300 million into Hanoi, 1.5% of the total. ' +
      'The firm also won approval for a $50 million project in Hanoi.';
    const found = figures(text, '2025-07-06', [
      ['Korea', 'PLACE', 'south-korea'],
      ['Japan', 'PLACE', 'japan'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Kanto Seiki', 'ORG', 'kanto-seiki'],
    ])
      .filter((f) => f.unit === 'USD')
      .map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['$20.1 billion', 'registered_capital'],
      ['$4.4 billion', 'registered_capital'],
      ['$3 billion', 'registered_capital'],
      ['$2.9 billion', 'registered_capital'],
      ['$2.1 billion', 'registered_capital'],
      // A company's money is what it invests, and so is a project's.
      ['$300 million', 'investment_capital'],
      ['$50 million', 'investment_capital'],
    ]);
  });

  it('sends money "the province\'s flagship park" received to the park named before, not to a company it is home to', () => {
    const text =
      'Kestrel Robotics will build a $200 million plant in the Long Hau Industrial Park. ' +
      "The province's flagship park, home to Nidec Corp.'s largest motor plant, received 12 new projects worth " +
      '$450 million this year.';
    const found = figures(text, '2025-09-01', [
      ['Kestrel Robotics', 'ORG', 'kestrel-robotics'],
      ['Long Hau Industrial Park', 'ORG', 'long-hau-industrial-park'],
      ['Nidec Corp.', 'ORG', 'nidec'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$200 million', 'kestrel-robotics', 'long-hau-industrial-park'],
      ['12 new projects', null, 'long-hau-industrial-park'],
      ['$450 million', null, 'long-hau-industrial-park'],
    ]);
  });

  it('makes a company that secured loans their borrower, however long the aside after its name', () => {
    const text =
      "Tan Phu Textiles, the Vietnamese unit of Thailand's Siam Weaving Public Co., has secured $120 million " +
      'in syndicated loans to expand its mill.';
    const [loan] = figures(text, '2025-09-01', [
      ['Tan Phu Textiles', 'ORG', 'tan-phu-textiles'],
      ['Thailand', 'PLACE', 'thailand'],
      ['Siam Weaving Public Co.', 'ORG', 'siam-weaving'],
    ]);
    expect([loan!.measure, loan!.investor, loan!.recipient]).toEqual(['other', null, 'tan-phu-textiles']);
  });

  it('keeps a ranking of registered capital going over a sentence that ranks without amounts', () => {
    const text =
      'Newly registered capital reached $20.1 billion in the first half, led by Korea with $4.4 billion. ' +
      'Japan and China ranked fourth and fifth. ' +
      'By locality, Hanoi drew the most foreign capital with $3.9 billion, ahead of Bac Ninh ($2.1 billion).';
    const found = figures(text, '2025-07-06', [
      ['Korea', 'PLACE', 'south-korea'],
      ['Japan', 'PLACE', 'japan'],
      ['China', 'PLACE', 'china'],
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
    ]).map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['$20.1 billion', 'registered_capital'],
      ['$4.4 billion', 'registered_capital'],
      ['$3.9 billion', 'registered_capital'],
      ['$2.1 billion', 'registered_capital'],
    ]);
  });

  it('reads new and additional capital over a period as registered, and a later ranking without a cue as its kind', () => {
    const text =
      'Quang Ninh lured $1.2 billion in new and additional Korean capital during January-September.\n\n' +
      'By Tran An\n\n' +
      'A plant at a local industrial park.\n\n' +
      'The figure puts Korea first among 30 investors. Japan followed with $800 million. ' +
      'In total, the province attracted $3.1 billion of FDI in the period.';
    const found = figures(text, '2025-10-06', [
      ['Quang Ninh', 'PLACE', 'quang-ninh'],
      ['Korea', 'PLACE', 'south-korea'],
      ['Japan', 'PLACE', 'japan'],
    ])
      .filter((f) => f.unit === 'USD')
      .map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['$1.2 billion', 'registered_capital'],
      ['$800 million', 'registered_capital'],
      ['$3.1 billion', 'registered_capital'],
    ]);
  });

  it('reads a tranche, "a further" amount and what "of that" was disbursed as the aid they are part of, lent in yen by Japan', () => {
    const text =
      'Japan will lend Vietnam 95 billion yen in ODA loans for transport. ' +
      'The first tranche, 60 billion yen, will finance a metro line. The loan runs for 40 years. ' +
      'A further 35 billion yen will go to a ring road. ' +
      'JICA said its commitments to Vietnam total 3 trillion yen. About 2.5 trillion yen of that has been disbursed.';
    const found = figures(text, '2025-03-18', [
      ['Japan', 'PLACE', 'japan'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['JICA', 'ORG', 'jica'],
    ]).map((f) => [f.text, f.measure, f.investor]);
    expect(found).toEqual([
      ['95 billion yen', 'oda', 'japan'],
      ['60 billion yen', 'oda', 'japan'],
      ['35 billion yen', 'oda', 'japan'],
      ['3 trillion yen', 'oda', 'jica'],
      ['2.5 trillion yen', 'oda', 'japan'],
    ]);
  });

  it('reads Vietnamese rankings "với gần 4,6 tỷ USD" and "xếp thứ tư với" as the ranked country\'s amounts', () => {
    const text =
      'Singapore dẫn đầu với 8,1 tỷ USD, Hàn Quốc với gần 4,6 tỷ USD. Trung Quốc xếp thứ tư với 3,2 tỷ USD.';
    const found = figures(text, '2026-10-06', [
      ['Singapore', 'PLACE', 'singapore'],
      ['Hàn Quốc', 'PLACE', 'south-korea'],
      ['Trung Quốc', 'PLACE', 'china'],
    ]).map((f) => [f.text, f.investor]);
    expect(found).toEqual([
      ['8,1 tỷ USD', 'singapore'],
      ['4,6 tỷ USD', 'south-korea'],
      ['3,2 tỷ USD', 'china'],
    ]);
  });

  it("sends a company's money that names no place to the province the article is about, not a park before it", () => {
    const text =
      'Hai Phong granted licences to 34 projects in July-September. ' +
      'Nam Dinh Vu Industrial Park has attracted 48 tenants. ' +
      'Brenner Logistik committed €65 million to a cold-chain warehouse.';
    const found = figures(text, '2025-09-26', [
      ['Hai Phong', 'PLACE', 'hai-phong'],
      ['Nam Dinh Vu Industrial Park', 'ORG', 'nam-dinh-vu-industrial-park'],
      ['Brenner Logistik', 'ORG', 'brenner-logistik'],
    ]).map((f) => [f.text, f.recipient]);
    expect(found).toEqual([
      ['34 projects', 'hai-phong'],
      ['48 tenants', 'nam-dinh-vu-industrial-park'],
      ['€65 million', 'hai-phong'],
    ]);
  });

  it('reads FDI pledged last year and a ranking by projects as registered, domestic investment as investment', () => {
    const text =
      'Vietnam attracted $38.4 billion in foreign direct investment pledges last year, with Japan accounting ' +
      'for $4.5 billion. Hung Yen had 1,186 projects with registered capital of $15.2 billion as of November 30, ' +
      'ahead of South Korea with 402 projects and $4.7 billion, along with $900 million in domestic investment.';
    const found = figures(text, '2026-01-10', [
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Japan', 'PLACE', 'japan'],
      ['Hung Yen', 'PLACE', 'hung-yen'],
      ['South Korea', 'PLACE', 'south-korea'],
    ])
      .filter((f) => f.unit === 'USD')
      .map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['$38.4 billion', 'registered_capital'],
      ['$4.5 billion', 'registered_capital'],
      ['$15.2 billion', 'registered_capital'],
      ['$4.7 billion', 'registered_capital'],
      ['$900 million', 'investment_capital'],
    ]);
  });

  it('keeps the donor of aid that goes abroad in an article about the donor country', () => {
    const text =
      "Kumamoto and Tokyo hosted a Japan forum. Japan is Vietnam's largest provider of official development " +
      "assistance, having extended around ¥3 trillion in loans since 1992. Japan also pays for Japan's schools.";
    const [aid] = figures(text, '2026-08-04', [
      ['Kumamoto', 'PLACE', 'kumamoto'],
      ['Tokyo', 'PLACE', 'tokyo'],
      ['Japan', 'PLACE', 'japan'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ]);
    expect([aid!.text, aid!.measure, aid!.investor, aid!.recipient]).toEqual([
      '¥3 trillion',
      'oda',
      'japan',
      'vietnam',
    ]);
  });

  it('reads Vietnamese "vốn FDI thực hiện" as disbursed, "hiệp định vay" as aid, "đăng ký mới … góp vốn" as registered', () => {
    const text =
      'Vốn FDI thực hiện của cả nước trong 9 tháng ước đạt 18,8 tỷ USD. ' +
      'JICA đã ký các hiệp định vay với Việt Nam trị giá 96,2 tỷ yên. ' +
      'Các nhà đầu tư Nhật Bản đã đăng ký mới, điều chỉnh và góp vốn mua cổ phần tổng cộng 3,4 tỷ USD.';
    const found = figures(text, '2026-10-06', [
      ['JICA', 'ORG', 'jica'],
      ['Việt Nam', 'PLACE', 'vietnam'],
      ['Nhật Bản', 'PLACE', 'japan'],
    ]).map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['18,8 tỷ USD', 'disbursed_capital'],
      ['96,2 tỷ yên', 'oda'],
      ['3,4 tỷ USD', 'registered_capital'],
    ]);
  });

  it('reads fresh capital a country channelled over a period as registered, whatever the verb', () => {
    const text =
      'Singapore companies channelled US$4.9 billion of fresh capital into Vietnam in the first nine months. ' +
      'Singapore was followed by South Korea with $2.3 billion. ' +
      'Separately, Kestrel Foods channelled $40 million of fresh capital into its Vietnam unit in the first nine months.';
    const found = figures(text, '2025-10-30', [
      ['Singapore', 'PLACE', 'singapore'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['South Korea', 'PLACE', 'south-korea'],
      ['Kestrel Foods', 'ORG', 'kestrel-foods'],
    ]).map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['US$4.9 billion', 'registered_capital'],
      ['$2.3 billion', 'registered_capital'],
      ['$40 million', 'investment_capital'],
    ]);
  });

  it('gives a change "to" an amount the parties of that amount', () => {
    const text =
      'Vietnam attracted $31.5 billion in FDI in January-October. Officials were upbeat. The figure includes new ' +
      'capital and share purchases. Disbursed capital rose 8.8% to $21.3 billion. Rice exports rose 5% to $3 billion.';
    const found = figures(text, '2025-11-07', [['Vietnam', 'PLACE', 'vietnam']]).map((f) => [
      f.text,
      f.measure,
      f.recipient,
    ]);
    expect(found).toEqual([
      ['$31.5 billion', 'registered_capital', 'vietnam'],
      ['8.8%', 'other', 'vietnam'],
      ['$21.3 billion', 'disbursed_capital', 'vietnam'],
      ['5%', 'other', null],
      ['$3 billion', 'trade', null],
    ]);
  });

  it('reads Vietnamese "tính đến ngày" and "đến hết" as the date a figure holds at', () => {
    const text =
      'Tính đến ngày 30/9/2026, các nhà đầu tư Nhật Bản đã đăng ký 3,4 tỷ USD tại Việt Nam. ' +
      'Lũy kế đến hết tháng 9/2026, Nhật Bản có 5.981 dự án.';
    const found = figures(text, '2026-10-06', [
      ['Nhật Bản', 'PLACE', 'japan'],
      ['Việt Nam', 'PLACE', 'vietnam'],
    ]).map((f) => [f.text, f.asOf]);
    expect(found).toEqual([
      ['3,4 tỷ USD', '2026-09-30'],
      ['5.981 dự án', '2026-09'],
    ]);
  });

  it('reads "the top two investors" as a rank, not a count of investors', () => {
    const text = "Singapore and Korea are the city's top two investors, ahead of 120 investors from Japan.";
    const found = figures(text, '2026-07-15', [
      ['Singapore', 'PLACE', 'singapore'],
      ['Korea', 'PLACE', 'south-korea'],
      ['Japan', 'PLACE', 'japan'],
    ]).map((f) => f.text);
    expect(found).toEqual(['120 investors']);
  });

  it('reads outbound investment as leaving the country whose body reports it', () => {
    const text =
      "Data from Taiwan's Department of Investment Review showed that approved outbound investment to Vietnam " +
      'reached US$1.36 billion in January-September.';
    const [outbound] = figures(text, '2025-11-04', [
      ['Taiwan', 'PLACE', 'taiwan'],
      ['Department of Investment Review', 'ORG', 'department-of-investment-review'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ]);
    expect([outbound!.investor, outbound!.recipient]).toEqual(['taiwan', 'vietnam']);
  });

  it('reads "the country\'s total FDI stock" as what the country the article is about received', () => {
    const text =
      'Vietnam drew more FDI this year. The member states hold 2,600 projects worth $32.5 billion, only about 6% ' +
      "of the country's total FDI stock.";
    const found = figures(text, '2025-11-20', [['Vietnam', 'PLACE', 'vietnam']]).map((f) => [
      f.text,
      f.investor,
      f.recipient,
    ]);
    expect(found).toEqual([
      ['2,600 projects', null, 'vietnam'],
      ['$32.5 billion', null, 'vietnam'],
      ['6%', null, 'vietnam'],
    ]);
  });

  it('gives "the first phase" and "the company" the investor of the investment named before', () => {
    const text =
      'Orion Metals Co will pour $800 million into a copper foil plant in Thai Binh, the company said. ' +
      'The first phase, worth $300 million, will open in 2027. ' +
      'Its chief executive added that the company would also set up a $20 million training fund.';
    const found = figures(text, '2025-04-02', [
      ['Orion Metals Co', 'ORG', 'orion-metals'],
      ['Thai Binh', 'PLACE', 'thai-binh'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$800 million', 'investment_capital', 'orion-metals', 'thai-binh'],
      ['$300 million', 'investment_capital', 'orion-metals', 'thai-binh'],
      ['$20 million', 'investment_capital', 'orion-metals', 'thai-binh'],
    ]);
  });

  it('reads a headline bet "on" a place as an investment there, and shares rising "to" a price as no flow', () => {
    const text =
      "Kaito Resin bets ¥30bn on Vietnam's enlarged Hai Phong\n\nKaito Resin shares rose 3% to $41.20 in Tokyo.";
    const found = figures(text, '2025-08-01', [
      ['Kaito Resin', 'ORG', 'kaito-resin'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Hai Phong', 'PLACE', 'hai-phong'],
      ['Tokyo', 'PLACE', 'tokyo'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found).toEqual([
      ['¥30bn', 'investment_capital', 'kaito-resin', 'hai-phong'],
      ['3%', 'other', null, null],
      ['$41.20', 'other', null, null],
    ]);
  });

  it("reads a country's stock of valid projects as registered capital, but not a company's project after it", () => {
    const text =
      'Japanese investment in Vietnam has amounted to $12.5 billion, an official said. ' +
      'Thailand ranks eighth among foreign investors, with 790 valid projects worth $15.2 billion as of ' +
      'end-June. Siam Foods Plc will invest $90 million in a plant in Long An.';
    const found = figures(text, '2025-07-06', [
      ['Thailand', 'PLACE', 'thailand'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Siam Foods Plc', 'ORG', 'siam-foods'],
      ['Long An', 'PLACE', 'long-an'],
    ])
      .filter((f) => f.unit === 'USD')
      .map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['$12.5 billion', 'investment_capital'],
      ['$15.2 billion', 'registered_capital'],
      ['$90 million', 'investment_capital'],
    ]);
  });

  it('reads an expansion as investment, and the subject past ", for example," as who builds', () => {
    const text =
      'Korean rival Daeil Motors, for example, is building a $40 million motor plant in Bac Ninh. ' +
      'Hoshi Denki has secured a licence for a $25 million expansion in Phu Tho.';
    const found = figures(text, '2025-07-06', [
      ['Daeil Motors', 'ORG', 'daeil-motors'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['Hoshi Denki', 'ORG', 'hoshi-denki'],
      ['Phu Tho', 'PLACE', 'phu-tho'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$40 million', 'investment_capital', 'daeil-motors', 'bac-ninh'],
      ['$25 million', 'investment_capital', 'hoshi-denki', 'phu-tho'],
    ]);
  });

  it('reads "Hyogo-based companies" as Hyogo\'s, a "Kobe-based" company\'s seat as no party, and a "Singapore firm" as investing', () => {
    const text =
      'Some 180 Hyogo-based companies operate in Vietnam. Kobe-based Sanyo Seiki received a licence for a ' +
      '$40 million plant in Bac Ninh.\n\n- Singapore firm to build $1.2bn data centre in Da Nang';
    const found = figures(text, '2025-07-06', [
      ['Hyogo', 'PLACE', 'hyogo'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Kobe', 'PLACE', 'kobe'],
      ['Sanyo Seiki', 'ORG', 'sanyo-seiki'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['Singapore', 'PLACE', 'singapore'],
      ['Da Nang', 'PLACE', 'da-nang'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['180 Hyogo-based companies', 'hyogo', 'vietnam'],
      ['$40 million', 'sanyo-seiki', 'bac-ninh'],
      ['$1.2bn', 'singapore', 'da-nang'],
    ]);
  });

  it('reads "the country" as the country of the place the sentence is about, and its "top FDI destination" as no investor', () => {
    const text =
      'The company had looked at sites in Malaysia and India. Bac Ninh has attracted $7.3 billion of FDI so ' +
      "far this year, making it the country's top FDI destination.";
    const found = figures(text, '2025-07-06', [
      ['Malaysia', 'PLACE', 'malaysia'],
      ['India', 'PLACE', 'india'],
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([['$7.3 billion', null, 'bac-ninh']]);
  });

  it('reads "the company" as the last company, not a park or a paper, and a company that takes a loan as its borrower', () => {
    const text =
      'Kawa Foods will build a plant at Tan Phu Industrial Park, its president told Nikkei. The company ' +
      'secured a $60 million syndicated loan arranged by Chubu Bank for the first phase.';
    const found = figures(text, '2025-07-06', [
      ['Kawa Foods', 'ORG', 'kawa-foods'],
      ['Tan Phu Industrial Park', 'ORG', 'tan-phu-industrial-park'],
      ['Nikkei', 'ORG', 'nikkei'],
      ['Chubu Bank', 'ORG', 'chubu-bank'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found).toEqual([['$60 million', 'other', 'chubu-bank', 'kawa-foods']]);
  });

  it("reads a company's factory as its investment, and a proposed port as investment", () => {
    const text =
      "The plan follows a $90 million expansion at Daewon's factory in Thai Nguyen. " +
      'Kirin Logistics has proposed a $2 billion deepwater port in Da Nang.';
    const found = figures(text, '2025-07-06', [
      ['Daewon', 'ORG', 'daewon'],
      ['Thai Nguyen', 'PLACE', 'thai-nguyen'],
      ['Kirin Logistics', 'ORG', 'kirin-logistics'],
      ['Da Nang', 'PLACE', 'da-nang'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$90 million', 'investment_capital', 'daewon', 'thai-nguyen'],
      ['$2 billion', 'investment_capital', 'kirin-logistics', 'da-nang'],
    ]);
  });

  it('gives a percentage that qualifies an amount, or a part "of the total", the parties of that amount or total', () => {
    const text =
      'Vietnam drew $20.1 billion of FDI in the first half. Korea poured $4.2 billion into the country, ' +
      'accounting for 21% of the total. Manufacturing took 60% of the total.';
    const found = figures(text, '2025-07-06', [
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Korea', 'PLACE', 'south-korea'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$20.1 billion', null, 'vietnam'],
      ['$4.2 billion', 'south-korea', 'vietnam'],
      ['21%', 'south-korea', 'vietnam'],
      ['60%', null, 'vietnam'],
    ]);
  });

  it("reads the body from abroad as the lender of a loan two bodies sign, and aid for several provinces as the country's", () => {
    const text =
      "HANOI (Kyodo) - JICA and Vietnam's Ministry of Finance signed an ODA loan agreement worth 30 billion yen " +
      'for flood control in Can Tho, Hau Giang and Soc Trang.';
    const found = figures(text, '2025-07-06', [
      ['HANOI', 'PLACE', 'hanoi'],
      ['Kyodo', 'ORG', 'kyodo'],
      ['JICA', 'ORG', 'jica'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Ministry of Finance', 'ORG', 'ministry-of-finance-vietnam'],
      ['Can Tho', 'PLACE', 'can-tho'],
      ['Hau Giang', 'PLACE', 'hau-giang'],
      ['Soc Trang', 'PLACE', 'soc-trang'],
    ]).map((f) => [f.text, f.measure, f.investor, f.recipient]);
    expect(found).toEqual([['30 billion yen', 'oda', 'jica', 'vietnam']]);
  });

  it('reads the FDI a place drew over a period as registered capital, but not "foreign investment" or a company\'s', () => {
    const text =
      'Hanoi drew $3.2 billion in foreign investment in the first six months. ' +
      'Vietnam attracted $20.1 billion in FDI in January-June, up 9% year-on-year. ' +
      'Kaito Corp committed $80 million in FDI in January-June.';
    const found = figures(text, '2025-07-06', [
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Kaito Corp', 'ORG', 'kaito'],
    ])
      .filter((f) => f.unit === 'USD')
      .map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['$3.2 billion', 'investment_capital'],
      ['$20.1 billion', 'registered_capital'],
      ['$80 million', 'investment_capital'],
    ]);
  });

  it('sends the money of a stake or a funding round to the company bought into, not to the country', () => {
    const text =
      'Crestline is in talks to buy a 35% stake in Vietnamese port operator Sao Mai Logistics for $300 million. ' +
      'GIC led a $150 million funding round for start-up Ahamove. ' +
      '67% of Japanese firms surveyed by JETRO plan to expand in Vietnam.';
    const found = figures(text, '2025-07-06', [
      ['Crestline', 'ORG', 'crestline'],
      ['Sao Mai Logistics', 'ORG', 'sao-mai-logistics'],
      ['GIC', 'ORG', 'gic'],
      ['Ahamove', 'ORG', 'ahamove'],
      ['JETRO', 'ORG', 'jetro'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['35%', 'crestline', 'sao-mai-logistics'],
      ['$300 million', 'crestline', 'sao-mai-logistics'],
      ['$150 million', 'gic', 'ahamove'],
      ['67%', 'japan', 'vietnam'],
    ]);
  });

  it('gives each province of a ranking "with" its amount', () => {
    const text =
      'Bac Ninh drew $4.1 billion in new Korean capital, followed by Hai Phong with $640 million and Hanoi with $310 million.';
    const found = figures(text, '2025-07-06', [
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ['Hai Phong', 'PLACE', 'hai-phong'],
      ['Hanoi', 'PLACE', 'hanoi'],
    ]).map((f) => [f.text, f.recipient]);
    expect(found).toEqual([
      ['$4.1 billion', 'bac-ninh'],
      ['$640 million', 'hai-phong'],
      ['$310 million', 'hanoi'],
    ]);
  });

  it('reads an interest rate or a capacity rise in per cent as no share', () => {
    const text =
      'The JICA loan carries an interest rate of 0.3% a year. The expansion will lift capacity by 40 percent. ' +
      'Japan accounts for 18% of FDI in Vietnam.';
    const found = figures(text, '2025-07-06', [
      ['JICA', 'ORG', 'jica'],
      ['Japan', 'PLACE', 'japan'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ]).map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['0.3%', 'other'],
      ['40 percent', 'other'],
      ['18%', 'share'],
    ]);
  });

  it('reads the subject past ", also known as …," as who invests', () => {
    const text =
      'Hon Hai Precision Industry Co., also known as Foxconn, said it would inject $262 million into a unit.';
    const found = figures(text, '2025-07-06', [
      ['Hon Hai Precision Industry Co.', 'ORG', 'hon-hai'],
      ['Foxconn', 'ORG', 'hon-hai'],
    ]).map((f) => [f.text, f.investor]);
    expect(found).toEqual([['$262 million', 'hon-hai']]);
  });

  it("reads a company's loan or bonds as no aid, unless the sentence calls it development money", () => {
    const text =
      'Sao Mai Logistics raised $75 million in a loan from the International Finance Corporation. ' +
      'Sao Mai also plans to issue $57 million of bonds. ' +
      'KfW development bank will lend 120 million euros to Vietnam Electricity for a power line.';
    const found = figures(text, '2025-07-06', [
      ['Sao Mai Logistics', 'ORG', 'sao-mai-logistics'],
      ['International Finance Corporation', 'ORG', 'ifc'],
      ['Sao Mai', 'ORG', 'sao-mai-logistics'],
      ['KfW', 'ORG', 'kfw'],
      ['Vietnam Electricity', 'ORG', 'evn'],
    ]).map((f) => [f.text, f.measure]);
    expect(found).toEqual([
      ['$75 million', 'other'],
      ['$57 million', 'other'],
      ['120 million euros', 'oda'],
    ]);
  });

  it('gives a headline amount the province its lead names, unless the headline names the country itself', () => {
    const names: [string, 'PLACE' | 'ORG', string][] = [
      ['Kaito', 'ORG', 'kaito'],
      ['Hai Phong', 'PLACE', 'hai-phong'],
      ['Vietnam', 'PLACE', 'vietnam'],
    ];
    const lead = 'Kaito will invest NT$9.6 billion in a plant in Hai Phong, the company said.';
    const plain = figures(`Kaito picks new site for NT$9.6 billion plant\n${lead}`, '2025-07-06', names);
    const named = figures(`Kaito to invest NT$9.6 billion in Vietnam\n${lead}`, '2025-07-06', names);
    expect([plain[0]!.recipient, named[0]!.recipient]).toEqual(['hai-phong', 'vietnam']);
  });

  it('reads who "said it had secured a licence for" a centre, "reaffirmed plans to invest" or invests "and a local partner"', () => {
    const text =
      'Keppel said it had secured a licence for a $130 million data centre in Hanoi. ' +
      'Aeon Mall reaffirmed plans to invest $60 million in Long An. ' +
      'Sojitz and a local partner plan to invest $1.2 billion in Dong Nai.';
    const found = figures(text, '2025-07-06', [
      ['Keppel', 'ORG', 'keppel'],
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Aeon Mall', 'ORG', 'aeon-mall'],
      ['Long An', 'PLACE', 'long-an'],
      ['Sojitz', 'ORG', 'sojitz'],
      ['Dong Nai', 'PLACE', 'dong-nai'],
    ]).map((f) => [f.text, f.investor, f.recipient]);
    expect(found).toEqual([
      ['$130 million', 'keppel', 'hanoi'],
      ['$60 million', 'aeon-mall', 'long-an'],
      ['$1.2 billion', 'sojitz', 'dong-nai'],
    ]);
  });
});
