/**
 * The learned reading's model (decency-model.json, made by train.ts from the project's own labelled
 * cases): an L2-regularised logistic regression over the features of features.ts. It gives the
 * chance that a text breaks A7, and how much each word added to it, so that a finding can show
 * the words it concerns.
 */
import { readFileSync, statSync } from 'node:fs';
import params from './reading.json' with { type: 'json' };
import { wordSet } from '../text/normalize.js';
import type { TextAnalysis } from '../analysis.js';
import { pairFeature, readWords, scopedFeature, wordFeatures } from './features.js';
import { classFeatures, classPairFeature, pairedClasses } from './classes.js';
import type { WordInfo } from '../reading/words.js';

export interface LearnedModel {
  bias: number;
  features: string[];
  weights: number[];
}

/** What the reader asks of a model's weights: the weight of a feature, undefined when the model has none. */
export interface WeightLookup {
  get(feature: string): number | undefined;
}

interface Reader {
  weights: WeightLookup;
  /** What one word adds on its own (the sum of the weights of its known features, and their number), kept between checks. */
  words: Map<string, WordPart>;
  /** What a word's classes add (classes.ts), kept per WordInfo of the word (and its form, for the lemma). */
  classes: WeakMap<WordInfo, Map<string, ClassPart>>;
}

interface ClassPart {
  sum: number;
  known: number;
  /**
   * The word's classes that pair with the word before (classes.ts `pairedClasses`), in its
   * order: a pair's class features are built only for a word that has such classes.
   */
  paired: readonly string[];
}
interface WordPart {
  sum: number;
  known: number;
  /** The weights of the pairs with this word before, by the word after, as looked up so far (`pairWeight`; null: the model has none). */
  after: Map<string, number | null> | undefined;
}
const readers = new WeakMap<LearnedModel, Reader>();
function readerOf(m: LearnedModel): Reader {
  let r = readers.get(m);
  if (!r && m === SHIPPED) {
    // the shipped model's weights as the build stored them (no map of its features built at start)
    const table = shippedTable();
    if (table) readers.set(m, (r = { weights: table, words: new Map(), classes: new WeakMap() }));
  }
  if (!r) {
    const weights = new Map<string, number>();
    for (let i = 0; i < m.features.length; i++) weights.set(m.features[i]!, m.weights[i]!);
    r = { weights, words: new Map(), classes: new WeakMap() };
    readers.set(m, r);
  }
  return r;
}

const WORD_PARTS_MAX = 50_000;
function wordPart(r: Reader, word: string): WordPart {
  let p = r.words.get(word);
  if (p) return p;
  let sum = 0;
  let known = 0;
  for (const f of wordFeatures(word)) {
    const v = r.weights.get(f);
    if (v !== undefined) {
      sum += v;
      known++;
    }
  }
  p = { sum, known, after: undefined };
  if (r.words.size >= WORD_PARTS_MAX) r.words.clear();
  r.words.set(word, p);
  return p;
}

function classPart(r: Reader, info: WordInfo, word: string): ClassPart {
  let byWord = r.classes.get(info);
  let p = byWord?.get(word);
  if (p) return p;
  let sum = 0;
  let known = 0;
  for (const f of classFeatures(info, word)) {
    const v = r.weights.get(f);
    if (v !== undefined) {
      sum += v;
      known++;
    }
  }
  const paired = pairedClasses(info, word);
  p = { sum, known, paired };
  if (!byWord) r.classes.set(info, (byWord = new Map()));
  byWord.set(word, p);
  return p;
}

export interface LearnedScore {
  /** The chance that the text breaks A7, by the model. */
  p: number;
  /** Per token: what it added to the score before scaling (its own features and the pair it ends); NaN for a token not read. */
  parts: Float64Array;
  /** Per token: how many known features it brought (its own and the pair it ends); 0 for a token not read. */
  known: Float64Array;
  /** The sum of all parts and the number of known features, before scaling. */
  sum: number;
  count: number;
  /** Per token: what its own features added (the word alone, without the pair); NaN for a token not read. */
  own: Float64Array;
}

