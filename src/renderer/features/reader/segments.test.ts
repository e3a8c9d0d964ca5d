import { describe, expect, it } from 'vitest';
import { segmentBlock } from './segments';

const text = 'Gunma governor Yamamoto Ichita met officials in Hanoi.';
const span = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const pieces = (segments: ReturnType<typeof segmentBlock>) =>
  segments.map((segment) => [text.slice(segment.start, segment.end), segment.mention, segment.flash]);

describe('segmentBlock', () => {
  it('marks each mention once and leaves the text between them plain', () => {
    const block = { start: 0, end: text.length };
    expect(pieces(segmentBlock(block, [span('Gunma'), span('Yamamoto Ichita'), span('Hanoi')]))).toEqual([
      ['Gunma', 0, false],
      [' governor ', null, false],
      ['Yamamoto Ichita', 1, false],
      [' met officials in ', null, false],
      ['Hanoi', 2, false],
      ['.', null, false],
    ]);
  });

  it('keeps only the block’s part of the text and skips a mention overlapping an earlier one', () => {
    const block = span('governor Yamamoto Ichita');
    const overlapping = { start: span('Ichita').start, end: span('Ichita met').end };
    expect(pieces(segmentBlock(block, [span('Gunma'), span('Yamamoto Ichita'), overlapping]))).toEqual([
      ['governor ', null, false],
      ['Yamamoto Ichita', 1, false],
    ]);
  });

  it('cuts at the flashed span so the sentence can be highlighted around its mentions', () => {
    const block = { start: 0, end: text.length };
    const flash = { start: span('Yamamoto').start, end: text.length };
    expect(pieces(segmentBlock(block, [span('Yamamoto Ichita')], flash))).toEqual([
      ['Gunma governor ', null, false],
      ['Yamamoto Ichita', 0, true],
      [' met officials in Hanoi.', null, true],
    ]);
  });
});
