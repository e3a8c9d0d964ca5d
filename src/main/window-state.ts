import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** A rectangle in screen coordinates, as Electron reports displays and window bounds. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the app remembers about its window between launches. */
export interface WindowState {
  width: number;
  height: number;
  /** Absent when the window should be centred (first launch, or the saved spot is off every screen). */
  x?: number;
  y?: number;
  maximized: boolean;
}

/** The size of the window on first launch. */
export const defaultWindowState: WindowState = { width: 1280, height: 820, maximized: false };

/** The smallest window the layout works in. */
export const minWindowSize = { width: 800, height: 560 } as const;

const windowStateSchema = z.object({
  width: z.number().int().min(minWindowSize.width).max(20_000),
  height: z.number().int().min(minWindowSize.height).max(20_000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean(),
});

// Enough of the title bar must be on a screen to grab it and drag the window back.
const minVisible = 64;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Turns the saved JSON into a usable state: anything malformed falls back to the defaults, and a position
 * whose title bar is not on any of `workAreas` (a monitor since unplugged) is dropped so the window is centred.
 */
export function parseWindowState(json: string, workAreas: readonly Rect[]): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ...defaultWindowState };
  }
  const parsed = windowStateSchema.safeParse(raw);
  if (!parsed.success) return { ...defaultWindowState };
  const { x, y, ...rest } = parsed.data;
  if (x === undefined || y === undefined) return rest;
  const titleBar: Rect = { x, y, width: rest.width, height: 32 };
  const onScreen = workAreas.some((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= minVisible && shared.height > 0;
  });
  return onScreen ? { ...rest, x, y } : rest;
}

/** Reads the saved state from `file`; a missing or unreadable file means first launch. */
export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch {
    return { ...defaultWindowState };
  }
  return parseWindowState(json, workAreas);
}

/**
 * Writes the state for the next launch. `bounds` are the window's normal (un-maximised) bounds, so
 * un-maximising after a restart returns to the size the user chose. Failing to save is not worth an error.
 */
export function saveWindowState(file: string, bounds: Rect, maximized: boolean): void {
  const state: WindowState = {
    width: Math.max(minWindowSize.width, Math.round(bounds.width)),
    height: Math.max(minWindowSize.height, Math.round(bounds.height)),
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    maximized,
  };
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // A read-only profile folder only costs the remembered position.
  }
}