// ---- the shipped model and its build-time weight table --------------------------------------

/** The model as the trainer writes it (decency-model.json; its features are one string, a feature a line). */
interface ModelFile {
  bias: number;
  features: string;
  weights: number[];
}

/** The source the trainer writes, beside this module (sources, dist/) or, from dist/bundle/, in dist/check/learned/. */
export const MODEL_FILE = 'decency-model.json';
/** The weight table the build derives from it (scripts/precompute.mjs), beside it in dist/. */
export const WEIGHT_TABLE_FILE = 'decency-model.table.bin';
/** Bump when the table's layout or hash changes. */
const TABLE_VERSION = 1;

function builtUrl(name: string): URL | undefined {
  for (const rel of [name, `../check/learned/${name}`]) {
    const u = new URL(rel, import.meta.url);
    try {
      statSync(u);
      return u;
    } catch {
      // try the next place
    }
  }
  return undefined;
}

let modelFile: ModelFile | undefined;
/** decency-model.json, read once when something needs the model itself (training, tests, a missing or stale table). */
function shippedFile(): ModelFile {
  if (!modelFile) {
    const url = builtUrl(MODEL_FILE);
    if (!url) throw new Error(`${MODEL_FILE} not found beside ${import.meta.url}`);
    modelFile = JSON.parse(readFileSync(url, 'utf8')) as ModelFile;
  }
  return modelFile;
}

/** What identifies the source a table was made from: its size and modification time (a stale table is never used). */
function sourceKey(): string | undefined {
  const url = builtUrl(MODEL_FILE);
  if (!url) return undefined;
  const st = statSync(url);
  return `${TABLE_VERSION}:${st.size}:${st.mtimeMs}`;
}

/** FNV-1a over the UTF-16 code units of `s`, continuing from `h`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
const FNV_START = 0x811c9dc5;

/**
 * A model's weights as open-addressing hash table over typed arrays and one string of the
 * features, as the build stores it: it loads without a string or map entry per feature. `get`
 * answers as the Map of the features would (the same weight for the same string; a feature
 * listed twice keeps its last weight).
 */
export class WeightTable implements WeightLookup {
  private readonly mask: number;
  constructor(
    /** The features, each followed by "\n". */
    private readonly text: string,
    /** Where feature i starts in `text` (n + 1 entries: the last is text.length). */
    private readonly starts: Uint32Array,
    private readonly weights: Float64Array,
    /** Feature index per slot, -1 for an empty slot (a power of two of slots). */
    private readonly slots: Int32Array,
  ) {
    this.mask = slots.length - 1;
  }

  get(feature: string): number | undefined {
    const { slots, starts, text, mask } = this;
    for (let i = (fnv(FNV_START, feature) >>> 0) & mask; ; i = (i + 1) & mask) {
      const k = slots[i]!;
      if (k < 0) return undefined;
      const start = starts[k]!;
      if (starts[k + 1]! - 1 - start === feature.length && text.startsWith(feature, start)) return this.weights[k];
    }
  }

  /** The table of a model's features and weights. */
  static of(features: readonly string[], weights: readonly number[]): WeightTable {
    const n = features.length;
    const starts = new Uint32Array(n + 1);
    let text = '';
    for (let i = 0; i < n; i++) {
      starts[i] = text.length;
      text += features[i]! + '\n';
    }
    starts[n] = text.length;
    let size = 1;
    while (size < 2 * n) size *= 2;
    const slots = new Int32Array(size).fill(-1);
    for (let k = 0; k < n; k++) {
      const f = features[k]!;
      for (let i = (fnv(FNV_START, f) >>> 0) & (size - 1); ; i = (i + 1) & (size - 1)) {
        const j = slots[i]!;
        // an empty slot, or the same feature listed before (its last weight counts, as in a map)
        if (j < 0 || features[j] === f) {
          slots[i] = k;
          break;
        }
      }
    }
    return new WeightTable(text, starts, Float64Array.from(weights), slots);
  }

