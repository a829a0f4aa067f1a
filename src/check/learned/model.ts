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
  /** The weights of the pairs with this word before, by the word after, as looked up so far (`pairWeight`; null: the model has none). */
  after: Map<string, number | null> | undefined;
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
  p = { sum, known, after: undefined };
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
  const { words, tokens } = readWords(a, authorId);
  const r = readerOf(m);
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
      const v = pairWeight(r, words[i - 1]!, before, words[i]!);
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
