import { fold } from '../../text/fold';
import * as chars from '../char-classes';

/** One token of text as the entity recogniser sees it. */
export interface LexToken {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** Exactly the source text. */
  text: string;
  /** Folded text (lower case, no diacritics, đ→d), the key for dictionary look-ups. */
  key: string;
  /** `word` is letters and digits; every other non-space character is its own `punct` token. */
  kind: 'word' | 'punct';
  /** First character is an upper-case letter. */
  cap: boolean;
  /** At least two letters and no lower-case letter ("JETRO", "US", "HÀ"). */
  allCaps: boolean;
  /** White space separates this token from the previous one. */
  space: boolean;
  /** A line break separates this token from the previous one. */
  newline: boolean;
  /**
   * Filter slot of `key` for phrase look-ups: five bits each of its first and last code unit, and its length up
   * to 15. Worked out once here, as several dictionaries test every token against it.
   */
  shape: number;
}

function shapeOf(key: string): number {
  const n = key.length;
  return (
    ((charCodeAt.call(key, 0) & 31) << 9) | ((charCodeAt.call(key, n - 1) & 31) << 4) | (n < 15 ? n : 15)
  );
}

// Copied into module constants: compiled to CommonJS (tsx runs the CLI and the benchmark so), every use of an
// import is a getter call, which in this per-character loop cost a fifth of the whole engine's time.
const { charClasses, LOWER, UPPER, WORD } = chars;
const foldCache = new Map<string, string>();
// Called through these rather than as `text.charCodeAt(i)`: the dictionaries are lexed at start-up from
// strings of every kind V8 has (interned, concatenated, sliced, one- and two-byte), which leaves a method look-up
// on `text` megamorphic, a stub-cache probe per character; this look-up never varies. It doubled lexing speed.
const { charCodeAt, slice } = String.prototype;

function foldNonAscii(word: string): string {
  let k = foldCache.get(word);
  if (k === undefined) {
    k = fold(word);
    // Bound the cache so a hostile text of endless distinct words cannot grow it without limit.
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(word, k);
  }
  return k;
}

/**
 * Splits `text[from, to)` into words and single punctuation marks in one left-to-right pass. Unlike the
 * figure tokenizer, hyphens and apostrophes are always separate tokens, so "Vietnam-Japan" yields two
 * place names and "People's" matches however the apostrophe is typed.
 */
export function lex(text: string, from = 0, to = text.length): LexToken[] {
  const tokens: LexToken[] = [];
  let i = from;
  let space = false;
  let newline = false;
  while (i < to) {
    const c = charCodeAt.call(text, i);
    const first = charClasses[c]!;
    // Words are tested first: they open most tokens, and a space test is eight comparisons.
    if (first & WORD) {
      const start = i;
      // Case and script are gathered while scanning, without branches, so a word is visited once.
      let codes = 0;
      let classes = 0;
      let uppers = 0;
      for (i++; i < to; i++) {
        const d = charCodeAt.call(text, i);
        const k = charClasses[d]!;
        if ((k & WORD) === 0) break;
        codes |= d;
        classes |= k;
        uppers += k & UPPER;
      }
      const word = slice.call(text, start, i);
      codes |= c;
      const cap = (first & UPPER) !== 0;
      if (cap) uppers += UPPER;
      const key = codes >= 128 ? foldNonAscii(word) : uppers === 0 ? word : word.toLowerCase();
      tokens.push({
        start,
        end: i,
        text: word,
        key,
        kind: 'word',
        cap,
        allCaps: cap && ((classes | first) & LOWER) === 0 && uppers >= 2 * UPPER,
        space,
        newline,
        shape: shapeOf(key),
      });
    } else if (
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 160 ||
      c === 0x3000 ||
      c === 0x202f ||
      c === 0x2009
    ) {
      space = true;
      if (c === 10 || c === 13) newline = true;
      i++;
      continue;
    } else {
      const start = i;
      // Keep a surrogate pair (an emoji, a rare CJK character) together as one mark.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      const mark = slice.call(text, start, i);
      const key = c < 128 ? mark : foldNonAscii(mark);
      tokens.push({
        start,
        end: i,
        text: mark,
        key,
        kind: 'punct',
        cap: false,
        allCaps: false,
        space,
        newline,
        shape: shapeOf(key),
      });
    }
    space = false;
    newline = false;
  }
  return tokens;
}
