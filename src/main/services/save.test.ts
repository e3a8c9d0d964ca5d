import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { safeFileName, saveExport, saveFilters } from './save';

describe('saveExport', () => {
  it('writes text and bytes where the user chose, offering the suggested name and its type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-save-'));
    const choose = vi.fn(async () => join(dir, 'facts.csv'));
    await expect(saveExport('facts.csv', 'Toyota;1.2\n', 'text/csv', choose)).resolves.toBe(true);
    expect(readFileSync(join(dir, 'facts.csv'), 'utf8')).toBe('Toyota;1.2\n');
    expect(choose).toHaveBeenCalledWith({
      defaultName: 'facts.csv',
      filters: [
        { name: 'CSV (text/csv)', extensions: ['csv'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    await saveExport('b.bin', new Uint8Array([1, 2, 3]), '', async () => join(dir, 'b.bin'));
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([1, 2, 3]);
  });

  it('writes nothing and reports false when the dialog is cancelled', async () => {
    await expect(saveExport('a.md', '# a', 'text/markdown', async () => undefined)).resolves.toBe(false);
  });

  it('names the path when the file cannot be written', async () => {
    const target = join(tmpdir(), 'kizuna-no-such-dir-' + Date.now(), 'a.md');
    await expect(saveExport('a.md', 'x', 'text/markdown', async () => target)).rejects.toThrow(
      `Could not save ${target}:`,
    );
  });
});

describe('safeFileName', () => {
  it('keeps only a plain file name, whatever the renderer suggests', () => {
    expect(safeFileName('../../.bashrc')).toBe('bashrc');
    expect(safeFileName('C:\\Windows\\evil.bat')).toBe('evil.bat');
    expect(safeFileName('Hà Nội: FDI?.csv')).toBe('Hà Nội_ FDI_.csv');
    expect(safeFileName('///')).toBe('kizuna-export');
  });

  it('offers "All files" alone when the name has no extension', () => {
    expect(saveFilters('notes', 'text/plain')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
