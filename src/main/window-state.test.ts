import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWindowState, loadWindowState, parseWindowState, saveWindowState } from './window-state';

const laptop = [{ x: 0, y: 0, width: 1920, height: 1040 }];
const twoScreens = [...laptop, { x: 1920, y: 0, width: 2560, height: 1400 }];

describe('window state', () => {
  it('restores size, position and maximised state saved on a screen that is still there', () => {
    const json = JSON.stringify({ width: 1400, height: 900, x: 2000, y: 100, maximized: true });
    expect(parseWindowState(json, twoScreens)).toEqual({
      width: 1400,
      height: 900,
      x: 2000,
      y: 100,
      maximized: true,
    });
  });

  it('drops a position on a monitor that was unplugged, keeping the size', () => {
    const json = JSON.stringify({ width: 1400, height: 900, x: 2000, y: 100, maximized: false });
    expect(parseWindowState(json, laptop)).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it('drops a position whose title bar is above the screen or barely peeking in', () => {
    expect(
      parseWindowState(JSON.stringify({ ...defaultWindowState, x: 10, y: -500 }), laptop),
    ).not.toHaveProperty('x');
    expect(
      parseWindowState(JSON.stringify({ ...defaultWindowState, x: 1900, y: 10 }), laptop),
    ).not.toHaveProperty('x');
  });

  it('falls back to the defaults for corrupt JSON, wrong types or absurd sizes', () => {
    for (const json of [
      '{not json',
      '[]',
      '{"width":"big","height":900,"maximized":false}',
      '{"width":10,"height":10,"maximized":false}',
    ]) {
      expect(parseWindowState(json, laptop), json).toEqual(defaultWindowState);
    }
  });

  it('saves what it later loads, and treats a missing file as a first launch', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kizuna-window-')), 'window-state.json');
    expect(loadWindowState(file, laptop)).toEqual(defaultWindowState);
    saveWindowState(file, { x: 100.4, y: 50, width: 1024.6, height: 700 }, false);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ x: 100, width: 1025 });
    expect(loadWindowState(file, laptop)).toEqual({
      x: 100,
      y: 50,
      width: 1025,
      height: 700,
      maximized: false,
    });
  });
});
