import { describe, expect, it } from 'vitest';
import { buildContexts } from './context';
import { splitSentences } from './sentences';
import { mentionsOf, testLookup } from './test-mentions';
import { tokenize } from './tokens';

const lookup = testLookup;

function references(text: string, names: Parameters<typeof mentionsOf>[1]) {
  const tokens = tokenize(text);
  return buildContexts(tokens, splitSentences(text), mentionsOf(text, names), lookup).map((c) =>
    c.references.map((r) => `${r.kind}:${r.ref}:${text.slice(tokens[r.first]!.start, tokens[r.last]!.end)}`),
  );
}

describe('buildContexts', () => {
  it('groups names by sentence and keeps multi-word names whole', () => {
    expect(
      references('Hoa Lac Hi-Tech Park grew. Vietnam too.', [
        ['Hoa Lac Hi-Tech Park', 'ORG', 'hoa-lac'],
        ['Vietnam', 'PLACE', 'vietnam'],
      ]),
    ).toEqual([['name:hoa-lac:Hoa Lac Hi-Tech Park'], ['name:vietnam:Vietnam']]);
  });

  it('reads demonyms as references to their country', () => {
    expect(references('Korean investors came.', [])).toEqual([['demonym:south-korea:Korean']]);
    expect(references('Korean-invested firms came.', [])).toEqual([['demonym:south-korea:Korean-invested']]);
  });

  it('resolves "the country", "the province" and "the IP" to the latest fitting entity', () => {
    const text =
      'Amata City Ha Long lies in Quang Ninh, Vietnam. The IP grew; the province and the country too.';
    expect(
      references(text, [
        ['Amata City Ha Long', 'ORG', 'amata'],
        ['Quang Ninh', 'PLACE', 'quang-ninh'],
        ['Vietnam', 'PLACE', 'vietnam'],
      ])[1],
    ).toEqual(['anaphor:amata:The IP', 'anaphor:quang-ninh:the province', 'anaphor:vietnam:the country']);
  });

  it('reads "the country" after a list of partner countries as the country the article is about', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ['Hanoi', 'PLACE', 'hanoi'],
      ['Da Nang', 'PLACE', 'da-nang'],
      ['Singapore', 'PLACE', 'singapore'],
      ['Vietnam', 'PLACE', 'vietnam'],
      ['Japan', 'PLACE', 'japan'],
    ];
    const listed =
      'Hanoi and Da Nang drew most capital. Singapore led investors in Vietnam, ahead of Japan. ' +
      'By June the country had 4,100 valid projects.';
    expect(references(listed, names)[2]).toEqual(['anaphor:vietnam:the country']);
    // One partner named alone is what "the country" means next.
    const alone = 'Hanoi and Da Nang drew most capital. Japan led. By June the country had 900 projects.';
    expect(references(alone, names)[2]).toEqual(['anaphor:japan:the country']);
  });

  it('resolves "the province" past a prefecture named since, and "the prefecture" to it', () => {
    const text =
      'Long An met a delegation from Hiroshima Prefecture. The province has 86 projects; the prefecture has ' +
      'more, but the locality leads.';
    expect(
      references(text, [
        ['Long An', 'PLACE', 'long-an'],
        ['Hiroshima Prefecture', 'PLACE', 'hiroshima'],
      ])[1],
    ).toEqual([
      'anaphor:long-an:The province',
      'anaphor:hiroshima:the prefecture',
      'anaphor:hiroshima:the locality',
    ]);
  });

  it('resolves "the retailer" and "the Korean tech giant" to the company named last', () => {
    const text = 'Aeon opened a mall. The retailer grew, and the Korean tech giant Samsung too.';
    expect(references(text, [['Aeon', 'ORG', 'aeon']])[1]).toEqual([
      'anaphor:aeon:The retailer',
      'demonym:south-korea:Korean',
      'anaphor:aeon:the Korean tech giant',
    ]);
  });

  it('resolves "the city-state" to Singapore even when another country was named after it', () => {
    const text = "Singapore is Vietnam's top investor. As of February, the city-state had 3,869 projects.";
    expect(
      references(text, [
        ['Singapore', 'PLACE', 'singapore'],
        ['Vietnam', 'PLACE', 'vietnam'],
      ])[1],
    ).toEqual(['anaphor:singapore:the city-state']);
  });

  it('resolves "the Japanese conglomerate" to the latest Japanese company, not the partner named after it', () => {
    const text = 'Sumitomo and its partner BRG will build a town. The Japanese conglomerate will pay for it.';
    expect(
      references(text, [
        ['Sumitomo', 'ORG', 'sumitomo'],
        ['BRG', 'ORG', 'brg'],
      ])[1],
    ).toEqual(['demonym:japan:Japanese', 'anaphor:sumitomo:The Japanese conglomerate']);
  });

  it('reads "the city" as the Vietnamese locality, "the city-state" as a country and a bare "tỉnh" as the province', () => {
    const text = 'Hanoi met Osaka and Singapore. The city grew, the city-state too; tỉnh đã thu hút vốn.';
    expect(
      references(text, [
        ['Hanoi', 'PLACE', 'hanoi'],
        ['Osaka', 'PLACE', 'osaka'],
        ['Singapore', 'PLACE', 'singapore'],
      ])[1],
    ).toEqual(['anaphor:hanoi:The city', 'anaphor:singapore:the city-state', 'anaphor:hanoi:tỉnh']);
  });

  it('leaves an anaphor unresolved when nothing fitting came before', () => {
    expect(references('The province grew.', [])).toEqual([[]]);
  });

  it('keeps "the province" on the article\'s subject past a place named in passing, not past a new subject', () => {
    const text =
      'Quang Tri Province hosts 40 projects. The province grew 9%. ' +
      'Envoys met at the KOTRA Hanoi office and flew to Pohang on May 2. The province plans 3 parks. ' +
      'Hue opened 2 ports. The province expects more.';
    expect(
      references(text, [
        ['Quang Tri', 'PLACE', 'quang-tri'],
        ['Hanoi', 'PLACE', 'hanoi'],
        ['Pohang', 'PLACE', 'pohang'],
        ['Hue', 'PLACE', 'hue'],
      ])
        .flat()
        .filter((r) => r.startsWith('anaphor')),
    ).toEqual([
      'anaphor:quang-tri:The province',
      'anaphor:quang-tri:The province',
      'anaphor:hue:The province',
    ]);
  });

  it('reads a bare Vietnamese "thành phố" as the city named before, but not "thành phố Huế" as one', () => {
    const text = 'Đà Nẵng mở 3 cảng. Tính đến tháng 9, thành phố có 12 dự án. Đoàn đã tới thành phố Huế.';
    expect(
      references(text, [
        ['Đà Nẵng', 'PLACE', 'da-nang'],
        ['Huế', 'PLACE', 'hue'],
      ]).flat(),
    ).toEqual(['name:da-nang:Đà Nẵng', 'anaphor:da-nang:thành phố', 'name:hue:Huế']);
  });

  it('reads "the merged city" as the city, not "the southern province of X", and not a dateline as the subject', () => {
    const text =
      'HANOI, May 3 - Da Nang absorbed the neighbouring province of Quang Nam on July 1. ' +
      'The merged city hosts 900 projects.';
    expect(
      references(text, [
        ['HANOI', 'PLACE', 'hanoi'],
        ['Da Nang', 'PLACE', 'da-nang'],
        ['Quang Nam', 'PLACE', 'quang-nam'],
      ]).flat(),
    ).toEqual([
      'name:hanoi:HANOI',
      'name:da-nang:Da Nang',
      'name:quang-nam:Quang Nam',
      'anaphor:da-nang:The merged city',
    ]);
  });

  it('reads the name after a long dateline and its agency as the subject "the province" then means', () => {
    const text =
      'Thai Nguyen Province attracted 12 projects. ' +
      'ANDONG, June 2 (Yonhap) -- North Gyeongsang Province said it signed an agreement. The province grew.';
    expect(
      references(text, [
        ['Thai Nguyen', 'PLACE', 'thai-nguyen'],
        ['North Gyeongsang', 'PLACE', 'north-gyeongsang'],
      ])[2],
    ).toEqual(['anaphor:north-gyeongsang:The province']);
  });

  it('does not read "the province" as a province merged into or formerly part of the one spoken of', () => {
    const text =
      'Officials said Lam Dong, which merged with Dak Nong in July, has 20 parks. The province had 600 projects. ' +
      'Land in the former Binh Thuan area is cheap, the province said.';
    const found = references(text, [
      ['Lam Dong', 'PLACE', 'lam-dong'],
      ['Dak Nong', 'PLACE', 'dak-nong'],
      ['Binh Thuan', 'PLACE', 'binh-thuan'],
    ]);
    expect(found[1]).toEqual(['anaphor:lam-dong:The province']);
    expect(found[2]).toEqual(['name:binh-thuan:Binh Thuan', 'anaphor:lam-dong:the province']);
  });

  it('takes a province opening a sentence before an aside as the topic', () => {
    const text =
      'Hue had 8 new projects. Quang Tri, which borders Hue, has 3 ports. The province plans 2 more.';
    expect(
      references(text, [
        ['Hue', 'PLACE', 'hue'],
        ['Quang Tri', 'PLACE', 'quang-tri'],
      ])
        .flat()
        .at(-1),
    ).toBe('anaphor:quang-tri:The province');
  });

  it('reads "the province" as the locality of the people\'s committee named before it', () => {
    const text =
      "Exports from Bac Ninh grew. Lam, of the Da Nang People's Committee, said the province drew 90 projects.";
    const found = references(text, [
      ['Bac Ninh', 'PLACE', 'bac-ninh'],
      ["Da Nang People's Committee", 'ORG', 'da-nang-peoples-committee'],
    ]);
    expect(found[1]).toEqual([
      "name:da-nang-peoples-committee:Da Nang People's Committee",
      'anaphor:da-nang:the province',
    ]);
  });
});
