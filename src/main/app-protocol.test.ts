import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './app-protocol';

const root = resolve('/opt/kizuna/out/renderer');

describe('resolveAppPath', () => {
  it('serves index.html for the root and files under the renderer folder', () => {
    expect(resolveAppPath(root, 'app://kizuna/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://kizuna/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets/index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://kizuna/fonts/noto%20sans.woff2')).toBe(
      join(root, 'fonts/noto sans.woff2'),
    );
  });

  it('never serves a file outside the renderer folder', () => {
    for (const url of [
      'app://kizuna/../../etc/passwd',
      'app://kizuna/%2e%2e/%2e%2e/etc/passwd',
      'app://kizuna/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://kizuna/a%00.js',
      'app://kizuna/%E0%A4%A',
    ]) {
      const file = resolveAppPath(root, url);
      expect(file === null || file.startsWith(root + '/'), `${url} → ${file}`).toBe(true);
    }
    expect(resolveAppPath(root, 'app://kizuna/assets/..%2F..%2F..%2Fetc%2Fpasswd')).toBeNull();
  });
});
