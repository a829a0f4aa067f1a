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
import { pairFeature, readWords, scopedFeature, wordFeatures } from './features.js';
import { classFeatures, classPairFeatures } from './classes.js';
import type { WordInfo } from '../reading/words.js';

export interface LearnedModel {
  bias: number;
  features: string[];
  weights: number[];
}

interface Reader {
  weights: Map<string, number>;
  /** What one word adds on its own (the sum of the weights of its known features, and their number), kept between checks. */
  words: Map<string, WordPart>;
  /** What a word's classes add (classes.ts), kept per WordInfo of the word (and its form, for the lemma). */
  classes: WeakMap<WordInfo, Map<string, ClassPart>>;
}

interface ClassPart {
  sum: number;
  known: number;
  /**
   * The word's classes that pair with the word before (classes.ts `classPairFeatures`), in its
   * order: a pair's class features are built only for a word that has such classes.
   */
  paired: readonly string[];
}
/** The prefix `classPairFeatures` puts before a class for an empty word before: what is left is the class. */
const PAIR_PREFIX = 'bq:_';
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
  const paired = classPairFeatures('', info, word).map((f) => f.slice(PAIR_PREFIX.length));
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
      // (the word's paired classes, kept with its class part: `bq:${before}_${class}` as classPairFeatures builds them)
      const paired = classPart(r, a.wordInfos[tokens[i]!]!, words[i]!).paired;
      for (let q = 0; q < paired.length; q++) {
        const w = r.weights.get(`bq:${words[i - 1]!}_${paired[q]!}`);
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
