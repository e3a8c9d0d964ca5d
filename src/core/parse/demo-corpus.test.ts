import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';

const demoDir = resolve(__dirname, '../../../resources/demo');
const seedsDir = resolve(__dirname, '../../../../shared/corpus/seeds');
const demo = readdirSync(demoDir)
  .filter((f) => f.endsWith('.txt'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(demoDir, name))) }));

describe('the demo library', () => {
  it('has at least 24 articles, each importing with a title and body paragraphs', () => {
    expect(demo.length).toBeGreaterThanOrEqual(24);
    for (const file of demo) {
      const a = parseArticle(file);
      expect(a.title, file.name).toBeTruthy();
      expect(a.blocks.filter((b) => b.kind === 'paragraph').length, file.name).toBeGreaterThanOrEqual(3);
    }
  });

  it('exercises the .txt conventions: markers, headlines, datelines, captions, credits, sign-offs', () => {
    const parsed = demo.map((file) => parseArticle(file));
    const kinds = new Set(parsed.flatMap((a) => a.blocks.map((b) => b.kind)));
    expect([...kinds].sort()).toEqual([
      'caption',
      'credit',
      'dateline',
      'paragraph',
      'section',
      'signature',
      'title',
    ]);
    expect(parsed.filter((a) => a.date).length).toBeGreaterThanOrEqual(12);
    expect(parsed.filter((a) => a.titleDerived).length).toBeGreaterThanOrEqual(4);
    expect(new Set(parsed.map((a) => a.source))).toEqual(new Set(['VNA', 'VNS', 'Nikkei', null]));
  });

  it('is written for Kizuna: no sentence-length run of text is copied from the seed articles', () => {
    const seeds = readdirSync(seedsDir).map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));
    for (const file of demo) {
      const text = new TextDecoder().decode(file.bytes);
      for (let at = 0; at + 60 <= text.length; at += 20) {
        const probe = text.slice(at, at + 60);
        expect(
          seeds.some((s) => s.includes(probe)),
          `${file.name}: "${probe}"`,
        ).toBe(false);
      }
    }
  });
});
