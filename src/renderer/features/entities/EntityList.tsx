import type { NamedEntityType } from '../../../core/model';
import type { ArticleAnalysis } from '../../../db/repositories/analysis';
import { ENTITY_HEADING, NAMED_TYPES } from './entity-types';

/** Props of EntityList. */
export interface EntityListProps {
  analysis: ArticleAnalysis;
  /** The entity whose mentions are highlighted, if any. */
  selected: string | null;
  onSelect(ref: string | null): void;
}

interface Listed {
  ref: string;
  name: string;
  count: number;
}

function group(analysis: ArticleAnalysis): Map<NamedEntityType, Listed[]> {
  const byRef = new Map<string, Listed & { type: NamedEntityType }>();
  for (const mention of analysis.mentions) {
    if (!mention.ref || mention.status === 'rejected' || mention.type === 'MONEY' || mention.type === 'DATE')
      continue;
    const listed = byRef.get(mention.ref);
    if (listed) listed.count++;
    else
      byRef.set(mention.ref, {
        ref: mention.ref,
        type: mention.type,
        name: analysis.entities.get(mention.ref)?.name ?? mention.text,
        count: 1,
      });
  }
  const groups = new Map<NamedEntityType, Listed[]>();
  for (const type of NAMED_TYPES) {
    const listed = [...byRef.values()].filter((entry) => entry.type === type);
    if (listed.length)
      groups.set(
        type,
        listed.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      );
  }
  return groups;
}

/** The article's people, organisations and places with mention counts; picking one highlights its mentions. */
export function EntityList({ analysis, selected, onSelect }: EntityListProps) {
  const groups = group(analysis);
  return (
    <section className="panel-section" aria-label="Entities">
      <h2 className="panel-heading">Entities</h2>
      {groups.size === 0 ? <p className="panel-empty">No entities found.</p> : null}
      {[...groups].map(([type, entries]) => (
        <div key={type} className="entity-group">
          <h3 className={`entity-group-heading ent-key-${type.toLowerCase()}`}>{ENTITY_HEADING[type]}</h3>
          <ul>
            {entries.map((entry) => {
              const on = entry.ref === selected;
              return (
                <li key={entry.ref}>
                  <button
                    type="button"
                    className="facet-button"
                    aria-pressed={on}
                    onClick={() => onSelect(on ? null : entry.ref)}
                  >
                    <span className="facet-name">{entry.name}</span>
                    <span className="count">{entry.count}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
