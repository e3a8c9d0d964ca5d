import type { ArticleFormat, Block, BlockKind, ParsedArticle } from '../model';
import { parsePlainText } from './txt';

/** One block of a structured source (Markdown, HTML) already reduced to plain text. */
export interface Part {
  kind: BlockKind;
  text: string;
  /** The source marks this as running text (a list item, a table cell): never a caption or section label. */
  listed?: boolean;
}

/** Metadata a structured source states outright (front matter, meta tags); it beats what the text suggests. */
export interface StatedMeta {
  title?: string | null;
  date?: string | null;
  source?: string | null;
}

/**
 * Builds an article from blocks a structured format already told apart: the text is the blocks joined by blank
 * lines; the plain-text rules still find datelines, captions, credits and sign-offs inside paragraphs, while
 * headings, captions and the title keep the kind the source gave them.
 */
export function articleFromParts(
  parts: Part[],
  stated: StatedMeta,
  format: ArticleFormat,
  origin: string,
): ParsedArticle {
  let text = '';
  const given: Block[] = [];
  const listed: Block[] = [];
  for (const part of parts) {
    const clean = part.text.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    if (text) text += '\n\n';
    const span = { kind: part.kind, start: text.length, end: text.length + clean.length };
    // Captions go through the text rules too, which split off a glued credit ("… (Photo: VNA)").
    if (part.kind !== 'paragraph' && part.kind !== 'caption') given.push(span);
    else if (part.kind === 'caption' || part.listed) listed.push(span);
    text += clean;
  }
  const article = parsePlainText(text, format, origin);
  const blocks: Block[] = article.blocks
    .filter((b) => !given.some((g) => b.start < g.end && g.start < b.end))
    .map((b) => {
      const within = listed.find((l) => l.start <= b.start && b.end <= l.end);
      if (!within || (b.kind !== 'caption' && b.kind !== 'section' && b.kind !== 'paragraph')) return b;
      // The source already said what this block is; the punctuation-based guess does not override it.
      return { ...b, kind: within.kind };
    });
  blocks.push(...given);
  blocks.sort((a, b) => a.start - b.start);

  const title = stated.title?.replace(/\s+/g, ' ').trim() || null;
  const headingTitle = given.find((g) => g.kind === 'title');
  return {
    ...article,
    blocks,
    title: title ?? (headingTitle ? text.slice(headingTitle.start, headingTitle.end) : article.title),
    titleDerived: title || headingTitle ? false : article.titleDerived,
    date: stated.date ?? article.date,
    source: stated.source?.trim() || article.source,
  };
}
