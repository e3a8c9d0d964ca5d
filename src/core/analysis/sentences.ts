import { ABBREVIATIONS } from '../text/abbreviations';

/** A sentence (or headline, caption) as offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

// Called through String.prototype rather than on `text`, whose representation varies: see the lexer.
const { charCodeAt } = String.prototype;

/** Characters that may end a sentence: a line break, ".", "!" and "?". */
const ENDS = /[\n.!?]/g;

/** Length of the longest abbreviation: a longer word before a full stop is none, and is not looked up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Longest run of characters treated as one sentence; real sentences are far shorter. */
const MAX_SENTENCE = 2000;

/** Exactly the white space of the regex `\s`, tested by code so trimming a sentence makes no strings. */
function isWhite(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Closing quotes, brackets, "/" and "." that may follow a sentence end mark: " ” ’ ' ) ] / . */
function closesSentence(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 47 || c === 46;
}

/** ASCII letters and ".", the characters an abbreviation such as "e.g" is made of. */
function isAbbreviationChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** Whether only white space and one to three digits stand between `start` and `dot`: a list item's number. */
function isListNumber(text: string, start: number, dot: number): boolean {
  let s = start;
  while (s < dot && isWhite(charCodeAt.call(text, s))) s++;
  if (dot - s < 1 || dot - s > 3) return false;
  for (let k = s; k < dot; k++) {
    const c = charCodeAt.call(text, k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isUpperStart(text: string, i: number): boolean {
  const code = charCodeAt.call(text, i);
  // ASCII, as most sentences open, is decided without a call to toLowerCase: a capital, a digit, " ' or (.
  if (code < 128)
    return (
      (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40
    );
  const c = text[i];
  if (c === undefined) return false;
  return c === '“' || c === '‘' || c !== c.toLowerCase();
}

/**
 * Splits text into sentences in one pass: a line break always ends one (headlines, captions and paragraphs
 * carry no full stop), and ". ", "! ", "? " do when a capital, digit or quote follows and the word before
 * is not an abbreviation ("Co. Ltd", "Mr. Tanaka").
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const close = (end: number, next: number): void => {
    let s = start;
    let e = end;
    while (s < e && isWhite(charCodeAt.call(text, s))) s++;
    while (e > s && isWhite(charCodeAt.call(text, e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = next;
  };
  // The marks that may end a sentence are found by a regular expression, which scans several times faster
  // than a loop over every character; the characters between them end nothing.
  for (let i = 0; ;) {
    ENDS.lastIndex = i;
    // `test` finds the mark without building a match array; a mark is one character, so it ends at lastIndex.
    const found = ENDS.test(text);
    const mark = found ? ENDS.lastIndex - 1 : text.length;
    // Text without sentence ends (tables, garbage) is cut at the first space past MAX_SENTENCE, so
    // per-sentence work stays bounded.
    while (mark > start + MAX_SENTENCE + 1) {
      const space = text.indexOf(' ', Math.max(i, start + MAX_SENTENCE + 1));
      if (space === -1 || space >= mark) break;
      close(space, space + 1);
      i = space + 1;
    }
    if (!found) break;
    i = mark + 1;
    const c = text[mark]!;
    if (c === '\n') {
      close(mark, mark + 1);
      continue;
    }
    let j = mark + 1;
    // Closing quotes and brackets belong to the sentence they close; "./." is a wire-style end mark.
    while (j < text.length && closesSentence(charCodeAt.call(text, j))) j++;
    // Skipping the run keeps long runs of dots or quotes linear.
    if (j < text.length && text[j] !== ' ' && text[j] !== '\t') {
      i = j;
      continue;
    }
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k < text.length && text[k] !== '\n' && !isUpperStart(text, k)) continue;
    if (c === '.') {
      let w = mark;
      while (w > start && w > mark - 8 && isAbbreviationChar(charCodeAt.call(text, w - 1))) w--;
      if (mark - w <= LONGEST_ABBREVIATION) {
        const word = text.slice(w, mark).toLowerCase();
        if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
      }
      // "4. Hai Phong: $2.01 billion": a list number opens its item rather than ending a sentence.
      if (isListNumber(text, start, mark)) continue;
    }
    close(j, j);
    i = j;
  }
  close(text.length, text.length);
  return spans;
}
