/**
 * The gazetteer: places and organisations Kizuna knows by name, loaded from the versioned JSON files in
 * `./data` and checked on load, so a bad edit to a data file fails loudly at start-up instead of silently
 * dropping entries. Every lookup here is by ref or by folded name, so "Hà Nội", "Ha Noi" and "HA NOI" agree.
 */
import { z } from 'zod';
import { fold } from '../text/fold';
import world from './data/world.json';
import vnPlaces from './data/vn-places.json';
import jpPlaces from './data/jp-places.json';
import partnerPlaces from './data/partner-places.json';
import orgs from './data/orgs.json';

/**
 * Kinds of place the gazetteer distinguishes. `province` is a first-level division of a country other than
 * Vietnam and Japan (a Lao or Thai province, a Korean do, a Chinese autonomous region, a German Land, a US state).
 */
export type PlaceKind =
  'country' | 'region' | 'natural-feature' | 'vn-province' | 'jp-prefecture' | 'province' | 'city';

/** Kinds of organisation the gazetteer distinguishes. */
export type OrgKind =
  'org' | 'agency' | 'ministry' | 'bank' | 'company' | 'industrial-park' | 'news' | 'association' | 'party';

/** Any gazetteer kind. */
export type KnowledgeKind = PlaceKind | OrgKind;

/** One known place or organisation. */
export interface KnowledgeEntry {
  /** Stable kebab-case id shared by every mention of this entity in every article. */
  ref: string;
  type: 'PLACE' | 'ORG';
  kind: KnowledgeKind;
  /** Preferred display name. */
  name: string;
  /** Other spellings, abbreviations and short forms (diacritic variants need not be listed). */
  aliases: readonly string[];
  /** Ref of the country the entity belongs to (itself for a country), null for regions and world bodies. */
  country: string | null;
  /** Ref of the province or prefecture a city lies in, else null. */
  parent: string | null;
}

/** A Vietnamese province-level unit with its place in the July 2025 reorganisation (63 → 34 units). */
export interface VietnamProvince {
  ref: string;
  name: string;
  /** Existed as a province-level unit until 30 June 2025. */
  before2025: boolean;
  /** Exists as a province-level unit from 1 July 2025. */
  after2025: boolean;
  /** For a unit merged away in 2025: the ref of the unit it became part of. */
  mergedInto: string | null;
  /** Centrally-run city rather than province. */
  centrallyRun: boolean;
}

/** Where one data file came from, for the About screen and exports. */
export interface KnowledgeSource {
  file: string;
  version: string;
  source: string;
}

const ref = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'refs are kebab-case ASCII');
const named = { ref, name: z.string().min(1), aliases: z.array(z.string().min(1)) };
const meta = { version: z.string().min(1), source: z.string().min(1) };

const worldSchema = z.object({
  ...meta,
  entries: z.array(
    z.object({
      ...named,
      kind: z.enum(['country', 'region', 'natural-feature']),
      demonyms: z.array(z.string().min(1)),
    }),
  ),
});
const vnSchema = z.object({
  ...meta,
  provinces: z.array(
    z.object({
      ...named,
      before2025: z.boolean(),
      after2025: z.boolean(),
      mergedInto: ref.optional(),
      centrallyRun: z.boolean().optional(),
    }),
  ),
  cities: z.array(z.object({ ...named, province: ref })),
});
const jpSchema = z.object({
  ...meta,
  prefectures: z.array(z.object(named)),
  cities: z.array(z.object({ ...named, prefecture: ref })),
  foreignCities: z.array(z.object({ ...named, country: ref })),
});
const partnerSchema = z.object({
  ...meta,
  countries: z.array(
    z.object({
      country: ref,
      source: z.string().min(1),
      /** Words written after a division's name that belong to it ("Province" in "Yunnan Province"). */
      designators: z.array(z.string().min(1)),
      cityDesignators: z.array(z.string().min(1)),
      divisions: z.array(z.object(named)),
      cities: z.array(z.object({ ...named, division: ref.optional() })),
    }),
  ),
});
const orgSchema = z.object({
  ...meta,
  entries: z.array(
    z.object({
      ...named,
      kind: z.enum([
        'org',
        'agency',
        'ministry',
        'bank',
        'company',
        'industrial-park',
        'news',
        'association',
        'party',
      ]),
      country: ref.nullable(),
    }),
  ),
});

