import { useCallback, useEffect, useRef, useState } from 'react';
import { EmptyLibrary } from '../features/import/EmptyLibrary';
import { ImportMenu, type ImportActions } from '../features/import/ImportMenu';
import { ImportStatus } from '../features/import/ImportStatus';
import { PasteDialog } from '../features/import/PasteDialog';
import { UrlDialog } from '../features/import/UrlDialog';
import { loadDemoFiles } from '../features/import/demo';
import { useImport, type ImportSource } from '../features/import/use-import';
import { DeleteDialog } from '../features/library/DeleteDialog';
import { DeleteStatus } from '../features/library/DeleteStatus';
import { LibraryList } from '../features/library/LibraryList';
import { nextAfterDeletion, pick, type PickMode } from '../features/library/selection';
import { useDelete } from '../features/library/use-delete';
import { Sidebar } from '../features/library/Sidebar';
import {
  INITIAL_FILTERS,
  useLibrary,
  type LibraryFilters,
  type LibrarySort,
} from '../features/library/use-library';
import { Reader, type ReaderCommands } from '../features/reader/Reader';
import { useBackgroundAnalysis } from '../features/entities/use-entities';
import { toggleRead, toggleStar, useArticle } from '../features/reader/use-article';
import { useDisplaySettings } from '../features/settings/use-settings';
import { errorMessage, plural } from '../components/format';
import { getPlatform } from '../platform';
import type { PickedFile } from '../platform/types';
import { useFileDrop } from './use-file-drop';
import { useShortcuts } from './use-shortcuts';

const SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'title', label: 'Title A–Z' },
  { value: 'source', label: 'Source A–Z' },
];

