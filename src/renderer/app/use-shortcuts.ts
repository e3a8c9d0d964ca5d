import { useEffect, useRef } from 'react';

/** What the single-key shortcuts do; the shell supplies them. */
export interface ShortcutHandlers {
  next(): void;
  previous(): void;
  star(): void;
  toggleUnread(): void;
  bigger(): void;
  smaller(): void;
  focusSearch(): void;
  nextMention(): void;
  previousMention(): void;
  acceptMention(): void;
  rejectMention(): void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Maps a key to its shortcut; exported so the mapping is one table, not scattered `if`s. */
export const SHORTCUT_KEYS: Record<string, keyof ShortcutHandlers> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  s: 'star',
  u: 'toggleUnread',
  '+': 'bigger',
  '=': 'bigger',
  '-': 'smaller',
  '/': 'focusSearch',
  n: 'nextMention',
  p: 'previousMention',
  a: 'acceptMention',
  r: 'rejectMention',
};

/**
 * Single-key shortcuts (j/k, s, u, +/-, /, and n/p/a/r to review entity mentions) for the whole window. They stay out of the way while the user
 * types in a field, holds a modifier, or has a dialog open.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const action = SHORTCUT_KEYS[event.key];
      if (!action) return;
      // Arrow keys keep scrolling the reader unless the focus is on the article list.
      if (event.key.startsWith('Arrow') && !(event.target as Element | null)?.closest?.('[role=listbox]'))
        return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
