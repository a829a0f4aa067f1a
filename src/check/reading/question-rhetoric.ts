/**
 * Questions read both ways (#9, decency A7): a rhetorical question that presupposes its target
 * is a burden, read by structure from word classes (`lexicon/question.json`), against a sincere
 * question with the same words.
 *
 * A question sentence holds a group or a person (a demonym, "die X", a roster name, a teacher, a
 * "hij"/"ze" that stands for people) and one of:
 * 1. impatience for the target to be gone: "eindelijk" with a verb or particle of leaving
 *    ("wanneer vertrekken die X eindelijk", "gaan die X nou eindelijk weg") — the question does
 *    not ask when, it asks for it to happen;
 * 2. impatience for the target to be removed: "eindelijk" with a verb of removing and where to
 *    ("gooit iemand die X eindelijk van school", "zet iemand hem eindelijk de klas uit");
 * 3. how long the target must still be endured: "hoe lang" / "hoelang" with "nog" or "langer" and a
 *    verb of enduring whose object is the target or its doings ("hoe lang moeten we die X nog
 *    slikken", "hoelang pikken we … nog").
 *
 * What lets a question pass: no person or group (the bus, the gym, the weather); the asker or the
 * in-group as the one who leaves ("wanneer gaan we eindelijk weg?"); the target's own permission or
 * wish ("wanneer mag Sem eindelijk weg uit het ziekenhuis?"); going back to a return ("wanneer komt
 * juf eindelijk terug"); endurance of a situation, not of people ("hoe lang moeten we nog
 * accepteren dat kinderen gepest worden": a complement clause after the verb); a statement (no
 * question mark). Quotation and counter-speech are left to the detector's `push`.
 *
 * Cost: one memoised class lookup per token; a sentence is read only when it is a question and
 * holds "eindelijk" or "hoe lang" (the cheap trigger), then one scan of it.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/question.json' with { type: 'json' };
import { demonymAdjectiveAt, fm, personBefore, targetsOf, type StructuralHit } from './structure.js';
import { classMask } from './word-sets.js';

const K = {
  impatience: 1,
  duration: 2,
  still: 4,
  leave: 8,
  remove: 16,
  endure: 32,
  permission: 64,
  asker: 128,
} as const;
const D = data.classes;
const classOf = classMask([
  [D.impatience, K.impatience],
  [D.duration, K.duration],
  [D.still, K.still],
  [D.leave, K.leave],
  [D.remove, K.remove],
  [D.endure, K.endure],
  [D.permission, K.permission],
  [D.asker, K.asker],
]);
/** Where someone is removed to or from: the particle, or "van" + a place of the school or the neighbourhood. */
const OUT = new Set(['uit', 'eruit', 'weg', 'buiten', 'af']);
/** Verbs of going or sending, for "terug": "gaan … terug naar hun land". */
const GO = new Set(['ga', 'gaat', 'gaan', 'ging', 'gingen', 'rot', 'rotten', 'stuur', 'stuurt', 'sturen', 'vlieg', 'vliegen', 'vliegt']);
const PLACE = /^(school|plein|schoolplein|klas|wijk|buurt|land|straat|dorp|stad)/;

export type RhetoricKind = 'derogation' | 'exclusion';
export interface RhetoricHit extends Omit<StructuralHit, 'kind'> {
  kind: RhetoricKind;
}

export function readRhetoricalQuestions(a: TextAnalysis, authorId?: string): RhetoricHit[] {
  const hits: RhetoricHit[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return hits;
  const forms = fm(a);
  let targets: ReturnType<typeof targetsOf> | undefined;
  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    let mask = 0;
    let hoeLang = false;
    for (let k = f; k <= l; k++) {
      const c = classOf(forms[k]!);
      mask |= c;
      if (forms[k] === 'hoelang' || (forms[k] === 'lang' && k > f && forms[k - 1] === 'hoe')) hoeLang = true;
    }
    const impatient = (mask & K.impatience) !== 0;
    const enduring = hoeLang && (mask & K.still) !== 0 && (mask & K.endure) !== 0;
    if (!impatient && !enduring) continue;
    if (!a.isQuestion(s)) continue;
    targets ??= targetsOf(a, authorId);
    const target = personOrGroup(f, l);
    if (!target) continue;
    let core = -1;
    if (enduring) core = endured(f, l, target);
    if (core < 0 && impatient && !(mask & K.permission)) core = (mask & K.asker) === 0 ? gone(f, l) : -1;
    if (core < 0 && impatient && !(mask & K.permission)) core = removed(f, l);
    if (core < 0) continue;
    hits.push({ kind: target.kind === 'group' ? 'derogation' : 'exclusion', first: Math.min(target.token, core), last: Math.max(target.token, core), target, core: { first: core, last: core } });
  }
  return hits;

  /** The first group or person of the sentence that is not the asker or the addressee. */
  function personOrGroup(f: number, l: number): Target | undefined {
    for (let k = f; k <= l; k++) {
      // "die Marokkaanse relschoppers": a demonym adjective before a noun names a group
      if (k < l && demonymAdjectiveAt(a, k) && tokens[k + 1]!.clause === tokens[k]!.clause && !targets![k + 1]) return { token: k + 1, kind: 'group' };
      const t = targets![k];
      if (!t || t.token !== k) continue;
      if (t.kind === 'group' || t.kind === 'name' || t.kind === 'person') return t;
      if (t.kind === 'third' && /^(hij|zij|ze|hem|haar|hen|die)$/.test(forms[k]!) && personBefore(a, k, authorId)) return t;
    }
    return undefined;
  }
  /** A verb or particle of leaving for good: "terug" only with a verb of going or sending (not "komt terug": a return), "uit" only out of a place. */
  function gone(f: number, l: number): number {
    let go = false;
    for (let k = f; k <= l; k++) if (GO.has(forms[k]!)) go = true;
    for (let k = f; k <= l; k++) {
      if (!(classOf(forms[k]!) & K.leave)) continue;
      if (forms[k] === 'terug' && !go) continue;
      if (forms[k] === 'uit' && !PLACE.test(forms[k - 1] ?? '')) continue;
      return k;
    }
    return -1;
  }
  /** A verb of removing with where to: a particle of out, or "van" + a place. */
  function removed(f: number, l: number): number {
    let verb = -1;
    let out = false;
    for (let k = f; k <= l; k++) {
      if (classOf(forms[k]!) & K.remove) {
        if (verb < 0) verb = k;
        if (/^(weg|uit|eruit|buiten)/.test(forms[k]!) || /^(ontsla|deport|verja|wegja|afvoer)/.test(forms[k]!)) out = true;
      }
      if (OUT.has(forms[k]!) && k > f) out = true;
      if (forms[k] === 'van' && (PLACE.test(forms[k + 1] ?? '') || PLACE.test(forms[k + 2] ?? ''))) out = true;
    }
    return verb >= 0 && out ? verb : -1;
  }
  /** A verb of enduring whose object is people, not a situation: no complement clause ("dat", "om") right after it. */
  function endured(f: number, l: number, target: Target): number {
    for (let k = f; k <= l; k++) {
      if (!(classOf(forms[k]!) & K.endure)) continue;
      if (/^(dat|om|hoe|wat|als)$/.test(forms[k + 1] ?? '') && target.token > k) continue;
      if (tokens[target.token]!.clause !== tokens[k]!.clause && target.token > k) continue;
      return k;
    }
    return -1;
  }
}