/** The application shell: top bar, filters, the library list and the reader, with import around them. */
export function App() {
  const platform = getPlatform();
  const settings = useDisplaySettings();
  const importer = useImport();
  const [filters, setFilters] = useState<LibraryFilters>(INITIAL_FILTERS);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // Rows selected with Ctrl/⌘ or Shift besides the open article; stale once another article is opened.
  const [pickedIds, setPickedIds] = useState<number[]>([]);
  const [dialog, setDialog] = useState<'paste' | 'url' | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const reader = useRef<ReaderCommands>(null);
  const analysisNote = useBackgroundAnalysis();
  const library = useLibrary(filters);
  const article = useArticle(selectedId);
  const ids = library.ids ?? [];
  const busy = importer.state.phase === 'running';
  const selectedIds =
    selectedId !== null && pickedIds.includes(selectedId)
      ? pickedIds
      : selectedId === null
        ? []
        : [selectedId];
  const onPick = (id: number, mode: PickMode) => {
    const next = pick(ids, selectedIds, selectedId, id, mode);
    setPickedIds(next);
    setSelectedId(next.includes(id) ? id : (next.at(-1) ?? null));
  };
  const deletion = useDelete({
    onDeleted: (gone) => {
      setPickedIds([]);
      setSelectedId(nextAfterDeletion(ids, gone));
    },
    onRestored: (restored) => {
      setPickedIds(restored);
      setSelectedId(restored[0] ?? null);
    },
  });

  const changeFilters = (change: Partial<LibraryFilters>) =>
    setFilters((current) => ({ ...current, ...change }));
  const changeQuery = (query: string) =>
    setFilters((current) => {
      // Searching shows the best matches first; clearing the box goes back to the newest.
      const sort =
        query.trim() && !current.query.trim()
          ? 'relevance'
          : !query.trim() && current.sort === 'relevance'
            ? 'newest'
            : current.sort;
      return { ...current, query, sort };
    });

  const runImport = importer.run;
  const importSource = useCallback(
    (source: ImportSource) =>
      void runImport(source).then((report) => {
        // After a first import, open something rather than leave an empty reader.
        const first = report?.importedIds[0];
        if (first !== undefined) setSelectedId((current) => current ?? first);
      }),
    [runImport],
  );
  const importPicked = useCallback(
    (pick: () => Promise<PickedFile[]>) =>
      void pick().then(
        (files) => files.length && importSource({ kind: 'files', files }),
        (error: unknown) => importer.fail(errorMessage(error)),
      ),
    [importSource, importer],
  );
  const onDropped = useCallback(
    (files: PickedFile[]) => importSource({ kind: 'files', files }),
    [importSource],
  );
  const dragging = useFileDrop(onDropped, importer.fail);

  const actions: ImportActions = {
    pickFiles: () => importPicked(() => platform.pickFiles()),
    pickFolder: () => importPicked(() => platform.pickFolder()),
    paste: () => setDialog('paste'),
    url: () => setDialog('url'),
    demo: () => importPicked(loadDemoFiles),
    importChosen: (files) => importSource({ kind: 'files', files }),
  };

  const move = (step: 1 | -1) => {
    if (ids.length === 0) return;
    const at = selectedId === null ? -1 : ids.indexOf(selectedId);
    const next = at < 0 ? (step > 0 ? 0 : ids.length - 1) : Math.min(ids.length - 1, Math.max(0, at + step));
    setPickedIds([]);
    setSelectedId(ids[next]!);
  };
  useShortcuts({
    next: () => move(1),
    previous: () => move(-1),
    // While the next article loads the reader still shows the previous one; a key must not act on it.
    star: () => article?.id === selectedId && void toggleStar(article),
    toggleUnread: () => article?.id === selectedId && void toggleRead(article),
    bigger: () => settings.stepFontSize(1),
    smaller: () => settings.stepFontSize(-1),
    focusSearch: () => search.current?.focus(),
    nextMention: () => reader.current?.nextMention(),
    previousMention: () => reader.current?.previousMention(),
    acceptMention: () => reader.current?.accept(),
    rejectMention: () => reader.current?.reject(),
  });

  const latestActions = useRef(actions);
  useEffect(() => {
    latestActions.current = actions;
  });
  const { toggleTheme, stepFontSize } = settings;
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'import-files') latestActions.current.pickFiles();
        else if (command === 'import-folder') latestActions.current.pickFolder();
        else if (command === 'import-url') latestActions.current.url();
        else if (command === 'toggle-theme') toggleTheme();
        else stepFontSize(command === 'font-bigger' ? 1 : -1);
      }),
    [platform, toggleTheme, stepFontSize],
  );

  const empty = library.facets?.total === 0;
  const searching = filters.query.trim() !== '';
  const total = library.facets?.total ?? 0;

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">Kizuna</div>
        <input
          ref={search}
          type="search"
          className="search"
          aria-label="Search"
          placeholder="Search titles and text (/)"
          value={filters.query}
          onChange={(event) => changeQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              changeQuery('');
              event.currentTarget.blur();
            }
          }}
        />
        <div className="topbar-tools">
          <div className="font-size" role="group" aria-label="Text size">
            <button
              type="button"
              className="tool"
              aria-label="Smaller text"
              title="Smaller text (-)"
              onClick={() => stepFontSize(-1)}
            >
              A−
            </button>
            <span className="font-size-value">{settings.fontSize}</span>
            <button
              type="button"
              className="tool"
              aria-label="Larger text"
              title="Larger text (+)"
              onClick={() => stepFontSize(1)}
            >
              A+
            </button>
          </div>
          <button
            type="button"
            className="tool"
            aria-label={settings.theme === 'dark' ? 'Light theme' : 'Dark theme'}
            title={settings.theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'}
            onClick={toggleTheme}
          >
            {settings.theme === 'dark' ? 'Light' : 'Dark'}
          </button>
          <ImportMenu actions={actions} busy={busy} />
        </div>
      </header>
      <ImportStatus state={importer.state} onDismiss={importer.dismiss} onOpen={setSelectedId} />
      <DeleteStatus flow={deletion} />
      {empty ? (
        <main className="main main-empty">
          <EmptyLibrary actions={actions} busy={busy} />
        </main>
      ) : (
        <main className="main">
          <Sidebar filters={filters} facets={library.facets} onChange={changeFilters} />
          <section className="library" aria-label="Library">
            <div className="library-header">
              <p className="library-count" role="status">
                {library.ids === undefined
                  ? 'Loading…'
                  : ids.length === total
                    ? plural(total, 'article', 'articles')
                    : `${ids.length.toLocaleString('en')} of ${plural(total, 'article', 'articles')}`}
                {library.searching ? ' · searching…' : ''}
                {analysisNote ? <span className="analysis-note"> · {analysisNote}</span> : null}
              </p>
              <label className="sort">
                <span className="visually-hidden">Sort by</span>
                <select
                  aria-label="Sort by"
                  value={filters.sort}
                  onChange={(event) => changeFilters({ sort: event.target.value as LibrarySort })}
                >
                  {SORTS.filter((sort) => searching || sort.value !== 'relevance').map((sort) => (
                    <option key={sort.value} value={sort.value}>
                      {sort.label}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {library.searchError ? (
              <p role="alert" className="error">
                {library.searchError}
              </p>
            ) : null}
            {library.ids !== undefined && ids.length === 0 ? (
              <p className="library-none">
                {library.searching
                  ? 'Searching…'
                  : searching
                    ? `Nothing matches “${filters.query.trim()}”.`
                    : 'No article matches these filters.'}
              </p>
            ) : (
              <LibraryList
                ids={ids}
                selectedId={selectedId}
                selectedIds={selectedIds}
                onSelect={onPick}
                onDelete={() => deletion.ask(selectedIds)}
                resetKey={JSON.stringify(filters)}
              />
            )}
          </section>
          {/* Keyed by article so a newly opened article starts at its top, not where the last one was left. */}
          <Reader
            key={article?.id ?? 'none'}
            article={article}
            commands={reader}
            onDelete={(open) => deletion.ask([open.id!])}
          />
        </main>
      )}
      <DeleteDialog flow={deletion} />
      <PasteDialog
        open={dialog === 'paste'}
        onClose={() => setDialog(null)}
        onImport={(text) => importSource({ kind: 'text', text })}
      />
      <UrlDialog
        open={dialog === 'url'}
        onClose={() => setDialog(null)}
        onFetched={(page) => importSource({ kind: 'page', page })}
      />
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop to import</p>
        </div>
      ) : null}
    </div>
  );
}
