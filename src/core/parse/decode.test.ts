import { describe, expect, it } from 'vitest';
import { decodeText, MAX_INPUT_BYTES } from './decode';
import { ImportError } from './import-error';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function refusal(bytes: Uint8Array, name: string): ImportError {
  try {
    decodeText(bytes, name);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('decodeText', () => {
  it('decodes UTF-8 with and without a BOM to the same text', () => {
    const plain = utf8('Hà Nội đón nhà đầu tư Nhật Bản');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(plain, 'a.txt')).toBe('Hà Nội đón nhà đầu tư Nhật Bản');
    expect(decodeText(bom, 'a.txt')).toBe('Hà Nội đón nhà đầu tư Nhật Bản');
  });

  it('decodes UTF-16 little- and big-endian files that carry a BOM', () => {
    const text = 'Đà Nẵng – Osaka';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le.set([c & 0xff, c >> 8], 2 + i * 2);
      be.set([c >> 8, c & 0xff], 2 + i * 2);
    }
    expect(decodeText(le, 'le.txt')).toBe(text);
    expect(decodeText(be, 'be.txt')).toBe(text);
  });

  it('refuses an empty or blank file, naming it', () => {
    const empty = refusal(new Uint8Array(), 'empty.txt');
    expect(empty.code).toBe('empty');
    expect(empty.message).toBe('empty.txt is empty — nothing to import.');
    expect(refusal(utf8(' \n\t\n'), 'blank.txt').code).toBe('empty');
  });

  it('refuses a PNG by its signature and says what it looks like', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    const error = refusal(png, 'photo.png');
    expect(error.code).toBe('binary');
    expect(error.message).toBe('photo.png looks like a PNG image, not text.');
  });

  it('refuses unknown binary data with NUL bytes or many control characters', () => {
    expect(refusal(new Uint8Array([0x41, 0x42, 0, 0x43]), 'data.txt').message).toMatch(
      /data\.txt looks like a binary file.*offset 2/,
    );
    expect(refusal(new Uint8Array(64).fill(0x01), 'ctl.txt').code).toBe('binary');
  });

  it('refuses invalid UTF-8 and points at the first bad byte', () => {
    // "Hà Nôi invests" in single-byte Vietnamese code page bytes.
    const legacy = new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69, 0x20, 0x69, 0x6e, 0x76, 0x0a]);
    const error = refusal(legacy, 'latin1.txt');
    expect(error.code).toBe('encoding');
    expect(error.message).toMatch(/^latin1\.txt is not valid UTF-8 text \(bad byte 0xE0 at offset 1\)/);
    const later = new Uint8Array([...utf8('Đà Nẵng ok '), 0xc3, 0x28]);
    expect(refusal(later, 'b.txt').message).toContain(`at offset ${utf8('Đà Nẵng ok ').length})`);
    // An encoded surrogate (ED A0 80) is not UTF-8 either.
    expect(refusal(new Uint8Array([0x61, 0xed, 0xa0, 0x80]), 'c.txt').message).toContain('offset 1');
  });

  it('refuses files over the size limit before decoding them', () => {
    const error = refusal(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61), 'huge.txt');
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^huge\.txt is larger than 20 MB, the limit for one article/);
  });
});
