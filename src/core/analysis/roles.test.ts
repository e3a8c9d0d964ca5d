import { describe, expect, it } from 'vitest';
import type { EntityLookup } from './context';
import { buildContexts } from './context';
import { readRoles } from './roles';
import { splitSentences } from './sentences';
import { mentionsOf } from './test-mentions';
import { tokenize } from './tokens';

const lookup: EntityLookup = {
  demonym: (w) => ({ Japanese: 'japan', Thai: 'thailand' })[w] ?? null,
  isCountry: (ref) => ['japan', 'vietnam', 'thailand'].includes(ref),
};

/** Roles for the figure starting at `figure` in a one-sentence text. */
function roles(text: string, figure: string, names: Parameters<typeof mentionsOf>[1]) {
  const tokens = tokenize(text);
  const [ctx] = buildContexts(tokens, splitSentences(text), mentionsOf(text, names), lookup);
  const at = tokens.findIndex((t) => t.start === text.indexOf(figure));
  return readRoles(tokens, ctx!, at, []);
}

const places: Parameters<typeof mentionsOf>[1] = [
  ['Japan', 'PLACE', 'japan'],
  ['Vietnam', 'PLACE', 'vietnam'],
  ['Hanoi', 'PLACE', 'hanoi'],
  ['Rayong', 'PLACE', 'rayong'],
];

describe('readRoles', () => {
  it('takes the subject of "invest" as investor and "in X" as recipient', () => {
    expect(roles('Japan had invested $5 billion in Vietnam.', '$5', places)).toEqual({
      investor: 'japan',
      recipient: 'vietnam',
    });
  });

  it('does not take the source of a statistic ("according to X") as its recipient', () => {
    const names: Parameters<typeof mentionsOf>[1] = [['Ministry of Planning and Investment', 'ORG', 'mpi']];
    expect(
      roles(
        'According to the Ministry of Planning and Investment, FDI disbursed in two months reached $2.58 billion.',
        '$2.58',
        names,
      ),
    ).toEqual({ investor: null, recipient: null });
    expect(roles('According to Hanoi, investment into Vietnam reached $3 billion.', '$3', places)).toEqual({
      investor: null,
      recipient: 'vietnam',
    });
  });

  it('takes the subject of "attract" as recipient and "from X" as investor', () => {
    expect(roles('Hanoi attracted $2 billion from Japan.', '$2', places)).toEqual({
      investor: 'japan',
      recipient: 'hanoi',
    });
  });

  it('reads possessives and nationality adjectives before investment words', () => {
    expect(roles("Japan's ODA for Vietnam rose 5%.", '5', places)).toEqual({
      investor: 'japan',
      recipient: 'vietnam',
    });
    expect(roles('Thai investment in Hanoi hit $1 billion.', '$1', places)).toEqual({
      investor: 'thailand',
      recipient: 'hanoi',
    });
  });

  it('does not take a copula subject as recipient or a listed country as investor', () => {
    expect(roles('Japan is a market worth $3 billion.', '$3', places)).toEqual({
      investor: null,
      recipient: null,
    });
    expect(
      roles('Firms from other countries, including Japan, will invest $4 billion.', '$4', places),
    ).toEqual({
      investor: null,
      recipient: null,
    });
  });

  it('takes the place a delegation visited as the recipient', () => {
    expect(roles('Delegations from Japan visited Rayong with $9 million.', '$9', places)).toEqual({
      investor: 'japan',
      recipient: 'rayong',
    });
  });
});

describe('readRoles with longer verb groups', () => {
  it('looks past "plans to" and "has decided to" for the verb that matters', () => {
    const names: Parameters<typeof mentionsOf>[1] = [
      ...places,
      ['LG Display', 'ORG', 'lg-display'],
      ['Hai Phong', 'PLACE', 'hai-phong'],
    ];
    expect(roles('LG Display has decided to invest $1 billion in Hai Phong.', '$1', names)).toEqual({
      investor: 'lg-display',
      recipient: 'hai-phong',
    });
    expect(roles('Hanoi has agreed with partners on $2 billion.', '$2', names)).toEqual({
      investor: null,
      recipient: null,
    });
  });
});
