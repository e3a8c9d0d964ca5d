import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at full stops before a capital, keeping decimals whole', () => {
    expect(split('Capital reached $78.6 billion. Japan ranked third. ')).toEqual([
      'Capital reached $78.6 billion.',
      'Japan ranked third.',
    ]);
  });

  it('treats every line as its own sentence, so headlines without stops stay apart', () => {
    expect(split('Binh Duong hosts Meet Japan 2023 programme\nAbout 400 delegates gathered.')).toEqual([
      'Binh Duong hosts Meet Japan 2023 programme',
      'About 400 delegates gathered.',
    ]);
  });

  it('does not split after abbreviations or initials', () => {
    expect(split('Shibata Gousei Co. Ltd employs Mr. Tanaka and J. Smith. Next one.')).toEqual([
      'Shibata Gousei Co. Ltd employs Mr. Tanaka and J. Smith.',
      'Next one.',
    ]);
  });

  it('keeps a closing quote with its sentence and handles the wire end mark', () => {
    expect(split('He said, "We will invest." Then he left./. Done')).toEqual([
      'He said, "We will invest."',
      'Then he left./.',
      'Done',
    ]);
  });

  it('keeps a numbered list item whole, number and all, but still ends a sentence at a year', () => {
    expect(
      split('Top provinces:\n12. Nghe An: $640 million\n3. Hue: $75 million\nIt opened in 2019. Sales rose.'),
    ).toEqual([
      'Top provinces:',
      '12. Nghe An: $640 million',
      '3. Hue: $75 million',
      'It opened in 2019.',
      'Sales rose.',
    ]);
  });

  it('cuts a run without sentence ends at the first space past 2,000 characters, never inside a word', () => {
    const text = `${'cell '.repeat(1000)}Total. Next`;
    const parts = split(text);
    expect(parts.map((p) => p.length)).toEqual([2004, 2004, 996, 4]);
    expect(parts.every((p) => p.startsWith('cell') || p === 'Next')).toBe(true);
    expect(parts.join(' ')).toBe(text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
