/**
 * Spelling shapes of names, checked by hand-written scanners rather than regular expressions so that a
 * hostile token of any length is rejected in one pass.
 */

const VOWELS = 'aeiouy';
const VN_ONSETS = [
  'ngh',
  'ng',
  'nh',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'ch',
  'b',
  'c',
  'd',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
];
const VN_CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** True when a folded word could be one Vietnamese syllable ("nguyen", "khang", "quang"; not "street"). */
export function isVietnameseSyllable(key: string): boolean {
  if (key.length === 0 || key.length > 7) return false;
  let i = 0;
  for (const onset of VN_ONSETS) {
    if (key.startsWith(onset)) {
      i = onset.length;
      break;
    }
  }
  const vowelStart = i;
  while (i < key.length && VOWELS.includes(key[i]!)) i++;
  // "gi" and "qu" may swallow the only vowel ("gi", "qui"); otherwise a syllable needs a vowel nucleus.
  if (i === vowelStart && !(vowelStart >= 2 && (key.startsWith('gi') || key.startsWith('qu')))) return false;
  if (i - vowelStart > 3) return false;
  return VN_CODAS.has(key.slice(i));
}

const ROMAJI_CONSONANTS = 'kgsztdnhbpmyrwfj';

/**
 * True when a folded word is spelled like Hepburn romaji ("takaichi", "yuriko", "shigeru", "kenichi"):
 * consonant(+y) + vowel syllables, sh/ch/ts onsets, doubled consonants, a syllabic "n" and a long "oh".
 */
export function isRomaji(key: string): boolean {
  if (key.length < 2 || key.length > 14) return false;
  let i = 0;
  while (i < key.length) {
    const c = key[i]!;
    if (VOWELS.includes(c) && c !== 'y') {
      i++;
      continue;
    }
    if (c === 'n' && (i + 1 === key.length || !'aeiouy'.includes(key[i + 1]!))) {
      i++;
      continue;
    }
    // Passport Hepburn writes a long "o" as "oh" before a consonant ("Ohmura", "Ohtani").
    if (
      c === 'h' &&
      key[i - 1] === 'o' &&
      ROMAJI_CONSONANTS.includes(key[i + 1] ?? 'x') &&
      'aeiou'.includes(key[i + 2] ?? 'x')
    ) {
      i++;
      continue;
    }
    const two = key.slice(i, i + 2);
    if (two === 'sh' || two === 'ch' || two === 'ts') i += 2;
    else if (ROMAJI_CONSONANTS.includes(c)) {
      i++;
      // Geminate consonant ("kk" in "Hokkaido", "tt" in "Hattori").
      if (key[i] === c && c !== 'n' && c !== 'y') i++;
      else if (key[i] === 'y' && c !== 'y') i++;
    } else return false;
    if (i >= key.length || !'aeiou'.includes(key[i]!)) return false;
    i++;
  }
  return true;
}
