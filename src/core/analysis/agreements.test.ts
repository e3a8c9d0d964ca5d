import { describe, expect, it } from 'vitest';
import type { NamedEntityType } from '../model';
import { analyzeWithEntities } from './analyze';
import { mentionsOf } from './test-mentions';

function agreements(text: string, date: string | null, names: [string, NamedEntityType, string][]) {
  return analyzeWithEntities(
    text,
    { date },
    { mentions: mentionsOf(text, names), entities: [] },
  ).agreements.map(({ kind, parties, date }) => ({ kind, parties, date }));
}

describe('findAgreements', () => {
  it('reads a signed MoU with its parties and full date', () => {
    const text =
      'Hai Phong and Kumamoto Prefecture signed a memorandum of understanding on cooperation on March 5, 2024.';
    expect(
      agreements(text, '2024-03-06', [
        ['Hai Phong', 'PLACE', 'hai-phong'],
        ['Kumamoto Prefecture', 'PLACE', 'kumamoto'],
      ]),
    ).toEqual([{ kind: 'MoU', parties: ['hai-phong', 'kumamoto'], date: '2024-03-05' }]);
  });

  it('drops a possessive country qualifier and takes the year the text gives', () => {
    const text =
      "Vietnam's Quang Ninh inked a cooperation agreement with the Japan External Trade Organization in 2019.";
    expect(
      agreements(text, '2024-03-06', [
        ['Vietnam', 'PLACE', 'vietnam'],
        ['Quang Ninh', 'PLACE', 'quang-ninh'],
        ['Japan External Trade Organization', 'ORG', 'jetro'],
      ]),
    ).toEqual([{ kind: 'agreement', parties: ['quang-ninh', 'jetro'], date: '2019' }]);
  });

  it('fills "the two sides" with the article\'s main locality and a day with the article year', () => {
    const text =
      'Da Nang leaders visited Japan. Da Nang wants more trade. On May 20, the two sides signed an MoU with Osaka.';
    expect(
      agreements(text, '2025-06-01', [
        ['Da Nang', 'PLACE', 'da-nang'],
        ['Japan', 'PLACE', 'japan'],
        ['Osaka', 'PLACE', 'osaka'],
      ]),
    ).toEqual([{ kind: 'MoU', parties: ['da-nang', 'osaka'], date: '2025-05-20' }]);
  });

  it('ignores agreements that are only mentioned, and trade pacts', () => {
    const text =
      'The two localities will implement the MoU between Hanoi and Tokyo. Vietnam signed a free trade agreement with the EU.';
    expect(
      agreements(text, '2025-06-01', [
        ['Hanoi', 'PLACE', 'hanoi'],
        ['Tokyo', 'PLACE', 'tokyo'],
        ['Vietnam', 'PLACE', 'vietnam'],
        ['EU', 'ORG', 'european-union'],
      ]),
    ).toEqual([]);
  });

  it('reports a signing told in the headline and the body once, with the date the body gives', () => {
    const text = 'Hung Yen, Saitama sign MoU on training\nHung Yen and Saitama signed an MoU on February 26.';
    expect(
      agreements(text, '2026-02-27', [
        ['Hung Yen', 'PLACE', 'hung-yen'],
        ['Saitama', 'PLACE', 'saitama'],
      ]),
    ).toEqual([{ kind: 'MoU', parties: ['hung-yen', 'saitama'], date: '2026-02-26' }]);
  });

  it('keeps to the clause that tells the signing: no party from "under which …", the date nearest the MoU', () => {
    const text =
      'The plant opened on October 15 in Hanoi; an MoU was inked on Oct. 3 by Vingroup and Sojitz. ' +
      'Thai Nguyen and Samsung signed a memorandum of understanding on January 14 under which the firm will ' +
      'expand at the Yen Binh Industrial Park.';
    expect(
      agreements(text, '2025-01-15', [
        ['Hanoi', 'PLACE', 'hanoi'],
        ['Vingroup', 'ORG', 'vingroup'],
        ['Sojitz', 'ORG', 'sojitz'],
        ['Thai Nguyen', 'PLACE', 'thai-nguyen'],
        ['Samsung', 'ORG', 'samsung'],
        ['Yen Binh Industrial Park', 'ORG', 'yen-binh-industrial-park'],
      ]),
    ).toEqual([
      { kind: 'MoU', parties: ['vingroup', 'sojitz'], date: '2024-10-03' },
      { kind: 'MoU', parties: ['thai-nguyen', 'samsung'], date: '2025-01-14' },
    ]);
  });

  it('reads a memorandum signed in Vietnamese ("ký kết biên bản ghi nhớ … giữa A và B")', () => {
    const text = 'Hai bên đã ký kết biên bản ghi nhớ hợp tác giữa Đà Nẵng và tỉnh Saitama.';
    expect(
      agreements(text, '2025-07-09', [
        ['Đà Nẵng', 'PLACE', 'da-nang'],
        ['Saitama', 'PLACE', 'saitama'],
      ]),
    ).toEqual([{ kind: 'MoU', parties: ['da-nang', 'saitama'], date: '2025-07-09' }]);
  });

  it('finds the agreement word wherever the sentence has it: "thỏa thuận" or "thoả thuận", "MOUS" in capitals', () => {
    const names: [string, NamedEntityType, string][] = [
      ['Huế', 'PLACE', 'hue'],
      ['Kyoto', 'PLACE', 'kyoto'],
    ];
    expect(agreements('Năm 2024, Huế và Kyoto đã ký thỏa thuận hợp tác.', '2025-07-09', names)).toEqual([
      { kind: 'agreement', parties: ['hue', 'kyoto'], date: '2024' },
    ]);
    // The other placing of the tone mark, in a sentence with nothing else the engine reads.
    expect(agreements('Huế và Kyoto đã ký thoả thuận hợp tác.', '2025-07-09', names)).toEqual([
      { kind: 'agreement', parties: ['hue', 'kyoto'], date: '2025-07-09' },
    ]);
    expect(agreements('On May 2, Huế and Kyoto signed two MOUS on trade.', '2025-07-09', names)).toEqual([
      { kind: 'MoU', parties: ['hue', 'kyoto'], date: '2025-05-02' },
    ]);
  });

  it('leaves out the dateline, its agency, the venue and a country when two localities sign', () => {
    const text =
      "CHANGWON, South Korea (Yonhap) -- Gyeongnam Province and Vietnam's Quang Tri Province signed an MoU " +
      'on Friday in Changwon, South Korea.';
    expect(
      agreements(text, '2025-06-16', [
        ['CHANGWON', 'PLACE', 'changwon'],
        ['South Korea', 'PLACE', 'south-korea'],
        ['Yonhap', 'ORG', 'yonhap'],
        ['Gyeongnam Province', 'PLACE', 'gyeongnam'],
        ['Vietnam', 'PLACE', 'vietnam'],
        ['Quang Tri Province', 'PLACE', 'quang-tri'],
        ['Changwon', 'PLACE', 'changwon'],
      ]),
    ).toEqual([{ kind: 'MoU', parties: ['gyeongnam', 'quang-tri'], date: '2025-06-13' }]);
  });

  it('keeps one signing when a headline, a committee and the same day tell it again', () => {
    const text =
      'Tay Ninh, Chiba sign cooperation agreement\n' +
      "Chiba Governor Kumagai visited Tay Ninh on November 3. On the same day, the Tay Ninh People's Committee " +
      'and Chiba Prefecture (Japan) signed an MoU on training.';
    expect(
      agreements(text, '2025-11-05', [
        ['Tay Ninh', 'PLACE', 'tay-ninh'],
        ['Chiba', 'PLACE', 'chiba'],
        ["Tay Ninh People's Committee", 'ORG', 'tay-ninh-peoples-committee'],
        ['Chiba Prefecture', 'PLACE', 'chiba'],
        ['Japan', 'PLACE', 'japan'],
      ]),
    ).toEqual([{ kind: 'MoU', parties: ['tay-ninh', 'chiba'], date: '2025-11-03' }]);
  });

  it('does not merge an old memorandum with a new one between the same partners', () => {
    const text =
      'Ca Mau and Miyagi signed an MoU in March 2019. Ca Mau and Miyagi signed a new MoU on trade this week.';
    expect(
      agreements(text, '2025-10-02', [
        ['Ca Mau', 'PLACE', 'ca-mau'],
        ['Miyagi', 'PLACE', 'miyagi'],
      ]),
    ).toEqual([
      { kind: 'MoU', parties: ['ca-mau', 'miyagi'], date: '2019-03' },
      { kind: 'MoU', parties: ['ca-mau', 'miyagi'], date: '2025-10-02' },
    ]);
  });

  it('reads one agreement with each partner when several sign "agreements" with one locality', () => {
    const text =
      'Quang Tri Province and the Lao provinces of Savannakhet, Salavan and Sekong signed cooperation ' +
      'agreements on April 2. Quang Tri will open a trade office in Savannakhet.';
    expect(
      agreements(text, '2025-04-03', [
        ['Quang Tri Province', 'PLACE', 'quang-tri'],
        ['Savannakhet', 'PLACE', 'savannakhet'],
        ['Salavan', 'PLACE', 'salavan'],
        ['Sekong', 'PLACE', 'sekong'],
        ['Quang Tri', 'PLACE', 'quang-tri'],
      ]),
    ).toEqual([
      { kind: 'agreement', parties: ['quang-tri', 'savannakhet'], date: '2025-04-02' },
      { kind: 'agreement', parties: ['quang-tri', 'salavan'], date: '2025-04-02' },
      { kind: 'agreement', parties: ['quang-tri', 'sekong'], date: '2025-04-02' },
    ]);
  });

  it('reads earlier agreements named with their partner and date, and not those only mentioned', () => {
    const text =
      "Hung Yen and Tochigi Prefecture signed an MoU on December 8. It is Hung Yen's third with a Japanese " +
      'prefecture, after agreements with Okayama Prefecture in 2019 and Nara Prefecture in May 2024. ' +
      'Hung Yen will carry out its MoU with Osaka in 2026.';
    expect(
      agreements(text, '2025-12-10', [
        ['Hung Yen', 'PLACE', 'hung-yen'],
        ['Tochigi Prefecture', 'PLACE', 'tochigi'],
        ['Okayama Prefecture', 'PLACE', 'okayama'],
        ['Nara Prefecture', 'PLACE', 'nara'],
        ['Osaka', 'PLACE', 'osaka'],
      ]),
    ).toEqual([
      { kind: 'MoU', parties: ['hung-yen', 'tochigi'], date: '2025-12-08' },
      { kind: 'agreement', parties: ['hung-yen', 'okayama'], date: '2019' },
      { kind: 'agreement', parties: ['hung-yen', 'nara'], date: '2024-05' },
    ]);
  });

  it('ends the clause of a signing where another begins after a comma, not inside a list of partners', () => {
    const text =
      'Aichi Prefecture signed an MoU with Binh Duong province on Nov. 11, and Okayama will open a desk in Da Nang. ' +
      'Nghe An signed agreements with Xiengkhouang, Bolikhamxay and Houaphanh on March 11, hoping to lift trade with Laos.';
    expect(
      agreements(text, '2025-11-20', [
        ['Aichi Prefecture', 'PLACE', 'aichi'],
        ['Binh Duong', 'PLACE', 'binh-duong'],
        ['Okayama', 'PLACE', 'okayama'],
        ['Da Nang', 'PLACE', 'da-nang'],
        ['Nghe An', 'PLACE', 'nghe-an'],
        ['Xiengkhouang', 'PLACE', 'xiengkhouang'],
        ['Bolikhamxay', 'PLACE', 'bolikhamxay'],
        ['Houaphanh', 'PLACE', 'houaphanh'],
        ['Laos', 'PLACE', 'laos'],
      ]).map((a) => a.parties),
    ).toEqual([
      ['aichi', 'binh-duong'],
      ['nghe-an', 'xiengkhouang'],
      ['nghe-an', 'bolikhamxay'],
      ['nghe-an', 'houaphanh'],
    ]);
  });

  it('keeps lists of topics and the date in the clause, and leaves places after ", to" and before ", where" out', () => {
    const text =
      'Da Nang and Khon Kaen signed an MoU on trade, tourism and education in Da Nang on August 21, the first since ' +
      'its merger with Quang Nam. Hanseong signed an MoU with Hai Duong on Wednesday, to build a plant east of ' +
      'Hanoi. Phuc spoke during a visit to Stuttgart in October, where Tay Ninh signed an MoU with Baden-Wurttemberg.';
    expect(
      agreements(text, '2025-10-20', [
        ['Da Nang', 'PLACE', 'da-nang'],
        ['Khon Kaen', 'PLACE', 'khon-kaen'],
        ['Quang Nam', 'PLACE', 'quang-nam'],
        ['Hanseong', 'ORG', 'hanseong'],
        ['Hai Duong', 'PLACE', 'hai-duong'],
        ['Hanoi', 'PLACE', 'hanoi'],
        ['Stuttgart', 'PLACE', 'stuttgart'],
        ['Tay Ninh', 'PLACE', 'tay-ninh'],
        ['Baden-Wurttemberg', 'PLACE', 'baden-wurttemberg'],
      ]).map((a) => [a.parties, a.date]),
    ).toEqual([
      [['da-nang', 'khon-kaen'], '2025-08-21'],
      [['hanseong', 'hai-duong'], '2025-10-15'],
      [['tay-ninh', 'baden-wurttemberg'], '2025-10'],
    ]);
  });

  it('dates a signing by its weekday, not the dateline, and one "the same day" or "at the event" by the one before', () => {
    const text =
      'NANNING, Nov. 18 (Xinhua) -- Guangxi and Lang Son on Monday signed a cooperation agreement on trade. ' +
      'Cao Bang and Baise signed an MoU on tourism the same day. ' +
      'At the event, Becamex and Chungnam Techno Park signed an MoU on innovation.';
    expect(
      agreements(text, '2025-11-18', [
        ['NANNING', 'PLACE', 'nanning'],
        ['Xinhua', 'ORG', 'xinhua'],
        ['Guangxi', 'PLACE', 'guangxi'],
        ['Lang Son', 'PLACE', 'lang-son'],
        ['Cao Bang', 'PLACE', 'cao-bang'],
        ['Baise', 'PLACE', 'baise'],
        ['Becamex', 'ORG', 'becamex'],
        ['Chungnam Techno Park', 'ORG', 'chungnam-techno-park'],
      ]).map((a) => [a.parties, a.date]),
    ).toEqual([
      [['guangxi', 'lang-son'], '2025-11-17'],
      [['cao-bang', 'baise'], '2025-11-17'],
      [['becamex', 'chungnam-techno-park'], '2025-11-17'],
    ]);
  });

  it('leaves out a signing whose partner is not known, rather than show it with one party or the main locality', () => {
    const text =
      'Hanoi hosted the forum. Hanoi and Tokyo met. Lao Cai signed a cooperation agreement with the Hekou Border ' +
      'Economic Cooperation Zone Authority. Shizuoka renewed a 2019 cooperation agreement with Ninh Binh.';
    expect(
      agreements(text, '2025-11-20', [
        ['Hanoi', 'PLACE', 'hanoi'],
        ['Tokyo', 'PLACE', 'tokyo'],
        ['Lao Cai', 'PLACE', 'lao-cai'],
        ['Shizuoka', 'PLACE', 'shizuoka'],
        ['Ninh Binh', 'PLACE', 'ninh-binh'],
      ]),
    ).toEqual([{ kind: 'agreement', parties: ['shizuoka', 'ninh-binh'], date: '2019' }]);
  });

  it('dates a signing "on the same day" by the weekday of the event the article opened with', () => {
    const text =
      'Leaders of Hanoi and Osaka on Tuesday agreed to step up cooperation as they marked 50 years of ties. ' +
      'The two cities have traded for years. ' +
      'On the same day, the Saigon Hi-Tech Park and the Kansai Economic Federation signed an MoU.';
    expect(
      agreements(text, '2024-11-27', [
        ['Hanoi', 'PLACE', 'hanoi'],
        ['Osaka', 'PLACE', 'osaka'],
        ['Saigon Hi-Tech Park', 'ORG', 'saigon-hi-tech-park'],
        ['Kansai Economic Federation', 'ORG', 'kansai-economic-federation'],
      ]),
    ).toEqual([
      { kind: 'MoU', parties: ['saigon-hi-tech-park', 'kansai-economic-federation'], date: '2024-11-26' },
    ]);
  });

  it('reads "The MoU was signed by …" after a signing as the same memorandum told again', () => {
    const text =
      'Shiga Prefecture and Long An Province signed a memorandum of understanding on November 11, 2025. ' +
      "The MoU was signed by Governor Mikazuki and Mr. Tran, Chairman of the Long An People's Committee, " +
      'in the presence of the Consul General of Vietnam. ' +
      'In 2019, Shiga also signed an MoU with Bac Ninh.';
    expect(
      agreements(text, '2025-11-12', [
        ['Shiga Prefecture', 'PLACE', 'shiga'],
        ['Long An Province', 'PLACE', 'long-an'],
        ["Long An People's Committee", 'ORG', 'long-an-peoples-committee'],
        ['Vietnam', 'PLACE', 'vietnam'],
        ['Shiga', 'PLACE', 'shiga'],
        ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ]),
    ).toEqual([
      { kind: 'MoU', parties: ['shiga', 'long-an'], date: '2025-11-11' },
      { kind: 'MoU', parties: ['shiga', 'bac-ninh'], date: '2019' },
    ]);
  });
});
