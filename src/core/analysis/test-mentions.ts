import type { Mention, NamedEntityType } from '../model';

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
