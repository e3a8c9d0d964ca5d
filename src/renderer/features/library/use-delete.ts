import { useCallback, useEffect, useRef, useState } from 'react';
import { summariseDeletion, type DeletionSummary } from '../../../db/repositories/deletion';
import { getDatabase } from '../../services/database';
import { deleteFromLibrary, undoDeletion } from '../../services/importer';
import { deletionDone } from './deletion-text';
import { errorMessage } from '../../components/format';
import { UNDO_MS } from '../../workers/protocol';

/** Where a deletion stands: asking for confirmation, under way, done (undoable), or failed. */
export type DeleteState =
  | { phase: 'idle' }
  | { phase: 'asking'; ids: number[]; summary: DeletionSummary }
  | { phase: 'deleting' }
  | { phase: 'deleted'; message: string; undo: number }
  | { phase: 'failed'; message: string };

/** What the shell does around a deletion: move the selection off the deleted rows, and back on undo. */
export interface DeleteCallbacks {
  onDeleted(ids: number[]): void;
  onRestored(ids: number[]): void;
}

/** The deletion flow: `ask` shows the confirmation, `confirm` deletes, `undo` puts the articles back. */
export interface DeleteFlow {
  state: DeleteState;
  ask(ids: number[]): void;
  cancel(): void;
  confirm(): void;
  undo(): void;
  dismiss(): void;
}

/** Runs the confirm → delete → undo flow against the library worker. */
export function useDelete(callbacks: DeleteCallbacks): DeleteFlow {
  const [state, setState] = useState<DeleteState>({ phase: 'idle' });
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });

  useEffect(() => {
    if (state.phase !== 'deleted') return;
    const timer = setTimeout(() => setState({ phase: 'idle' }), UNDO_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const ask = useCallback((ids: number[]) => {
    if (ids.length === 0) return;
    summariseDeletion(getDatabase(), ids).then(
      (summary) => summary.articles > 0 && setState({ phase: 'asking', ids, summary }),
      (error: unknown) => setState({ phase: 'failed', message: errorMessage(error) }),
    );
  }, []);

  // The dialog also reports closing once a confirmed deletion hides it; only a pending question is dropped.
  const cancel = useCallback(
    () => setState((current) => (current.phase === 'asking' ? { phase: 'idle' } : current)),
    [],
  );

  const confirm = () => {
    if (state.phase !== 'asking') return;
    const { ids, summary } = state;
    setState({ phase: 'deleting' });
    deleteFromLibrary(ids).then(
      (receipt) => {
        latest.current.onDeleted(ids);
        setState({
          phase: 'deleted',
          message: deletionDone(receipt.count, summary.title),
          undo: receipt.undo,
        });
      },
      (error: unknown) => setState({ phase: 'failed', message: errorMessage(error) }),
    );
  };

  const undo = () => {
    if (state.phase !== 'deleted') return;
    setState({ phase: 'idle' });
    undoDeletion(state.undo).then(
      (ids) => latest.current.onRestored(ids),
      (error: unknown) => setState({ phase: 'failed', message: errorMessage(error) }),
    );
  };

  return { state, ask, cancel, confirm, undo, dismiss: () => setState({ phase: 'idle' }) };
}
