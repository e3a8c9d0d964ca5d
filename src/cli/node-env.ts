import { parseHTML } from 'linkedom';
import type { ParseEnv } from '../core/parse';

/** How Node reads HTML for the parsers (the browser has a DOM of its own): linkedom. */
export const nodeParseEnv: ParseEnv = {
  parseHtml: (html) => parseHTML(html).document as unknown as Document,
};
