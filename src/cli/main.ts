import { analyze } from '../core/analysis/analyze';
import type { Analysis, Figure, ParsedArticle } from '../core/model';
import { ImportError, parseArticle } from '../core/parse';
import type { ParseEnv } from '../core/parse';

/** What the CLI touches in the outside world, passed in so tests can run it without a process or a disk. */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  parseEnv: ParseEnv;
}

/** One analysed file in the `--json` output (../shared/eval/GOLD.md format plus offsets and extras). */
export interface JsonDocument {
  file: string;
  article: { date: string | null; title: string | null; source: string | null; dateline: string | null };
  entities: {
    text: string;
    type: string;
    ref: string | null;
    start: number;
    end: number;
    confidence: number;
  }[];
  figures: Figure[];
  agreements: Analysis['agreements'];
}

const USAGE = `Usage: kizuna analyze FILE... [--json]

Analyses news articles (.txt, .md, .html): people, organisations, places, money and dates,
investment figures and agreements.

  --json    print { "documents": [...] } in the format of the gold annotations
  --help    show this help`;

/** Runs the command line; returns the exit code (0 ok, 1 some file failed, 2 usage error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command !== 'analyze') {
    io.stderr(`kizuna: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const unknown = rest.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) {
    io.stderr(`kizuna: unknown option "${unknown}"\n${USAGE}\n`);
    return 2;
  }
  const files = rest.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    io.stderr(`kizuna: analyze needs at least one FILE\n${USAGE}\n`);
    return 2;
  }
  const documents: JsonDocument[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const article = parseArticle({ name: file, bytes: await readInput(io, file) }, io.parseEnv);
      const doc = toDocument(file, article, analyze(article.text, { date: article.date }));
      documents.push(doc);
      if (!json) io.stdout(formatDocument(doc));
    } catch (error) {
      failed++;
      io.stderr(`kizuna: ${describeError(file, error)}\n`);
    }
  }
  if (json) io.stdout(JSON.stringify({ documents }, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}

async function readInput(io: CliIo, file: string): Promise<Uint8Array> {
  try {
    return await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new Error(`${file}: no such file`, { cause: error });
    if (code === 'EISDIR') throw new Error(`${file}: is a directory, not an article file`, { cause: error });
    if (code === 'EACCES') throw new Error(`${file}: permission denied`, { cause: error });
    throw error;
  }
}

function describeError(file: string, error: unknown): string {
  if (error instanceof ImportError) return error.message;
  if (error instanceof Error)
    return error.message.startsWith(file) ? error.message : `${file}: ${error.message}`;
  return `${file}: ${String(error)}`;
}

/** The JSON form of one analysed article; the title is null when the parser derived it from the text. */
export function toDocument(file: string, article: ParsedArticle, analysis: Analysis): JsonDocument {
  return {
    file,
    article: {
      date: article.date,
      title: article.titleDerived ? null : article.title,
      source: article.source,
      dateline: article.dateline,
    },
    entities: analysis.mentions.map(({ text, type, ref, start, end, confidence }) => ({
      text,
      type,
      ref,
      start,
      end,
      confidence,
    })),
    figures: analysis.figures,
    agreements: analysis.agreements,
  };
}

/** Compact number for the table: 78600000000 → "78.6 bn". */
function shortNumber(n: number): string {
  const scales: [number, string][] = [
    [1e12, ' tn'],
    [1e9, ' bn'],
    [1e6, ' mn'],
  ];
  for (const [size, suffix] of scales) if (Math.abs(n) >= size) return `${+(n / size).toFixed(2)}${suffix}`;
  return n.toLocaleString('en-US');
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return (
    rows
      .map(
        (r) =>
          '  ' +
          r
            .map((cell, c) => cell.padEnd(widths[c]!))
            .join('  ')
            .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

/** The readable (non-JSON) report of one document. */
export function formatDocument(doc: JsonDocument): string {
  const counts = new Map<string, number>();
  for (const e of doc.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const byType = [...counts].map(([t, n]) => `${t} ${n}`).join(', ');
  let out = `${doc.file}\n  date ${doc.article.date ?? '—'} · title ${doc.article.title ?? '—'}\n`;
  out += `  entities ${doc.entities.length}${byType ? ` (${byType})` : ''}\n`;
  if (doc.figures.length > 0) {
    const rows = [['FIGURE', 'VALUE', 'UNIT', 'USD', 'MEASURE', 'APPROX', 'INVESTOR', 'RECIPIENT', 'AS OF']];
    for (const f of doc.figures) {
      rows.push([
        f.text,
        shortNumber(f.value),
        f.currency && f.unit === 'other' ? f.currency : f.unit,
        f.usd === null ? '' : shortNumber(Math.round(f.usd)),
        f.measure,
        f.approx ?? '',
        f.investor ?? '',
        f.recipient ?? '',
        f.asOf ?? '',
      ]);
    }
    out += table(rows);
    for (const w of new Set(doc.figures.flatMap((f) => f.warnings))) out += `  ! ${w}\n`;
  } else out += '  no figures\n';
  for (const a of doc.agreements) out += `  ${a.kind} ${a.parties.join(' + ')} ${a.date ?? 'date unknown'}\n`;
  return out + '\n';
}
