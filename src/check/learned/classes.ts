/**
 * Word-class features of the learned reading: what the structural reading already knows of a word
 * (reading/words.ts `WordInfo`: its lemma, whether it judges people, its polarity in the Pattern-derived
 * lexicon, an animal or thing, a harm verb, a body part, sexual words…), given to the model beside
 * the word's own form. A weight learned for a class carries over to every word of that class the
 * training cases never held: "kakkerlakken" and "bloedzuigers" share `q:animal`, an unlisted
 * negative adjective shares the polarity class of the listed ones.
 *
 * The classes are a function of the word's `WordInfo` alone, so what they add is kept per WordInfo
 * (model.ts); the cost per token is constant.
 */
import type { WordInfo } from '../reading/words.js';

/** Polarity buckets of the polarity lexicon (−1…1). */
function polarityClass(p: number): string | undefined {
  if (p <= -0.5) return 'q:pol--';
  if (p < -0.1) return 'q:pol-';
  if (p >= 0.5) return 'q:pol++';
  if (p > 0.1) return 'q:pol+';
  return undefined;
}

/** The class features of one word: its lemma when inflected, and its word classes. */
export function classFeatures(info: WordInfo, word: string): string[] {
  const out: string[] = [];
  if (info.lemma && info.lemma !== word) out.push(`l:${info.lemma}`);
  const pol = polarityClass(info.polarity);
  if (pol) out.push(pol);
  if (info.degree === 2) out.push('q:superlative');
  if (info.judge) out.push(info.groupOnly ? 'q:judgeGroup' : 'q:judge');
  if (info.judgeNoun) out.push(info.needsAdjective ? 'q:judgeNounAdj' : 'q:judgeNoun');
  if (info.state) out.push('q:state');
  if (info.positive) out.push('q:positive');
  if (info.animal) out.push('q:animal');
  if (info.thing) out.push('q:thing');
  if (info.harm) out.push(info.harm.bodyOnly ? 'q:harmBody' : 'q:harm', `h:${info.harm.lemma}`);
  if (info.bodyPart) out.push('q:bodyPart');
  if (info.harmNoun) out.push('q:harmNoun');
  if (info.sexualBody) out.push('q:sexualBody');
  if (info.sexualAct) out.push('q:sexualAct');
  if (info.rights) out.push('q:rights');
  if (info.insultCompound) out.push('q:insultCompound');
  return out;
}

/** The classes that also pair with the word before (what precedes a judging word, an animal, a harm verb: "jij vieze", "als ratten"). */
const PAIRED: ReadonlySet<string> = new Set(['q:judge', 'q:judgeGroup', 'q:judgeNoun', 'q:judgeNounAdj', 'q:animal', 'q:thing', 'q:harm', 'q:harmBody', 'q:pol--', 'q:pol-', 'q:sexualBody', 'q:sexualAct']);

/** The classes of a word that pair with the word before it (PAIRED), in the order of classFeatures. */
export function pairedClasses(info: WordInfo, word: string): string[] {
  return classFeatures(info, word).filter((f) => PAIRED.has(f));
}

/** The feature of a paired class after the word before it. */
export function classPairFeature(before: string, cls: string): string {
  return `bq:${before}_${cls}`;
}

/** The features of a word's classes after the word before it. */
export function classPairFeatures(before: string, info: WordInfo, word: string): string[] {
  return pairedClasses(info, word).map((c) => classPairFeature(before, c));
}
