import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isAppUrl, isSafeExternalUrl, originOf } from './security';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe('isSafeExternalUrl', () => {
  it('lets http and https links open in the browser', () => {
    expect(isSafeExternalUrl('https://www.jetro.go.jp/en/')).toBe(true);
    expect(isSafeExternalUrl('http://fia.mpi.gov.vn/')).toBe(true);
  });

  it('refuses schemes that would run or open something local', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'data:text/html,<b>x</b>',
      'app://kizuna/index.html',
      'not a url',
      'https:',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin and, when given, the dev server origin only', () => {
    expect(isAppUrl('app://kizuna/index.html#/reader/3')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('app://kizuna.attacker/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
  });

  it('computes an origin for non-special schemes, where URL.origin is "null"', () => {
    expect(originOf('app://kizuna/a/b.js')).toBe('app://kizuna');
    expect(originOf('::')).toBeNull();
  });
});

describe('contentSecurityPolicy', () => {
  it('matches the page’s meta CSP except that the page may not reach the network itself', () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const page = directives(meta!);
    const header = directives(contentSecurityPolicy);
    expect(header.get('connect-src')).toBe("'self'");
    page.delete('connect-src');
    header.delete('connect-src');
    expect(header).toEqual(page);
  });
});
