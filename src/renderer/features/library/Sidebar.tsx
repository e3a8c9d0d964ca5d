import type { FacetCount, LibraryFacets } from '../../../db/repositories/articles';
import { ENTITY_HEADING, NAMED_TYPES } from '../entities/entity-types';
import { useEntityFacets } from '../entities/use-entities';
import type { LibraryFilters } from './use-library';

/** Props of Sidebar. */
export interface SidebarProps {
  filters: LibraryFilters;
  facets: LibraryFacets | undefined;
  onChange(change: Partial<LibraryFilters>): void;
}

function FacetList({
  title,
  values,
  selected,
  onPick,
  empty,
}: {
  title: string;
  /** `label` is shown instead of `name` when given (an entity's name for its ref). */
  values: (FacetCount & { label?: string })[];
  selected: string | undefined;
  onPick(value: string | undefined): void;
  empty: string;
}) {
  return (
    <section className="facet" aria-label={title}>
      <h2 className="sidebar-heading">{title}</h2>
      {values.length === 0 ? <p className="facet-empty">{empty}</p> : null}
      <ul>
        {values.map(({ name, count, label }) => {
          const on = selected === name;
          return (
            <li key={name}>
              <button
                type="button"
                className="facet-button"
                aria-pressed={on}
                onClick={() => onPick(on ? undefined : name)}
              >
                <span className="facet-name">{label ?? (name || '(no source)')}</span>
                <span className="count">{count.toLocaleString('en')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The library filters: read state, sources, tags, the most reported people, organisations and places,
 * and a date range, each with its article count.
 */
export function Sidebar({ filters, facets, onChange }: SidebarProps) {
  const entities = useEntityFacets();
  const shows = [
    { value: 'all', label: 'All articles', count: facets?.total },
    { value: 'unread', label: 'Unread', count: facets?.unread },
    { value: 'starred', label: 'Starred', count: facets?.starred },
  ] as const;
  return (
    <nav className="sidebar" aria-label="Filters">
      <section aria-label="Show">
        <ul>
          {shows.map(({ value, label, count }) => (
            <li key={value}>
              <button
                type="button"
                className="facet-button"
                aria-pressed={filters.show === value}
                onClick={() => onChange({ show: value })}
              >
                <span className="facet-name">{label}</span>
                <span className="count">{count?.toLocaleString('en') ?? ''}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <FacetList
        title="Sources"
        values={facets?.sources ?? []}
        selected={filters.source}
        onPick={(source) => onChange({ source })}
        empty="No sources yet."
      />
      <FacetList
        title="Tags"
        values={facets?.tags ?? []}
        selected={filters.tag}
        onPick={(tag) => onChange({ tag })}
        empty="No tags yet."
      />
      {NAMED_TYPES.map((type) => (
        <FacetList
          key={type}
          title={ENTITY_HEADING[type]}
          values={(entities?.get(type) ?? []).map((row) => ({
            name: row.ref,
            count: row.articleCount,
            label: row.name,
          }))}
          selected={filters.entity}
          onPick={(entity) => onChange({ entity })}
          empty="None found yet."
        />
      ))}
      <section className="facet" aria-label="Date range">
        <h2 className="sidebar-heading">Published</h2>
        <label className="date-field">
          <span>From</span>
          <input
            type="date"
            value={filters.from}
            onChange={(event) => onChange({ from: event.target.value })}
          />
        </label>
        <label className="date-field">
          <span>To</span>
          <input type="date" value={filters.to} onChange={(event) => onChange({ to: event.target.value })} />
        </label>
        {filters.from || filters.to ? (
          <button type="button" className="link-button" onClick={() => onChange({ from: '', to: '' })}>
            Any date
          </button>
        ) : null}
      </section>
    </nav>
  );
}
