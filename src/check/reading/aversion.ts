/**
 * Aversion to a group said by the author (#9, decency A7 "haat"): a first person, a verb of enduring
 * someone and a negation in one clause, with a group as its object — "ik verdraag ze niet", "die
 * kan ik gewoon niet uitstaan", "wij kunnen die X niet luchten" — read by structure: the negation
 * does not deny a hatred, it is the hatred (word class `reading.json` `aversionVerb`). The object may
 * be a pronoun or "die" that stands for a group named before it.
 *
 * What lets a clause pass: no first person (a report of someone else); a thing as the object ("ik
 * verdraag geen gluten", "kan de hitte niet verdragen": a determiner and a noun that is no one);
 * a situation ("ik kan het niet uitstaan dat …"); "hebben" only with "niks/niets met" ("ik heb niks
 * met X" is a taste, not hatred) is not read; a group that is not the object (in a place phrase:
 * "de hitte in Marokko").
 *
 * Cost: one set lookup per token; a clause is read only when it holds a verb of the class.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import { clauseOf, demonymAdjectiveAt, fm, targetsOf, type StructuralHit } from './structure.js';

const VERB: ReadonlySet<string> = new Set(data.aversionVerb.words.filter((w) => w !== 'hebben'));
const FIRST: ReadonlySet<string> = new Set(['ik', 'we', 'wij']);
const NEGATOR: ReadonlySet<string> = new Set(['niet', 'nooit', 'geen']);
const POINTER: ReadonlySet<string> = new Set(['ze', 'zij', 'hen', 'hun', 'die', 'deze']);
const DET: ReadonlySet<string> = new Set(['de', 'het', 'een', 'dat', 'dit', 'mijn', 'zijn', 'haar', 'hun', 'onze', 'ons']);
const PREP: ReadonlySet<string> = new Set(['in', 'op', 'bij', 'van', 'uit', 'naar', 'met', 'aan', 'voor', 'over']);

export interface AversionHit extends Omit<StructuralHit, 'kind'> {
  kind: 'hate';
}

export function readAversion(a: TextAnalysis, authorId?: string): AversionHit[] {
  const hits: AversionHit[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  const forms = fm(a);
  let any = false;
  for (let k = 0; k < n && !any; k++) if (VERB.has(forms[k]!)) any = true;
  if (!any) return hits;
  const targets = targetsOf(a, authorId);
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  /** A group named within the last fifteen tokens before k (what "ze"/"die" stands for). */
  const groupBefore = (k: number): Target | undefined => {
    for (let j = k - 1; j >= 0 && j >= k - 15; j--) {
      const t = targets[j];
      if (t && t.kind === 'group' && t.token === j) return t;
    }
    return undefined;
  };
  for (let v = 0; v < n; v++) {
    if (!VERB.has(forms[v]!)) continue;
    // (the reading's clauses: "ik verdraag die X niet" is one clause)
    const clause = clauseOf(a, v);
    let lo = v;
    let hi = v;
    while (lo > 0 && clauseOf(a, lo - 1) === clause) lo--;
    while (hi + 1 < n && clauseOf(a, hi + 1) === clause) hi++;
    // "ik kan die X niet velen": a demonstrative after "ik kan" opens the object of the verb at the end, not a relative clause
    if (/^(die|deze)$/.test(F(lo)) && lo > 0 && tokens[lo - 1]!.sentence === tokens[lo]!.sentence && (FIRST.has(F(lo - 1)) || FIRST.has(F(lo - 2)))) {
      const prev = clauseOf(a, lo - 1);
      while (lo > 0 && clauseOf(a, lo - 1) === prev) lo--;
    }
    // "ik verdraag die Bulgaarse gezinnen niet": a demonstrative right after the verb opens its object, not a relative clause
    if (hi === v && /^(die|deze)$/.test(F(v + 1)) && v + 1 < n && tokens[v + 1]!.sentence === tokens[v]!.sentence) {
      const next = clauseOf(a, v + 1);
      while (hi + 1 < n && clauseOf(a, hi + 1) === next) hi++;
    }
    let first = false;
    let negated = false;
    let situation = false;
    let object: Target | undefined;
    let thing = false;
    for (let j = lo; j <= hi; j++) {
      const w = F(j);
      if (FIRST.has(w)) first = true;
      if (NEGATOR.has(w)) negated = true;
      if (j === v) continue;
      // "ik kan het niet uitstaan dat …": a situation
      if (w === 'het' && !PREP.has(F(j - 1)) && (j + 1 > hi || NEGATOR.has(F(j + 1)) || /^(gewoon|echt|dat|als|wanneer)$/.test(F(j + 1)))) situation = true;
      if (object) continue;
      // the object: a group, "die X", a demonym adjective before a noun, or a pointer to a group named before
      const t = targets[j];
      if (t && t.kind === 'group' && t.token === j && !PREP.has(F(j - 1)) && !PREP.has(F(j - 2))) object = t;
      else if (demonymAdjectiveAt(a, j) && j + 1 <= hi && !PREP.has(F(j - 1)) && !PREP.has(F(j - 2))) object = { token: j + 1, kind: 'group' };
      else if (POINTER.has(w) && !targets[j + 1] && !DET.has(F(j + 1))) object = groupBefore(j);
      // "kan de hitte niet verdragen", "verdraag geen gluten": a thing as the object
      else if ((DET.has(F(j - 1)) || F(j - 1) === 'geen') && !t && !FIRST.has(w) && !NEGATOR.has(w) && !PREP.has(F(j - 2)) && j < v) thing = true;
      else if (F(j - 1) === 'geen' && !t) thing = true;
    }
    if (!first || !negated || situation || !object || (thing && object.token > v)) continue;
    if (thing && object.token < v && object.token > lo && tokens.slice(lo, object.token).some((t) => DET.has(t.norm))) continue;
    hits.push({ kind: 'hate', first: Math.min(v, object.token), last: Math.max(v, object.token), target: object, core: { first: v, last: v } });
  }
  return hits;
}
