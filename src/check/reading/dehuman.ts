/**
 * Dehumanising comparison of a group without a listed animal or insult (decency, A7): a MEMBER of
 * a group (`membersOf` in stereotype-marker.ts) likened to something not human — a machine, a
 * plant or vegetable, a parasite or vermin, refuse (`insinuation.json` `nonHuman`, by stem so that
 * "robotjes", "kasplantjes" count) — by a copula or a comparison after it in its clause ("X zijn
 * kasplantjes", "die lui zijn toch robotjes", "X zijn net machines", "zitten vol ongedierte, zo noem
 * ik die X"): the naming verb may follow the thing in the sentence.
 *
 * Passes: a negator between the likening word and the thing ("zijn geen robots"), a critique,
 * lesson or report in the sentence (`pass`), the thing as the object of an activity ("zijn robots
 * aan het bouwen"), a member of the author's own ("mijn klasgenoten").
 *
 * Cost: gated on a nonHuman stem in the text (the cheap trigger); then one pass per sentence.
 */
import type { TextAnalysis } from '../analysis.js';
import { fm, type StructuralHit } from './structure.js';
import { INSINUATION as M, insinuationClasses, membersOf } from './stereotype-marker.js';

const NEGATOR = new Set(['niet', 'geen', 'nooit', 'niks', 'niets']);

export function readDehumanising(a: TextAnalysis, authorId?: string): StructuralHit[] {
  const hits: StructuralHit[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return hits;
  const { cls, any } = insinuationClasses(a);
  if (!(any & M.nonHuman)) return hits;
  const forms = fm(a);
  const member = membersOf(a, authorId, cls);
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    let passed = false;
    for (let k = f; k <= l && !passed; k++) if (cls[k]! & M.pass || (cls[k]! & M.reporting && F(k + 1) === 'dat')) passed = true;
    if (passed) continue;
    for (let k = f; k <= l; k++) {
      if (!(cls[k]! & M.nonHuman) || member[k]) continue;
      // "robots aan het bouwen": the thing is what they make
      if (F(k + 1) === 'aan' && F(k + 2) === 'het') continue;
      let likening = -1;
      let who = -1;
      let negated = false;
      // the member and a likening word before the thing, in its clause
      for (let j = k - 1; j >= f && j >= k - 6 && tokens[j]!.clause === tokens[k]!.clause; j--) {
        if (NEGATOR.has(F(j)) && likening < 0) negated = true;
        if (likening < 0 && cls[j]! & M.likening) likening = j;
        if (likening >= 0 && member[j]) {
          who = j;
          break;
        }
        // "die lui zijn …": a pronoun-like subject for the member named before it in the sentence
        if (likening >= 0 && j === likening - 1 && !member[j]) for (let i = f; i < j; i++) if (member[i]) who = i;
        if (who >= 0) break;
      }
      // "… vol ongedierte, zo noem ik die X": a naming verb and the member after the thing
      if (who < 0) {
        for (let j = k + 1; j <= l && who < 0; j++) if (/^(noem|noemen|noemt)$/.test(F(j))) for (let i = j + 1; i <= Math.min(l, j + 4); i++) if (member[i]) who = i;
        if (who >= 0) likening = k;
      }
      if (who < 0 || likening < 0 || negated) continue;
      hits.push({ kind: 'dehumanisation', first: Math.min(who, k), last: Math.max(who, k), target: { token: who, kind: 'group' }, core: { first: Math.min(likening, k), last: Math.max(likening, k) } });
      break;
    }
  }
  return hits;
}
