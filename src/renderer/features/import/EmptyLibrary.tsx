import { IMPORT_LABELS, type ImportActions } from './ImportMenu';

/** Props of EmptyLibrary. */
export interface EmptyLibraryProps {
  actions: ImportActions;
  busy: boolean;
}

/** The demo first: on an empty library it is the quickest way to see what Kizuna does. */
const WELCOME_ORDER = ['demo', 'pickFiles', 'pickFolder', 'paste', 'url'] as const;

/** The first screen: what Kizuna is for, the demo library, and every way to import. */
export function EmptyLibrary({ actions, busy }: EmptyLibraryProps) {
  return (
    <section className="empty-library" aria-label="Welcome">
      <h1>Your library is empty</h1>
      <p>
        Kizuna keeps Vietnam–Japan investment news on this computer: import articles, read them in a quiet
        reader, and find any of them again by name, place or figure — in Vietnamese with or without accents.
        Nothing leaves your machine.
      </p>
      <div className="empty-actions">
        {WELCOME_ORDER.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'demo' ? 'primary' : undefined}
            onClick={actions[action]}
            disabled={busy}
          >
            {IMPORT_LABELS[action]}
          </button>
        ))}
      </div>
      <div className="drop-zone" aria-hidden="true">
        <p>Or drop article files or whole folders anywhere in this window</p>
        <p className="hint">Plain text (.txt), Markdown (.md) and saved web pages (.html)</p>
      </div>
    </section>
  );
}
