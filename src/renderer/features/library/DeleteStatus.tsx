import { StatusAlert } from '../../components/StatusAlert';
import type { DeleteFlow } from './use-delete';

/** Props of DeleteStatus. */
export interface DeleteStatusProps {
  flow: DeleteFlow;
}

/** The status bar after a deletion: what went, with Undo for a few seconds; or why it failed. */
export function DeleteStatus({ flow }: DeleteStatusProps) {
  const { state } = flow;
  if (state.phase === 'deleting')
    return (
      <section className="import-status delete-status" aria-label="Deletion">
        <p role="status">Deleting…</p>
      </section>
    );
  if (state.phase === 'deleted')
    return (
      <section className="import-status delete-status" aria-label="Deletion">
        <p role="status">{state.message}</p>
        <button type="button" onClick={flow.undo}>
          Undo
        </button>
      </section>
    );
  if (state.phase === 'failed')
    return (
      <StatusAlert
        label="Deletion"
        className="import-status delete-status"
        message={state.message}
        onDismiss={flow.dismiss}
      />
    );
  return null;
}
