import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import type { CliIo, JsonDocument } from './main';
import { nodeParseEnv } from './node-env';

const SEEDS = join(__dirname, '../../../shared/corpus/seeds');
const seed = (name: string): string => join(SEEDS, name);

/** Runs the CLI with the real disk, or with in-memory files when given, capturing its output. */
async function run(argv: string[], files: Record<string, Uint8Array> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => (path in files ? Promise.resolve(files[path]!) : readFile(path)),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    parseEnv: nodeParseEnv,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('kizuna analyze --json', () => {
  it('prints one document per file in the gold format, with the parsed date and headline', async () => {
    const { code, stdout, stderr } = await run([
      'analyze',
      seed('003_b4d6bc92d4f0d098.txt'),
      seed('004_e8194724c3fb40e8.txt'),
      '--json',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    const { documents } = JSON.parse(stdout) as { documents: JsonDocument[] };
    expect(documents.map((d) => d.article.date)).toEqual(['2025-10-21', null]);
    expect(documents[1]!.article.title).toBe('Binh Duong hosts Meet Japan 2023 programme');
    const gunma = documents[0]!;
    expect(gunma.article.title).toBeNull();
    expect(gunma.figures.find((f) => f.text === '$78.6 billion')).toMatchObject({
      value: 78.6e9,
      unit: 'USD',
      measure: 'registered_capital',
      asOf: '2025-09-30',
    });
    expect(gunma.entities.filter((e) => e.type === 'MONEY').map((e) => e.text)).toEqual([
      'JPY5 billion',
      '$6.6 million',
      '$78.6 billion',
    ]);
  });

  it('reports each bad file on one stderr line, exits 1, and still analyses the good ones', async () => {
    const { code, stdout, stderr } = await run(
      [
        'analyze',
        'missing.txt',
        'empty.txt',
        'photo.txt',
        'latin1.txt',
        seed('001_25e98e61ab3d5004.txt'),
        '--json',
      ],
      {
        'empty.txt': new Uint8Array(),
        'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
        'latin1.txt': new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69, 0x20, 0x6e, 0x61, 0x6d]),
      },
    );
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('kizuna: missing.txt: no such file');
    for (const [i, name] of ['empty.txt', 'photo.txt', 'latin1.txt'].entries()) {
      expect(lines[i + 1]).toMatch(new RegExp(`^kizuna: .*${name.replace('.', '\\.')}`));
    }
    const { documents } = JSON.parse(stdout) as { documents: JsonDocument[] };
    expect(documents.map((d) => d.file)).toEqual([seed('001_25e98e61ab3d5004.txt')]);
  });

  it('names a directory given as a file', async () => {
    const { code, stderr } = await run(['analyze', SEEDS]);
    expect(code).toBe(1);
    expect(stderr).toContain('is a directory');
  });
});

describe('kizuna analyze (table)', () => {
  it('prints figures with their attributes and the consistency warning', async () => {
    const { code, stdout } = await run(['analyze', seed('003_b4d6bc92d4f0d098.txt')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\$78\.6 billion\s+78\.6 bn\s+USD\s+78\.6 bn\s+registered_capital/);
    expect(stdout).toMatch(/! JPY5 billion ≈ \$3\d\.\d million/);
  });
});

describe('kizuna usage', () => {
  it('explains itself and rejects unknown commands and options with exit 2', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage: kizuna analyze FILE...');
    expect(await run(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
    expect(await run(['analyze', '--xml', 'a.txt'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('"--xml"'),
    });
    expect(await run(['analyze'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('at least one FILE'),
    });
  });
});
