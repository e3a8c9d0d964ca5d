import { describe, expect, it } from 'vitest';
import { articleFromParts } from './structured';

describe('articleFromParts', () => {
  const parts = [
    { kind: 'title' as const, text: 'Kobe firm  invests\nin Hai Phong' },
    { kind: 'caption' as const, text: 'The new dock. (Photo: VNA)' },
    { kind: 'paragraph' as const, text: 'HAI PHONG (VNA) - The firm signed the deal on Monday.' },
    { kind: 'paragraph' as const, text: 'Registered capital', listed: true },
  ];

  it('joins blocks with blank lines and collapses white space inside them', () => {
    const a = articleFromParts(parts, {}, 'html', 'x.html');
    expect(a.text.split('\n\n')[0]).toBe('Kobe firm invests in Hai Phong');
    expect(a.title).toBe('Kobe firm invests in Hai Phong');
  });

  it('keeps the kinds the source gave and still finds credits and datelines inside', () => {
    const a = articleFromParts(parts, {}, 'html', 'x.html');
    const kinds = a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)]);
    expect(kinds).toEqual([
      ['title', 'Kobe firm invests in Hai Phong'],
      ['caption', 'The new dock.'],
      ['credit', '(Photo: VNA)'],
      ['dateline', 'HAI PHONG (VNA)'],
      ['paragraph', 'The firm signed the deal on Monday.'],
      ['paragraph', 'Registered capital'],
    ]);
    expect(a.source).toBe('VNA');
  });

  it('lets stated metadata win over what the text suggests', () => {
    const a = articleFromParts(
      parts,
      { title: 'Stated', date: '2020-01-02', source: 'Nikkei' },
      'md',
      'x.md',
    );
    expect(a).toMatchObject({ title: 'Stated', titleDerived: false, date: '2020-01-02', source: 'Nikkei' });
  });
});
