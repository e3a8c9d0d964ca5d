import { Readability } from '@mozilla/readability';
import type { ArticleFormat, ParsedArticle } from '../model';
import { findDate } from './dates';
import { ImportError } from './import-error';
import { articleFromParts, type Part } from './structured';

/** Elements whose text is article text, innermost first wins (a <p> inside an <li>). */
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td,th,dt,dd';

/** Elements that never carry article text and may carry code. */
const NEVER_TEXT =
  'script,style,noscript,template,iframe,object,embed,svg,canvas,form,button,select,textarea';

/** Metadata a page states in its head. */
interface PageMeta {
  title: string | null;
  date: string | null;
  source: string | null;
}

/**
 * Parses an HTML page: Mozilla Readability picks the article content out of the page chrome, meta tags and
 * JSON-LD give title, date and site; the text keeps paragraphs apart with blank lines and never any markup,
 * script or style content.
 */
export function parseHtmlArticle(
  html: string,
  name: string,
  origin: string,
  format: ArticleFormat,
  parseHtml: (html: string) => Document,
): ParsedArticle {
  const doc = parseHtml(html);
  const meta = readPageMeta(doc);
  for (const el of Array.from(doc.querySelectorAll(NEVER_TEXT))) el.remove();

  let readable: ReturnType<Readability['parse']> = null;
  try {
    readable = new Readability(doc, { charThreshold: 200 }).parse();
  } catch {
    // Readability gives up on some odd pages; the page body is then the best there is.
  }
  const body = readable?.content
    ? parseHtml(`<!doctype html><html><head></head><body>${readable.content}</body></html>`).body
    : doc.body;
  const title = meta.title ?? (readable?.title?.trim() || null);
  const parts = body ? textParts(body) : [];
  if (!parts.some((p) => /[\p{L}\p{N}]/u.test(p.text))) {
    throw new ImportError(
      'no-content',
      `${name} has no readable article text (an empty page or only scripts).`,
    );
  }
  if (title && normalise(parts[0].text) !== normalise(title)) parts.unshift({ kind: 'title', text: title });
  else if (title) parts[0] = { kind: 'title', text: parts[0].text };
  return articleFromParts(
    parts,
    {
      title,
      date: meta.date ?? findDate(readable?.publishedTime ?? '')?.iso ?? null,
      source: meta.source ?? (readable?.siteName || null),
    },
    format,
    origin,
  );
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The text blocks of an element, innermost block elements first; loose text when it has no blocks at all. */
function textParts(root: Element): Part[] {
  for (const br of Array.from(root.querySelectorAll('br')))
    br.replaceWith(root.ownerDocument.createTextNode(' '));
  const parts: Part[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.querySelector(BLOCKS)) continue;
    const text = el.textContent ?? '';
    const tag = el.tagName.toLowerCase();
    const kind = el.closest('figcaption') ? 'caption' : /^h[1-6]$/.test(tag) ? 'section' : 'paragraph';
    parts.push({ kind, text, listed: kind === 'paragraph' && tag !== 'p' && tag !== 'blockquote' });
  }
  if (parts.length > 0) return parts;
  return (root.textContent ?? '').split(/\n\s*\n/).map((text) => ({ kind: 'paragraph' as const, text }));
}

/** Title, date and site from Open Graph, article:*, other meta tags, <time> and JSON-LD, first found wins. */
function readPageMeta(doc: Document): PageMeta {
  const metaContent = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLd(doc);
  const dated = [
    metaContent(
      'article:published_time',
      'og:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'DC.date.issued',
    ),
    ld.datePublished,
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  let date: string | null = null;
  for (const value of dated) {
    date = value ? (findDate(value)?.iso ?? null) : null;
    if (date) break;
  }
  const site = metaContent('og:site_name', 'application-name') ?? ld.publisher;
  let title = metaContent('og:title', 'twitter:title') ?? ld.headline;
  if (!title) {
    const plain = doc.querySelector('title')?.textContent?.trim() ?? '';
    // "Headline | Site" or "Headline - Site": the site is metadata, not part of the headline.
    title =
      (site ? plain.replace(new RegExp(`\\s*[|\\-–—]\\s*${escapeRegExp(site)}\\s*$`), '') : plain) || null;
  }
  return { title, date, source: site };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** headline, datePublished and publisher name from the page's JSON-LD (also inside arrays and @graph). */
function jsonLd(doc: Document): {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
} {
  const found = {
    headline: null as string | null,
    datePublished: null as string | null,
    publisher: null as string | null,
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common and says nothing about the article.
    }
    const queue: unknown[] = [data];
    for (let guard = 0; queue.length > 0 && guard < 100; guard++) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        if (Array.isArray(obj['@graph'])) queue.push(...obj['@graph']);
        if (typeof obj.headline === 'string') found.headline ??= obj.headline.trim() || null;
        if (typeof obj.datePublished === 'string') found.datePublished ??= obj.datePublished;
        const publisher = obj.publisher as { name?: unknown } | undefined;
        if (publisher && typeof publisher.name === 'string') found.publisher ??= publisher.name;
      }
    }
  }
  return found;
}
