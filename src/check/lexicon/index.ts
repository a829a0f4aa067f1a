/**
 * The word lists (JSON data beside this file, each with its source, licence and
 * date) compiled once into one Aho–Corasick automaton and one fuzzy index.
 */
import decency from './decency.json' with { type: 'json' };
import personal from './personal.json' with { type: 'json' };
import schoolLife from './school-life.json' with { type: 'json' };
import mission from './mission.json' with { type: 'json' };
import { createHash } from 'node:crypto';
import { Automaton, type Boundary, type Pattern } from '../text/automaton.js';
import { FuzzyIndex } from '../text/fuzzy.js';
import { normalisePhrase } from '../text/normalize.js';
import { isDutchWordForTypo, isOtherCompound, readBuilt } from './dictionary.js';

export interface LexiconFile {
  about: string;
  source: string;
  licence: string;
  date: string;
  categories: Record<string, string[]>;
}

export const LEXICON_FILES: Record<string, LexiconFile> = {
  decency: decency as LexiconFile,
  personal: personal as LexiconFile,
  'school-life': schoolLife as LexiconFile,
  mission: mission as LexiconFile,
};

/** Every category of every list, with a stable numeric id (for bitmasks). */
export const CATEGORIES = [
  ...Object.keys(decency.categories),
  ...Object.keys(personal.categories).map((c) => `p.${c}`),
  ...Object.keys(schoolLife.categories).map((c) => `s.${c}`),
  ...Object.keys(mission.categories).map((c) => `m.${c}`),
] as const;

export type Category = string;
const categoryIds = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
export function categoryId(cat: Category): number {
  const id = categoryIds.get(cat);
  if (id === undefined) throw new Error(`unknown lexicon category ${cat}`);
  return id;
}

export interface LexPayload {
  cat: number;
  term: string;
}

/** Adjectives take -e, -er, -st(e): generate the inflected forms. */
const INFLECTED = new Set(['negEval']);
function inflect(term: string): string[] {
  if (term.includes(' ') || term.endsWith('e')) return [term];
  return [term, `${term}e`, `${term}er`, `${term}ere`, `${term}st`, `${term}ste`];
}

function parseEntry(entry: string): { text: string; boundary: Boundary } {
  const pre = entry.startsWith('*');
  const post = entry.endsWith('*');
  const bare = entry.replace(/^\*|\*$/g, '');
  const boundary: Boundary = pre && post ? 'infix' : pre ? 'suffix' : post ? 'prefix' : 'word';
  return { text: normalisePhrase(bare), boundary };
}

function buildPatterns(): { patterns: Pattern<LexPayload>[]; known: Set<string>; fuzzy: Set<string>; content: Set<string> } {
  const patterns: Pattern<LexPayload>[] = [];
  const known = new Set<string>();
  const fuzzy = new Set<string>();
  const content = new Set<string>();
  const FUZZY_CATS = new Set(['groupNoun', 'hateVerb', 'negEval', 'dehumanNoun', 'insultNoun', 'slurStrong', 'violence', 'worthless']);
  const CONTENT_CATS = new Set(['groupNoun', 'hateVerb', 'negEval', 'dehumanNoun', 'insultNoun', 'slurStrong', 'violence', 'curseStem']);
  const add = (prefix: string, cats: Record<string, string[]>): void => {
    for (const [name, entries] of Object.entries(cats)) {
      const cat = categoryId(prefix + name);
      for (const entry of entries) {
        const { text, boundary } = parseEntry(entry);
        const forms = INFLECTED.has(name) ? inflect(text) : [text];
        for (const f of forms) {
          if (!f) continue;
          patterns.push({ text: f, boundary, payload: { cat, term: entry } });
          for (const w of f.split(' ')) known.add(w);
          if (FUZZY_CATS.has(name)) for (const w of f.split(' ')) if (w.length >= 4 || (name === 'violence' && w.length === 3)) fuzzy.add(w);
          if (CONTENT_CATS.has(name) && !f.includes(' ')) content.add(f);
        }
      }
    }
  };
  add('', decency.categories);
  add('p.', personal.categories);
  add('s.', schoolLife.categories);
  add('m.', mission.categories);
  return { patterns, known, fuzzy, content };
}

