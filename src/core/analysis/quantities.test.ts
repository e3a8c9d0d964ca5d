import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { tokenize } from './tokens';

const find = (text: string) =>
  findQuantities(tokenize(text)).map((q) => ({
    text: text.slice(q.start, q.end),
    value: q.value,
    unit: q.unit,
    currency: q.currency,
    approx: q.approx,
  }));

describe('findQuantities: money', () => {
  it.each([
    ['$190 million', 190e6, 'USD', 'USD'],
    ['12.5 billion USD', 12.5e9, 'USD', 'USD'],
    ['JPY5 billion', 5e9, 'JPY', 'JPY'],
    ['VND1.2 trillion', 1.2e12, 'VND', 'VND'],
    ['US$ 75 mln', 75e6, 'USD', 'USD'],
    ['$78.6bn', 78.6e9, 'USD', 'USD'],
    ['¥3 billion', 3e9, 'JPY', 'JPY'],
    ['€20 million', 20e6, 'EUR', 'EUR'],
    ['2.5 billion baht', 2.5e9, 'other', 'THB'],
    ['1.2 trillion won', 1.2e12, 'other', 'KRW'],
    ['S$10 million', 10e6, 'other', 'SGD'],
    ['Rp 5 trillion', 5e12, 'other', 'IDR'],
    ['RM500 million', 500e6, 'other', 'MYR'],
    ['40 billion yen', 40e9, 'JPY', 'JPY'],
    ['300 billion dong', 300e9, 'VND', 'VND'],
    ['A$2.1bn', 2.1e9, 'other', 'AUD'],
    ['1.5 billion Singapore dollars', 1.5e9, 'other', 'SGD'],
    ['£4.5m', 4.5e6, 'other', 'GBP'],
    ['$500,000', 500000, 'USD', 'USD'],
    ['Bt5.2 billion', 5.2e9, 'other', 'THB'],
    ['W1.2 trillion', 1.2e12, 'other', 'KRW'],
    ['Rs 450 crore', 4.5e9, 'other', 'INR'],
    ['Rs 80 lakh', 8e6, 'other', 'INR'],
    ['3,200 crore rupees', 3.2e10, 'other', 'INR'],
    ['1.5-billion-USD', 1.5e9, 'USD', 'USD'],
    ['US$1.5-bln', 1.5e9, 'USD', 'USD'],
    ['12 tỷ yên', 12e9, 'JPY', 'JPY'],
    ['3.2 billion U.S. dollars', 3.2e9, 'USD', 'USD'],
    ['500 triệu nhân dân tệ', 500e6, 'other', 'CNY'],
  ])('reads "%s"', (text, value, unit, currency) => {
    expect(find(`The deal is worth ${text} in total.`)).toEqual([
      { text, value, unit, currency, approx: null },
    ]);
  });

  it('reads an amount and its parenthetical conversion as two spans', () => {
    expect(find('5 trillion VND (US$200 million)').map((q) => q.text)).toEqual([
      '5 trillion VND',
      'US$200 million',
    ]);
  });

  it('reads a range as one span', () => {
    const [q] = findQuantities(tokenize('between $10-15 million'));
    expect([q!.value, q!.high]).toEqual([10e6, 15e6]);
    expect(find('NT$3 billion to NT$5 billion').map((r) => r.text)).toEqual(['NT$3 billion to NT$5 billion']);
  });

  it('reads money given "to 950 projects" as an amount and a count, not a range', () => {
    expect(find('Investors have committed $20.3 billion to 950 projects.')).toEqual([
      { text: '$20.3 billion', value: 20.3e9, unit: 'USD', currency: 'USD', approx: null },
      { text: '950 projects', value: 950, unit: 'projects', currency: null, approx: null },
    ]);
    expect(find('$10 million to $15 million')[0]).toMatchObject({ value: 10e6 });
    expect(find('$10 million to $15 million')).toHaveLength(1);
  });

  it('ignores bare numbers, malformed groups and "won" the verb', () => {
    expect(find('1.7 billion, $1,2,3 billion, they won 5 awards, 31 localities')).toEqual([]);
  });

  it('reads "W" and "Bt" as currencies only before their number, not watts after one', () => {
    expect(find('a 500 W panel, a W 300 fee, 20 Bt')).toEqual([]);
  });

  it('keeps a hyphenated range apart from a hyphenated scale', () => {
    expect(find('a $10-15 million plant and a 20-million-USD one').map((q) => [q.text, q.value])).toEqual([
      ['$10-15 million', 10e6],
      ['20-million-USD', 20e6],
    ]);
  });
});

