import { ABBREVIATIONS } from '../text/abbreviations';

/** A sentence (or headline, caption) as offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

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
  while (s < dot && isWhite(text.charCodeAt(s))) s++;
  if (dot - s < 1 || dot - s > 3) return false;
  for (let k = s; k < dot; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isUpperStart(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (c === '"' || c === '“' || c === '‘' || c === "'" || c === '(') return true;
  return c !== c.toLowerCase() || (c >= '0' && c <= '9');
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
    while (s < e && isWhite(text.charCodeAt(s))) s++;
    while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most characters end nothing; test them by code without making a string.
    if (
      code !== 10 &&
      code !== 46 &&
      code !== 33 &&
      code !== 63 &&
      (code !== 32 || i - start <= MAX_SENTENCE)
    ) {
      continue;
    }
    const c = text[i]!;
    if (c === '\n') {
      close(i, i + 1);
    } else if (c === ' ') {
      // Text without sentence ends (tables, garbage) is cut so per-sentence work stays bounded.
      close(i, i + 1);
    } else {
      let j = i + 1;
      // Closing quotes and brackets belong to the sentence they close; "./." is a wire-style end mark.
      while (j < text.length && closesSentence(text.charCodeAt(j))) j++;
      // Skipping the run keeps long runs of dots or quotes linear.
      if (j < text.length && text[j] !== ' ' && text[j] !== '\t') {
        i = j - 1;
        continue;
      }
      let k = j;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      if (k < text.length && text[k] !== '\n' && !isUpperStart(text, k)) continue;
      if (c === '.') {
        let w = i;
        while (w > start && w > i - 8 && isAbbreviationChar(text.charCodeAt(w - 1))) w--;
        const word = text.slice(w, i).toLowerCase();
        if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
        // "4. Hai Phong: $2.01 billion": a list number opens its item rather than ending a sentence.
        if (isListNumber(text, start, i)) continue;
      }
      close(j, j);
      i = j - 1;
    }
  }
  close(text.length, text.length);
  return spans;
}
