import { useState } from 'react';
import type { ArticleRow } from '../../../db/schema';
import { saveTags } from './use-article';

/** The open article's tags as removable chips, and a field that adds one on Enter. */
export function TagEditor({ article }: { article: ArticleRow }) {
  const [draft, setDraft] = useState('');
  return (
    <div className="tags" role="group" aria-label="Tags">
      {article.tags.map((tag) => (
        <span key={tag} className="tag">
          {tag}
          <button
            type="button"
            className="tag-remove"
            aria-label={`Remove tag ${tag}`}
            onClick={() =>
              void saveTags(
                article,
                article.tags.filter((other) => other !== tag),
              )
            }
          >
            ×
          </button>
        </span>
      ))}
      <input
        className="tag-input"
        aria-label="Add tag"
        placeholder="Add tag…"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || !draft.trim()) return;
          void saveTags(article, [...article.tags, draft]);
          setDraft('');
        }}
      />
    </div>
  );
}
