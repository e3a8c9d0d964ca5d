import type { DeletionSummary } from '../../../db/repositories/deletion';
import { plural } from '../../components/format';

function list(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The confirmation's question: "Delete “Title”?" for one article, "Delete 37 articles?" for more. */
export function deletionQuestion(summary: DeletionSummary): string {
  return summary.title !== null
    ? `Delete “${summary.title}”?`
    : `Delete ${plural(summary.articles, 'article', 'articles')}?`;
}

/**
 * What the user's own work and the analysis lose: "Its 2 highlights, 1 note and 12 figures go with it."
 * ('' when nothing goes but the articles).
 */
export function deletionConsequence(summary: DeletionSummary): string {
  const counts = [summary.highlights, summary.notes, summary.figures].filter((count) => count > 0);
  const parts = [
    summary.highlights ? plural(summary.highlights, 'highlight', 'highlights') : '',
    summary.notes ? plural(summary.notes, 'note', 'notes') : '',
    summary.figures ? plural(summary.figures, 'figure', 'figures') : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  const verb = counts.length === 1 && counts[0] === 1 ? 'goes' : 'go';
  return summary.articles === 1
    ? `Its ${list(parts)} ${verb} with it.`
    : `Their ${list(parts)} ${verb} with them.`;
}

/** The status line after a deletion: "Deleted “Title”." or "Deleted 37 articles." */
export function deletionDone(count: number, title: string | null): string {
  return count === 1 && title !== null
    ? `Deleted “${title}”.`
    : `Deleted ${plural(count, 'article', 'articles')}.`;
}
