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
});
