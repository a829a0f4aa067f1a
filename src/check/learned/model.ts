/**
 * The learned reading's model (decency-model.json, made by train.ts from the project's own labelled
 * cases): an L2-regularised logistic regression over the features of features.ts. It gives the
 * chance that a text breaks A7, and how much each word added to it, so that a finding can show
 * the words it concerns.
 */
import model from './decency-model.json' with { type: 'json' };
import params from './reading.json' with { type: 'json' };
import { wordSet } from '../text/normalize.js';
import type { TextAnalysis } from '../analysis.js';
import { pairFeature, readWords, wordFeatures } from './features.js';

export interface LearnedModel {
  bias: number;
  features: string[];
  weights: number[];
}

interface Reader {
  weights: Map<string, number>;
  /** What one word adds on its own (the sum of the weights of its known features, and their number), kept between checks. */
  words: Map<string, WordPart>;
}

interface WordPart {
  sum: number;
  known: number;
  /**
   * The weights of the pair features with this word before (`pairIndexOf`), by the word after;
   * undefined when the model has none (a word that holds "_" has its pairs looked up by string).
   * Left out until `scoreText` reads it (`null`: not looked up yet).
   */
  after?: Map<string, number> | undefined | null;
}
const readers = new WeakMap<LearnedModel, Reader>();
function readerOf(m: LearnedModel): Reader {
  let r = readers.get(m);
  if (!r) {
    const weights = new Map<string, number>();
    for (let i = 0; i < m.features.length; i++) weights.set(m.features[i]!, m.weights[i]!);
    r = { weights, words: new Map() };
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
  p = { sum, known, after: null };
  if (r.words.size >= WORD_PARTS_MAX) r.words.clear();
  r.words.set(word, p);
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

/** The model that ships (decency-model.json; its features are one string, a feature a line). */
export const SHIPPED: LearnedModel = { bias: model.bias, features: model.features.split('\n'), weights: model.weights };

/**
 * The model's pair features (`pairFeature(before, word)`) as a map by the word before and then the
 * word, so that a pair is looked up with the two words the text already holds: no key string is
 * built per pair of a draft. Built once per model, on first use.
 */
const pairIndexes = new WeakMap<LearnedModel, Map<string, Map<string, number>>>();
function pairIndexOf(m: LearnedModel): Map<string, Map<string, number>> {
  let index = pairIndexes.get(m);
  if (!index) {
    index = new Map();
    for (let i = 0; i < m.features.length; i++) {
      const f = m.features[i]!;
      if (!f.startsWith('b:')) continue;
      const sep = f.indexOf('_', 2);
      // (a feature whose words hold "_" would split two ways: pairs with "_" are looked up by their string, below)
      if (sep < 0 || f.indexOf('_', sep + 1) >= 0) continue;
      const before = f.slice(2, sep);
      let after = index.get(before);
      if (!after) index.set(before, (after = new Map()));
      // (a feature listed twice keeps its last weight, as in the reader's map)
      after.set(f.slice(sep + 1), m.weights[i]!);
    }
    pairIndexes.set(m, index);
  }
  return index;
}

/** The weight of the pair feature of `before` (its part `bp`) and `word`, undefined when the model has none. */
function pairWeight(r: Reader, pairs: Map<string, Map<string, number>>, before: string, bp: WordPart, word: string): number | undefined {
  // (a word with "_" in it: the pair by its string, as the index leaves such features out)
  if (before.indexOf('_') >= 0 || word.indexOf('_') >= 0) return r.weights.get(pairFeature(before, word));
  // (the word part is kept per reader, the index per model: a reader's model is one, so its pairs are too)
  if (bp.after === null) bp.after = pairs.get(before);
  return bp.after === undefined ? undefined : bp.after.get(word);
}

/** The model's reading of one analysed text. */
export function scoreText(a: TextAnalysis, authorId?: string, m: LearnedModel = SHIPPED): LearnedScore {
  const { words, tokens } = readWords(a, authorId);
  const r = readerOf(m);
  const pairs = pairIndexOf(m);
  let sum = 0;
  let known = 0;
  const parts = new Float64Array(a.tokens.length).fill(NaN);
  const own = new Float64Array(a.tokens.length).fill(NaN);
  const knownAt = new Float64Array(a.tokens.length);
  let before: WordPart | undefined;
  for (let i = 0; i < words.length; i++) {
    const wp = wordPart(r, words[i]!);
    let part = wp.sum;
    let kn = wp.known;
    if (before !== undefined) {
      const v = pairWeight(r, pairs, words[i - 1]!, before, words[i]!);
      if (v !== undefined) {
        part += v;
        kn++;
      }
    }
    known += kn;
    knownAt[tokens[i]!] = kn;
    sum += part;
    parts[tokens[i]!] = part;
    own[tokens[i]!] = wp.sum;
    before = wp;
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
/** What a content word of the sentence must add on its own for a finding (data: reading.json). */
export const CONTENT_WORD_MIN: number = params.contentWordMin;
const CLOSED: ReadonlySet<string> = wordSet(params.closedClass);
/** Is a normalised word a function word (articles, pronouns, auxiliaries, prepositions, particles)? */
export function closedClass(word: string): boolean {
  return CLOSED.has(word);
}
