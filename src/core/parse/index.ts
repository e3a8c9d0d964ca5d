/**
 * The article importer's front door: bytes or text in, a ParsedArticle out, or an ImportError that says what
 * is wrong with which file. One parser for the CLI, the import worker and the renderer.
 */
import type { ArticleFormat, ParsedArticle } from '../model';
import { decodeText, formatSize, MAX_INPUT_BYTES } from './decode';
import { ImportError } from './import-error';
import { parseHtmlArticle } from './html';
import { parseMarkdown } from './md';
import { parsePlainText } from './txt';

export { contentHash } from './hash';
export { decodeText, MAX_INPUT_BYTES } from './decode';
export { ImportError, type ImportErrorCode } from './import-error';
export { deriveTitle } from './derive-title';

/** One thing to import: a file's bytes, or text already in hand (pasted, fetched), with its name. */
export interface ArticleInput {
  /** File name (or a label such as "Pasted text"); named in every error message. */
  name: string;
  bytes?: Uint8Array;
  text?: string;
  /** Forces a format; otherwise the extension decides, then the content. */
  format?: ArticleFormat;
  /** Where the article was fetched from; becomes the origin. */
  url?: string;
}

/** Environment-bound helpers core cannot create itself. */
export interface ParseEnv {
  /** DOM parser for HTML: DOMParser in the browser, linkedom in Node and workers. */
  parseHtml?: (html: string) => Document;
}

/** What the origin of pasted text reads in the library. */
export const PASTED_ORIGIN = 'Pasted text';

const EXTENSIONS: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** Extensions of files people drop by mistake, with what they are, so the refusal is specific. */
const NOT_ARTICLES: Record<string, string> = {
  pdf: 'a PDF document',
  doc: 'a Word document',
  docx: 'a Word document',
  odt: 'an OpenDocument text',
  rtf: 'an RTF document',
  xls: 'a spreadsheet',
  xlsx: 'a spreadsheet',
  csv: 'a spreadsheet table',
  png: 'an image',
  jpg: 'an image',
  jpeg: 'an image',
  gif: 'an image',
  webp: 'an image',
  zip: 'an archive',
  exe: 'a program',
};

/**
 * Parses one article. The format comes from `input.format`, else the file extension (.txt .text .md .markdown
 * .html .htm), else the content. Throws ImportError for empty, binary, mis-encoded, oversized or unreadable input.
 */
export function parseArticle(input: ArticleInput, env: ParseEnv = {}): ParsedArticle {
  const text = inputText(input);
  const format = input.format ?? formatFromName(input.name) ?? sniffFormat(text);
  const origin = input.url ?? (format === 'paste' ? PASTED_ORIGIN : input.name);
  let article: ParsedArticle;
  switch (format) {
    case 'txt':
    case 'paste':
      article = parsePlainText(text, format, origin);
      break;
    case 'md':
      article = parseMarkdown(text, origin);
      break;
    case 'html':
    case 'url':
      if (!env.parseHtml) {
        throw new ImportError('no-parser', `${input.name} is HTML, but no HTML parser was given to read it.`);
      }
      article = parseHtmlArticle(text, input.name, origin, input.url ? 'url' : 'html', env.parseHtml);
      break;
  }
  if (!/[\p{L}\p{N}]/u.test(article.text)) {
    throw new ImportError('no-content', `${input.name} has no readable article text.`);
  }
  return article;
}

function inputText(input: ArticleInput): string {
  if (input.bytes) {
    const ext = extension(input.name);
    if (ext in NOT_ARTICLES) {
      throw new ImportError(
        'unsupported',
        `${input.name} is ${NOT_ARTICLES[ext]}; Kizuna imports articles as .txt, .md or .html files.`,
      );
    }
    return decodeText(input.bytes, input.name);
  }
  if (input.text === undefined)
    throw new ImportError('empty', `${input.name} has no content — nothing to import.`);
  // UTF-16 code units: a string of n units is at least n bytes, so this never refuses what decodeText accepts.
  if (input.text.length > MAX_INPUT_BYTES) {
    throw new ImportError(
      'too-large',
      `${input.name} is longer than ${formatSize(MAX_INPUT_BYTES)}, the limit for one article.`,
    );
  }
  if (input.text.trim() === '') throw new ImportError('empty', `${input.name} is empty — nothing to import.`);
  return input.text;
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > name.lastIndexOf('/') && dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The format a file name's extension promises, or null when the extension says nothing. */
export function formatFromName(name: string): ArticleFormat | null {
  return EXTENSIONS[extension(name)] ?? null;
}

/** Guesses the format of text whose name does not tell: HTML by its tags, Markdown by front matter or headings. */
export function sniffFormat(text: string): ArticleFormat {
  const head = text.slice(0, 2048).trimStart();
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(head)) return 'html';
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head) || /^#{1,6} \S/m.test(head)) return 'md';
  return 'txt';
}
