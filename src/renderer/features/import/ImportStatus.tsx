import { plural } from '../../components/format';
import { StatusAlert } from '../../components/StatusAlert';
import type { ImportLine, ImportState } from './use-import';

/** Props of ImportStatus. */
export interface ImportStatusProps {
  state: ImportState;
  onDismiss(): void;
  /** Opens an article the import stored. */
  onOpen(id: number): void;
}

function Lines({ title, lines, className }: { title: string; lines: ImportLine[]; className: string }) {
  if (lines.length === 0) return null;
  return (
    <section className={className} aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            <span className="file">{line.file}</span> <span className="message">{line.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The progress bar while an import runs, then what it did: imported, duplicates and every error. */
export function ImportStatus({ state, onDismiss, onOpen }: ImportStatusProps) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    const progress = state.progress;
    return (
      <section className="import-status" aria-label="Import progress">
        <progress
          aria-label="Import progress"
          max={progress?.total || 1}
          value={progress ? progress.done : undefined}
        />
        <p className="import-current" aria-live="polite">
          {progress
            ? `${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} — ${progress.current}`
            : 'Starting the import…'}
        </p>
      </section>
    );
  }
  if (state.phase === 'failed')
    return (
      <StatusAlert
        label="Import results"
        className="import-status import-failed"
        message={state.message}
        onDismiss={onDismiss}
      />
    );
  const { report } = state;
  return (
    <section className="import-status import-results" aria-label="Import results">
      <header className="import-summary">
        <p role="status">
          <strong>{plural(report.imported, 'article imported', 'articles imported')}</strong>
          {report.duplicates.length
            ? ` · ${plural(report.duplicates.length, 'duplicate', 'duplicates')}`
            : ''}
          {report.errors.length ? ` · ${plural(report.errors.length, 'error', 'errors')}` : ''}
        </p>
        {report.importedIds.length ? (
          <button type="button" onClick={() => onOpen(report.importedIds[0]!)}>
            Open first
          </button>
        ) : null}
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </header>
      <Lines title="Could not import" lines={report.errors} className="import-errors" />
      <Lines title="Already in the library" lines={report.duplicates} className="import-duplicates" />
    </section>
  );
}
