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
});
