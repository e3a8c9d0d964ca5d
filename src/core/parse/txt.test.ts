import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../model';
import { parsePlainText } from './txt';

const seedsDir = resolve(__dirname, '../../../../shared/corpus/seeds');
const goldDir = resolve(__dirname, '../../../../shared/eval/gold');

function seed(prefix: string): ParsedArticle {
  const name = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing from ${seedsDir}`);
  return parsePlainText(readFileSync(resolve(seedsDir, name), 'utf8'), 'txt', name);
}

function blockTexts(a: ParsedArticle, kind: string): string[] {
  return a.blocks.filter((b) => b.kind === kind).map((b) => a.text.slice(b.start, b.end));
}

function parse(text: string): ParsedArticle {
  return parsePlainText(text, 'txt', 'test.txt');
}

describe('the five seed articles', () => {
  it('match the gold title and date of every seed (headline or null when derived)', () => {
    for (const name of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
      const gold = JSON.parse(readFileSync(resolve(goldDir, `${name}.json`), 'utf8')) as {
        article: { date: string | null; title: string | null };
      };
      const a = parsePlainText(readFileSync(resolve(seedsDir, name), 'utf8'), 'txt', name);
      expect({ date: a.date, title: a.titleDerived ? null : a.title }, name).toEqual(gold.article);
    }
  });

  it('cut only the date marker, leaving the rest of the file unchanged', () => {
    const name = readdirSync(seedsDir).find((f) => f.startsWith('001'))!;
    const raw = readFileSync(resolve(seedsDir, name), 'utf8');
    const a = seed('001');
    expect(raw.endsWith(a.text)).toBe(true);
    expect(a.text.startsWith('VIETNAM, December 15')).toBe(true);
  });

  it('reads 004: headline, caption, photo credit, VNA dateline and sign-off', () => {
    const a = seed('004');
    expect(a.title).toBe('Binh Duong hosts Meet Japan 2023 programme');
    expect(a.date).toBeNull();
    expect(a.dateline).toBe('Binh Duong (VNA)');
    expect(a.source).toBe('VNA');
    expect(blockTexts(a, 'caption')).toEqual(['A Japanese-funded factory in Binh Duong.']);
    expect(blockTexts(a, 'credit')).toEqual(['(Photo: baobinhduong.vn)']);
    expect(blockTexts(a, 'signature')).toEqual(['./.']);
    expect(blockTexts(a, 'paragraph')[0]).toMatch(/^About 400 delegates/);
  });

  it('reads 001: two-part dateline and the VNS sign-off', () => {
    const a = seed('001');
    expect(a.dateline).toBe('VIETNAM, December 15 - HÀ NỘI');
    expect(a.source).toBe('VNS');
    expect(blockTexts(a, 'signature')).toEqual(['— VNS']);
    expect(a.titleDerived).toBe(true);
    expect(a.title).toMatch(/^Prime Minister Phạm Minh Chính on Friday visited Gunma/);
  });

  it('reads 002: section label before the headline, VNA from "./."', () => {
    const a = seed('002');
    expect(blockTexts(a, 'section')).toEqual(['Making news']);
    expect(blockTexts(a, 'title')).toEqual([
      'Hanoi seeks stronger cooperation with Japanese localities, partners',
    ]);
    expect(a.source).toBe('VNA');
  });

  it('takes a long lede for a paragraph, not a headline, and derives a short title from it (000)', () => {
    const a = seed('000');
    expect(a.titleDerived).toBe(true);
    expect(a.title!.length).toBeLessThanOrEqual(91);
    expect(a.title).toMatch(/^The event gathered government leaders.*…$/);
    expect(a.blocks[0].kind).toBe('paragraph');
    expect(blockTexts(a, 'caption')).toContain('Delegations visited the Amata booth');
  });
});

describe('other outlets and shapes', () => {
  it('finds a Reuters-style dateline with agency and date', () => {
    const a = parse(
      'Toyota to expand plant in Vinh Phuc\nHANOI, Dec 3 (Reuters) - Toyota said on Tuesday it would invest.\n',
    );
    expect(a.title).toBe('Toyota to expand plant in Vinh Phuc');
    expect(a.dateline).toBe('HANOI, Dec 3 (Reuters)');
    expect(a.source).toBe('Reuters');
    expect(a.date).toBeNull();
  });

  it("takes a press release's sender line for a label, not for the headline", () => {
    const a = parse(
      'PRESS RELEASE\nInvestment Promotion Office, Shizuoka Prefecture\nShizuoka and Lam Dong agree on tea trade\n\n' +
        'Shizuoka Governor Suzuki Yasutomo met Lam Dong leaders in Da Lat on Monday to discuss tea exports, ' +
        'vocational training and direct flights between Shizuoka and the Central Highlands.\n',
    );
    expect(a.title).toBe('Shizuoka and Lam Dong agree on tea trade');
    expect(blockTexts(a, 'section')).toEqual([
      'PRESS RELEASE',
      'Investment Promotion Office, Shizuoka Prefecture',
    ]);
    // A headline that merely names an office is still the headline.
    expect(
      parse('Osaka opens trade office in Hanoi\n\nThe Osaka Business Office opened on Monday.\n').title,
    ).toBe('Osaka opens trade office in Hanoi');
  });

  it('takes a breadcrumb of sections and a portal masthead for labels above the headline', () => {
    const body =
      'The province licensed three projects worth a combined 120 million USD on Monday, including a textile ' +
      'dyeing plant and a logistics centre near the border gate.\n';
    expect(parse(`ECONOMY & TRADE | ASIA\nLang Son licenses three projects\n\n${body}`).title).toBe(
      'Lang Son licenses three projects',
    );
    expect(parse(`Cổng Thông tin điện tử tỉnh Lạng Sơn\nLạng Sơn cấp phép 3 dự án\n\n${body}`).title).toBe(
      'Lạng Sơn cấp phép 3 dự án',
    );
    const english = `LANG SON PROVINCE ELECTRONIC INFORMATION PORTAL\nHome > News > Investment\n\nLang Son licenses three projects\n\n${body}`;
    expect(parse(english).title).toBe('Lang Son licenses three projects');
  });

  it('takes a capitalised byline opening a story without a headline for a credit, not the title', () => {
    const body =
      'HANOI, Feb 17 (Reuters) - A private equity firm is in talks to buy a stake in a Vietnamese port operator.\n';
    const story = parse(`By Minh Anh Tran and Rachel Koh\n\n${body}`);
    expect(story.title).not.toBe('By Minh Anh Tran and Rachel Koh');
    expect(blockTexts(story, 'credit')).toEqual(['By Minh Anh Tran and Rachel Koh']);
  });

  it("keeps a wire's version tag out of the headline", () => {
    const a = parse(
      '(2nd LD) Hyosung to build Ba Ria plant\nSEOUL, May 2 (Yonhap) -- Hyosung said it would invest.\n',
    );
    expect(a.title).toBe('Hyosung to build Ba Ria plant');
    expect(blockTexts(a, 'section')).toEqual(['(2nd LD)']);
    expect(blockTexts(a, 'title')).toEqual(['Hyosung to build Ba Ria plant']);
  });

  it('reads a date line under the headline when there is no marker', () => {
    const a = parse(
      'Japanese firms eye Da Nang\n\nFriday, 15/12/2023 10:30 GMT+7\n\nDA NANG — Investors from Osaka met city leaders.\n',
    );
    expect(a.date).toBe('2023-12-15');
    expect(a.dateline).toBe('DA NANG');
    expect(blockTexts(a, 'paragraph')).toEqual(['Investors from Osaka met city leaders.']);
  });

  it('accepts written-out and ISO header dates', () => {
    expect(parse('Headline about Hai Phong port\nDecember 15, 2023\nBody text here.').date).toBe(
      '2023-12-15',
    );
    expect(parse('Headline about Hai Phong port\nPublished 2024-02-29\nBody text here.').date).toBe(
      '2024-02-29',
    );
    expect(parse('Headline about Hai Phong port\n31/02/2024\nBody text here.').date).toBeNull();
  });

  it('never takes a date from the body', () => {
    const a = parse('Osaka firms visit Can Tho\nThe delegation arrived on December 15, 2023 for talks.\n');
    expect(a.date).toBeNull();
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const a = parse(
      'Nikkei: Vietnam draws record FDI\n\nForeign investors registered more capital in\nthe first half than in any year before.\n\n' +
        'Japan remained the third largest investor\nafter Singapore and South Korea.\n',
    );
    expect(a.title).toBe('Nikkei: Vietnam draws record FDI');
    expect(blockTexts(a, 'paragraph')).toEqual([
      'Foreign investors registered more capital in\nthe first half than in any year before.',
      'Japan remained the third largest investor\nafter Singapore and South Korea.',
    ]);
  });

  it('derives the title from a single paragraph and cuts long ones at a word boundary', () => {
    const a = parse(
      'Mr. Tanaka of Aeon Co. said the company would open two more malls in Hanoi next year. More later.',
    );
    expect(a.titleDerived).toBe(true);
    expect(a.title).toBe(
      'Mr. Tanaka of Aeon Co. said the company would open two more malls in Hanoi next year',
    );
  });

  it('recognises an invalid marker date as no date but still removes the marker', () => {
    const a = parse(' date 2023-13-40 Body of the article.');
    expect(a.date).toBeNull();
    expect(a.text).toBe('Body of the article.');
  });

  it('keeps blocks ordered, inside the text and non-overlapping', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const a = seed(prefix);
      let at = 0;
      for (const b of a.blocks) {
        expect(b.start).toBeGreaterThanOrEqual(at);
        expect(b.end).toBeGreaterThan(b.start);
        at = b.end;
      }
      expect(at).toBeLessThanOrEqual(a.text.length);
    }
  });
});

describe('line endings and speed', () => {
  it('handles Windows line endings without leaving \\r inside blocks', () => {
    const a = parse(
      ' date 2024-01-05 Kyoto firm expands in Hue\r\nHUE (VNA) - The firm will add a line.\r\nIt hires 300 people.\r\n',
    );
    expect(a.title).toBe('Kyoto firm expands in Hue');
    expect(a.date).toBe('2024-01-05');
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).not.toMatch(/\r/);
  });

  it('parses a 2 MB article in linear time', () => {
    const paragraph = 'Japanese investors registered USD 1.2 billion in the province, officials said. ';
    const big = 'A long report\n' + (paragraph.repeat(20) + '\n\n').repeat(1300);
    const started = performance.now();
    const a = parse(big);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(a.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(1300);
  });
});
