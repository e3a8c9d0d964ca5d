import { describe, expect, it } from 'vitest';
import { belongsInFolderImport, fetchPage, isWebUrl } from './web';

const refused: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

describe('fetchPage', () => {
  it('explains a CORS refusal and suggests saving the page as HTML', async () => {
    const attempt = fetchPage('https://news.example.vn/a/123', refused, () => true);
    await expect(attempt).rejects.toThrow(/news\.example\.vn.*CORS/);
    await expect(attempt).rejects.toThrow(/save it as HTML/);
  });

  it('says the user is offline rather than blaming the site', async () => {
    await expect(fetchPage('https://news.example.vn/', refused, () => false)).rejects.toThrow(/offline/);
  });

  it('refuses addresses that are not http(s) before fetching anything', async () => {
    let fetched = false;
    const spy: typeof fetch = () => {
      fetched = true;
      return Promise.reject(new Error('should not be called'));
    };
    await expect(fetchPage('file:///etc/passwd', spy)).rejects.toThrow(/not a web address/);
    expect(fetched).toBe(false);
  });

  it('reports the HTTP status of a page that is not there', async () => {
    const missing: typeof fetch = () =>
      Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' }));
    await expect(fetchPage('https://example.com/x', missing)).rejects.toThrow('404 Not Found');
  });

  it('returns the body and content type of a readable page', async () => {
    const ok: typeof fetch = () =>
      Promise.resolve(
        new Response('<h1>Tin</h1>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      );
    const page = await fetchPage('https://example.com/tin', ok);
    expect(page).toEqual({
      url: 'https://example.com/tin',
      contentType: 'text/html; charset=utf-8',
      body: '<h1>Tin</h1>',
    });
  });
});

describe('isWebUrl', () => {
  it('accepts http and https only', () => {
    expect(isWebUrl('https://vnanet.vn/')).toBe(true);
    expect(isWebUrl('http://127.0.0.1:5178/')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('file:///C:/news.html')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
  });
});

describe('belongsInFolderImport', () => {
  it('keeps article files and skips images and hidden files anywhere in the folder', () => {
    expect(belongsInFolderImport('news/2024/ha-noi.txt')).toBe(true);
    expect(belongsInFolderImport('news/saved page.HTML')).toBe(true);
    expect(belongsInFolderImport('news/photo.png')).toBe(false);
    expect(belongsInFolderImport('news/.hidden.txt')).toBe(false);
    expect(belongsInFolderImport('.git/notes/readme.md')).toBe(false);
  });
});
