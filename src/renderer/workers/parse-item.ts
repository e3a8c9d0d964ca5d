import type { ParsedArticle } from '../../core/model';
import { parseArticle, type ParseEnv } from '../../core/parse';
import type { ImportItem } from './protocol';

/** Parses one import item with the core parser; throws its ImportError, whose message names the item. */
export function parseItem(item: ImportItem, env: ParseEnv): ParsedArticle {
  switch (item.kind) {
    case 'file':
      return parseArticle({ name: item.name, bytes: item.bytes }, env);
    case 'text':
      return parseArticle({ name: item.name, text: item.text, format: 'paste' }, env);
    case 'page': {
      const { url, contentType, body } = item.page;
      // The server's content type beats the URL, which often has no extension ("/news/123").
      const format = /html/i.test(contentType)
        ? 'html'
        : /text\/plain/i.test(contentType)
          ? 'txt'
          : undefined;
      return parseArticle({ name: url, text: body, url, format }, env);
    }
  }
}
