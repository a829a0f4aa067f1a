/**
 * Things and untargeted curses (decency, A7): abuse that harms no one.
 *
 * - a curse as an exclamation: a disease curse opening its sentence, on its own or before a
 *   comma or an exclamative "wat/wat een/zo" ("Tering, wat een hagelbui!", "Tering wat is het
 *   koud"), with no one in the sentence to aim it at (the caller decides that) and no verb that
 *   wishes it on someone ("krijg de …", "… op"); a curse glued onto a word ("kankerweer") stays
 *   coarse language to rewrite;
 * - a judgement of a thing at the school: the subject of the judging word is a noun that is no
 *   person, group or part of the school's team, and the school is only where the thing is, after
 *   a preposition inside that subject ("Die rotprinter op school is waardeloos", "het
 *   kopieerapparaat van school is bagger"); what the school is or does keeps its reading ("de
 *   sfeer op school", "de lessen op school": `institution`).
 *
 * Word classes in `reading.json` `thingTarget`. Each test reads one sentence once.
 */
import type { TextAnalysis } from '../analysis.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import { fm, targetsOf } from './structure.js';
import { wordSet as W } from './word-sets.js';

const T = data.thingTarget;
const EXCLAMATIVE = W(T.exclamative);
const WISHING = W(T.wishingVerb);
const INSTITUTION = W(T.institution);
const PERSON_HEAD = W(T.personHead);
const DET = W(['de', 'het', 'die', 'dat', 'deze', 'dit', 'een', 'mijn', 'onze', 'jouw', 'zon']);
const PREP = W(['op', 'in', 'van', 'bij', 'uit', 'aan']);
const COPULA = W(['is', 'was', 'zijn', 'waren', 'wordt', 'blijft', 'lijkt']);
const SCHOOL_WORD = W(['school', 'schoolplein', 'gymzaal', 'mediatheek', 'klas', 'lokaal', 'sterren', 'de']);

/** Is the curse at k (no target in its sentence) an exclamation on its own word? */
export function curseAtNoOne(a: TextAnalysis, k: number, stemLength: number): boolean {
  const forms = fm(a);
  const tokens = a.tokens;
  const s = tokens[k]!.sentence;
  const [f, l] = a.sentenceTokens(s);
  for (let j = f; j <= l; j++) if (WISHING.has(forms[j]!) || (forms[j] === 'op' && j === k + 1)) return false;
  // (glued onto a thing, "kankerweer", "pleuriszooi", the curse stays coarse language to rewrite: revise)
  if (a.tokens[k + 1]?.start === tokens[k]!.start || forms[k]!.length > stemLength + 2) return false;
  // an exclamation: first in its sentence, then a comma, the end, or "wat"/"zo"
  if (k !== f && !(k === f + 1 && /^(o|oh|jezus|nou)$/.test(forms[f]!))) return false;
  if (k === l) return true;
  const gap = a.source.slice(tokens[k]!.end, tokens[k + 1]!.start);
  return /[,!]/.test(gap) || EXCLAMATIVE.has(forms[k + 1]!);
}

/** Is the judging word at k said of a thing at the school, the school only a place inside the subject? */
export function thingAtSchool(a: TextAnalysis, k: number): boolean {
  const forms = fm(a);
  const tokens = a.tokens;
  const [f] = a.sentenceTokens(tokens[k]!.sentence);
  const targets = targetsOf(a, undefined);
  // the copula before the judging word
  let c = -1;
  for (let j = k - 1; j >= f && j >= k - 4; j--) if (COPULA.has(forms[j]!)) c = j;
  if (c < 0) return false;
  // the subject: determiner + noun at the sentence start, then a preposition with the school
  if (!DET.has(forms[f]!)) return false;
  let h = f + 1;
  if (h < c - 1 && /e$/.test(forms[h]!) && !PREP.has(forms[h + 1]!)) h++;
  const head = forms[h]!;
  if (h >= c || targets[h] || PERSON_HEAD.has(head) || INSTITUTION.has(head) || SCHOOL_WORD.has(head)) return false;
  if (!PREP.has(forms[h + 1] ?? '') || h + 1 >= c) return false;
  // everything between the preposition and the copula is the place ("op school", "van de Sterren")
  for (let j = h + 2; j < c; j++) {
    const t = targets[j];
    if (t && t.kind !== 'school') return false;
  }
  return true;
}
