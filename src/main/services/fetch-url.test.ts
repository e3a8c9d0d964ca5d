import { describe, expect, it, vi } from 'vitest';
import { defaultFetchLimits, fetchPage, type FetchFn } from './fetch-url';

const answer =
  (body: BodyInit | null, init: ResponseInit = {}): FetchFn =>
  async () =>
    new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });

describe('fetchPage', () => {
  it('returns the decoded page with its content type', async () => {
    const page = await fetchPage('  https://vnexpress.net/a.html ', answer('<h1>Đầu tư</h1>'));
    expect(page).toEqual({
      url: 'https://vnexpress.net/a.html',
      contentType: 'text/html; charset=utf-8',
      body: '<h1>Đầu tư</h1>',
    });
  });

  it('decodes pages in the charset the server declares (Shift_JIS for Japanese sites)', async () => {
    const nihon = new Uint8Array([0x93, 0xfa, 0x96, 0x7b]);
    const page = await fetchPage(
      'https://www.nikkei.com/',
      answer(nihon, { headers: { 'content-type': 'text/html; charset="Shift_JIS"' } }),
    );
    expect(page.body).toBe('日本');
  });

  it('refuses other schemes before touching the network', async () => {
    const fetchFn = vi.fn(answer('x'));
    for (const url of ['file:///etc/passwd', 'ftp://example.com/a', 'vnexpress.net', 'javascript:alert(1)']) {
      await expect(fetchPage(url, fetchFn), url).rejects.toThrow(/only http:\/\/ and https:\/\/ links/);
    }
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('names the status when the server answers with an error', async () => {
    await expect(
      fetchPage('https://example.com/gone', answer('nope', { status: 404, statusText: 'Not Found' })),
    ).rejects.toThrow('example.com answered 404 Not Found for https://example.com/gone.');
  });

  it('says the host cannot be reached when offline', async () => {
    const offline: FetchFn = () =>
      Promise.reject(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }));
    await expect(fetchPage('https://e.vnexpress.net/', offline)).rejects.toThrow(
      /Could not reach e\.vnexpress\.net.*internet connection/,
    );
  });

  it('gives up after the timeout', async () => {
    const hang: FetchFn = (_url, { signal }) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    await expect(
      fetchPage('https://slow.example/', hang, { ...defaultFetchLimits, timeoutMs: 50 }),
    ).rejects.toThrow('slow.example did not answer within 0.05 s');
  });

  it('refuses files that are not pages or text, suggesting to import the file', async () => {
    const pdf = answer('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } });
    await expect(fetchPage('https://fia.mpi.gov.vn/report.pdf', pdf)).rejects.toThrow(
      /is application\/pdf, not a web page or text; save it and import the file/,
    );
  });

  it('stops reading a response larger than the cap, declared or not', async () => {
    const limits = { ...defaultFetchLimits, maxBytes: 1024 * 1024 };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    await expect(fetchPage('https://huge.example/', answer(stream), limits)).rejects.toThrow(
      'https://huge.example/ is larger than 1 MB; not imported.',
    );
    const declared = answer('small', {
      headers: { 'content-type': 'text/plain', 'content-length': '9999999' },
    });
    await expect(fetchPage('https://huge.example/', declared, limits)).rejects.toThrow(/larger than 1 MB/);
  });

  it('refuses a redirect that lands outside the web', async () => {
    const redirected: FetchFn = async () => {
      const response = new Response('x', { headers: { 'content-type': 'text/plain' } });
      Object.defineProperty(response, 'url', { value: 'file:///etc/passwd' });
      return response;
    };
    await expect(fetchPage('https://example.com/', redirected)).rejects.toThrow(
      /redirected to a non-web address/,
    );
  });
});
