/**
 * The features of the learned reading (README "A learned reading"): what a text says, not whom it
 * is about. Every word of the analysis (its normalised form, so de-leeted, unglued and spell-folded
 * by `analyse`) gives its own form, its character 3-, 4- and 5-grams between word boundaries, and
 * the pair with the word before it. The target words are left out first (a group noun, a name, a
 * person noun: `targetAt` kinds group/name/person), so that no group or name is learned as hateful
 * in itself — the classic bias of a word-count model ("Haar collega is een X" is no abuse for any X) —
 * and so are listed words whose sense the readings decide (SENSE_DECIDED).
 * Pronouns stay: "jij" and "je" are part of how abuse is said.
 *
 * Counting is a bag (every occurrence counts), so the part of a word is a function of the word alone
 * and can be kept between checks (`wordPart` in model.ts); the cost is linear in the text.
 */
import type { TextAnalysis } from '../analysis.js';
import { negatedTokens, targetAt } from '../detectors/context.js';
import { categoryId } from '../lexicon/index.js';
import { classFeatures, classPairFeatures } from './classes.js';

/** Character n-gram lengths, inside '<' + word + '>'. */
export const NGRAMS: readonly number[] = [3, 4, 5];

/** The features of one word on its own: its form and its character n-grams. */
export function wordFeatures(word: string): string[] {
  const out = [`w:${word}`];
  const s = `<${word}>`;
  for (const n of NGRAMS) for (let i = 0; i + n <= s.length; i++) out.push(`c:${s.slice(i, i + n)}`);
  return out;
}

/** The feature of a word after the word before it. */
export function pairFeature(before: string, word: string): string {
  return `b:${before}_${word}`;
}

const MASKED = new Set(['group', 'name', 'person']);
/**
 * Listed words whose sense the readings decide, left out like the targets: a disease as a curse or
 * as an illness ("heeft kanker"), an ambiguous slur or its innocent homonym. When the readings take them as abuse they block before the learned reading runs; when
 * they take them as innocent, the model must not count them again.
 */
const SENSE_DECIDED = ['curseStem', 'slurAmbiguous'].map((c) => categoryId(c));

/** Is token k a listed word whose sense the readings decide (SENSE_DECIDED)? */
function senseDecided(a: TextAnalysis, k: number): boolean {
  for (let i = 0; i < SENSE_DECIDED.length; i++) if (a.has(k, SENSE_DECIDED[i]!)) return true;
  return false;
}

/** Does a normalised token hold a letter or digit (not only signs)? */
function wordLike(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

/**
 * The feature of a word under a scope that changes what it says of anyone: negated in its clause
 * (context.ts `negatedTokens`: "geen dieven", "haat ze niet") or inside quotation marks. Such a word
 * gives this one feature instead of its form, n-grams and classes, in training as in reading, so
 * that "dieven" learns from plain use and "geen … dieven" on its own.
 */
export function scopedFeature(word: string, scope: number): string {
  return scope === SCOPE_QUOTED ? `u:${word}` : `n:${word}`;
}
export const SCOPE_NEGATED = 1;
export const SCOPE_QUOTED = 2;

/** The words the learned reading reads, with their token indexes and scope: every token but the targets it leaves out. */
export function readWords(a: TextAnalysis, authorId?: string): { words: string[]; tokens: number[]; scopes: number[] } {
  const words: string[] = [];
  const tokens: number[] = [];
  const scopes: number[] = [];
  const negated = negatedTokens(a);
  for (let k = 0; k < a.tokens.length; k++) {
    const t = targetAt(a, k, authorId);
    if (t && MASKED.has(t.kind)) continue;
    if (senseDecided(a, k)) continue;
    // a Dutch word as written is read as written ("appen" is not "apen"); any other by its normalised form
    const info = a.wordInfos[k]!;
    const w = info.dutchWord && info.form !== a.tokens[k]!.norm ? info.form : a.tokens[k]!.norm;
    if (!wordLike(w)) continue;
    words.push(w);
    tokens.push(k);
    scopes.push(a.tokens[k]!.quoted ? SCOPE_QUOTED : negated[k] ? SCOPE_NEGATED : 0);
  }
  return { words, tokens, scopes };
}

/** All features of a text, as a bag (training; the reading itself sums per word, model.ts). */
export function textFeatures(a: TextAnalysis, authorId?: string): string[] {
  const { words, tokens, scopes } = readWords(a, authorId);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (scopes[i]) out.push(scopedFeature(words[i]!, scopes[i]!));
    else {
      for (const f of wordFeatures(words[i]!)) out.push(f);
      for (const f of classFeatures(a.wordInfos[tokens[i]!]!, words[i]!)) out.push(f);
    }
    if (i > 0) {
      out.push(pairFeature(words[i - 1]!, words[i]!));
      for (const f of classPairFeatures(words[i - 1]!, a.wordInfos[tokens[i]!]!, words[i]!)) out.push(f);
    }
  }
  return out;
}
