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
  /** The record all tokens of this spelling share, where facts about the word are worked out once. */
  spelling: Spelling;
}

/**
 * What every occurrence of one spelling shares, worked out when the lexer first meets it. The token copies the
 * fields it is asked for most, as reading them through this record would cost a second load each time.
 */
export interface Spelling {
  readonly text: string;
  readonly key: string;
  readonly kind: 'word' | 'punct';
  readonly cap: boolean;
  readonly allCaps: boolean;
  readonly shape: number;
  /**
   * Bits the recogniser knows of the word (a name word, a title's head, the first word of a known phrase …):
   * asked of every token by a dozen passes, they are worked out once per spelling. -1 until then.
   */
  facts: number;
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
// Called through these rather than as `text.charCodeAt(i)`: the dictionaries are lexed at start-up from
// strings of every kind V8 has (interned, concatenated, sliced, one- and two-byte), which leaves a method look-up
// on `text` megamorphic, a stub-cache probe per character; this look-up never varies. It doubled lexing speed.
const { charCodeAt, slice } = String.prototype;

function spellingOf(text: string): Spelling {
  const c = charCodeAt.call(text, 0);
  const first = charClasses[c]!;
  if ((first & WORD) === 0) {
    const key = c < 128 ? text : fold(text);
    return { text, key, kind: 'punct', cap: false, allCaps: false, shape: shapeOf(key), facts: -1 };
  }
  let codes = c;
  let classes = 0;
  let uppers = first & UPPER;
  for (let i = 1; i < text.length; i++) {
    const d = charCodeAt.call(text, i);
    const k = charClasses[d]!;
    codes |= d;
    classes |= k;
    uppers += k & UPPER;
  }
  const cap = (first & UPPER) !== 0;
  const key = codes >= 128 ? fold(text) : uppers === 0 ? text : text.toLowerCase();
  const allCaps = cap && ((classes | first) & LOWER) === 0 && uppers >= 2 * UPPER;
  return { text, key, kind: 'word', cap, allCaps, shape: shapeOf(key), facts: -1 };
}

// The spellings met so far, in an open-addressed table keyed by a hash the lexer works out while it scans a
// word. A text of a megabyte has some 200,000 tokens but only a few thousand spellings, so each token finds its
// key, case and shape here instead of slicing, folding or lower-casing again, and every token of one spelling
// shares one text and one key, whose hash V8 then works out once for all the set look-ups that follow.
const SLOT_BITS = 16;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
/** Half full at most, so probes stay short. */
const MAX_SPELLINGS = 1 << (SLOT_BITS - 1);
/** Index + 1 into `spellings` per slot, 0 when free, and the hash of the spelling there. */
const slots = new Int32Array(1 << SLOT_BITS);
const hashes = new Int32Array(1 << SLOT_BITS);
const spellings: Spelling[] = [];
// Each spelling's code units, copied into one array: comparing a token with them is a loop over numbers,
// where comparing with the spelling's string (of any of V8's string representations) measured twice as slow.
const starts = new Int32Array(MAX_SPELLINGS);
const lengths = new Int32Array(MAX_SPELLINGS);
let units = new Uint16Array(1 << 16);
let unitsUsed = 0;

/** Longest spelling kept: longer "words" (runs of digits or capitals) are rare, and would swell `units`. */
const MAX_KEPT_LENGTH = 64;

/** The spelling of `text[start, end)`, whose hash is `hash`; new spellings are added. */
function intern(text: string, start: number, end: number, hash: number): Spelling {
  const length = end - start;
  if (length > MAX_KEPT_LENGTH) return spellingOf(slice.call(text, start, end));
  let slot = hash & SLOT_MASK;
  for (let n = slots[slot]!; n !== 0; n = slots[slot]!) {
    if (hashes[slot] === hash && lengths[n - 1] === length) {
      const at = starts[n - 1]! - start;
      let k = start;
      while (k < end && units[at + k] === charCodeAt.call(text, k)) k++;
      if (k === end) return spellings[n - 1]!;
    }
    slot = (slot + 1) & SLOT_MASK;
  }
  // A hostile text of endless distinct words starts the table afresh.
  if (spellings.length === MAX_SPELLINGS) {
    slots.fill(0);
    spellings.length = 0;
    unitsUsed = 0;
    return intern(text, start, end, hash);
  }
  if (unitsUsed + length > units.length) {
    const more = new Uint16Array(Math.max(units.length * 2, unitsUsed + length));
    more.set(units.subarray(0, unitsUsed));
    units = more;
  }
  for (let k = start; k < end; k++) units[unitsUsed++] = charCodeAt.call(text, k);
  const spelling = spellingOf(slice.call(text, start, end));
  starts[spellings.length] = unitsUsed - length;
  lengths[spellings.length] = length;
  spellings.push(spelling);
  slots[slot] = spellings.length;
  hashes[slot] = hash;
  return spelling;
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
    const start = i;
    const c = charCodeAt.call(text, i);
    let hash = c;
    // Words are tested first: they open most tokens, and a space test is eight comparisons.
    if (charClasses[c]! & WORD) {
      for (i++; i < to; i++) {
        const d = charCodeAt.call(text, i);
        if ((charClasses[d]! & WORD) === 0) break;
        hash = (Math.imul(hash, 31) + d) | 0;
      }
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
      // Keep a surrogate pair (an emoji, a rare CJK character) together as one mark.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      if (i - start === 2) hash = (Math.imul(hash, 31) + charCodeAt.call(text, start + 1)) | 0;
    }
    const s = intern(text, start, i, hash);
    tokens.push({
      start,
      end: i,
      text: s.text,
      key: s.key,
      kind: s.kind,
      cap: s.cap,
      allCaps: s.allCaps,
      space,
      newline,
      shape: s.shape,
      spelling: s,
    });
    space = false;
    newline = false;
  }
  return tokens;
}
