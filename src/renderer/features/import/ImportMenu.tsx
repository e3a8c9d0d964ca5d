import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** The ways to bring articles in, as the menu, the empty screen and the desktop menu offer them. */
export interface ImportActions {
  pickFiles(): void;
  pickFolder(): void;
  paste(): void;
  url(): void;
  demo(): void;
  /** Imports files chosen in the always-present file input (keyboard users, automation). */
  importChosen(files: File[]): void;
}

/** Labels of the import actions, shared by the menu and the empty screen so they read the same. */
export const IMPORT_LABELS = {
  pickFiles: 'Import files…',
  pickFolder: 'Import folder…',
  paste: 'Paste text…',
  url: 'Import from URL…',
  demo: 'Load demo library',
} as const;

/** Props of ImportMenu. */
export interface ImportMenuProps {
  actions: ImportActions;
  busy: boolean;
}

/** The top bar's Import menu, plus a labelled file input that `page.setInputFiles` and screen readers reach. */
export function ImportMenu({ actions, busy }: ImportMenuProps) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      // Handled here so the shell's Escape (close the reader's dialogs) does not also fire.
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  };

  const choose = (action: keyof typeof IMPORT_LABELS) => () => {
    setOpen(false);
    actions[action]();
  };

  return (
    <div className="import-menu">
      <button
        ref={button}
        type="button"
        className="primary"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {busy ? 'Importing…' : 'Import'}
      </button>
      {open ? (
        <div ref={menu} role="menu" aria-label="Import" className="menu" onKeyDown={onKeyDown}>
          {(Object.keys(IMPORT_LABELS) as (keyof typeof IMPORT_LABELS)[]).map((action) => (
            <button key={action} type="button" role="menuitem" onClick={choose(action)}>
              {IMPORT_LABELS[action]}
            </button>
          ))}
        </div>
      ) : null}
      <input
        type="file"
        multiple
        className="visually-hidden"
        aria-label="Import files"
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so choosing the same files again still fires `change`.
          event.target.value = '';
          if (files.length) actions.importChosen(files);
        }}
      />
    </div>
  );
}
