import { _electron as electron, test, expect, type ElectronApplication } from '@playwright/test';
import { resolve } from 'node:path';
import { defaultElectronDir, findElectronBinary } from '../scripts/ensure-electron.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const binary = findElectronBinary(defaultElectronDir);

test.skip(
  binary === null,
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD) — desktop launch not tested here; web mode covers the renderer',
);

/** Launches the built app (out/, from `npm run build`) on a profile folder of its own. */
function launch(profile: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary!,
    args: [projectRoot],
    cwd: projectRoot,
    env: { ...process.env, KIZUNA_USER_DATA_DIR: profile },
  });
}

test('opens a locked-down Kizuna window with only the narrow api exposed', async () => {
  const app = await launch(test.info().outputPath('profile'));
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Kizuna');
    expect(page.url()).toMatch(/^app:\/\/kizuna\//);
    const exposed = await page.evaluate(() => ({
      api: Object.keys(window.api ?? {}).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({
      api: ['fetchUrl', 'onMenuCommand', 'openExternal', 'pickFiles', 'pickFolder', 'saveFile'],
      require: 'undefined',
      process: 'undefined',
    });
    // The main process refuses non-web schemes before asking the OS to open anything.
    expect(await page.evaluate(() => window.api!.openExternal('file:///etc/passwd'))).toBe(false);
    await expect(page.evaluate(() => window.api!.fetchUrl('file:///etc/passwd'))).rejects.toThrow(
      /only http:\/\/ and https:\/\/ links/,
    );
  } finally {
    await app.close();
  }
});

test('blocks navigation away from the app and new windows', async () => {
  const app = await launch(test.info().outputPath('profile'));
  try {
    const page = await app.firstWindow();
    const start = page.url();
    await page.evaluate(() => {
      window.location.href = 'file:///etc/hosts';
    });
    await page.evaluate(() => window.open('file:///etc/hosts'));
    await page.waitForTimeout(500);
    expect(page.url()).toBe(start);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});

test('keeps the library (IndexedDB) across restarts on the same profile', async () => {
  const profile = test.info().outputPath('profile');
  const write = await launch(profile);
  const first = await write.firstWindow();
  await first.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('kizuna-e2e-persistence', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('notes');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').put('Hà Nội', 'city');
          tx.oncomplete = () => done();
        };
      }),
  );
  await write.close();

  const read = await launch(profile);
  try {
    const second = await read.firstWindow();
    const city = await second.evaluate(
      () =>
        new Promise<unknown>((done, fail) => {
          const open = indexedDB.open('kizuna-e2e-persistence', 1);
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('notes').objectStore('notes').get('city');
            get.onsuccess = () => done(get.result);
          };
        }),
    );
    expect(city).toBe('Hà Nội');
  } finally {
    await read.close();
  }
});
