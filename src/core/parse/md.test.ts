import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../model';
import { parseMarkdown, readFrontMatter } from './md';

const kinds = (a: ParsedArticle, kind: string): string[] =>
  a.blocks.filter((b) => b.kind === kind).map((b) => a.text.slice(b.start, b.end));

describe('readFrontMatter', () => {
  it('reads quoted and bare values, ISO or written dates, inline and block tag lists', () => {
    const { meta, length } = readFrontMatter(
      '---\ntitle: "Osaka firms: a new wave"\ndate: 15 December 2023\nsource: The Investor\nurl: https://x.vn/a\ntags:\n  - FDI\n  - "Da Nang"\n---\nBody',
    );
    expect(meta).toEqual({
      title: 'Osaka firms: a new wave',
      date: '2023-12-15',
      source: 'The Investor',
      url: 'https://x.vn/a',
      tags: ['FDI', 'Da Nang'],
    });
    expect(length).toBe(
      '---\ntitle: "Osaka firms: a new wave"\ndate: 15 December 2023\nsource: The Investor\nurl: https://x.vn/a\ntags:\n  - FDI\n  - "Da Nang"\n---\n'
        .length,
    );
    expect(readFrontMatter('---\ntags: [FDI, ODA]\n---\n').meta.tags).toEqual(['FDI', 'ODA']);
  });

  it('finds none in a file that does not start with ---', () => {
    expect(readFrontMatter('# Title\n---\ntitle: x\n---\n')).toEqual({ meta: { tags: [] }, length: 0 });
  });
});

describe('parseMarkdown', () => {
  const md = [
    '---',
    'date: 2024-06-01',
    'source: The Investor',
    'tags: [FDI]',
    '---',
    '',
    '# Osaka firms eye *Da Nang*',
    '',
    '![Port of Da Nang at dusk](port.jpg)',
    '',
    'DA NANG — A delegation of **20 firms** from [Osaka](https://osaka.jp) visited',
    'the city on Monday.',
    '',
    '## Numbers',
    '',
    '- Registered capital: *$5 million*',
    '- Projects: 12',
    '',
    '<script>',
    'alert(1)',
    '</script>',
    '',
    '> Investors want \\*clear\\* rules, she said.',
  ].join('\n');

  it('honours front matter and takes the first level-one heading as title', () => {
    const a = parseMarkdown(md, 'osaka.md');
    expect(a).toMatchObject({
      title: 'Osaka firms eye Da Nang',
      titleDerived: false,
      date: '2024-06-01',
      source: 'The Investor',
      tags: ['FDI'],
    });
    expect(a.dateline).toBe('DA NANG');
  });

  it('strips Markdown syntax to plain text with blank lines between blocks', () => {
    const a = parseMarkdown(md, 'osaka.md');
    expect(a.text).toBe(
      [
        'Osaka firms eye Da Nang',
        'Port of Da Nang at dusk',
        'DA NANG — A delegation of 20 firms from Osaka visited the city on Monday.',
        'Numbers',
        'Registered capital: $5 million',
        'Projects: 12',
        'Investors want *clear* rules, she said.',
      ].join('\n\n'),
    );
  });

  it('marks headings, image captions and list items as the reader should style them', () => {
    const a = parseMarkdown(md, 'osaka.md');
    expect(kinds(a, 'title')).toEqual(['Osaka firms eye Da Nang']);
    expect(kinds(a, 'section')).toEqual(['Numbers']);
    expect(kinds(a, 'caption')).toEqual(['Port of Da Nang at dusk']);
    expect(kinds(a, 'paragraph')).toContain('Registered capital: $5 million');
  });

  it('prefers a front-matter title and URL, and reads setext headings', () => {
    const a = parseMarkdown(
      '---\ntitle: Stated title\nurl: https://e.vn/x\n---\nOther heading\n=====\n\nBody text.',
      'a.md',
    );
    expect(a.title).toBe('Stated title');
    expect(a.origin).toBe('https://e.vn/x');
    expect(kinds(a, 'title')).toEqual(['Other heading']);
  });

  it('derives a title when there is neither front matter nor heading', () => {
    const a = parseMarkdown(
      'Japanese lenders extended **JPY30 billion** in ODA loans to Vietnam in 2024. More follows.',
      'b.md',
    );
    expect(a.titleDerived).toBe(true);
    expect(a.title).toBe('Japanese lenders extended JPY30 billion in ODA loans to Vietnam in 2024');
  });

  it('stays fast on hostile emphasis runs', () => {
    const hostile = '*_'.repeat(100_000) + '[' + '('.repeat(50_000);
    const started = performance.now();
    parseMarkdown(hostile, 'h.md');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
