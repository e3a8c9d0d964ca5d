import type { Mention, NamedEntityType } from '../model';
import type { EntityLookup } from './context';

/**
 * Test support: PERSON/ORG/PLACE mentions of the given names wherever they occur in `text`, so figure and
 * agreement rules can be tested apart from the entity recogniser.
 */
export function mentionsOf(text: string, names: [string, NamedEntityType, string][]): Mention[] {
  const out: Mention[] = [];
  for (const [name, type, ref] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      out.push({ start: i, end: i + name.length, text: name, type, ref, confidence: 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Test support: a small gazetteer as the figure, role and context rules see it, so those rules can be tested
 * apart from the knowledge files.
 */
export const testLookup: EntityLookup = {
  demonym: (w) => ({ Japanese: 'japan', Korean: 'south-korea', Thai: 'thailand' })[w] ?? null,
  isCountry: (ref) => ['japan', 'vietnam', 'thailand', 'singapore', 'germany', 'united-states'].includes(ref),
  isPrefecture: (ref) => ref === 'hiroshima' || ref === 'osaka',
  isCity: (ref) => ref === 'pohang',
  isCompany: (ref) => !/(park|ministry|news)/.test(ref),
  isPark: (ref) => /(park|zone)$/.test(ref),
  countryOf: (ref) =>
    ({
      hanoi: 'vietnam',
      'da-nang': 'vietnam',
      'bac-ninh': 'vietnam',
      'quang-ninh': 'vietnam',
      osaka: 'japan',
      sumitomo: 'japan',
      brg: 'vietnam',
      singapore: 'singapore',
    })[ref] ?? null,
};
