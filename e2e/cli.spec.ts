import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');

test.describe('the built command line', () => {
  test('runs as `kizuna` itself (the package bin) and prints the figures of a demo article as JSON', () => {
    const out = execFileSync(
      resolve(ROOT, 'out/cli/kizuna.js'),
      ['analyze', resolve(ROOT, 'resources/demo/03-jica-oda-mekong-delta.txt'), '--json'],
      { encoding: 'utf8' },
    );
    const [doc] = JSON.parse(out).documents;
    expect(doc.figures.some((f: { measure: string }) => f.measure === 'oda')).toBe(true);
    expect(doc.entities.some((e: { ref: string }) => e.ref === 'jica')).toBe(true);
  });
});
