/** A letter or combining mark (`\p{L}`, `\p{M}`). */
export const LETTER = 1;
/** A letter, mark or number (`\p{L}`, `\p{M}`, `\p{N}`): what the entity lexer joins into words. */
export const WORD = 2;
/** A word character that changes under lower-casing. */
export const UPPER = 4;
/** A word character that changes under upper-casing. */
export const LOWER = 8;

/**
 * What each UTF-16 code unit is (a union of the flags above), worked out once per process instead of a
 * Unicode regex test and two case conversions per character read; both tokenizers read it. Filled up front: a
 * lazily filled table leaves a rarely taken call in the scanning loops, which measured a third slower. A lone
 * surrogate is nothing, so an emoji or rare CJK character never joins a word.
 */
export const charClasses = new Uint8Array(65536);

const LETTERS = /[\p{L}\p{M}]/u;
const NUMBERS = /\p{N}/u;
for (let c = 0; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  const letter = LETTERS.test(ch);
  if (!letter && !NUMBERS.test(ch)) continue;
  const kase = ch !== ch.toLowerCase() ? UPPER : ch !== ch.toUpperCase() ? LOWER : 0;
  charClasses[c] = (letter ? LETTER : 0) | WORD | kase;
}
