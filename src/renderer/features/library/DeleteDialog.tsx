import { Dialog } from '../../components/Dialog';
import { deletionConsequence, deletionQuestion } from './deletion-text';
import type { DeleteFlow } from './use-delete';

/** Props of DeleteDialog. */
export interface DeleteDialogProps {
  flow: DeleteFlow;
}

/** The confirmation before a deletion: names the article (or counts them) and what goes with it. */
export function DeleteDialog({ flow }: DeleteDialogProps) {
  const { state } = flow;
  const summary = state.phase === 'asking' ? state.summary : null;
  return (
    <Dialog open={summary !== null} title={summary ? deletionQuestion(summary) : ''} onClose={flow.cancel}>
      {summary ? (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            flow.confirm();
          }}
        >
          <p className="dialog-text">
            {deletionConsequence(summary)} You can undo this for a few seconds afterwards.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={flow.cancel}>
              Cancel
            </button>
            {/* Not focused: the dialog focuses Cancel, so a stray Enter never deletes (as platform alerts do). */}
            <button type="submit" className="primary danger">
              Delete
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
