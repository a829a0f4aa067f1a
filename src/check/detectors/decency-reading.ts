/**
 * Readings of the words around a decency hit, for the decency detector (A7): who a
 * judgement is aimed at (the subject, the school, a group named in the sentence before),
 * whether a violence verb has a thing as its object, and the small word sets these use.
 */
import type { TextAnalysis } from '../analysis.js';
import { schoolNamesInSentence, targetAt, targetsIn, type Target } from './context.js';
import { wordSet } from '../text/normalize.js';

export const AMBIGUOUS_FRAME = wordSet(['een', 'die', 'vuile', 'vieze', 'smerige', 'stomme', 'vuil', 'vies', 'zon', 'jij', 'je', 'echte', 'grote', 'kleine', 'vette', 'dikke', 'rot', 'kut', 'kanker', 'bent', 'ben', 'is']);
export const AMBIGUOUS_FOLLOW = wordSet(['jij', 'je', 'bent', 'ben', 'is', 'die', 'dat', 'zijn']);
export const HEALTH_NEAR = wordSet(['heeft', 'had', 'hebben', 'hadden', 'aan', 'tegen', 'met', 'patient', 'patienten', 'behandeling', 'chemo', 'overleden', 'gestorven', 'diagnose', 'onderzoek', 'ziekenhuis', 'longkanker', 'borstkanker', 'genezen', 'krijgen', 'kreeg']);
export const DEMONSTRATIVE = wordSet(['die', 'deze']);
export const ARTICLE = wordSet(['een', 'zon']);
export const POINTS_BACK_OBJECT = wordSet(['ervan', 'daarvan', 'hiervan']);
/** "een walgelijke gedachte", "een dom idee": the judgement is of an idea, not of people. */
export const ABSTRACT = wordSet(['gedachte', 'gedachtes', 'idee', 'ideeen', 'uitspraak', 'uitspraken', 'opmerking', 'opmerkingen', 'mening', 'opvatting', 'reactie', 'reacties', 'bericht', 'berichten', 'tekst', 'woorden', 'grap', 'grappen', 'plan', 'voorstel', 'vraag', 'gedrag']);
/** Objects that make hatred about a situation, not people: "ik haat het als …". */
export const SITUATION_OBJECT = wordSet(['het', 'dit', 'dat', 'zoiets', 'zulke', 'wanneer', 'als']);
/** Words that point back to the group of the previous sentence ("… een moslim. Wat een beest was dat."). */
const POINTS_BACK = wordSet(['dat', 'die', 'ze', 'zij', 'hij', 'hun', 'dit', 'deze', 'het']);

export const MEDICAL_HEAD = /^(en|s)?(bestrijding|onderzoe?k|patient|patienten|cel|celen|fonds|vacin|vacinatie|epidemie|behandeling|centrum|afdeling|verwekk?end|remmer|test|risico|sort|gezwel|screening|zorg|specialist|arts|medicijn|therapie|preventie|diagnose|uitbraak|virus|bacterie|dag|week|lop|run)/;
const PREPOSITION = wordSet(['met', 'door', 'op', 'in', 'aan', 'naar', 'tegen', 'voor', 'van', 'bij', 'onder']);

/**
 * A thing right before or after a violence verb, not behind a preposition, is its object:
 * "foto's geschoten", "de wedstrijd afgemaakt", "we schieten een filmpje", "ballonnen kapot
 * prikken". ("Ik sla hem met een boek" keeps its threat: the book is behind "met".)
 */
export function thingIsObject(a: TextAnalysis, first: number, last: number): boolean {
  const tokens = a.tokens;
  const near = (j: number): boolean => j >= 0 && j < tokens.length && sameSentence(a, first, j) && tokens[j]!.clause === tokens[first]!.clause;
  for (const j of [first - 1, first - 2, first - 3, last + 1, last + 2, last + 3]) {
    if (!near(j) || !a.has(j, 'thingObject')) continue;
    if (j > 0 && PREPOSITION.has(tokens[j - 1]!.norm)) continue;
    if (j > 1 && PREPOSITION.has(tokens[j - 2]!.norm) && a.has(j - 1, 'determiner')) continue;
    return true;
  }
  return false;
}

/** The group of the previous sentence, when this sentence points back at it. */
export function previousGroup(a: TextAnalysis, k: number, authorId: string | undefined): Target | undefined {
  const s = a.tokens[k]!.sentence;
  if (s === 0) return undefined;
  const [f, l] = a.sentenceTokens(s);
  if (!a.tokens.slice(f, l + 1).some((t) => POINTS_BACK.has(t.norm))) return undefined;
  const [pf, pl] = a.sentenceTokens(s - 1);
  return targetsIn(a, pf, pl, authorId).find((t) => t.kind === 'group');
}

/** "ik ga je ...", "ik zal je ...", "we komen je ...": a future or intent before the victim. */
export const THREAT_AUX = wordSet(['ga', 'gaan', 'zal', 'zullen', 'kom', 'komen', 'wil', 'willen']);
export const CURSE_VERB = wordSet(['krijg', 'krijgt', 'krijgen', 'kreeg', 'kregen', 'op', 'lijer', 'kop', 'hoer', 'kankerlijer']);

