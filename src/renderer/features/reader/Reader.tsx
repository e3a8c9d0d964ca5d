import type { BlockKind } from '../../../core/model';
import type { ArticleRow } from '../../../db/schema';
import { formatDate } from '../../components/format';
import { isWebUrl } from '../../platform/web';
import { getPlatform } from '../../platform';
import { TagEditor } from './TagEditor';
import { toggleRead, toggleStar } from './use-article';

/** Props of Reader. */
export interface ReaderProps {
  /** undefined while loading, null when nothing is open. */
  article: ArticleRow | null | undefined;
}

const BLOCK_CLASS: Record<Exclude<BlockKind, 'title' | 'section'>, string> = {
  paragraph: 'para',
  dateline: 'para dateline',
  caption: 'caption',
  credit: 'credit',
  signature: 'signature',
};

function Body({ article }: { article: ArticleRow }) {
  const blocks = article.blocks.length
    ? article.blocks
    : // An article stored without structure still reads as paragraphs.
      [{ kind: 'paragraph' as const, start: 0, end: article.text.length }];
  return (
    <div className="reader-body">
      {blocks.map((block) => {
        const text = article.text.slice(block.start, block.end);
        const key = `${block.start}-${block.end}`;
        // The header already shows the headline.
        if (block.kind === 'title') return null;
        if (block.kind === 'section')
          return (
            <h2 key={key} className="section-label">
              {text}
            </h2>
          );
        return (
          <p key={key} className={BLOCK_CLASS[block.kind]}>
            {text}
          </p>
        );
      })}
    </div>
  );
}

function Origin({ origin }: { origin: string }) {
  if (!isWebUrl(origin)) return <span title="Imported from">{origin}</span>;
  return (
    <a
      href={origin}
      onClick={(event) => {
        // The app window never navigates away; the system browser opens the link.
        event.preventDefault();
        getPlatform().openExternal(origin);
      }}
    >
      {origin}
    </a>
  );
}

/** The reading pane: metadata header, star/read actions and the article's blocks in book typography. */
export function Reader({ article }: ReaderProps) {
  if (article === undefined) return <section className="reader" aria-busy="true" />;
  if (article === null)
    return (
      <section className="reader reader-empty" aria-label="Reader">
        <p>Select an article to read it.</p>
        <p className="hint">
          <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>s</kbd> star · <kbd>u</kbd> unread · <kbd>/</kbd>{' '}
          search
        </p>
      </section>
    );
  const starred = article.starred === 1;
  return (
    <section className="reader" aria-label="Reader">
      <article className="reader-article">
        <header className="reader-header">
          <h1 className="reader-title">
            {article.title}
            {article.titleDerived ? (
              <span className="derived" title="No headline in the file: this title is the first sentence">
                derived
              </span>
            ) : null}
          </h1>
          <p className="reader-meta">
            {[formatDate(article.date), article.source, article.dateline].filter(Boolean).join(' · ')}
          </p>
          <p className="reader-origin">
            <Origin origin={article.origin} />
          </p>
          <div className="reader-actions">
            <button
              type="button"
              className={starred ? 'tool starred' : 'tool'}
              aria-label={starred ? 'Unstar' : 'Star'}
              aria-pressed={starred}
              title={starred ? 'Unstar (s)' : 'Star (s)'}
              onClick={() => void toggleStar(article)}
            >
              {starred ? '★' : '☆'}
            </button>
            <button type="button" className="tool" title="(u)" onClick={() => void toggleRead(article)}>
              {article.read ? 'Mark unread' : 'Mark read'}
            </button>
            <TagEditor article={article} />
          </div>
        </header>
        <Body article={article} />
      </article>
    </section>
  );
}
