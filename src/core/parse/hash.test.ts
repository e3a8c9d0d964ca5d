import { describe, expect, it } from 'vitest';
import { contentHash } from './hash';

describe('contentHash', () => {
  it('is the SHA-256 of the UTF-8 text, so known vectors match', async () => {
    expect(await contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('tells apart texts that differ only in a Vietnamese diacritic', async () => {
    expect(await contentHash('Hà Nội')).not.toBe(await contentHash('Hà Nôi'));
    expect(await contentHash('Hà Nội')).toMatch(/^[0-9a-f]{64}$/);
  });
});
