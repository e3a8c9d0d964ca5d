import { describe, expect, it } from 'vitest';
import {
  countryOf,
  knowledgeEntries,
  knowledgeSources,
  lookupDemonym,
  lookupName,
  lookupRef,
  provinceAfter2025,
  vietnamProvinces,
} from './gazetteer';
import { recognizeEntities } from '../analysis/entities/recognize';

/** Mentions as "TYPE:text=ref" strings, in text order. */
function found(text: string): string[] {
  return recognizeEntities(text).mentions.map((m) => `${m.type}:${m.text}=${m.ref}`);
}

describe('gazetteer', () => {
  it('knows Vietnam had 63 province-level units before July 2025 and 34 after', () => {
    expect(vietnamProvinces('before-2025')).toHaveLength(63);
    expect(vietnamProvinces('after-2025')).toHaveLength(34);
  });

  it('maps merged provinces to the unit they joined and survivors to themselves', () => {
    expect(provinceAfter2025('binh-duong')).toBe('ho-chi-minh-city');
    expect(provinceAfter2025('ha-nam')).toBe('ninh-binh');
    expect(provinceAfter2025('bac-giang')).toBe('bac-ninh');
    expect(provinceAfter2025('quang-ninh')).toBe('quang-ninh');
    expect(provinceAfter2025('gunma')).toBeNull();
  });

  it('every 2025 unit absorbs between zero and two old units', () => {
    const after = vietnamProvinces('after-2025');
    for (const p of after) {
      const absorbed = vietnamProvinces('before-2025').filter((q) => q.mergedInto === p.ref);
      expect(absorbed.length).toBeLessThanOrEqual(2);
    }
  });

  it('finds names with or without diacritics and in capitals', () => {
    expect(lookupName('Hà Nội')?.ref).toBe('hanoi');
    expect(lookupName('HA NOI')?.ref).toBe('hanoi');
    expect(lookupName('Saigon')?.ref).toBe('ho-chi-minh-city');
    expect(lookupName('Republic of Korea')?.ref).toBe('south-korea');
    expect(lookupName('Japan External Trade Organisation')?.ref).toBe('jetro');
    expect(lookupName('Atlantis')).toBeUndefined();
  });

  it('turns nationality adjectives into country refs', () => {
    expect(lookupDemonym('Japanese')).toBe('japan');
    expect(lookupDemonym('Korean')).toBe('south-korea');
    expect(lookupDemonym('Vietnamese')).toBe('vietnam');
    expect(lookupDemonym('Thai')).toBe('thailand');
    expect(lookupDemonym('Singaporean')).toBe('singapore');
    expect(lookupDemonym('investment')).toBeNull();
  });

  it('tells the kind and country of a ref', () => {
    expect(lookupRef('gunma')?.kind).toBe('jp-prefecture');
    expect(lookupRef('hanoi')?.kind).toBe('vn-province');
    expect(lookupRef('vietnam')?.kind).toBe('country');
    expect(lookupRef('amata-city-ha-long')?.kind).toBe('industrial-park');
    expect(countryOf('gunma')).toBe('japan');
    expect(countryOf('thu-dau-mot')).toBe('vietnam');
    expect(countryOf('samsung')).toBe('south-korea');
  });

  it('gives every data file a version and source, and every entry a unique ref', () => {
    for (const s of knowledgeSources()) {
      expect(s.version).not.toBe('');
      expect(s.source.length).toBeGreaterThan(20);
    }
    const refs = knowledgeEntries().map((e) => e.ref);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('knows every province of Laos and Thailand, Korea and China by their own and their Vietnamese names', () => {
    const provincesOf = (country: string): number =>
      knowledgeEntries().filter((e) => e.kind === 'province' && e.country === country).length;
    expect(provincesOf('laos')).toBe(17);
    expect(provincesOf('thailand')).toBe(76);
    expect(provincesOf('cambodia')).toBe(24);
    expect(provincesOf('china')).toBe(27);
    expect(lookupName('Attapeu')?.ref).toBe('attapeu');
    expect(lookupName('Xieng Khouang')?.ref).toBe('xiengkhouang');
    expect(lookupName('Udon Thani Province')?.ref).toBe('udon-thani');
    expect(lookupName('Korat')?.ref).toBe('nakhon-ratchasima');
    expect(lookupName('Chungcheongbuk-do')?.ref).toBe('north-chungcheong');
    expect(lookupName('Jeonnam')?.ref).toBe('south-jeolla');
    expect(lookupName('South Gyeongsang Province')?.ref).toBe('south-gyeongsang');
    expect(lookupName('Tứ Xuyên')?.ref).toBe('sichuan');
    expect(lookupName('Phúc Kiến')?.ref).toBe('fujian');
    expect(lookupName('Côn Minh')?.ref).toBe('kunming');
    expect(lookupName('Tainan City')?.ref).toBe('tainan');
    expect(lookupName('Siem Reap')?.ref).toBe('siem-reap');
  });

  it('records the country and the province of foreign places', () => {
    expect(countryOf('houaphanh')).toBe('laos');
    expect(countryOf('gyeonggi')).toBe('south-korea');
    expect(lookupRef('pakse')?.parent).toBe('champasak');
    expect(lookupRef('gimhae')?.parent).toBe('south-gyeongsang');
    expect(lookupRef('beihai')?.parent).toBe('guangxi');
    expect(countryOf('beihai')).toBe('china');
    expect(lookupName('Cáp Nhĩ Tân')?.parent).toBe('heilongjiang');
    expect(lookupName('Urumqi')?.parent).toBe('xinjiang');
    expect(lookupRef('kasugai')?.parent).toBe('aichi');
    expect(countryOf('kasugai')).toBe('japan');
  });

  it('does not take Vietnamese places or common personal names for foreign provinces', () => {
    // Hà Nam is also Henan's Vietnamese name, Trang a Vietnamese given name and a Thai province.
    expect(lookupName('Hà Nam')?.ref).toBe('ha-nam');
    expect(lookupName('Trang')).toBeUndefined();
    expect(lookupName('Trang Province')?.ref).toBe('trang');
    expect(lookupName('Matsumoto')).toBeUndefined();
    expect(lookupName('Matsumoto City')?.ref).toBe('matsumoto');
    expect(lookupName('Okayama')?.ref).toBe('okayama');
    expect(lookupName('Okayama City')?.ref).toBe('okayama-city');
  });

  it('knows a Japanese prefecture by its name with either designator, and a text names it so', () => {
    expect(lookupName('Gunma Prefecture')?.ref).toBe('gunma');
    expect(lookupName('Hokkaidō-ken')?.ref).toBe('hokkaido');
    expect(found('Delegates from Shizuoka-ken and Gunma Prefecture met in Gunma.')).toEqual([
      'PLACE:Shizuoka-ken=shizuoka',
      'PLACE:Gunma Prefecture=gunma',
      'PLACE:Gunma=gunma',
    ]);
  });

  it('tags provinces and cities of partner countries as places, with their designators, not as people', () => {
    const text =
      'Leaders of Attapeu Province and Champasak met in Pakse, while Udon Thani and South Jeolla Province ' +
      'sent delegations to Gyeongsangnam-do and Guangxi Zhuang Autonomous Region. Nakhon Sawan signed ' +
      'with Chiayi County; Tứ Xuyên and Côn Minh joined later.';
    expect(found(text)).toEqual([
      'PLACE:Attapeu Province=attapeu',
      'PLACE:Champasak=champasak',
      'PLACE:Pakse=pakse',
      'PLACE:Udon Thani=udon-thani',
      'PLACE:South Jeolla Province=south-jeolla',
      'PLACE:Gyeongsangnam-do=south-gyeongsang',
      'PLACE:Guangxi Zhuang Autonomous Region=guangxi',
      'PLACE:Nakhon Sawan=nakhon-sawan',
      'PLACE:Chiayi County=chiayi-county',
      'PLACE:Tứ Xuyên=sichuan',
      'PLACE:Côn Minh=kunming',
    ]);
  });

  it('knows regions investors name, also written mid-sentence in Vietnamese', () => {
    expect(
      found('Vốn vào đồng bằng sông Cửu Long tăng, như ở Eastern Seaboard và Pearl River Delta.'),
    ).toEqual([
      'PLACE:đồng bằng sông Cửu Long=mekong-delta',
      'PLACE:Eastern Seaboard=eastern-seaboard',
      'PLACE:Pearl River Delta=pearl-river-delta',
    ]);
  });

  it('knows German states and US states without taking the cities or countries they share names with', () => {
    expect(found('Firms from Bavaria, North Rhine-Westphalia and Texas met in Leipzig and Cologne.')).toEqual(
      [
        'PLACE:Bavaria=bavaria',
        'PLACE:North Rhine-Westphalia=north-rhine-westphalia',
        'PLACE:Texas=texas',
        'PLACE:Leipzig=leipzig',
        'PLACE:Cologne=cologne',
      ],
    );
    expect(lookupName('New York')?.ref).toBe('new-york');
    expect(lookupName('New York State')?.ref).toBe('new-york-state');
    expect(countryOf('leipzig')).toBe('germany');
    expect(lookupRef('munich')?.parent).toBe('bavaria');
  });

  it('knows the provincial cities and towns of Vietnam, and where they lie', () => {
    expect(found('New plants in Pho Yen, Dong Xoai and Ky Anh; nhà máy ở Sa Đéc.')).toEqual([
      'PLACE:Pho Yen=pho-yen',
      'PLACE:Dong Xoai=dong-xoai',
      'PLACE:Ky Anh=ky-anh',
      'PLACE:Sa Đéc=sa-dec',
    ]);
    expect(lookupRef('dong-xoai')?.parent).toBe('binh-phuoc');
    expect(provinceAfter2025(lookupRef('dong-xoai')!.parent!)).toBe('dong-nai');
  });

  it('knows the states and provinces of Malaysia, Indonesia, Australia and India', () => {
    expect(
      found('Suppliers in Penang, West Java Province, Queensland and Tamil Nadu ship to Batam.'),
    ).toEqual([
      'PLACE:Penang=penang',
      'PLACE:West Java Province=west-java',
      'PLACE:Queensland=queensland',
      'PLACE:Tamil Nadu=tamil-nadu',
      'PLACE:Batam=batam',
    ]);
    expect(lookupName('Bangalore')?.ref).toBe('bengaluru');
    expect(countryOf('bengaluru')).toBe('india');
  });

  it("knows partners' trade, investment and aid agencies as organisations, not as a place and a person", () => {
    expect(
      found('The Taipei Economic and Cultural Office in Ho Chi Minh City, KOICA, MIDA and NDRC met in Hue.'),
    ).toEqual([
      'ORG:Taipei Economic and Cultural Office in Ho Chi Minh City=teco',
      'ORG:KOICA=koica',
      'ORG:MIDA=mida',
      'ORG:NDRC=ndrc',
      'PLACE:Hue=hue',
    ]);
  });

  it("knows India's largest business groups, and reads a group's named arm as its own company", () => {
    expect(found('Tata Consumer, Tata Energy and Infosys met Larsen & Toubro in Da Nang.')).toEqual([
      'ORG:Tata Consumer=tata-consumer',
      'ORG:Tata Energy=tata-energy',
      'ORG:Infosys=infosys',
      'ORG:Larsen & Toubro=larsen-toubro',
      'PLACE:Da Nang=da-nang',
    ]);
    expect(countryOf('adani-group')).toBe('india');
  });

  it('reads the Vietnamese names of countries and regions, but not ones that fold to other words', () => {
    expect(found('Vốn từ Đài Loan, Hà Lan và Thụy Sĩ vào Bắc Mỹ, Trung Đông và Ấn Độ.')).toEqual([
      'PLACE:Đài Loan=taiwan',
      'PLACE:Hà Lan=netherlands',
      'PLACE:Thụy Sĩ=switzerland',
      'PLACE:Bắc Mỹ=north-america',
      'PLACE:Trung Đông=middle-east',
      'PLACE:Ấn Độ=india',
    ]);
    // "Mỹ" folds to the English "My", "Lào" to the adjective "Lao".
    expect(lookupName('My')).toBeUndefined();
    expect(lookupName('Lao')).toBeUndefined();
  });
});