function parse<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`knowledge/data/${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

const worldData = parse('world.json', worldSchema, world);
const vnData = parse('vn-places.json', vnSchema, vnPlaces);
const jpData = parse('jp-places.json', jpSchema, jpPlaces);
const partnerData = parse('partner-places.json', partnerSchema, partnerPlaces);
const orgData = parse('orgs.json', orgSchema, orgs);

const entries: KnowledgeEntry[] = [];
const byRef = new Map<string, KnowledgeEntry>();
const byName = new Map<string, KnowledgeEntry>();
const demonyms = new Map<string, string>();
const provinces: VietnamProvince[] = [];

/**
 * A foreign place's aliases plus each name with each designator after it ("Yunnan Province", "Kunming City",
 * "Gunma-ken"): abroad the designator is part of the name, unlike in Vietnamese place names. `designators` are
 * written as they follow the name, with their space or hyphen. A name that already ends in a designator ("Nan
 * Province", kept so because "Nan" alone is also a personal name) gets no second one.
 */
function designated(place: { name: string; aliases: string[] }, designators: readonly string[]): string[] {
  const forms = [...place.aliases];
  for (const n of [place.name, ...place.aliases]) {
    if (designators.some((d) => n.endsWith(d))) continue;
    for (const d of designators) forms.push(n + d);
  }
  return forms;
}

/** A partner country's designator words (data) as `designated` takes them: after a space. */
const spaced = (words: readonly string[]): string[] => words.map((w) => ` ${w}`);

/** What follows a Japanese prefecture's name as part of it: "Gunma Prefecture", "Gunma-ken". */
const PREFECTURE_DESIGNATORS = [' Prefecture', '-ken'];

function add(entry: KnowledgeEntry): void {
  if (byRef.has(entry.ref)) throw new Error(`knowledge/data: duplicate ref "${entry.ref}"`);
  entries.push(entry);
  byRef.set(entry.ref, entry);
  for (const n of [entry.name, ...entry.aliases]) if (!byName.has(fold(n))) byName.set(fold(n), entry);
}

for (const e of worldData.entries) {
  add({ ...e, type: 'PLACE', country: e.kind === 'country' ? e.ref : null, parent: null });
  for (const d of e.demonyms) demonyms.set(fold(d), e.ref);
}
for (const p of vnData.provinces) {
  add({ ...p, type: 'PLACE', kind: 'vn-province', country: 'vietnam', parent: null });
  provinces.push({
    ref: p.ref,
    name: p.name,
    before2025: p.before2025,
    after2025: p.after2025,
    mergedInto: p.mergedInto ?? null,
    centrallyRun: p.centrallyRun ?? false,
  });
}
for (const c of vnData.cities)
  add({ ...c, type: 'PLACE', kind: 'city', country: 'vietnam', parent: c.province });
for (const p of jpData.prefectures) {
  const aliases = designated(p, PREFECTURE_DESIGNATORS);
  add({ ...p, aliases, type: 'PLACE', kind: 'jp-prefecture', country: 'japan', parent: null });
}
for (const c of jpData.cities)
  add({ ...c, type: 'PLACE', kind: 'city', country: 'japan', parent: c.prefecture });
for (const c of jpData.foreignCities)
  add({ ...c, type: 'PLACE', kind: 'city', country: c.country, parent: null });
for (const g of partnerData.countries) {
  for (const d of g.divisions) {
    const aliases = designated(d, spaced(g.designators));
    add({ ...d, aliases, type: 'PLACE', kind: 'province', country: g.country, parent: null });
  }
  for (const c of g.cities) {
    const aliases = designated(c, spaced(g.cityDesignators));
    add({ ...c, aliases, type: 'PLACE', kind: 'city', country: g.country, parent: c.division ?? null });
  }
}
for (const o of orgData.entries) add({ ...o, type: 'ORG', parent: null });

for (const e of entries) {
  for (const r of [e.country, e.parent]) {
    if (r !== null && !byRef.has(r))
      throw new Error(`knowledge/data: "${e.ref}" points to unknown ref "${r}"`);
  }
}
for (const p of provinces) {
  if (p.mergedInto !== null && !provinces.some((q) => q.ref === p.mergedInto && q.after2025)) {
    throw new Error(
      `knowledge/data/vn-places.json: "${p.ref}" merges into "${p.mergedInto}", not a 2025 province`,
    );
  }
}

/** Every gazetteer entry, for building recognisers. */
export function knowledgeEntries(): readonly KnowledgeEntry[] {
  return entries;
}

/** The entry behind a ref ("gunma" → Gunma, jp-prefecture), or undefined when the ref is not in the gazetteer. */
export function lookupRef(refId: string): KnowledgeEntry | undefined {
  return byRef.get(refId);
}

/** The entry known by this name or alias, compared folded ("HA NOI", "Hà Nội", "Hanoi" → hanoi). */
export function lookupName(name: string): KnowledgeEntry | undefined {
  return byName.get(fold(name));
}

/**
 * The country or region ref a nationality adjective stands for ("Japanese" → "japan", "Korean" →
 * "south-korea", "Thai" → "thailand"), or null when the word is not a demonym.
 */
export function lookupDemonym(word: string): string | null {
  return demonyms.get(fold(word)) ?? null;
}

/** Ref of the country an entity belongs to ("gunma" → "japan", "fpt" → "vietnam"), or null if unknown. */
export function countryOf(refId: string): string | null {
  return byRef.get(refId)?.country ?? null;
}

/**
 * The province-level unit a Vietnamese province belongs to from 1 July 2025: itself when it survived,
 * the unit it merged into otherwise ("binh-duong" → "ho-chi-minh-city"); null for refs that are not provinces.
 */
export function provinceAfter2025(refId: string): string | null {
  const p = provinces.find((q) => q.ref === refId);
  if (!p) return null;
  return p.mergedInto ?? p.ref;
}

/** Vietnam's province-level units as they stood before or after the July 2025 reorganisation. */
export function vietnamProvinces(era: 'before-2025' | 'after-2025'): readonly VietnamProvince[] {
  return provinces.filter((p) => (era === 'before-2025' ? p.before2025 : p.after2025));
}

/** Version and provenance of each data file. */
export function knowledgeSources(): readonly KnowledgeSource[] {
  return [
    { file: 'world.json', version: worldData.version, source: worldData.source },
    { file: 'vn-places.json', version: vnData.version, source: vnData.source },
    { file: 'jp-places.json', version: jpData.version, source: jpData.source },
    ...partnerData.countries.map((g) => ({
      file: `partner-places.json#${g.country}`,
      version: partnerData.version,
      source: g.source,
    })),
    { file: 'orgs.json', version: orgData.version, source: orgData.source },
  ];
}