describe('findQuantities: counts, shares and populations', () => {
  it('reads counts with modifiers and number words', () => {
    expect(find('six investment projects, 27 Kanagawa enterprises and 2,600 businesses')).toEqual([
      { text: 'six investment projects', value: 6, unit: 'projects', currency: null, approx: null },
      { text: '27 Kanagawa enterprises', value: 27, unit: 'enterprises', currency: null, approx: null },
      { text: '2,600 businesses', value: 2600, unit: 'enterprises', currency: null, approx: null },
    ]);
  });

  it('counts existing and secondary projects', () => {
    expect(
      find('1,289 existing projects added capital and 32 secondary projects opened').map((q) => q.text),
    ).toEqual(['1,289 existing projects', '32 secondary projects']);
  });

  it('reads approximation cues before the span', () => {
    expect(find('more than 300 Japanese enterprises').map((q) => q.approx)).toEqual(['over']);
    expect(find('nearly 40 per cent').map((q) => [q.text, q.approx])).toEqual([['40 per cent', 'about']]);
    expect(find('up to 30 percent').map((q) => q.approx)).toEqual([null]);
    expect(find('exceeding $190 million').map((q) => q.approx)).toEqual(['over']);
  });

  it('reads percentages in every spelling and populations', () => {
    expect(find('30%, 30 per cent, 30 percent').map((q) => q.unit)).toEqual([
      'percent',
      'percent',
      'percent',
    ]);
    expect(find('12,000 Vietnamese nationals')[0]).toMatchObject({ value: 12000, unit: 'people' });
    expect(find('153 countries and territories')[0]).toMatchObject({
      text: '153 countries and territories',
      unit: 'other',
    });
  });

  it('counts companies named by what they do, past "tenant", "prospective" and "cooperation"', () => {
    const text =
      'It sold land to 27 makers and 9 prospective tenants, hosts 640 tenant companies, signed 21 investment ' +
      'cooperation projects and wants 8 more Korean manufacturers.';
    expect(find(text).map((q) => [q.text, q.unit])).toEqual([
      ['27 makers', 'enterprises'],
      ['9 prospective tenants', 'enterprises'],
      ['640 tenant companies', 'enterprises'],
      ['21 investment cooperation projects', 'projects'],
      ['8 more Korean manufacturers', 'enterprises'],
    ]);
  });

  it('reads "a population of 2.7 million" and "dân số hơn 2,4 triệu người" as people', () => {
    expect(find('The province has a population of about 2.7 million.')).toEqual([
      { text: '2.7 million', value: 2.7e6, unit: 'people', currency: null, approx: 'about' },
    ]);
    expect(find('Tỉnh có dân số hơn 2,4 triệu người.')).toEqual([
      { text: '2,4 triệu người', value: 2.4e6, unit: 'people', currency: null, approx: 'over' },
    ]);
    // A bare scaled number elsewhere is no count of anything.
    expect(find('Sales reached 2.7 million last year.')).toEqual([]);
  });

  it('counts "12 of them" as a part of the count just before it, and nothing else as one', () => {
    expect(find('Some 80 Kyoto firms work here, 12 of them in Hue.').map((q) => [q.text, q.unit])).toEqual([
      ['80 Kyoto firms', 'enterprises'],
      ['12', 'enterprises'],
    ]);
    expect(find('It won 3 of them.')).toEqual([]);
    expect(find('Kyoto firms account for 9 of those projects, with 11 provincial companies.')).toEqual([
      { text: '9 of those projects', value: 9, unit: 'projects', currency: null, approx: null },
      { text: '11 provincial companies', value: 11, unit: 'enterprises', currency: null, approx: null },
    ]);
  });

  it('does not take a singular noun that qualifies another as the counted thing', () => {
    expect(find('three business delegations visited')).toEqual([]);
    expect(find('one project')).toHaveLength(1);
  });
});

describe('findQuantities: Vietnamese-language figures', () => {
  it('reads Vietnamese scales, decimal commas, counted nouns and approximation words', () => {
    expect(find('thu hút 120 dự án FDI với tổng vốn khoảng 1,5 tỷ USD và 5 nghìn tỷ đồng')).toEqual([
      { text: '120 dự án', value: 120, unit: 'projects', currency: null, approx: null },
      { text: '1,5 tỷ USD', value: 1.5e9, unit: 'USD', currency: 'USD', approx: 'about' },
      { text: '5 nghìn tỷ đồng', value: 5e12, unit: 'VND', currency: 'VND', approx: null },
    ]);
    expect(find('hơn 300 doanh nghiệp')[0]).toMatchObject({
      value: 300,
      unit: 'enterprises',
      approx: 'over',
    });
  });

  it('multiplies compound English scales', () => {
    expect(find('two hundred million dollars')[0]).toMatchObject({ value: 200e6, currency: 'USD' });
  });

  it('counts projects past a bracketed acronym and a hyphenated adjective', () => {
    expect(
      find('It has 28 foreign direct investment (FDI) projects and 1,050 newly-licensed projects.').map(
        (q) => [q.text, q.value, q.unit],
      ),
    ).toEqual([
      ['28 foreign direct investment (FDI) projects', 28, 'projects'],
      ['1,050 newly-licensed projects', 1050, 'projects'],
    ]);
  });

  it('reads Vietnamese thousands dots before Vietnamese nouns and scales', () => {
    expect(find('có 1.154 dự án với 3.500 tỷ đồng').map((q) => [q.text, q.value])).toEqual([
      ['1.154 dự án', 1154],
      ['3.500 tỷ đồng', 3.5e12],
    ]);
  });

  it('reads thousands dots before "tỉ", the other spelling of "tỷ"', () => {
    expect(find('Tỉnh thu hút 2.400 tỉ đồng vốn đầu tư.').map((q) => [q.text, q.value])).toEqual([
      ['2.400 tỉ đồng', 2.4e12],
    ]);
  });
});
