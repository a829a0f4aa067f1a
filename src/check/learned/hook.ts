/**
 * Where the learned reading (model.ts) meets the decency detector: called once, last, and only
 * when the detector's own readings found nothing (a hit they made, even one that only asks to revise,
 * keeps the severity they gave it). When the model finds the text
 * abusive, the finding points at the sentence that added most, aimed at a target of that sentence
 * (or else of the text), when a content word of that sentence adds enough on its own (reading.json);
 * it goes through the detector's own `push`, so its tests of counter-speech,
 * reports that judge, word sense and quotation apply, with that content word as the core.
 * A text without any target (person, group, "jij", the school) gives no finding: A7 is about people.
 */
import type { TextAnalysis } from '../analysis.js';
import type { DecencyHit } from '../detectors/decency.js';
import { negatedTokens, targetsIn, type Target } from '../detectors/context.js';
import { absencePraised, fm, targetsOf } from '../reading/structure.js';
import { playedIn } from '../reading/harm.js';
import type { WordInfo } from '../reading/words.js';
import { educationalSentence } from '../reading/sexual.js';
import { CONTENT_WORD_MIN, LEARNED_THRESHOLD, QUESTION_THRESHOLD, SHIPPED, chance, closedClass, praiseWord, scoreText, type LearnedModel } from './model.js';

/** Why the learned reading gave no finding: the first of its tests that a text did not pass. */
export type LearnedStop = 'chance' | 'sentence' | 'content' | 'quoted' | 'question' | 'game' | 'praise' | 'teaching' | 'target';

/** The learned reading of a text: its chance of abuse and either the hit it makes or the test that stopped it. */
export interface LearnedReading {
  p: number;
  hit?: DecencyHit;
  core?: { first: number; last: number };
  stop?: LearnedStop;
}

export function readLearned(a: TextAnalysis, authorId: string | undefined, hits: readonly DecencyHit[], push: (h: DecencyHit, core?: { first: number; last: number }) => void, model: LearnedModel = SHIPPED): void {
  if (a.tokens.length === 0 || hits.length > 0) return;
  const r = learnedReading(a, authorId, model);
  if (r.hit) push(r.hit, r.core);
}

/** The learned reading of an analysed text (readLearned's work, apart so that its tests can be asked why). */
export function learnedReading(a: TextAnalysis, authorId: string | undefined, model: LearnedModel = SHIPPED): LearnedReading {
  const score = scoreText(a, authorId, model);
  // scope is read in the features (features.ts scopedFeature): a word under a negation of its clause or inside
  // quotation marks reads as such, in training as here ("Moslims zijn geen dieven")
  const { parts, own, sum, count } = score;
  const p = chance(model, sum, count);
  if (!(p > LEARNED_THRESHOLD)) return { p, stop: 'chance' };
  // the sentence that added most, and in it the word that added most
  const bySentence = new Float64Array(a.sentenceCount);
  const read = new Uint8Array(a.sentenceCount);
  for (let k = 0; k < parts.length; k++) {
    if (Number.isNaN(parts[k]!)) continue;
    const s = a.tokens[k]!.sentence;
    bySentence[s] = bySentence[s]! + parts[k]!;
    read[s] = 1;
  }
  let sentence = -1;
  let best = -Infinity;
  for (let s = 0; s < bySentence.length; s++) if (read[s] && bySentence[s]! > best) [sentence, best] = [s, bySentence[s]!];
  if (sentence < 0) return { p, stop: 'sentence' };
  const [f, l] = a.sentenceTokens(sentence);
  // the content word that adds most on its own: the words the finding concerns
  let core = -1;
  let top = -Infinity;
  for (let k = f; k <= l; k++) {
    const v = own[k]!;
    if (v > top && !closedClass(a.tokens[k]!.norm)) [core, top] = [k, v];
  }
  // a content word that adds enough on its own: not only how the text is said ("is een", "ik ga")
  if (!(top >= CONTENT_WORD_MIN) || core < 0) return { p, stop: 'content' };
  // a sentence that quotes is left to the readings of quotation and counter-speech, a question to the
  // readings that take questions both ways ("Wie wil er naast Sem zitten?") unless the model is nearly
  // sure, harm in a game to play
  for (let k = f; k <= l; k++) if (a.tokens[k]!.quoted) return { p, stop: 'quoted' };
  if (a.isQuestion(sentence) && !(p > QUESTION_THRESHOLD)) return { p, stop: 'question' };
  if (playedIn(a, fm(a), core, core)) return { p, stop: 'game' };
  // and praise the structure reads where the model sees only the words of its frame
  if (absencePraised(a, f, l) || onlyPraise(a, f, l)) return { p, stop: 'praise' };
  // sexual words in a lesson or at the doctor's are the sexual readings' to judge (sexual.ts)
  if (educationalSentence(a, sentence)) return { p, stop: 'teaching' };
  // a third-person pronoun is someone only when it points back at a person or group (structure.ts resolvePronouns):
  // "hun" of "die alarmen … moeten hun rotbek houden" stands for things
  const resolved = targetsOf(a, authorId);
  const someone = (t: Target): boolean => t.kind !== 'third' || (resolved[t.token] !== undefined && resolved[t.token]!.kind !== 'third');
  const target = targetsIn(a, f, l, authorId).find(someone) ?? targetsIn(a, 0, a.tokens.length - 1, authorId).find(someone);
  if (!target) return { p, stop: 'target' };
  return { p, hit: { kind: target.kind === 'group' ? 'derogation' : 'insult', first: f, last: l, severity: 'block', certain: true, target }, core: { first: core, last: core } };
}


/** Does a word say something bad of anyone: a judging word or noun, a negative polarity, harm, an animal or thing, sexual words (words.ts)? */
function negativeWord(w: WordInfo): boolean {
  return w.judge || (w.judgeNoun && !w.needsAdjective) || w.polarity < 0 || w.harm !== undefined || w.harmNoun || w.animal || w.thing || w.sexualBody || w.sexualAct || w.insultCompound;
}

/**
 * Does a sentence only praise: a word of praise not under a negation ("gaaf", not "niet gaaf") and
 * no word that says anything bad? Mock praise holds a put-down beside its praise ("knap hoor, weer
 * de domste") and is not silenced here.
 */
export function onlyPraise(a: TextAnalysis, first: number, last: number): boolean {
  const negated = negatedTokens(a);
  let praise = false;
  for (let k = first; k <= last; k++) {
    if (negativeWord(a.wordInfos[k]!)) return false;
    if (!negated[k] && praiseWord(a.tokens[k]!.norm)) praise = true;
  }
  return praise;
}
