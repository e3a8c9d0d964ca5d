import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { getPlatform } from '../../platform';
import type { FetchedPage } from '../../platform/types';
import { errorMessage } from '../../components/format';

/** Props of UrlDialog. */
export interface UrlDialogProps {
  open: boolean;
  onClose(): void;
  onFetched(page: FetchedPage): void;
}

/**
 * "Import from URL": fetches the page through the platform (the desktop app can read any site; a browser
 * only sites that allow it) and keeps the dialog open with the reason when that fails.
 */
export function UrlDialog({ open, onClose, onFetched }: UrlDialogProps) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <Dialog open={open} title="Import from URL" onClose={close}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          getPlatform()
            .fetchUrl(url.trim())
            .then((page) => {
              setUrl('');
              close();
              onFetched(page);
            })
            .catch((reason: unknown) => setError(errorMessage(reason)))
            .finally(() => setBusy(false));
        }}
      >
        <label className="field">
          <span>Web address of the article</span>
          <input
            type="url"
            aria-label="Web address"
            placeholder="https://…"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            required
            autoFocus
          />
        </label>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        {getPlatform().kind === 'web' ? (
          <p className="hint">
            In the browser, most news sites refuse to be read by another page. If yours does, save the page as
            HTML (Ctrl+S) and use Import files… instead.
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || url.trim() === ''}>
            {busy ? 'Fetching…' : 'Fetch and import'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
