import type { Analysis } from '../model';
import { recognizeEntities } from './entities/recognize';

/** Context the engine needs besides the text. */
export interface AnalyzeOptions {
  /** Article publication date (YYYY-MM-DD) — anchors "September 30", "this year", figure asOf. */
  date: string | null;
}

/** Analyses one article: entities with refs, MONEY/DATE mentions, figures and agreements. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  void options;
  const { mentions, entities } = recognizeEntities(text);
  return { mentions, entities, figures: [], agreements: [] };
}
