import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ensureElectron, findElectronBinary, runElectronInstaller } from './ensure-electron.mjs';

/** A fake node_modules/electron: with the installer script, and optionally an installed binary. */
function electronPackage({ installed }: { installed: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-electron-'));
  writeFileSync(join(dir, 'install.js'), '');
  if (installed) installBinary(dir);
  return dir;
}

function installBinary(dir: string): void {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'electron'), '');
  writeFileSync(join(dir, 'path.txt'), 'electron');
}

function run(
  electronDir: string,
  install = vi.fn(() => ({ status: 1, stderr: 'TypeError: fetch failed\n  at x' })),
) {
  const log = vi.fn();
  const error = vi.fn();
  const code = ensureElectron({
    electronDir,
    env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    install,
    log,
    error,
  });
  return { code, install, log, error: error.mock.calls.join('\n') };
}

describe('ensure-electron', () => {
  it('starts straight away when the binary is installed', () => {
    const { code, install } = run(electronPackage({ installed: true }));
    expect(code).toBe(0);
    expect(install).not.toHaveBeenCalled();
  });

  it('runs Electron’s installer when the binary is missing, and starts once it is there', () => {
    const dir = electronPackage({ installed: false });
    const install = vi.fn(() => {
      installBinary(dir);
      return { status: 0, stderr: '' };
    });
    const { code, log } = run(dir, install);
    expect(install).toHaveBeenCalledWith(join(dir, 'install.js'), expect.any(Object));
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/downloading/));
    expect(code).toBe(0);
  });

  it('explains what to do, with the installer’s reason, when the download fails (offline)', () => {
    const { code, error } = run(electronPackage({ installed: false }));
    expect(code).toBe(1);
    expect(error).toContain('could not be downloaded (TypeError: fetch failed)');
    expect(error).toContain('npm run web');
    expect(error).toContain('node node_modules/electron/install.js');
  });

  it('does not trust an installer that exits 0 without installing (ELECTRON_SKIP_BINARY_DOWNLOAD)', () => {
    const { code, error } = run(
      electronPackage({ installed: false }),
      vi.fn(() => ({ status: 0, stderr: '' })),
    );
    expect(code).toBe(1);
    expect(error).toContain('npm run web');
  });

  it('asks for npm ci when the electron package itself is missing', () => {
    const { code, install, error } = run(join(tmpdir(), 'kizuna-no-electron-' + Date.now()));
    expect(code).toBe(1);
    expect(install).not.toHaveBeenCalled();
    expect(error).toContain('npm ci');
  });

  it('finds the binary the way electron does, honouring ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = electronPackage({ installed: true });
    expect(findElectronBinary(dir, {})).toBe(join(dir, 'dist', 'electron'));
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'elsewhere') })).toBeNull();
    writeFileSync(join(dir, 'path.txt'), '');
    expect(findElectronBinary(dir, {})).toBeNull();
  });

  it('runs the installer without ELECTRON_SKIP_BINARY_DOWNLOAD, which would make it do nothing', () => {
    const script = join(electronPackage({ installed: false }), 'install.js');
    writeFileSync(
      script,
      'process.stderr.write(`skip=${process.env.ELECTRON_SKIP_BINARY_DOWNLOAD}`); process.exit(3);',
    );
    expect(runElectronInstaller(script, { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toEqual({
      status: 3,
      stderr: 'skip=undefined',
    });
  });
});
