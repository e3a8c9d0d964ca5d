import { ABBREVIATIONS } from '../text/abbreviations';

/** Longest derived title, in characters: about one line in the library list. */
export const DERIVED_TITLE_MAX = 90;

/** Index just past the first sentence of `text` (the whole text when it has one sentence). */
export function firstSentenceEnd(text: string): number {
  const end = /[.!?…]+["”’)]*(?=\s|$)/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (m[0][0] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      // "Mr." or an initial ("J.") does not end a sentence.
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    return m.index + m[0].length;
  }
  return text.length;
}

/**
 * A title made from the first sentence of `text`, cut at a word boundary to about 90 characters ("…" when
 * cut), or null when the text has no words.
 */
export function deriveTitle(text: string): string | null {
  const sentence = text.slice(0, firstSentenceEnd(text)).replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(sentence)) return null;
  if (sentence.length <= DERIVED_TITLE_MAX) return sentence.replace(/(?<![.]{2})\.$/, '');
  const cut = sentence.slice(0, DERIVED_TITLE_MAX + 1);
  const space = cut.lastIndexOf(' ');
  const head = space > DERIVED_TITLE_MAX / 2 ? cut.slice(0, space) : sentence.slice(0, DERIVED_TITLE_MAX);
  return head.replace(/[\s,;:–—-]+$/, '') + '…';
}
