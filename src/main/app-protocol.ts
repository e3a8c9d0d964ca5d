import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Maps an `app://kizuna/...` request to a file inside `root` (the built renderer), or null when the path
 * would escape it (including through percent-encoded `..%2F`). `/` serves index.html.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(join(root, relativePath));
  const inside = relative(resolve(root), file);
  if (inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}
