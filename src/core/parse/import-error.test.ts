import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';

describe('ImportError', () => {
  it('carries a machine-readable code beside the message shown to the user', () => {
    const error = new ImportError('binary', 'photo.png looks like a PNG image, not text.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ImportError');
    expect(error.code).toBe('binary');
    expect(String(error)).toBe('ImportError: photo.png looks like a PNG image, not text.');
  });
});
