import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '../../../db/schema';
import { formatDate } from '../../components/format';
import type { PickMode } from './selection';
import { useRowWindow } from './use-library';

/** Height of one list row in CSS pixels (two lines of text and padding). */
const ROW_HEIGHT = 62;

/** Props of LibraryList. */
export interface LibraryListProps {
  ids: number[];
  /** The open article. */
  selectedId: number | null;
  /** Every selected row (the open article among them); more than one after Ctrl/⌘- or Shift-clicks. */
  selectedIds: number[];
  onSelect(id: number, mode: PickMode): void;
  /** Delete or Backspace on the focused list: delete the selected rows. */
  onDelete(): void;
  /** Changes when the user changes the order, filters or search: the list then starts from the top. */
  resetKey: string;
}

function Row({ summary, selected }: { summary: ArticleSummary | undefined; selected: boolean }) {
  if (!summary) return <div className="row-placeholder" aria-hidden="true" />;
  const meta = [summary.source, formatDate(summary.date)].filter(Boolean).join(' · ');
  return (
    <>
      <div className="row-title">
        {summary.read ? null : <span className="unread-dot" aria-label="Unread" role="img" />}
        <span className="row-title-text">{summary.title}</span>
        {summary.starred ? (
          <span className="row-star" role="img" aria-label="Starred">
            ★
          </span>
        ) : null}
      </div>
      <div className="row-meta">{meta || (selected ? summary.origin : 'No source or date')}</div>
    </>
  );
}

/**
 * The library as a virtualised list: only the rows on screen (and a few around them) exist in the DOM and
 * their data is read a page at a time, so 100,000 articles scroll as smoothly as 20.
 */
export function LibraryList({
  ids,
  selectedId,
  selectedIds,
  onSelect,
  onDelete,
  resetKey,
}: LibraryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render by design; the React Compiler just skips this one.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const rows = useRowWindow(ids, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);
  const selectedIndex = selectedId === null ? -1 : ids.indexOf(selectedId);
  const picked = new Set(selectedIds);

  useEffect(() => {
    // A new order or filter is a new list; staying at row 1,732 of it would show arbitrary articles.
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  useEffect(() => {
    // Keyboard navigation (j/k) can move the selection off screen; bring it back into view.
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div className="library-scroller" ref={scroller}>
      <div
        role="listbox"
        aria-label="Articles"
        // Focusable so the arrow keys move through the list (the shell handles them like j/k).
        tabIndex={0}
        aria-multiselectable="true"
        onKeyDown={(event) => {
          if (event.key !== 'Delete' && event.key !== 'Backspace') return;
          event.preventDefault();
          onDelete();
        }}
        aria-activedescendant={selectedId === null ? undefined : `article-${selectedId}`}
        className="library-rows"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const id = ids[item.index]!;
          const selected = id === selectedId || picked.has(id);
          return (
            <div
              key={id}
              id={`article-${id}`}
              role="option"
              aria-selected={selected}
              aria-setsize={ids.length}
              aria-posinset={item.index + 1}
              className={selected ? 'library-row selected' : 'library-row'}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              // Shift-click selects rows, not the text between the two clicks.
              onMouseDown={(event) => event.shiftKey && event.preventDefault()}
              onClick={(event) =>
                onSelect(id, event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'only')
              }
            >
              <Row summary={rows.get(id)} selected={selected} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
