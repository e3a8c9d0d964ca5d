import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../model';
import { parseArticle } from '../parse';
import { analyze, analyzeWithEntities, inferAnchor } from './analyze';
import { findDates } from './dates';
import { tokenize } from './tokens';

const SEEDS = join(__dirname, '../../../../shared/corpus/seeds');
const GOLD = join(__dirname, '../../../../shared/eval/gold');

interface GoldEntity {
  text: string;
  type: Mention['type'];
  ref: string | null;
}

/** Each seed parsed as the importer does, with its gold annotation. */
function seeds() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const article = parseArticle({ name: file, bytes: readFileSync(join(SEEDS, file)) });
      const gold = JSON.parse(readFileSync(join(GOLD, `${file}.json`), 'utf8'));
      return { file, article, gold };
    });
}

/** The gold's named mentions placed in the text in order, so figure rules are tested apart from recognition. */
function goldMentions(text: string, entities: GoldEntity[]): Mention[] {
  const out: Mention[] = [];
  let from = 0;
  for (const e of entities) {
    if (!e.ref) continue;
    const start = text.indexOf(e.text, from);
    if (start < 0) continue;
    out.push({ start, end: start + e.text.length, text: e.text, type: e.type, ref: e.ref, confidence: 1 });
    from = start + e.text.length;
  }
  return out;
}

describe('analyze on the seed articles', () => {
  it('finds exactly the gold MONEY and DATE mentions, in order', () => {
    for (const { article, gold } of seeds()) {
      const got = analyze(article.text, { date: article.date })
        .mentions.filter((m) => m.type === 'MONEY' || m.type === 'DATE')
        .map((m) => `${m.type} ${m.text}`);
      const want = (gold.entities as GoldEntity[])
        .filter((e) => e.type === 'MONEY' || e.type === 'DATE')
        .map((e) => `${e.type} ${e.text}`);
      expect(got).toEqual(want);
    }
  });

  it('reads every gold figure with its attributes and agreement, given the named mentions', () => {
    for (const { article, gold } of seeds()) {
      const recognition = { mentions: goldMentions(article.text, gold.entities), entities: [] };
      const result = analyzeWithEntities(article.text, { date: article.date }, recognition);
      const figures = result.figures.map(
        ({ text, value, unit, measure, approx, investor, recipient, asOf }) => ({
          text,
          value,
          unit,
          measure,
          approx,
          investor,
          recipient,
          asOf,
        }),
      );
      expect(figures).toEqual(gold.figures);
      expect(result.agreements.map(({ kind, parties, date }) => ({ kind, parties, date }))).toEqual(
        gold.agreements,
      );
    }
  });

  it('flags the inconsistent yen conversion in the Gunma article', () => {
    const { article } = seeds().find((s) =>
      s.gold.figures.some((f: { text: string }) => f.text === 'JPY5 billion'),
    )!;
    const yen = analyze(article.text, { date: article.date }).figures.find((f) => f.text === 'JPY5 billion')!;
    expect(yen.warnings).toHaveLength(1);
    expect(yen.warnings[0]).toContain('$6.6 million');
  });
});

describe('analyze merges mentions', () => {
  it('keeps a MONEY span over a place inside it and a name over a year inside it', () => {
    const text = 'The Vietnam Expo 2024 drew US$ 75 mln from the US.';
    const mention = (t: string, from: number, type: Mention['type'], ref: string): Mention => {
      const start = text.indexOf(t, from);
      return { start, end: start + t.length, text: t, type, ref, confidence: 1 };
    };
    const recognition = {
      mentions: [
        mention('Vietnam Expo 2024', 0, 'ORG', 'vietnam-expo'),
        mention('US', 20, 'PLACE', 'us'),
        mention('US', 40, 'PLACE', 'us'),
      ],
      entities: [],
    };
    const { mentions } = analyzeWithEntities(text, { date: '2024-05-01' }, recognition);
    expect(mentions.map((m) => `${m.type} ${m.text}`)).toEqual([
      'ORG Vietnam Expo 2024',
      'MONEY US$ 75 mln',
      'PLACE US',
    ]);
  });
});

describe('analyze reads dates past sentences without numbers', () => {
  it('reads a date line after a headline ending in a number word and a line without numbers', () => {
    const text =
      'Rail money heads for Vietnam as the pact turns five\nA long standfirst line\n26 November 2025\n';
    const { mentions } = analyzeWithEntities(text, { date: null }, { mentions: [], entities: [] });
    expect(mentions.filter((m) => m.type === 'DATE').map((m) => m.text)).toEqual(['26 November 2025']);
  });
});

describe('analyze on hostile input', () => {
  it('returns nothing for empty text', () => {
    expect(analyze('', { date: null })).toEqual({ mentions: [], entities: [], figures: [], agreements: [] });
  });

  it('survives mixed scripts, malformed numbers and long runs without a wrong figure', () => {
    const text =
      '日本の投資 Đầu tư Nhật Bản $1,2,3 billion ' +
      '9'.repeat(5000) +
      ' ' +
      'ABC'.repeat(3000) +
      ' ' +
      '.,;$%'.repeat(3000) +
      ' JPY5 billion';
    const result = analyze(text, { date: '2025-01-01' });
    expect(result.figures.map((f) => f.text)).toEqual(['JPY5 billion']);
  });

  it('takes time linear in the text length', () => {
    const unit =
      'In 2024, Japan invested $1.2 billion in 35 projects in Vietnam, about 30% more. $1,2,3 bn ...... ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      analyze(text, { date: '2025-01-01' });
      return performance.now() - t0;
    };
    time(500);
    const small = time(2000);
    const large = time(8000);
    expect(large / small).toBeLessThan(8);
  });
});

