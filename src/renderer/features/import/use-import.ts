import { useCallback, useState } from 'react';
import { getArticleSummaries } from '../../../db/repositories/articles';
import { getDatabase } from '../../services/database';
import {
  importFiles,
  importPage,
  importText,
  type ImportProgress,
  type ImportSummary,
} from '../../services/importer';
import type { FetchedPage, PickedFile } from '../../platform/types';
import { errorMessage } from '../../components/format';

/** One line of the import results: the input and what happened to it, worded for the user. */
export interface ImportLine {
  file: string;
  message: string;
}

/** The finished import as the results panel shows it. */
export interface ImportReport {
  imported: number;
  /** Ids of the articles this import stored, in input order (to open the first one). */
  importedIds: number[];
  duplicates: ImportLine[];
  errors: ImportLine[];
}

/** Where the import UI is: idle, running (with progress), or showing a report or a failure. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgress | null }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'failed'; message: string };

/** What can be imported: files, pasted text or a fetched page. */
export type ImportSource =
  | { kind: 'files'; files: PickedFile[] | File[] }
  | { kind: 'text'; text: string }
  | { kind: 'page'; page: FetchedPage };

/** The import controller the shell shares between the menu, dialogs, drop zone and the results panel. */
export interface ImportController {
  state: ImportState;
  /** Runs an import; resolves to its report, or null when it failed as a whole (the state says why). */
  run(source: ImportSource): Promise<ImportReport | null>;
  /** Shows a failure that happened before the import could start (a folder that could not be read...). */
  fail(message: string): void;
  dismiss(): void;
}

async function toReport(summary: ImportSummary): Promise<ImportReport> {
  const duplicates = summary.results.filter((result) => result.status === 'duplicate');
  // One bulk read names every duplicate's stored article, however many there are.
  const stored = await getArticleSummaries(
    getDatabase(),
    duplicates.map((result) => result.articleId!),
  );
  return {
    imported: summary.imported,
    importedIds: summary.results
      .filter((result) => result.status === 'imported')
      .map((result) => result.articleId!),
    duplicates: duplicates.map((result, i) => ({
      file: result.file,
      message: stored[i] ? `Already in the library: ${stored[i].title}` : result.message,
    })),
    errors: summary.errors.map(({ file, message }) => ({ file, message })),
  };
}

/** Runs imports through the library worker and keeps the state the progress bar and results show. */
export function useImport(): ImportController {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const run = useCallback(async (source: ImportSource) => {
    if (source.kind === 'files' && source.files.length === 0) {
      setState({ phase: 'failed', message: 'There were no article files to import (.txt, .md, .html).' });
      return null;
    }
    setState({ phase: 'running', progress: null });
    try {
      const onProgress = (progress: ImportProgress) => setState({ phase: 'running', progress });
      const summary =
        source.kind === 'files'
          ? await importFiles(source.files, onProgress)
          : source.kind === 'text'
            ? await importText(source.text)
            : await importPage(source.page);
      const report = await toReport(summary);
      setState({ phase: 'done', report });
      return report;
    } catch (error) {
      setState({ phase: 'failed', message: errorMessage(error) });
      return null;
    }
  }, []);
  const fail = useCallback((message: string) => setState({ phase: 'failed', message }), []);
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, run, fail, dismiss };
}