/**
 * Ordinary words at edit distance one from a listed word, which must never be
 * "corrected" into it (e.g. "zwaar" is not a typo of "zwart", "haar" not of "haat").
 */
const COMMON_WORDS = [
  'zwaar', 'haar', 'waar', 'waard', 'waren', 'wagen', 'leven', 'levens', 'dames', 'doden', 'joden', 'jodin', 'moet', 'moest', 'vrouwe', 'vrouwtje', 'homer',
  'dieren', 'dieven', 'dienen', 'dingen', 'dorst', 'staan', 'stond', 'stonden', 'straf', 'vies', 'viel', 'veel', 'klaar', 'kinder', 'kanker', 'kansen',
  'hekel', 'heel', 'hele', 'helemaal', 'slecht', 'slaan', 'slapen', 'sloom', 'stom', 'stem', 'steun', 'plaats', 'plaag', 'plaat', 'ratten', 'raten',
  'kapot', 'kapje', 'dood', 'doos', 'doel', 'door', 'lijden', 'leiden', 'lijnen', 'laden', 'minder', 'mindere', 'mijden', 'gelden', 'geld', 'gelden',
  'walg', 'wals', 'walk', 'walm', 'wang', 'want', 'wand', 'tuig', 'tuin', 'tuit', 'afval', 'afvallen', 'apen', 'open', 'alpen', 'beest', 'best', 'beste',
  'vuil', 'vuist', 'smerig', 'ongedierte', 'pest', 'post', 'past', 'pesten', 'posten', 'pasten', 'haten', 'hoten', 'hoeren', 'horen', 'hoeden', 'boeren',
  'turken', 'turven', 'polen', 'palen', 'polder', 'roma', 'rome', 'romp', 'trans', 'trein', 'homo', 'home', 'moslim', 'mensen', 'menen', 'zwart', 'zwarte',
  'joods', 'gooi', 'gooien', 'dom', 'domme', 'doen', 'lui', 'luid', 'luie', 'gek', 'geke', 'geek', 'vet', 'vette', 'dik', 'dikke', 'eng', 'enge',
  'vieze', 'viezer', 'lelijk', 'lelijke', 'zielig', 'zeilen', 'ziel', 'ziele', 'rotten', 'rotte', 'sterren', 'steren', 'sterke', 'sterk', 'steken', 'stoken',
  'dieet', 'dient', 'dwaas', 'dwars', 'haat', 'haast', 'vrouw', 'vrouwen', 'mannen', 'manen', 'manden', 'laag', 'lage', 'vlag', 'vlaag', 'hart', 'dot', 'odd', 'dode', 'dodo'
].map((w) => normalisePhrase(w));

export interface CompiledLexicon {
  automaton: Automaton<LexPayload>;
  fuzzy: FuzzyIndex;
  known: ReadonlySet<string>;
  /** Words of the decency lists that may be glued to another word ("eenteef", "gewoonzielig"). */
  content: ReadonlySet<string>;
}

let compiled: CompiledLexicon | undefined;

function compileLexicon(): { lex: CompiledLexicon; fuzzyWords: string[] } {
  const { patterns, known, fuzzy, content } = buildPatterns();
  const knownAll = new Set(known);
  for (const w of COMMON_WORDS) knownAll.add(w);
  const lex = { automaton: new Automaton(patterns), fuzzy: new FuzzyIndex(fuzzy, knownAll, isDutchWordForTypo, isOtherCompound), known: knownAll, content };
  return { lex, fuzzyWords: [...fuzzy] };
}

export function lexicon(): CompiledLexicon {
  compiled ??= loadSnapshot() ?? compileLexicon().lex;
  return compiled;
}

// ---- the build-time snapshot ---------------------------------------------------

/**
 * Compiling the lists (normalising every entry, building the automaton) costs a start-up
 * a few hundred milliseconds; the build stores the result beside this module in dist/
 * (scripts/precompute.mjs), keyed by a hash of the lists, so a stale snapshot is never used.
 */
