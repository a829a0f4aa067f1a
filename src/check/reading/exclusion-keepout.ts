/**
 * A person kept out of a group (#9, person level; decency, A7 "pesten, buitensluiten"), read by
 * structure from word classes (`lexicon/exclusion.json`): a PERSON (a roster name, "jij/je", "hij/
 * zij" after a person, "die nieuwe") and, in one clause, being kept out:
 *
 * 1. nobody lets them in: "niemand" with a verb of choosing, taking, letting or needing and a place
 *    of joining — "niemand kiest Daan in zijn team", "niemand neemt haar mee", "niemand laat hem
 *    meedoen", "niemand wil hem er nog bij", "niemand zit naast haar in de bus", "niemand heeft
 *    haar nodig";
 * 2. removed from a group: a verb of removing, as an imperative or said by a group, with the person
 *    and "uit"/"eruit" + a group, an app, a team or a tent — "zet Noor uit de klassenapp", "kick hem
 *    uit het team", "gooi haar eruit";
 * 3. treated as absent by the group: the person "is lucht / onzichtbaar voor ons", everyone does
 *    "alsof" the person is air, not there or does not exist, the group looks "door haar heen".
 *
 * What lets a sentence pass: no person; "niemand" who leaves no one alone or behind ("niemand laat
 * Sem alleen staan"); a protecting rule ("niemand pest …"); a sincere question ("kiest iemand Sem in
 * zijn team?"); being put IN a group ("zet Noor in de app"); a past look of one person ("ze keek door
 * me heen"); a negation of the removal.
 *
 * Cost: one memoised class lookup per token; a sentence is read only when it holds "niemand", a
 * removing verb or an absence word (the cheap trigger), then a bounded look around the trigger.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/exclusion.json' with { type: 'json' };
import bullying from '../lexicon/bullying.json' with { type: 'json' };
import { fm, personBefore, targetsOf, thingBefore, type StructuralHit } from './structure.js';
import { classMask } from './word-sets.js';

const K = {
  admit: 1,
  place: 2,
  group: 4,
  remove: 8,
  absent: 16,
  alone: 32,
  protect: 64,
} as const;
const D = data.classes;
const classOf = classMask([
  [D.admitVerb, K.admit],
  [D.admitPlace, K.place],
  [D.keptOutGroup, K.group],
  [D.removeVerb, K.remove],
  [D.absent, K.absent],
  [D.leftAlone, K.alone],
  [bullying.classes.protect, K.protect],
]);
const ONE_PERSON: ReadonlySet<string> = new Set(bullying.classes.onePerson.words);
const GROUP_ACTOR: ReadonlySet<string> = new Set(['we', 'wij', 'ons', 'iedereen', 'allemaal', 'niemand', 'klas']);
const NEGATOR: ReadonlySet<string> = new Set(['niet', 'geen', 'nooit']);
const DET: ReadonlySet<string> = new Set(['de', 'het', 'een', 'zijn', 'haar', 'ons', 'onze', 'mijn', 'jouw', 'alle', 'die', 'dat', 'z', 'zn', 'hun']);

export interface KeepOutHit extends Omit<StructuralHit, 'kind'> {
  kind: 'exclusion';
}

export function readKeepOut(a: TextAnalysis, authorId?: string): KeepOutHit[] {
  const hits: KeepOutHit[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return hits;
  const forms = fm(a);
  let trigger = false;
  for (let k = 0; k < n && !trigger; k++) if (forms[k] === 'niemand' || forms[k] === 'alsof' || classOf(forms[k]!) & (K.remove | K.absent)) trigger = true;
  if (!trigger) return hits;
  const targets = targetsOf(a, authorId);
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  const is = (k: number, bit: number): boolean => k >= 0 && k < n && (classOf(forms[k]!) & bit) !== 0;
  const same = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < n && j < n && tokens[i]!.clause === tokens[j]!.clause;
  const person = (k: number): Target | undefined => {
    const t = targets[k];
    if (!t || t.token !== k) return undefined;
    if (t.kind === 'name' || t.kind === 'second') return t;
    if (t.kind === 'person') return ONE_PERSON.has(F(k)) ? t : undefined;
    if (t.kind === 'third') return /^(hem|haar|hij|zij|ze|ie)$/.test(F(k)) && personBefore(a, k, authorId) && !thingBefore(a, k, authorId) ? t : undefined;
    return undefined;
  };
  /** "in/bij/uit" + determiners + a group, an app, a team: the index of the group, or -1. */
  const groupAfter = (k: number): number => {
    let j = k + 1;
    while (j < n && j <= k + 3 && DET.has(F(j))) j++;
    return is(j, K.group) && same(k, j) ? j : -1;
  };

  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    // a question asked in earnest, not one tagged on ("…, afgesproken?")
    const lastClause = tokens[l]!.clause;
    let tail = 0;
    for (let j = l; j >= f && tokens[j]!.clause === lastClause; j--) tail++;
    const question = a.isQuestion(s) && tail > 2;
    const before = hits.length;
    for (let k = f; k <= l && hits.length === before; k++) {
      if (F(k) === 'niemand' && !question) nobodyAdmits(k, f, l);
      else if (is(k, K.remove)) removedFrom(k, l);
      else if (is(k, K.absent) && !question) treatedAbsent(k, f, l);
      else if (F(k) === 'alsof' && !question) asIfNotThere(k, f, l);
    }
  }
  return hits;

  function push(first: number, last: number, target: Target): void {
    hits.push({ kind: 'exclusion', first: Math.min(first, target.token), last: Math.max(last, target.token), target, core: { first, last } });
  }

  /** "niemand kiest Daan in zijn team", "niemand wil hem er nog bij", "niemand zit naast Noor". */
  function nobodyAdmits(nb: number, f: number, l: number): void {
    let verb = -1;
    for (let j = Math.max(f, nb - 2); j <= Math.min(l, nb + 2); j++) if (j !== nb && is(j, K.admit) && same(j, nb)) verb = j;
    if (verb < 0) return;
    let who: Target | undefined;
    for (let j = f; j <= l && !who; j++) if (same(j, nb) && j !== nb) who = person(j);
    if (!who) return;
    for (let j = f; j <= l; j++) if (same(j, nb) && is(j, K.alone | K.protect)) return;
    const from = Math.min(verb, who.token) + 1;
    for (let j = from; j <= Math.min(l, who.token + 5); j++) {
      if (!same(j, nb) || j === who.token) continue;
      if (is(j, K.place) && F(j) !== 'bij') return push(nb, j, who);
      // "er … bij": a split "erbij" ("niemand wil hem er nog bij")
      if (F(j) === 'bij' && forms.slice(from, j).includes('er')) return push(nb, j, who);
      if ((F(j) === 'in' || F(j) === 'bij') && groupAfter(j) >= 0) return push(nb, groupAfter(j), who);
    }
  }

  /** "zet Noor uit de klassenapp", "kick hem uit het team", "gooi haar eruit" — an imperative or a group acting. */
  function removedFrom(v: number, l: number): void {
    const imperative = v === 0 || !same(v - 1, v) || tokens[v - 1]!.sentence !== tokens[v]!.sentence;
    let actor = false;
    for (let j = v - 3; j <= v + 1; j++) if (j !== v && same(j, v) && GROUP_ACTOR.has(F(j)) && F(j) !== 'niemand') actor = true;
    if (!imperative && !actor) return;
    let who: Target | undefined;
    for (let j = v + 1; j <= Math.min(l, v + 3) && !who; j++) who = person(j);
    if (!who || NEGATOR.has(F(v + 1))) return;
    for (let j = who.token + 1; j <= Math.min(l, who.token + 4); j++) {
      // "we gooien jesse echt niet uit de app": the removal denied
      if (!same(j, v) || NEGATOR.has(F(j))) break;
      if (F(j) === 'eruit') return push(v, j, who);
      if (F(j) === 'uit' && groupAfter(j) >= 0) return push(v, groupAfter(j), who);
    }
  }

  /** "iedereen doet alsof Daan er niet is / niet bestaat": the group pretends the person is not there. */
  function asIfNotThere(k: number, f: number, l: number): void {
    const who = person(k + 1) ?? (F(k + 1) === 'die' ? person(k + 2) : undefined);
    if (!who || who.kind === 'second') return;
    let group = false;
    for (let j = f; j < k; j++) if (GROUP_ACTOR.has(F(j))) group = true;
    const imperative = /^(doe|doen)$/.test(F(k - 1)) || /^(doe|doen)$/.test(F(k - 2));
    if (!group && !imperative) return;
    for (let j = who.token + 1; j <= Math.min(l, who.token + 4) && same(j, who.token); j++) {
      if (F(j) === 'niet' && (/^(is|bestaat|zijn|bestaan)$/.test(F(j + 1)) || F(j - 1) === 'er')) return push(k, j + 1, who);
    }
  }

  /** "Sara is lucht voor ons", "doet iedereen alsof daan er niet is", "gewoon door haar heen kijken". */
  function treatedAbsent(k: number, f: number, l: number): void {
    let group = false;
    for (let j = f; j <= l; j++) if (GROUP_ACTOR.has(F(j))) group = true;
    // "door haar heen kijken" (not "ze keek door me heen": a look of one person, in the past)
    if (F(k) === 'heen') {
      const who = F(k - 2) === 'door' ? person(k - 1) : undefined;
      if (!who || who.kind === 'second' || /^(keek|keken|gekeken)$/.test(F(k + 1)) || /^(keek|keken)$/.test(F(k - 3)) || /^(keek|keken)$/.test(F(k - 4))) return;
      if (group || /^(kijken|kijk|kijkt)$/.test(F(k + 1))) push(k - 2, k, who);
      return;
    }
    // "X is lucht voor ons", "alsof ze lucht is"
    let who: Target | undefined;
    for (let j = Math.max(f, k - 5); j < k && !who; j++) if (same(j, k) || F(j - 1) === 'alsof') who = person(j);
    if (!who) return;
    const forUs = F(k + 1) === 'voor' && GROUP_ACTOR.has(F(k + 2));
    const asIf = forms.slice(f, k).includes('alsof');
    if (forUs || (asIf && group) || (asIf && who.kind !== 'second')) push(k, k, who);
  }
}
