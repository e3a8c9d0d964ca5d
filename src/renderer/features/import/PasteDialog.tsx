import { useState } from 'react';
import { Dialog } from '../../components/Dialog';

/** Props of PasteDialog. */
export interface PasteDialogProps {
  open: boolean;
  onClose(): void;
  onImport(text: string): void;
}

/** "Paste text": one article pasted from anywhere (an e-mail, a PDF viewer, a web page). */
export function PasteDialog({ open, onClose, onImport }: PasteDialogProps) {
  const [text, setText] = useState('');
  return (
    <Dialog open={open} title="Paste text" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onImport(text);
          setText('');
          onClose();
        }}
      >
        <label className="field">
          <span>Article text — the first line is taken as the headline</span>
          <textarea
            aria-label="Article text"
            value={text}
            rows={14}
            onChange={(event) => setText(event.target.value)}
            autoFocus
          />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </Dialog>
  );
}
