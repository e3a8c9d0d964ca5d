import { ANALYSIS_VERSION, analyze } from '../../core/analysis/analyze';
import type { AppDatabase } from '../../db/app-database';
import { articlesToAnalyse, saveAnalysis } from '../../db/repositories/analysis';
import { getArticle } from '../../db/repositories/articles';

/** Articles analysed between progress reports (and between turns given to imports waiting in the worker). */
export const ANALYSIS_BATCH = 50;

/** What a background analysis pass did. */
export interface AnalysisOutcome {
  analysed: number;
  /** Articles the engine failed on; they stay unanalysed and are tried again on the next pass. */
  failed: number;
}

/** Options of `analyseStored`. */
export interface AnalyseStoredOptions {
  onProgress?: (done: number, total: number) => void;
  /**
   * Runs each batch; the worker passes its import queue so an import the user starts is never stuck
   * behind a long pass. Runs the batch directly when omitted.
   */
  schedule?: (batch: () => Promise<void>) => Promise<void>;
}

/**
 * Analyses the stored articles whose analysis is missing or older than ANALYSIS_VERSION (those imported
 * before analysis existed, or by an older engine), one article per transaction so edits the user made to
 * its mentions survive (see `saveAnalysis`).
 */
export async function analyseStored(
  db: AppDatabase,
  options: AnalyseStoredOptions = {},
): Promise<AnalysisOutcome> {
  const ids = await articlesToAnalyse(db, ANALYSIS_VERSION);
  const schedule = options.schedule ?? ((batch) => batch());
  const outcome: AnalysisOutcome = { analysed: 0, failed: 0 };
  for (let start = 0; start < ids.length; start += ANALYSIS_BATCH) {
    await schedule(async () => {
      for (const id of ids.slice(start, start + ANALYSIS_BATCH)) {
        const article = await getArticle(db, id);
        // Deleted, or analysed by an import since the list was read.
        if (!article || article.analysisVersion >= ANALYSIS_VERSION) continue;
        try {
          await saveAnalysis(db, id, analyze(article.text, { date: article.date }), ANALYSIS_VERSION);
          outcome.analysed++;
        } catch {
          outcome.failed++;
        }
      }
    });
    options.onProgress?.(Math.min(start + ANALYSIS_BATCH, ids.length), ids.length);
  }
  return outcome;
}
