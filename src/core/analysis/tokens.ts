import * as chars from './char-classes';

/** What a token is made of. */
export type TokenKind = 'word' | 'num' | 'punct';

/** One token of article text with its UTF-16 offsets. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Exactly the source text of the token. */
  text: string;
  /** Lower-cased `text`, for case-insensitive cue matching. */
  lower: string;
  /** True when white space separates this token from the previous one. */
  space: boolean;
}

// Module constants, not imports read per character: see the lexer.
const { charClasses, LETTER } = chars;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Past the end of the text `charCodeAt` is NaN, which indexes nothing and so is no letter. */
function isLetter(text: string, i: number): boolean {
  return (charClasses[text.charCodeAt(i)]! & LETTER) !== 0;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x202f || c === 0x2009 || c === 0x3000
  );
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Splits `text[from, to)` into words, numbers and single punctuation marks in one left-to-right pass.
 * Letters and digits are split apart ("JPY5" → "JPY", "5"; "78.6bn" → "78.6", "bn") so currency codes and
 * scales glued to numbers are seen; a number keeps its inner separators ("5,660", "1,2,3"); a possessive
 * "'s" is its own token so "Japan's" yields the name "Japan". Tokens are appended to `tokens` when given,
 * so sentences can be tokenised one by one into one array.
 */
export function tokenize(text: string, from = 0, to = text.length, tokens: Token[] = []): Token[] {
  let i = from;
  // White space before the range separates its first token from the one before it in `tokens`, which may
  // come from an earlier sentence: "… turns five" then, sentences later, "26 November 2025".
  let space = from > 0 && isSpace(text.charCodeAt(from - 1));
  // Lower-casing the text once is far cheaper than per word; it keeps offsets unless a rare letter such as
  // "İ" lower-cases to two code units, in which case words are lower-cased one by one.
  const lowered = text.slice(from, to).toLowerCase();
  const aligned = lowered.length === to - from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind = 'word';
    // A word that is already lower-case ASCII is its own lower form: no second string.
    let plain = false;
    if (isDigit(c)) {
      kind = 'num';
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < to && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetter(text, i)) {
      plain = c >= 97 && c <= 122;
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) i++;
        else if (isLetter(text, i)) {
          plain = false;
          i++;
        }
        // Hyphenated words ("Hi-Tech", "foreign-invested") stay whole; "10-15" does not start here.
        else if (d === 45 && i + 1 < to && isLetter(text, i + 1)) {
          const e = text.charCodeAt(i + 1);
          if (e < 97 || e > 122) plain = false;
          i += 2;
        } else break;
      }
    } else if (
      isApostrophe(c) &&
      !space &&
      tokens.length > 0 &&
      tokens[tokens.length - 1]!.end === i &&
      tokens[tokens.length - 1]!.kind === 'word' &&
      (text[i + 1] === 's' || text[i + 1] === 'S') &&
      !(i + 2 < to && isLetter(text, i + 2))
    ) {
      i += 2;
    } else {
      kind = 'punct';
      // Surrogate pairs (emoji, rare CJK) stay one token so offsets never split a character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    const t = text.slice(start, i);
    const lower =
      kind !== 'word' || plain ? t : aligned ? lowered.slice(start - from, i - from) : t.toLowerCase();
    tokens.push({ kind, start, end: i, text: t, lower, space });
    space = false;
  }
  return tokens;
}