  /** As bytes: u32 header length, the header (JSON), padding to 8, weights (f64), starts (u32), slots (i32), the text (UTF-8). */
  bytes(header: object): Buffer {
    const json = Buffer.from(JSON.stringify({ ...header, n: this.weights.length, slots: this.slots.length }), 'utf8');
    const head = Buffer.alloc(4 + json.length + ((8 - ((4 + json.length) % 8)) % 8));
    head.writeUInt32LE(json.length, 0);
    json.copy(head, 4);
    const view = (a: Float64Array | Uint32Array | Int32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    return Buffer.concat([head, view(this.weights), view(this.starts), view(this.slots), Buffer.from(this.text, 'utf8')]);
  }

  /** Read bytes made by `bytes`; the header and the table. */
  static read(bytes: Buffer): { header: Record<string, unknown>; table: WeightTable } {
    const len = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + len)) as { n: number; slots: number } & Record<string, unknown>;
    let at = 4 + len + ((8 - ((4 + len) % 8)) % 8);
    // copied into arrays of their own: the file's buffer may be shared and unaligned
    const take = (n: number, width: number): ArrayBuffer => {
      const b = bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + n * width);
      at += n * width;
      return b as ArrayBuffer;
    };
    const weights = new Float64Array(take(header.n, 8));
    const starts = new Uint32Array(take(header.n + 1, 4));
    const slots = new Int32Array(take(header.slots, 4));
    return { header, table: new WeightTable(bytes.toString('utf8', at), starts, weights, slots) };
  }
}

/** The shipped model's weight table as bytes (written by the build beside decency-model.json), keyed by the source. */
export function weightTableFile(): Buffer | undefined {
  const key = sourceKey();
  if (!key) return undefined;
  const m = shippedFile();
  return WeightTable.of(m.features.split('\n'), m.weights).bytes({ key, bias: m.bias });
}

let table: { bias: number; table: WeightTable } | null | undefined;
/** The build's table of the shipped model when it is there and made from this decency-model.json (else null). */
function shippedTableWithBias(): { bias: number; table: WeightTable } | null {
  if (table === undefined) {
    table = null;
    try {
      const url = builtUrl(WEIGHT_TABLE_FILE);
      if (url) {
        const { header, table: t } = WeightTable.read(readFileSync(url));
        if (header.key === sourceKey() && typeof header.bias === 'number') table = { bias: header.bias, table: t };
      }
    } catch {
      // unreadable: the model file itself
    }
  }
  return table;
}
const shippedTable = (): WeightTable | undefined => shippedTableWithBias()?.table;

/**
 * The model that ships (decency-model.json). Its parts are read when first asked for: the check
 * reads only the bias and, through the reader, the build's weight table; the features and
 * weights as arrays (training, tests) come from the file itself.
 */
export const SHIPPED: LearnedModel = Object.defineProperties({} as LearnedModel, {
  bias: { enumerable: true, get: () => shippedTableWithBias()?.bias ?? shippedFile().bias },
  features: { enumerable: true, get: () => shippedFeatures() },
  weights: { enumerable: true, get: () => shippedFile().weights },
});
let features: string[] | undefined;
const shippedFeatures = (): string[] => (features ??= shippedFile().features.split('\n'));

/**
 * The pair weights a reader has looked up, kept with the word before (`WordPart.after`, by the word
 * after; null for a pair the model does not have): a pair seen before is read without building its
 * feature string. Bounded per reader: past PAIRS_MAX pairs its word parts start afresh (every value
 * is a pure function of the words, so starting afresh changes no answer).
 */
const PAIRS_MAX = 200_000;
const pairCounts = new WeakMap<Reader, number>();

