import {
  Fragment,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { splitSentences } from '../../../core/analysis/sentences';
import type { BlockKind } from '../../../core/model';
import type { ArticleAnalysis } from '../../../db/repositories/analysis';
import type { ArticleRow, FigureRow, MentionRow, ReviewStatus } from '../../../db/schema';
import { EntityList } from '../entities/EntityList';
import { ENTITY_LABEL, ENTITY_TYPES } from '../entities/entity-types';
import { reviewMention, useArticleAnalysis, useHiddenEntityTypes } from '../entities/use-entities';
import { FiguresPanel } from '../figures/FiguresPanel';
import { segmentBlock, type TextSpan } from './segments';
import { formatDate } from '../../components/format';
import { isWebUrl } from '../../platform/web';
import { getPlatform } from '../../platform';
import { TagEditor } from './TagEditor';
import { toggleRead, toggleStar } from './use-article';

/** What the single-key review shortcuts do in the reader (n/p move between mentions, a/r review). */
export interface ReaderCommands {
  nextMention(): void;
  previousMention(): void;
  accept(): void;
  reject(): void;
}

/** Props of Reader. */
export interface ReaderProps {
  /** undefined while loading, null when nothing is open. */
  article: ArticleRow | null | undefined;
  /** Filled with the reader's review commands while an article is open. */
  commands?: RefObject<ReaderCommands | null>;
  /** Asks to delete the open article (the shell confirms first). */
  onDelete(article: ArticleRow): void;
}

/** How long a figure's sentence stays highlighted after the user asks to see it. */
const FLASH_MS = 1800;

const NO_MENTIONS: MentionRow[] = [];

const BLOCK_CLASS: Record<Exclude<BlockKind, 'title' | 'section'>, string> = {
  paragraph: 'para',
  dateline: 'para dateline',
  caption: 'caption',
  credit: 'credit',
  signature: 'signature',
};

interface Marked {
  /** Mentions shown, in text order (rejected ones included, faded). */
  mentions: MentionRow[];
  names: ArticleAnalysis['entities'];
  focusedId: number | null;
  litRef: string | null;
  flash: TextSpan | null;
  onPick(id: number): void;
}

function Runs({ block, marked, text }: { block: TextSpan; marked: Marked; text: string }) {
  return segmentBlock(block, marked.mentions, marked.flash).map((run) => {
    const piece = text.slice(run.start, run.end);
    const key = run.start;
    const mention = run.mention === null ? null : marked.mentions[run.mention]!;
    let content: ReactNode = piece;
    if (mention) {
      const name = (mention.ref && marked.names.get(mention.ref)?.name) || mention.text;
      const classes = ['ent', `ent-${mention.type.toLowerCase()}`, `review-${mention.status}`];
      if (mention.id === marked.focusedId) classes.push('focused');
      if (mention.ref && mention.ref === marked.litRef) classes.push('lit');
      content = (
        <mark
          className={classes.join(' ')}
          data-type={mention.type}
          data-mention={mention.id}
          title={`${name} · ${ENTITY_LABEL[mention.type]}${mention.status === 'suggested' ? '' : ` (${mention.status})`}`}
          onClick={() => marked.onPick(mention.id)}
        >
          {piece}
        </mark>
      );
    }
    return run.flash ? (
      <span key={key} className="flash">
        {content}
      </span>
    ) : (
      <Fragment key={key}>{content}</Fragment>
    );
  });
}

function Body({ article, marked }: { article: ArticleRow; marked: Marked }) {
  const blocks = article.blocks.length
    ? article.blocks
    : // An article stored without structure still reads as paragraphs.
      [{ kind: 'paragraph' as const, start: 0, end: article.text.length }];
  return (
    <div className="reader-body">
      {blocks.map((block) => {
        const key = `${block.start}-${block.end}`;
        // The header already shows the headline.
        if (block.kind === 'title') return null;
        if (block.kind === 'section')
          return (
            <h2 key={key} className="section-label">
              {article.text.slice(block.start, block.end)}
            </h2>
          );
        return (
          <p key={key} className={BLOCK_CLASS[block.kind]}>
            <Runs block={block} marked={marked} text={article.text} />
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

function EntityToggles({ hidden, toggle }: ReturnType<typeof useHiddenEntityTypes>) {
  return (
    <div className="entity-toggles" role="group" aria-label="Entity colours">
      {ENTITY_TYPES.map((type) => (
        <button
          key={type}
          type="button"
          className={`entity-toggle ent-key-${type.toLowerCase()}`}
          aria-pressed={!hidden.has(type)}
          title={`${hidden.has(type) ? 'Colour' : 'Stop colouring'} ${ENTITY_LABEL[type].toLowerCase()} mentions`}
          onClick={() => toggle(type)}
        >
          {ENTITY_LABEL[type]}
        </button>
      ))}
    </div>
  );
}

function ArticleView({ article, commands, onDelete }: ReaderProps & { article: ArticleRow }) {
  const analysis = useArticleAnalysis(article.id);
  const types = useHiddenEntityTypes();
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [litRef, setLitRef] = useState<string | null>(null);
  const [flash, setFlash] = useState<TextSpan | null>(null);
  const [panelOpen, setPanelOpen] = useState(true);
  const body = useRef<HTMLDivElement>(null);
  const sentences = useMemo(() => splitSentences(article.text), [article.text]);
  const mentions = analysis?.mentions ?? NO_MENTIONS;
  // n/p walk only the coloured types: a type switched off is one the user is not reviewing.
  const reviewable = useMemo(
    () => mentions.filter((mention) => !types.hidden.has(mention.type)),
    [mentions, types.hidden],
  );

  useEffect(() => {
    if (focusedId === null) return;
    body.current?.querySelector(`[data-mention="${focusedId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focusedId]);
  useEffect(() => {
    if (!flash) return;
    body.current?.querySelector('.flash')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  const step = (by: 1 | -1) => {
    const count = reviewable.length;
    if (count === 0) return;
    const at = reviewable.findIndex((mention) => mention.id === focusedId);
    const next = at < 0 ? (by > 0 ? 0 : count - 1) : (at + by + count) % count;
    setFocusedId(reviewable[next]!.id);
  };
  const review = (status: ReviewStatus) => {
    if (focusedId === null) return;
    void reviewMention(article.id!, focusedId, status);
    // Reviewing moves on, so a run of suggestions is cleared key by key.
    step(1);
  };
  useImperativeHandle(commands, () => ({
    nextMention: () => step(1),
    previousMention: () => step(-1),
    accept: () => review('accepted'),
    reject: () => review('rejected'),
  }));

  const showFigure = (figure: FigureRow) => {
    const sentence = sentences.find((span) => span.start <= figure.start && figure.start < span.end);
    setFlash({ start: sentence?.start ?? figure.start, end: sentence?.end ?? figure.end });
  };
  const starred = article.starred === 1;
  const hiddenClasses = [...types.hidden].map((type) => `hide-${type.toLowerCase()}`).join(' ');
  return (
    <>
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
            <button
              type="button"
              className="tool delete"
              title="Delete this article with its highlights, notes and analysis"
              onClick={() => onDelete(article)}
            >
              Delete
            </button>
          </div>
          <EntityToggles {...types} />
        </header>
        <div ref={body} className={hiddenClasses}>
          <Body
            article={article}
            marked={{
              mentions,
              names: analysis?.entities ?? new Map(),
              focusedId,
              litRef,
              flash,
              onPick: setFocusedId,
            }}
          />
        </div>
        <p className="hint review-hint">
          <kbd>n</kbd>/<kbd>p</kbd> next/previous mention · <kbd>a</kbd> accept · <kbd>r</kbd> reject
        </p>
      </article>
      {panelOpen ? (
        <aside className="analysis-panel" aria-label="Analysis">
          <button
            type="button"
            className="link-button panel-toggle"
            aria-expanded="true"
            onClick={() => setPanelOpen(false)}
          >
            Hide panel ›
          </button>
          {analysis ? (
            <>
              <FiguresPanel analysis={analysis} onShow={showFigure} />
              <EntityList analysis={analysis} selected={litRef} onSelect={setLitRef} />
            </>
          ) : null}
        </aside>
      ) : (
        <button
          type="button"
          className="tool panel-reopen"
          aria-expanded="false"
          aria-label="Show analysis panel"
          title="Figures, agreements and entities"
          onClick={() => setPanelOpen(true)}
        >
          ‹ Figures
        </button>
      )}
    </>
  );
}

/** The reading pane: metadata header, entity colouring and review, and the figures and entities panel. */
export function Reader({ article, commands, onDelete }: ReaderProps) {
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
  return (
    <section className="reader" aria-label="Reader">
      <ArticleView article={article} commands={commands} onDelete={onDelete} />
    </section>
  );
}
