import type { ParsedArticle } from '../model';
import { findDate } from './dates';
import { articleFromParts, type Part } from './structured';

/** Front matter at the very top: `---` lines around `key: value` pairs (`...` may close it, as in YAML). */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** What the front matter of a Markdown article states. */
export interface FrontMatter {
  title?: string;
  date?: string | null;
  source?: string;
  url?: string;
  tags: string[];
}

/**
 * Reads the YAML-ish front matter Markdown notes carry: scalar `key: value` lines, quoted or not, and `tags`
 * as `[a, b]`, `a, b` or a `- a` list. Returns the fields Kizuna uses and the length of the block.
 */
export function readFrontMatter(md: string): { meta: FrontMatter; length: number } {
  const m = FRONT_MATTER.exec(md);
  const meta: FrontMatter = { tags: [] };
  if (!m) return { meta, length: 0 };
  let listKey: string | null = null;
  for (const line of m[1].split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && listKey === 'tags') {
      meta.tags.push(unquote(item[1]));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = pair[1].toLowerCase();
    const value = unquote(pair[2]);
    listKey = value === '' ? key : null;
    if (key === 'title') meta.title = value;
    else if (key === 'date' || key === 'published' || key === 'published_at')
      meta.date = findDate(value)?.iso ?? null;
    else if (key === 'source' || key === 'publisher' || key === 'site') meta.source = value;
    else if (key === 'url' || key === 'link' || key === 'canonical') meta.url = value;
    else if (key === 'tags' || key === 'keywords') {
      meta.tags.push(
        ...value
          .replace(/^\[|\]$/g, '')
          .split(',')
          .map(unquote)
          .filter(Boolean),
      );
    }
  }
  return { meta, length: m[0].length };
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/**
 * Parses a Markdown article: front matter honoured, syntax stripped to plain text, `#` headings as title and
 * section blocks (the first level-one heading is the title when the front matter has none).
 */
export function parseMarkdown(md: string, origin: string): ParsedArticle {
  const { meta, length } = readFrontMatter(md);
  const parts = markdownParts(md.slice(length));
  const article = articleFromParts(
    parts,
    { title: meta.title, date: meta.date, source: meta.source },
    'md',
    meta.url && /^https?:\/\//i.test(meta.url) ? meta.url : origin,
  );
  return { ...article, tags: meta.tags };
}

/** Block structure of a Markdown body, each block already plain text. */
function markdownParts(body: string): Part[] {
  const parts: Part[] = [];
  let para: string[] = [];
  let listed = false;
  let titleTaken = false;
  const flush = (): void => {
    if (para.length) parts.push({ kind: 'paragraph', text: inline(para.join(' ')), listed });
    para = [];
    listed = false;
  };
  const heading = (level: number, text: string): void => {
    flush();
    const kind =
      level === 1 && !titleTaken && !parts.some((p) => p.kind === 'paragraph') ? 'title' : 'section';
    titleTaken ||= kind === 'title';
    parts.push({ kind, text: inline(text) });
  };

  const lines = body.split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) code.push(lines[i]);
      parts.push({ kind: 'paragraph', text: code.join(' '), listed: true });
      continue;
    }
    // Raw script/style blocks are code, not article text.
    const raw = /^\s*<(script|style|noscript|template|iframe)\b/i.exec(line);
    if (raw) {
      flush();
      const close = new RegExp(`</${raw[1]}\\s*>`, 'i');
      while (i < lines.length && !close.test(lines[i])) i++;
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      heading(atx[1].length, atx[2]);
      continue;
    }
    if (para.length === 1 && /^\s{0,3}(=+|-+)\s*$/.test(line)) {
      const text = para[0];
      para = [];
      heading(line.trim()[0] === '=' ? 1 : 2, text);
      continue;
    }
    if (/^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line) || /^\s*\[[^\]]+\]:\s+\S/.test(line)) {
      flush();
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const image = /^\s*!\[([^\]]*)\]\([^)]*\)\s*$/.exec(line);
    if (image) {
      flush();
      parts.push({ kind: 'caption', text: inline(image[1]) });
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue;
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      para.push(item[1]);
      listed = true;
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    const text = quote ? quote[1] : line;
    if (/^\s*\|.*\|\s*$/.test(text)) {
      flush();
      const cells = text.trim().slice(1, -1).split('|');
      parts.push({ kind: 'paragraph', text: inline(cells.map((c) => c.trim()).join(' | ')), listed: true });
      continue;
    }
    para.push(text);
  }
  flush();
  return parts;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Inline Markdown to plain text. Every pattern uses negated classes, so it stays linear on hostile input. */
function inline(text: string): string {
  // Escaped characters hide in the private-use area while the syntax is stripped, so "\\*" stays a star.
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
    .replace(/<(?:https?:\/\/|mailto:)[^>\s]*>/gi, (m) => m.slice(1, -1))
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .replace(/(?<![\p{L}\p{N}])_([^_]+)_(?![\p{L}\p{N}])/gu, '$1')
    .replace(/~~([^~]+)~~/g, '$1')
    .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? m;
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    });
}
