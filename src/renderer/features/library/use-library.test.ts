import { describe, expect, it } from 'vitest';
import { INITIAL_FILTERS, toArticleQuery } from './use-library';

describe('toArticleQuery', () => {
  it('lists everything newest first by default', () => {
    expect(toArticleQuery(INITIAL_FILTERS, null)).toMatchObject({ sort: 'date', descending: true });
  });

  it('falls back to newest first when "best match" is chosen without a search', () => {
    expect(toArticleQuery({ ...INITIAL_FILTERS, sort: 'relevance' }, null)).toMatchObject({
      sort: 'date',
      descending: true,
    });
  });

  it('keeps the search order and restricts to the hits while searching', () => {
    const query = toArticleQuery({ ...INITIAL_FILTERS, query: 'Chinh', sort: 'relevance' }, [7, 3]);
    expect(query).toMatchObject({ sort: 'relevance', ids: [7, 3] });
  });

  it('turns the read-state choice and empty date bounds into filters', () => {
    expect(toArticleQuery({ ...INITIAL_FILTERS, show: 'unread' }, null)).toMatchObject({ read: false });
    expect(toArticleQuery({ ...INITIAL_FILTERS, show: 'starred' }, null)).toMatchObject({ starred: true });
    const dated = toArticleQuery({ ...INITIAL_FILTERS, from: '2024-01-01', to: '' }, null);
    expect(dated.from).toBe('2024-01-01');
    expect(dated.to).toBeUndefined();
  });
});