export function skipIntensifiers(a: TextAnalysis, k: number, dir: 1 | -1, limit: number): number {
  let j = k + dir;
  let n = 0;
  while (j >= 0 && j < a.tokens.length && n < limit && a.has(j, 'intensifier')) {
    j += dir;
    n++;
  }
  return j;
}

export function sameSentence(a: TextAnalysis, i: number, j: number): boolean {
  return j >= 0 && j < a.tokens.length && a.tokens[i]!.sentence === a.tokens[j]!.sentence;
}

export function hasCatIn(a: TextAnalysis, cat: string, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to && k < a.tokens.length; k++) if (a.has(k, cat)) return true;
  return false;
}

/** A target before `k` in the same sentence, with a copula between them or after `k` in the clause. */
export function subjectTarget(a: TextAnalysis, first: number, last: number, authorId: string | undefined, maxGap = 9): Target | undefined {
  const s = a.tokens[first]!.sentence;
  const [sf, sl] = a.sentenceTokens(s);
  for (let j = first - 1; j >= Math.max(sf, first - maxGap); j--) {
    const t = targetAt(a, j, authorId);
    if (!t) continue;
    // a copula between them, after the word ("dat vrouwen uitschot zijn") or before the
    // target in inverted order ("in mijn ogen zijn de levens van X niets waard")
    const copula = hasCatIn(a, 'copula', Math.max(sf, j - 6), Math.min(sl, last + 3));
    const typical = hasCatIn(a, 'typicalFrame', sf, first);
    if (copula || typical) return t;
  }
  // "Typisch voor een X om zo dom te zijn": target after 'typisch' and before the word
  return undefined;
}

/**
 * A disease curse aimed at the school: glued to it ("kankerschool"), right before it
 * ("wat een tyfus school", "die kanker directie"), or said of it ("de directie is een
 * kankerzooi"). Not a curse that merely shares a sentence with "school".
 */
export function schoolTargetOf(a: TextAnalysis, first: number, last: number): Target | undefined {
  // glued to it: "kankerschool" (squeezed "kankerschol")
  if (/scho?l$/.test(a.tokens[first]!.norm)) return { token: first, kind: 'school' };
  const s = a.tokens[first]!.sentence;
  const refs = [...a.matches('schoolTarget', s), ...schoolNamesInSentence(a, s)];
  const before = refs.find((m) => m.first > last && m.first - last <= 3);
  if (before) return { token: before.first, kind: 'school' };
  const subject = refs.find((m) => m.last < first && first - m.last <= 8 && hasCatIn(a, 'copula', m.last + 1, first - 1));
  return subject ? { token: subject.first, kind: 'school' } : undefined;
}

/** Where a counted group lives: "te veel p0tten in dit land". */
export const PLACE = wordSet(['land', 'nederland', 'wereld', 'stad', 'buurt', 'wijk', 'dorp', 'straat', 'samenleving', 'maatschappij']);
/** A past participle of violence ("vermoord", "gedeporteerd"): a report of events unless wished. */
export const PARTICIPLE = /^(ge|ver|af|neer|op|uit|dood)\w*(d|t|en)$/;

/**
 * A disease glued as a curse onto another word ("kankerschool", "tyfuslijer", "kankerjoch"),
 * not a medical compound ("kankeronderzoek", "kankerpatient"): such a word is no health
 * information (A2), whoever it is about.
 */
export function curseCompound(a: TextAnalysis, k: number): boolean {
  if (!a.has(k, 'curseStem')) return false;
  const norm = a.tokens[k]!.norm;
  // split from one written word by the glue reading: "kanker" + "school"
  const next = a.tokens[k + 1];
  if (next && next.start === a.tokens[k]!.start && a.has(k, 'curseStem') && !MEDICAL_HEAD.test(next.norm)) return true;
  for (const p of a.matches('curseStem')) {
    if (p.first !== k) continue;
    const stem = p.term.replace(/\*$/, '').replace(/([a-z])\1/g, '$1');
    if (norm.length > stem.length + 1 && norm.startsWith(stem) && !MEDICAL_HEAD.test(norm.slice(stem.length))) return true;
  }
  return false;
}

const GROUP_COPULA = wordSet(['zijn', 'waren', 'worden', 'werden', 'blijven', 'lijken']);
/**
 * A word such as "ziek" or "gek" said of a group as a judgement ("… dat homo's ziek zijn"): a
 * group target before it in its clause with a plural copula beside it, and no cause after it
 * ("ziek van de reis"). Of a group it is no health information about a person (A7 reads it).
 */
export function groupJudgement(a: TextAnalysis, k: number, authorId?: string): boolean {
  const tokens = a.tokens;
  const clause = tokens[k]!.clause;
  const next = tokens[k + 1];
  if (next && next.clause === clause && next.norm === 'van') return false;
  let copula = false;
  for (const j of [k - 1, k + 1, k - 2, k + 2]) if (j >= 0 && j < tokens.length && tokens[j]!.clause === clause && GROUP_COPULA.has(tokens[j]!.norm)) copula = true;
  if (!copula) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4 && tokens[j]!.clause === clause; j--) if (targetAt(a, j, authorId)?.kind === 'group') return true;
  return false;
}
