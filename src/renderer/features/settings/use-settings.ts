import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect } from 'react';
import { getSetting, setSetting } from '../../../db/repositories/settings';
import { getDatabase } from '../../services/database';

/** Colour themes of the app. */
export type Theme = 'light' | 'dark';

/** Reader font sizes in CSS pixels: the range +/- steps through. */
export const FONT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24, 26] as const;

const DEFAULT_FONT_SIZE = 18;

/** The user's display settings, persisted in the library database, and the setters that save them. */
export interface DisplaySettings {
  theme: Theme;
  fontSize: number;
  toggleTheme(): void;
  /** Steps the reader font size up (+1) or down (-1) through FONT_SIZES. */
  stepFontSize(step: 1 | -1): void;
}

function preferredTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Steps `size` to the next FONT_SIZES entry in `step`'s direction, staying within the range. */
export function nextFontSize(size: number, step: 1 | -1): number {
  const sizes: readonly number[] = FONT_SIZES;
  if (step > 0) return sizes.find((candidate) => candidate > size) ?? sizes[sizes.length - 1]!;
  return [...sizes].reverse().find((candidate) => candidate < size) ?? sizes[0]!;
}

/**
 * Theme and font size, read live from the settings table (so every window agrees) and applied to the
 * document root as `data-theme` and `--reader-size`.
 */
export function useDisplaySettings(): DisplaySettings {
  const db = getDatabase();
  const stored = useLiveQuery(
    async () => ({
      theme: await getSetting<Theme>(db, 'theme', preferredTheme()),
      fontSize: await getSetting(db, 'fontSize', DEFAULT_FONT_SIZE),
    }),
    [db],
  );
  const theme = stored?.theme ?? preferredTheme();
  const fontSize = stored?.fontSize ?? DEFAULT_FONT_SIZE;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.setProperty('--reader-size', `${fontSize}px`);
  }, [theme, fontSize]);

  const toggleTheme = useCallback(() => {
    void setSetting(db, 'theme', theme === 'dark' ? 'light' : 'dark');
  }, [db, theme]);
  const stepFontSize = useCallback(
    (step: 1 | -1) => void setSetting(db, 'fontSize', nextFontSize(fontSize, step)),
    [db, fontSize],
  );
  return { theme, fontSize, toggleTheme, stepFontSize };
}
