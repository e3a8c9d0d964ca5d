import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../model';
import { parseHtmlArticle } from './html';
import { ImportError } from './import-error';

const parseHtml = (html: string): Document =>
  new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

const body = [
  '<p>HANOI (Nikkei) — Toyota Motor will invest $120 million to expand its plant in Vinh Phuc province, the company said on Tuesday, adding two assembly lines.</p>',
  '<p>The expansion is expected to create 1,200 jobs and raise capacity to 80,000 cars a year by 2026, according to the provincial People&#39;s Committee.</p>',
  '<p>Japan remains the third largest foreign investor in Vietnam<br>after South Korea and Singapore.<script>steal(document.cookie)</script></p>',
].join('');

function page(head: string, article = body): string {
  return `<!doctype html><html><head>${head}<script>window.evil = 1</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/biz">Business</a></nav><article><h1>Toyota expands in Vinh Phuc</h1>
<figure><img src="x.jpg" onerror="alert(1)"><figcaption>The Vinh Phuc plant. (Photo: Nikkei)</figcaption></figure>
${article}</article><footer>Copyright 2024 Nikkei</footer></body></html>`;
}

function parse(html: string): ParsedArticle {
  return parseHtmlArticle(html, 'toyota.html', 'toyota.html', 'html', parseHtml);
}

const kinds = (a: ParsedArticle, kind: string): string[] =>
  a.blocks.filter((b) => b.kind === kind).map((b) => a.text.slice(b.start, b.end));

describe('parseHtmlArticle', () => {
  it('takes title, date and site from Open Graph and article meta tags', () => {
    const a = parse(
      page(
        '<meta property="og:title" content="Toyota expands in Vinh Phuc"><meta property="og:site_name" content="Nikkei Asia">' +
          '<meta property="article:published_time" content="2024-03-05T08:00:00+09:00"><title>Toyota | Nikkei Asia</title>',
      ),
    );
    expect(a).toMatchObject({
      title: 'Toyota expands in Vinh Phuc',
      titleDerived: false,
      date: '2024-03-05',
    });
    expect(a.source).toBe('Nikkei Asia');
    expect(a.dateline).toBe('HANOI (Nikkei)');
  });

  it('falls back to JSON-LD, <time datetime> and a <title> without its site suffix', () => {
    const ld =
      '{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-12-15T09:00:00Z","publisher":{"name":"VnExpress"}}]}';
    const a = parse(
      page(
        `<title>Toyota expands in Vinh Phuc - VnExpress</title><script type="application/ld+json">${ld}</script>`,
      ),
    );
    expect(a.title).toBe('Toyota expands in Vinh Phuc');
    expect(a.date).toBe('2023-12-15');
    expect(a.source).toBe('VnExpress');
    const timed = parse(
      page('<title>Toyota expands</title>', `<time datetime="2022-01-31">Jan 31</time>${body}`),
    );
    expect(timed.date).toBe('2022-01-31');
  });

  it('keeps paragraphs apart with blank lines and leaves page chrome, scripts and styles out', () => {
    const a = parse(page('<title>Toyota expands in Vinh Phuc</title>'));
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toBe('Toyota expands in Vinh Phuc');
    expect(paragraphs).toContain(
      'Japan remains the third largest foreign investor in Vietnam after South Korea and Singapore.',
    );
    for (const hostile of ['steal', 'evil', 'color: red', 'alert', 'Home', 'Copyright', '<']) {
      expect(a.text).not.toContain(hostile);
    }
  });

  it('marks the figure caption and its credit', () => {
    const a = parse(page('<title>Toyota expands in Vinh Phuc</title>'));
    expect(kinds(a, 'caption')).toEqual(['The Vinh Phuc plant.']);
    expect(kinds(a, 'credit')).toEqual(['(Photo: Nikkei)']);
    expect(kinds(a, 'title')).toEqual(['Toyota expands in Vinh Phuc']);
  });

  it('refuses a page with nothing but scripts', () => {
    const html = '<html><head><title></title></head><body><script>alert(1)</script></body></html>';
    expect(() => parse(html)).toThrow(ImportError);
    expect(() => parse(html)).toThrow(/toyota\.html has no readable article text/);
  });
});