export const LEXICON_SNAPSHOT = 'lexicon.snapshot.bin';
/** Bump when the compilation (buildPatterns, normalisePhrase) changes. */
const SNAPSHOT_VERSION = 2;

/** The key of the lists as this code holds them. */
export function lexiconSnapshotKey(): string {
  return createHash('sha256').update(String(SNAPSHOT_VERSION)).update(JSON.stringify(LEXICON_FILES)).update(COMMON_WORDS.join(',')).digest('hex');
}

/**
 * In the CLI's bundle (scripts/bundle.mjs) the key is a constant the build computed from the lists
 * it bundled (the same lists this module holds there), so a start does not serialise and hash them.
 */
declare const __SW_LEXICON_KEY__: string | undefined;
const snapshotKey = (): string => (typeof __SW_LEXICON_KEY__ === 'string' ? __SW_LEXICON_KEY__ : lexiconSnapshotKey());

interface SnapshotHeader {
  key: string;
  patterns: Pattern<LexPayload>[];
  known: string[];
  fuzzy: string[];
  content: string[];
  /** Entries of the scan table (`next`, 16 or 32 bits each: `nextBits`), of outStart and of outList. */
  sizes: [next: number, outStart: number, outList: number];
  nextBits: 16 | 32;
}

/** The compiled lexicon as bytes (written by the build). */
export function lexiconSnapshot(): Buffer {
  const { lex, fuzzyWords } = compileLexicon();
  const snap = lex.automaton.snapshot();
  const header: SnapshotHeader = { key: snapshotKey(), patterns: snap.patterns, known: [...lex.known], fuzzy: fuzzyWords, content: [...lex.content], sizes: [snap.next.length, snap.outStart.length, snap.outList.length], nextBits: snap.next instanceof Uint16Array ? 16 : 32 };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((4 + json.length) % 4)) % 4;
  const head = Buffer.alloc(4 + json.length + pad);
  head.writeUInt32LE(json.length, 0);
  json.copy(head, 4);
  const arr = (a: Int32Array | Uint16Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  // the scan table padded to four bytes, so the 32-bit arrays after it stay aligned
  const nextPad = Buffer.alloc((4 - (snap.next.byteLength % 4)) % 4);
  return Buffer.concat([head, arr(snap.next), nextPad, arr(snap.outStart), arr(snap.outList)]);
}

/** Restore the lexicon from bytes made by lexiconSnapshot (undefined when they are of other lists). */
export function lexiconFromSnapshot(bytes: Buffer): CompiledLexicon | undefined {
  const len = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + len)) as SnapshotHeader;
  if (header.key !== snapshotKey()) return undefined;
  let offset = 4 + len + ((4 - ((4 + len) % 4)) % 4);
  // copied into arrays of their own: the file's buffer may be shared and unaligned
  const take = (n: number): Int32Array => {
    const out = new Int32Array(bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + n * 4));
    offset += n * 4;
    return out;
  };
  const [nn, ns, nl] = header.sizes;
  const nextBytes = nn * (header.nextBits / 8);
  const nextBuffer = bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + nextBytes);
  const next = header.nextBits === 16 ? new Uint16Array(nextBuffer) : new Int32Array(nextBuffer);
  offset += nextBytes + ((4 - (nextBytes % 4)) % 4);
  const automaton = Automaton.fromSnapshot<LexPayload>({ patterns: header.patterns, next, outStart: take(ns), outList: take(nl) });
  const known = new Set(header.known);
  return { automaton, fuzzy: new FuzzyIndex(header.fuzzy, known, isDutchWordForTypo, isOtherCompound), known, content: new Set(header.content) };
}

function loadSnapshot(): CompiledLexicon | undefined {
  const bytes = readBuilt(LEXICON_SNAPSHOT);
  if (!bytes) return undefined; // not built (tests run from the sources): compile
  try {
    return lexiconFromSnapshot(bytes);
  } catch {
    return undefined;
  }
}
