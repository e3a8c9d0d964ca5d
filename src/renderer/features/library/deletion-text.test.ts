import { describe, expect, it } from 'vitest';
import { deletionConsequence, deletionDone, deletionQuestion } from './deletion-text';

const one = { articles: 1, title: 'Osaka Gas invests in Binh Duong', highlights: 2, notes: 1, figures: 12 };

describe('deletion texts', () => {
  it('names the one article and everything that goes with it', () => {
    expect(deletionQuestion(one)).toBe('Delete “Osaka Gas invests in Binh Duong”?');
    expect(deletionConsequence(one)).toBe('Its 2 highlights, 1 note and 12 figures go with it.');
    expect(deletionDone(1, one.title)).toBe('Deleted “Osaka Gas invests in Binh Duong”.');
  });

  it('counts several articles and leaves out what is not there', () => {
    const many = { articles: 37, title: null, highlights: 0, notes: 0, figures: 1 };
    expect(deletionQuestion(many)).toBe('Delete 37 articles?');
    expect(deletionConsequence(many)).toBe('Their 1 figure goes with them.');
    expect(deletionConsequence({ ...one, highlights: 0, figures: 0 })).toBe('Its 1 note goes with it.');
    expect(deletionConsequence({ ...many, figures: 0 })).toBe('');
    expect(deletionDone(1234, null)).toBe('Deleted 1,234 articles.');
  });
});
