import type { EntityType, NamedEntityType } from '../../../core/model';

/** Mention types in the order the reader's toggles and lists show them. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MONEY', 'DATE'];

/** Types that name real-world entities (listed and faceted; MONEY and DATE are read as figures). */
export const NAMED_TYPES: readonly NamedEntityType[] = ['PERSON', 'ORG', 'PLACE'];

/** What a user calls each type. */
export const ENTITY_LABEL: Record<EntityType, string> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  PLACE: 'Place',
  MONEY: 'Money',
  DATE: 'Date',
};

/** Plural headings of the named types. */
export const ENTITY_HEADING: Record<NamedEntityType, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  PLACE: 'Places',
};