describe('analyze on a text of several megabytes', () => {
  // Every line leans on the one before ("the country", an amount in a list, a signing reported twice), so
  // wherever the text is cut into pieces for reading, a cut falls between two lines that depend on each other.
  const article =
    'Japan leads investment in Bac Ninh\n' +
    'Japan has been the biggest investor in Bac Ninh since 2015.\n' +
    'The country poured $5.2 billion into the province, about 30% of its FDI.\n' +
    'Registered capital from Asia reached $9 billion in 2024, led by:\n' +
    'Japan with $3.1 billion,\n' +
    'South Korea with $2.4 billion.\n' +
    'Bac Ninh and Saitama signed an MoU on cooperation in March 2019.\n';

  it('finds in each copy of an article what it finds in the article alone, and a signing once', () => {
    const copies = Math.ceil((2.5 * 1024 * 1024) / article.length);
    const one = analyze(article, { date: null });
    const all = analyze(article.repeat(copies), { date: null });
    const shifted = (n: number) =>
      one.figures.map((f) => ({
        ...f,
        start: f.start + n * article.length,
        end: f.end + n * article.length,
      }));
    const byCopy = (n: number) =>
      all.figures
        .filter((f) => Math.floor(f.start / article.length) === n)
        .map((f) => ({ ...f, claim: f.claim === null ? null : 'claim' }));
    for (let n = 0; n < copies; n++)
      expect(byCopy(n)).toEqual(shifted(n).map((f) => ({ ...f, claim: f.claim === null ? null : 'claim' })));
    expect(all.mentions).toHaveLength(one.mentions.length * copies);
    expect(all.agreements.map(({ parties, date }) => ({ parties, date }))).toEqual(
      one.agreements.map(({ parties, date }) => ({ parties, date })),
    );
  });
});

describe('analyze on a text cut into pieces', () => {
  // A text is read a piece of about a megabyte at a time, cut before a line: these texts put the cut right
  // before their last lines, which must read as they do in a short article.
  const PIECE = 1024 * 1024;
  const line = 'In 2024 Vietnam, Hanoi and Da Nang grew.\n';
  // Lines up to just short of a piece: a longer line after them ends the first piece.
  const lines = line.repeat(Math.floor((PIECE - 1) / line.length));
  const roles = (text: string) =>
    analyze(text, { date: '2025-01-01' }).figures.map((f) => [f.text, f.investor, f.recipient]);

  it('sends a flow without a place to the country the whole text is about, not the one its last lines name', () => {
    const tail =
      'In 2024 Thailand and Bangkok grew.\n'.repeat(3) +
      'Singapore was second with $85.6 billion in registered capital.\n';
    const head = lines + line;
    expect(head.length).toBeGreaterThanOrEqual(PIECE);
    expect(roles(head + tail)).toEqual([['$85.6 billion', 'singapore', 'vietnam']]);
  });

  it('resolves "the province" of the next piece to the one named last, also outside a sentence with a figure', () => {
    const last = 'Bac Ninh is growing fast, and it keeps on growing faster than it ever did before.\n';
    const tail = 'The province attracted $2 billion in registered capital.\n';
    const head = lines + last;
    expect(head.length).toBeGreaterThanOrEqual(PIECE);
    expect(roles(head + tail)).toEqual([['$2 billion', null, 'bac-ninh']]);
    expect(roles(line + last + tail)).toEqual(roles(head + tail));
  });

  it('keeps to the place, the kind and the total of the figures before the cut', () => {
    const cases = [
      [
        'Registered capital flowing into Bac Ninh reached $2 billion in the first nine months.\n',
        'New projects took $1.2 billion of that.\n',
      ],
      [
        'Total registered FDI in Vietnam reached $30 billion in the first nine months of the year.\n',
        'Investors came from 100 countries. Most were from Asia.\n' +
          'Singapore topped the list with $5.2 billion, 28.4% of the total.\n',
      ],
    ];
    const read = (text: string) =>
      analyze(text, { date: '2025-01-01' }).figures.map((f) => [f.text, f.measure, f.investor, f.recipient]);
    const [place, total] = cases.map(([last, tail]) => {
      const head = lines + last!;
      expect(head.length).toBeGreaterThanOrEqual(PIECE);
      const cut = read(head + tail!);
      expect(cut).toEqual(read(line + last! + tail!));
      return cut;
    });
    // A part "of that" registered capital is registered capital too.
    expect(place!.at(-1)).toEqual(['$1.2 billion', 'registered_capital', null, 'bac-ninh']);
    expect(total!.find((f) => f[0] === '$5.2 billion')).toEqual([
      '$5.2 billion',
      'registered_capital',
      'singapore',
      'vietnam',
    ]);
  });
});

describe('inferAnchor', () => {
  it('anchors an undated article to its first day in the latest year it names', () => {
    const dates = findDates(
      tokenize('Meet Japan 2023 was held on September 8; a deal was signed in December 2014.'),
    );
    expect(inferAnchor(dates)).toEqual({ year: 2023, month: 9, day: 8 });
  });

  it('gives no anchor when the text names no year', () => {
    expect(inferAnchor(findDates(tokenize('It opened on September 8.')))).toBeNull();
  });
});
