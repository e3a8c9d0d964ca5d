/** The custom scheme the packaged renderer is served from; a fixed origin keeps IndexedDB between launches. */
export const appScheme = 'app';

/** The app's own origin in production (`app://kizuna`). */
export const appOrigin = `${appScheme}://kizuna`;

/**
 * The renderer's Content-Security-Policy as a response header. It matches the meta tag in
 * src/renderer/index.html except `connect-src`: on the desktop the main process fetches URLs, so the page
 * itself never needs the network.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Scheme and host of `url` (`app://kizuna`, `http://localhost:5173`), or null when it does not parse.
 * `URL.origin` is "null" for non-special schemes such as app:, hence computed by hand.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** True when `url` is one of the app's own pages: the app:// origin, or the dev server's origin in dev. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  return origin === appOrigin || (devServerUrl !== undefined && origin === originOf(devServerUrl));
}

/** True for links the OS browser may open: absolute http(s) URLs only (no file:, javascript:, custom schemes). */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
  } catch {
    return false;
  }
}
