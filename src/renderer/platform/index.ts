import { createElectronPlatform } from './electron';
import type { Platform } from './types';
import { createWebPlatform } from './web';

let platform: Platform | undefined;

/** The host this window runs in: the desktop app when the preload exposed `window.api`, else the browser. */
export function getPlatform(): Platform {
  platform ??= window.api ? createElectronPlatform(window.api) : createWebPlatform();
  return platform;
}
