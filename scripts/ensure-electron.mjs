#!/usr/bin/env node
// `npm start` runs this first. npm 11 skips install scripts unless allowed, so Electron's binary may be
// missing after `npm ci`: fetch it with Electron's own installer, or say plainly what to do instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where `npm ci` puts the electron package, relative to this script. */
export const defaultElectronDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../node_modules/electron',
);

/**
 * The Electron executable this install would launch, or null when it is not there. Mirrors the lookup of
 * node_modules/electron/index.js (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) without throwing.
 */
export function findElectronBinary(electronDir, env = process.env) {
  let executable;
  try {
    executable = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!executable) return null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable)
    : join(electronDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}

/** The advice printed when the desktop app cannot start; the web mode needs no binary. */
export function cannotStartMessage(reason) {
  return [
    `Kizuna's desktop app cannot start: ${reason}`,
    '',
    'What to do:',
    '  • use Kizuna in your browser instead:  npm run web',
    '  • or connect to the internet and run:  node node_modules/electron/install.js   then  npm start',
  ].join('\n');
}

/** Runs Electron's installer in a child process; returns its exit status and what it printed on stderr. */
export function runElectronInstaller(installScript, env) {
  // The installer silently does nothing when this is set, which is how CI installs were made.
  const { ELECTRON_SKIP_BINARY_DOWNLOAD: _skip, ...childEnv } = env;
  const child = spawnSync(process.execPath, [installScript], {
    env: childEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: 10 * 60 * 1000,
  });
  return { status: child.status ?? 1, stderr: child.stderr ?? String(child.error ?? '') };
}

/**
 * Makes sure the Electron binary exists, installing it when absent. Returns the process exit code: 0 when
 * Electron can be launched, 1 (after printing what to do) when it cannot.
 */
export function ensureElectron({
  electronDir = defaultElectronDir,
  env = process.env,
  install = runElectronInstaller,
  log = console.log,
  error = console.error,
} = {}) {
  if (findElectronBinary(electronDir, env)) return 0;
  const installScript = join(electronDir, 'install.js');
  if (!existsSync(installScript)) {
    error(cannotStartMessage('the electron package is not installed. Run `npm ci` first.'));
    return 1;
  }
  log('The Electron binary is not installed yet; downloading it with Electron’s installer…');
  const { status, stderr } = install(installScript, env);
  if (status === 0 && findElectronBinary(electronDir, env)) return 0;
  const firstLine =
    stderr.split('\n').find((line) => line.trim() !== '') ?? `installer exited with ${status}`;
  error(cannotStartMessage(`the Electron binary could not be downloaded (${firstLine.trim()}).`));
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = ensureElectron();
}
