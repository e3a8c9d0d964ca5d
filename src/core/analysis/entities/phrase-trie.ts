import { lex } from './lexer';
import type { LexToken } from './lexer';

/** How strictly one pattern token must match the text's case. */
type CaseRule = 'exact' | 'cap' | 'any';

interface Variant<T> {
  rules: CaseRule[];
  texts: string[];
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  variants: Variant<T>[] | null;
}

/** A root of the trie with a filter in front: most words start no phrase, and most fail the filter. */
interface Root<T> extends Node<T> {
  /** One flag per `LexToken.shape` of the first words of phrases. */
  shapes: Uint8Array;
}

function newRoot<T>(): Root<T> {
  return { next: new Map(), variants: null, shapes: new Uint8Array(1 << 14) };
}

/** A longest match of a phrase at a token position. */
export interface PhraseMatch<T> {
  /** Token index one past the last matched token. */
  end: number;
  value: T;
}

function ruleOf(token: LexToken): CaseRule {
  // Acronyms ("US", "MoF", "JETRO") must match exactly so "us" and "mof" in running text never do.
  let uppers = 0;
  for (const ch of token.text) if (ch !== ch.toLowerCase()) uppers++;
  if (uppers >= 2 || (uppers === 1 && token.text.length === 1 && token.kind === 'word')) return 'exact';
  return token.cap ? 'cap' : 'any';
}

function accepts(rule: CaseRule, pattern: string, token: LexToken): boolean {
  if (rule === 'any') return true;
  if (rule === 'cap') return token.cap;
  return token.text === pattern;
}

/**
 * A token trie of phrases ("Ho Chi Minh City", "People's Committee", "US") keyed by folded tokens, with the
 * case each pattern token demands: capitalised pattern words need capitalised text (so "Yamaguchi
 * prefecture" does not match "Yamaguchi Prefecture"), acronyms need exact text, lower-case words match any
 * case. Matching walks at most the longest phrase's length from a position, so a scan is linear in the text.
 */
export class PhraseTrie<T> {
  private readonly root: Root<T> = newRoot();
  /**
   * The phrases whose first word is not capitalised: the only ones a lower-case word can start. Most words
   * of running text are lower case, so this small trie spares them a walk through the whole dictionary.
   */
  private readonly lowerRoot: Root<T> = newRoot();

  /** Adds a phrase; the first value added for the same spelling wins. */
  add(phrase: string, value: T): void {
    const tokens = lex(phrase);
    if (tokens.length === 0) throw new Error(`PhraseTrie: empty phrase for ${JSON.stringify(value)}`);
    PhraseTrie.insert(this.root, tokens, value);
    // A capitalised first word demands capitalised text ('cap'), or exactly its own text ('exact').
    if (!tokens[0]!.cap) PhraseTrie.insert(this.lowerRoot, tokens, value);
  }

  private static insert<T>(root: Root<T>, tokens: LexToken[], value: T): void {
    root.shapes[tokens[0]!.shape] = 1;
    let node: Node<T> = root;
    for (const t of tokens) {
      let child = node.next.get(t.key);
      if (!child) {
        child = { next: new Map(), variants: null };
        node.next.set(t.key, child);
      }
      node = child;
    }
    const texts = tokens.map((t) => t.text);
    const variants = (node.variants ??= []);
    if (variants.some((v) => v.texts.join('\u0000') === texts.join('\u0000'))) return;
    variants.push({ rules: tokens.map(ruleOf), texts, value });
  }

  /** Whether some phrase opens with this token's word in its case: where it does not, `longest` finds none. */
  opens(token: LexToken): boolean {
    return (token.cap ? this.root : this.lowerRoot).next.has(token.key);
  }

  /** The longest phrase starting at token `i` whose case rules the text satisfies, or null. */
  longest(tokens: readonly LexToken[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    if (i >= limit) return null;
    const first = tokens[i]!;
    const root = first.cap ? this.root : this.lowerRoot;
    // Cheaper than the map look-up it spares, which hashes and compares the word.
    if (root.shapes[first.shape] === 0) return null;
    let node: Node<T> | undefined = root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < limit; j++) {
      const t = tokens[j]!;
      // Phrases never run across a line break.
      if (j > i && t.newline) break;
      node = node.next.get(t.key);
      if (!node) break;
      if (node.variants) {
        for (const v of node.variants) {
          let ok = true;
          for (let k = 0; k < v.rules.length && ok; k++)
            ok = accepts(v.rules[k]!, v.texts[k]!, tokens[i + k]!);
          if (ok) {
            best = { end: j + 1, value: v.value };
            break;
          }
        }
      }
    }
    return best;
  }
}
