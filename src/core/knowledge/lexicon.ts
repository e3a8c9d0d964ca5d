/**
 * Name lexicon for person and organisation recognition: family and given names by culture, person titles
 * and organisation designators, loaded from `data/names.json`. Name sets hold folded forms ("Nguyễn" →
 * "nguyen") so look-ups ignore diacritics and case.
 */
import { z } from 'zod';
import { fold } from '../text/fold';
import names from './data/names.json';

/** Folded name sets and phrase lists used by the entity recogniser. */
export interface NameLexicon {
  vietnameseFamily: ReadonlySet<string>;
  vietnameseGiven: ReadonlySet<string>;
  japaneseFamily: ReadonlySet<string>;
  japaneseGiven: ReadonlySet<string>;
  koreanFamily: ReadonlySet<string>;
  /** Chinese family names as written in English news ("Tan", "Lin", "Chen"), which come first in the name. */
  chineseFamily: ReadonlySet<string>;
  /** Common given names of Europe and the Americas ("Katrin", "Michael"), which come first in the name. */
  westernGiven: ReadonlySet<string>;
  /** Titles that precede a person's name ("Prime Minister", "Governor", "Mr"), as written. */
  titles: readonly string[];
  /** Legal-form endings dropped from a company's ref ("Co Ltd", "JSC", "Corporation"). */
  legalSuffixes: readonly string[];
  /** Head nouns that end an organisation's name ("Bank", "People's Committee", "Industrial Park"). */
  orgSuffixes: readonly string[];
}

const list = z.array(z.string().min(1)).min(1);
const schema = z.object({
  version: z.string().min(1),
  source: z.string().min(1),
  vietnameseFamilyNames: list,
  vietnameseGivenNames: list,
  japaneseFamilyNames: list,
  japaneseGivenNames: list,
  koreanFamilyNames: list,
  chineseFamilyNames: list,
  westernGivenNames: list,
  titles: list,
  legalSuffixes: list,
  orgSuffixes: list,
});

const parsed = schema.safeParse(names);
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  throw new Error(`knowledge/data/names.json: ${issue.path.join('.')}: ${issue.message}`);
}
const data = parsed.data;
const folded = (words: string[]): ReadonlySet<string> => new Set(words.map(fold));

/** The name lexicon, built once. */
export const nameLexicon: NameLexicon = {
  vietnameseFamily: folded(data.vietnameseFamilyNames),
  vietnameseGiven: folded(data.vietnameseGivenNames),
  japaneseFamily: folded(data.japaneseFamilyNames),
  japaneseGiven: folded(data.japaneseGivenNames),
  koreanFamily: folded(data.koreanFamilyNames),
  chineseFamily: folded(data.chineseFamilyNames),
  westernGiven: folded(data.westernGivenNames),
  titles: data.titles,
  legalSuffixes: data.legalSuffixes,
  orgSuffixes: data.orgSuffixes,
};

/** Version and provenance of the name lexicon. */
export const nameLexiconSource = { file: 'names.json', version: data.version, source: data.source };
