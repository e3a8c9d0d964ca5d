import { describe, expect, it } from 'vitest';
import { lex } from './lexer';
import { PhraseTrie } from './phrase-trie';

function matchAll(trie: PhraseTrie<string>, text: string): string[] {
  const toks = lex(text);
  const out: string[] = [];
  for (let i = 0; i < toks.length;) {
    const m = trie.longest(toks, i);
    if (m) {
      out.push(`${text.slice(toks[i]!.start, toks[m.end - 1]!.end)}=${m.value}`);
      i = m.end;
    } else i++;
  }
  return out;
}

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add('Ho Chi Minh City', 'hcmc');
  trie.add('Hồ Chí Minh', 'person');
  trie.add('US', 'united-states');
  trie.add('Gunma', 'gunma');
  trie.add('Gunma Prefecture', 'gunma');
  trie.add("People's Committee", 'committee');

  it('prefers the longest phrase and ignores diacritics', () => {
    expect(matchAll(trie, 'Ho Chi Minh City and Hồ Chí Minh')).toEqual([
      'Ho Chi Minh City=hcmc',
      'Hồ Chí Minh=person',
    ]);
  });

  it('matches acronyms only in their own case', () => {
    expect(matchAll(trie, 'The US told us')).toEqual(['US=united-states']);
  });

  it('needs capitals where the phrase has them', () => {
    expect(matchAll(trie, 'Gunma Prefecture; gunma; Gunma prefecture')).toEqual([
      'Gunma Prefecture=gunma',
      'Gunma=gunma',
    ]);
    expect(matchAll(trie, 'HÀ NỘI People’s Committee')).toEqual(['People’s Committee=committee']);
  });

  it('does not match across a line break', () => {
    expect(matchAll(trie, 'Gunma\nPrefecture')).toEqual(['Gunma=gunma']);
  });

  it('matches phrases that start lower case in any case, and nothing past the last token', () => {
    const lower = new PhraseTrie<string>();
    lower.add('the Netherlands', 'netherlands');
    lower.add('mRNA', 'mrna');
    lower.add('Mekong', 'mekong');
    expect(matchAll(lower, 'The Netherlands, the Netherlands, mRNA, MRNA, mekong, Mekong')).toEqual([
      'The Netherlands=netherlands',
      'the Netherlands=netherlands',
      'mRNA=mrna',
      'Mekong=mekong',
    ]);
    const toks = lex('Mekong');
    expect(lower.longest(toks, toks.length)).toBeNull();
  });

  it('tells which words open a phrase in their case, so a scan can skip the others', () => {
    const toks = lex('Gunma gunma US us People Ho Tokyo');
    expect(toks.map((t) => trie.opens(t))).toEqual([true, false, true, false, true, true, false]);
    // Wherever a word opens nothing, no phrase is found there.
    toks.forEach((t, i) => {
      if (!trie.opens(t)) expect(trie.longest(toks, i)).toBeNull();
    });
  });
});
