import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ImportError, parseArticle, sniffFormat } from './index';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('input was accepted');
}

describe('parseArticle', () => {
  it('parses a .txt file from bytes, keeping the file name as origin', () => {
    const a = parseArticle({
      name: 'nikkei.txt',
      bytes: bytes(
        ' date 2024-05-02 Osaka firm opens plant in Bac Ninh\nBAC NINH — The plant cost $20 million.',
      ),
    });
    expect(a).toMatchObject({
      format: 'txt',
      origin: 'nikkei.txt',
      date: '2024-05-02',
      title: 'Osaka firm opens plant in Bac Ninh',
      dateline: 'BAC NINH',
    });
  });

  it('treats pasted text like a .txt file, with "Pasted text" as origin', () => {
    const a = parseArticle({
      name: 'Pasted text',
      text: 'Hanoi, May 3 (VNA) - Investors met.',
      format: 'paste',
    });
    expect(a.format).toBe('paste');
    expect(a.origin).toBe('Pasted text');
    expect(a.source).toBe('VNA');
  });

  it('uses the URL as origin when the article was fetched', () => {
    const a = parseArticle({
      name: 'page',
      text: 'Plain body text.',
      format: 'txt',
      url: 'https://example.org/a',
    });
    expect(a.origin).toBe('https://example.org/a');
  });

  it('refuses documents people drop by mistake with a specific message', () => {
    const error = refusal(() => parseArticle({ name: 'report.docx', bytes: bytes('PK whatever') }));
    expect(error.code).toBe('unsupported');
    expect(error.message).toBe(
      'report.docx is a Word document; Kizuna imports articles as .txt, .md or .html files.',
    );
  });

  it('refuses empty pasted text and text with no letters or digits', () => {
    expect(refusal(() => parseArticle({ name: 'Pasted text', text: '  \n', format: 'paste' })).code).toBe(
      'empty',
    );
    expect(refusal(() => parseArticle({ name: 'dashes.txt', bytes: bytes('----\n***\n') })).message).toBe(
      'dashes.txt has no readable article text.',
    );
  });

  it('passes decoding errors through, naming the file', () => {
    const error = refusal(() =>
      parseArticle({ name: 'latin1.txt', bytes: new Uint8Array([0x48, 0xe0, 0x20]) }),
    );
    expect(error.code).toBe('encoding');
    expect(error.message).toMatch(/^latin1\.txt is not valid UTF-8/);
  });
});

describe('parseArticle with structured formats', () => {
  const env = {
    parseHtml: (html: string): Document =>
      new DOMParser().parseFromString(html, 'text/html') as unknown as Document,
  };
  const html =
    '<html><head><meta property="og:title" content="Osaka firm opens plant"></head><body><article>' +
    '<p>BAC NINH (VNA) - An Osaka firm opened a $20 million plant in Bac Ninh on Monday, its third in the north.</p>' +
    '</article></body></html>';

  it('chooses the parser by extension: .md and .htm', () => {
    expect(parseArticle({ name: 'a.md', bytes: bytes('# Heading here\n\nBody.') }, env).format).toBe('md');
    const a = parseArticle({ name: 'a.htm', bytes: bytes(html) }, env);
    expect(a).toMatchObject({ format: 'html', title: 'Osaka firm opens plant', source: 'VNA' });
  });

  it('sniffs HTML saved under an unknown extension, and marks fetched pages as url', () => {
    expect(parseArticle({ name: 'page.download', bytes: bytes(`<!doctype html>${html}`) }, env).format).toBe(
      'html',
    );
    const fetched = parseArticle(
      { name: 'https://e.vn/a', text: html, format: 'html', url: 'https://e.vn/a' },
      env,
    );
    expect(fetched).toMatchObject({ format: 'url', origin: 'https://e.vn/a' });
  });

  it('says so when HTML arrives without a DOM parser', () => {
    const error = refusal(() => parseArticle({ name: 'a.html', text: html }));
    expect(error.code).toBe('no-parser');
    expect(error.message).toMatch(/^a\.html is HTML/);
  });
});

describe('sniffFormat', () => {
  it('recognises HTML, Markdown and plain text by content', () => {
    expect(sniffFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(sniffFormat('---\ntitle: A\n---\nBody')).toBe('md');
    expect(sniffFormat('# Heading\n\nBody')).toBe('md');
    expect(sniffFormat('Binh Duong (VNA) - Body.')).toBe('txt');
  });
});