/** The weight of the pair feature of `before` (its part `bp`) and `word`, undefined when the model has none. */
function pairWeight(r: Reader, before: string, bp: WordPart, word: string): number | undefined {
  const after = (bp.after ??= new Map());
  let v = after.get(word);
  if (v === undefined) {
    v = r.weights.get(pairFeature(before, word)) ?? null;
    const count = (pairCounts.get(r) ?? 0) + 1;
    if (count > PAIRS_MAX) {
      // (the parts of this draft's words stay valid: they are values, dropped from the cache only)
      r.words.clear();
      pairCounts.set(r, 0);
    } else pairCounts.set(r, count);
    after.set(word, v);
  }
  return v === null ? undefined : v;
}

/** The model's reading of one analysed text. */
export function scoreText(a: TextAnalysis, authorId?: string, m: LearnedModel = SHIPPED): LearnedScore {
  const { words, tokens, scopes } = readWords(a, authorId);
  const r = readerOf(m);
  let sum = 0;
  let known = 0;
  const parts = new Float64Array(a.tokens.length).fill(NaN);
  const own = new Float64Array(a.tokens.length).fill(NaN);
  const knownAt = new Float64Array(a.tokens.length);
  // the word part of the word before (its pair weights are kept with it), when it was read
  let before: WordPart | undefined;
  for (let i = 0; i < words.length; i++) {
    let wp: { sum: number; known: number };
    let self: WordPart | undefined;
    if (scopes[i]) {
      const v = r.weights.get(scopedFeature(words[i]!, scopes[i]!));
      wp = v === undefined ? { sum: 0, known: 0 } : { sum: v, known: 1 };
    } else {
      const w = (self = wordPart(r, words[i]!));
      const c = classPart(r, a.wordInfos[tokens[i]!]!, words[i]!);
      wp = { sum: w.sum + c.sum, known: w.known + c.known };
    }
    let part = wp.sum;
    let kn = wp.known;
    if (i > 0) {
      const v = pairWeight(r, words[i - 1]!, before ?? wordPart(r, words[i - 1]!), words[i]!);
      if (v !== undefined) {
        part += v;
        kn++;
      }
      // (the word's paired classes, kept with its class part)
      const paired = classPart(r, a.wordInfos[tokens[i]!]!, words[i]!).paired;
      for (let q = 0; q < paired.length; q++) {
        const w = r.weights.get(classPairFeature(words[i - 1]!, paired[q]!));
        if (w !== undefined) {
          part += w;
          kn++;
        }
      }
    }
    before = self;
    known += kn;
    knownAt[tokens[i]!] = kn;
    sum += part;
    parts[tokens[i]!] = part;
    own[tokens[i]!] = wp.sum;
  }
  return { p: chance(m, sum, known), parts, own, known: knownAt, sum, count: known };
}

/** The chance of abuse for a sum of parts over `known` known features. */
export function chance(m: LearnedModel, sum: number, known: number): number {
  const z = m.bias + (known > 0 ? sum / Math.sqrt(known) : 0);
  return 1 / (1 + Math.exp(-z));
}

/** The chance above which the reading finds abuse (data: reading.json). */
export const LEARNED_THRESHOLD: number = params.threshold;
/** The chance above which the reading finds abuse in a question (data: reading.json). */
export const QUESTION_THRESHOLD: number = params.questionThreshold;
/** What a content word of the sentence must add on its own for a finding (data: reading.json). */
export const CONTENT_WORD_MIN: number = params.contentWordMin;
const CLOSED: ReadonlySet<string> = wordSet(params.closedClass);
const PRAISE: ReadonlySet<string> = wordSet(params.praise);
/** Is a normalised word one of praise (reading.json `praise`: "gaaf", "leuk", "knap")? */
export function praiseWord(word: string): boolean {
  return PRAISE.has(word);
}
/** Is a normalised word a function word (articles, pronouns, auxiliaries, prepositions, particles)? */
export function closedClass(word: string): boolean {
  return CLOSED.has(word);
}
