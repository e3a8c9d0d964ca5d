import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSkipped, readFolder, readPickedFiles } from './files';

function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'kizuna-files-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const limits = { maxFileBytes: 1024, maxFiles: 100 };

describe('readPickedFiles', () => {
  it('reads the picked files byte for byte, named by their file name', async () => {
    const root = tree({ 'a/Hà Nội.txt': 'Đầu tư Nhật Bản', 'b.html': '<p>x</p>' });
    const result = await readPickedFiles([join(root, 'a/Hà Nội.txt'), join(root, 'b.html')], limits);
    expect(result.files.map((f) => f.name)).toEqual(['Hà Nội.txt', 'b.html']);
    expect(new TextDecoder().decode(result.files[0]!.bytes)).toBe('Đầu tư Nhật Bản');
    expect(result.skipped).toEqual([]);
  });

  it('skips files over the size limit and ones that vanished, and keeps the rest', async () => {
    const root = tree({ 'big.txt': 'x'.repeat(2048), 'ok.txt': 'fine' });
    const result = await readPickedFiles(
      [join(root, 'big.txt'), join(root, 'gone.txt'), join(root, 'ok.txt'), root],
      limits,
    );
    expect(result.files.map((f) => f.name)).toEqual(['ok.txt']);
    expect(result.skipped).toEqual([
      { name: 'big.txt', reason: 'it is 2 KB, over the 1 KB limit' },
      { name: 'gone.txt', reason: 'the file no longer exists' },
      { name: expect.any(String), reason: 'it is a folder' },
    ]);
    expect(describeSkipped(result, limits)).toMatch(
      /^big\.txt: not imported, it is .* limit\.\ngone\.txt: not imported/,
    );
  });
});

describe('readFolder', () => {
  it('finds articles in sub-folders, leaves other files and hidden folders alone', async () => {
    const root = tree({
      'one.txt': '1',
      'notes/two.md': '2',
      'notes/deep/three.HTML': '3',
      'photo.png': new Uint8Array([0x89, 0x50]),
      '.git/config.txt': 'hidden',
    });
    const result = await readFolder(root, limits);
    expect(result.files.map((f) => f.name).sort()).toEqual([
      'notes/deep/three.HTML',
      'notes/two.md',
      'one.txt',
    ]);
    expect(result.truncated).toBe(false);
    expect(describeSkipped(result, limits)).toBeNull();
  });

  it('stops at the file cap and says so', async () => {
    const root = tree(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`a${i}.txt`, `${i}`])));
    const result = await readFolder(root, { ...limits, maxFiles: 5 });
    expect(result.files).toHaveLength(5);
    expect(result.truncated).toBe(true);
    expect(describeSkipped(result, { ...limits, maxFiles: 5 })).toMatch(/Only the first 5 files/);
  });

  it('does not follow a symbolic link that loops back to the folder', async () => {
    const root = tree({ 'sub/a.txt': 'a' });
    symlinkSync(root, join(root, 'sub/loop'));
    const result = await readFolder(root, limits);
    expect(result.files.map((f) => f.name)).toEqual(['sub/a.txt']);
  });

  it('reports a folder that cannot be read instead of throwing', async () => {
    const result = await readFolder(join(tmpdir(), 'kizuna-no-such-folder-' + Date.now()), limits);
    expect(result.files).toEqual([]);
    expect(result.skipped[0]?.reason).toBe('the file no longer exists');
  });
});
