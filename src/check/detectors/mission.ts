/**
 * Views against the school's mission (C2): a statement that some pupils, families,
 * beliefs or feasts do not belong at the school — "die kinderen horen op een andere
 * school", "het Suikerfeest hoort niet op onze school", "twee moeders is niet normaal".
 * Without insults; insults and dehumanising words are A7 (decency).
 * Negated or countered statements pass ("iedereen hoort erbij", "ook X zijn welkom").
 */
import type { TextAnalysis } from '../analysis.js';
import { isCounterSpeech, targetsIn } from './context.js';
import { wordSet } from '../text/normalize.js';

export interface MissionHit {
  first: number;
  last: number;
}

/** Does a word of `set` occur in tokens f … l? */
function has(a: TextAnalysis, f: number, l: number, set: ReadonlySet<string>): boolean {
  for (let j = f; j <= l; j++) if (set.has(a.tokens[j]!.norm)) return true;
  return false;
}
/** "niet alleen kerst, maar ook het suikerfeest": inclusive, whatever else the sentence says. */
const inclusive = (a: TextAnalysis, f: number, l: number): boolean => has(a, f, l, ALLEEN) && has(a, f, l, OOK);
const ALLEEN = wordSet(['alleen']);
const OOK = wordSet(['ook']);
/** A norm, not a circumstance: "hoeft niet gevierd te worden", not "kunnen we niet vieren door de verbouwing". */
const NORM = wordSet(['hoeft', 'hoeven', 'moet', 'moeten', 'hoort', 'horen', 'mag', 'mogen', 'zou', 'zouden', 'hoefde']);
const CIRCUMSTANCE = wordSet(['helaas', 'jammer', 'vanwege', 'wegens', 'door']);

export function detectMission(a: TextAnalysis, authorId?: string): MissionHit[] {
  const hits: MissionHit[] = [];
  for (const p of a.matches('m.exclusion')) {
    const s = a.tokens[p.first]!.sentence;
    const [f, l] = a.sentenceTokens(s);
    if (inclusive(a, f, l)) continue;
    const subject = targetsIn(a, f, l, authorId).find((t) => t.kind === 'group' || t.kind === 'person' || t.kind === 'third') ?? a.matches('m.subject', s).map((m) => ({ token: m.first }))[0];
    const feast = a.matches('m.feastOrBelief', s)[0];
    if (!subject && !feast) continue;
    if (isCounterSpeech(a, p.first, p.last)) continue;
    const first = Math.min(p.first, subject?.token ?? feast?.first ?? p.first);
    hits.push({ first, last: p.last });
  }
  // a negated celebration of a feast or belief, however far apart: "het suikerfeest hoeft niet
  // op de Sterren gevierd te worden" — but not "niet alleen kerst, maar ook het suikerfeest"
  for (const feast of a.matches('m.feastOrBelief')) {
    const s = a.tokens[feast.first]!.sentence;
    if (hits.some((h) => a.tokens[h.first]!.sentence === s)) continue;
    const [f, l] = a.sentenceTokens(s);
    if (inclusive(a, f, l) || !has(a, f, l, NORM) || has(a, f, l, CIRCUMSTANCE)) continue;
    const verb = a.matches('m.celebrate', s)[0];
    if (!verb) continue;
    let negator = -1;
    for (let j = f; j < verb.first && negator < 0; j++) if (a.has(j, 'negator') && a.tokens[j]!.clause === a.tokens[verb.first]!.clause) negator = j;
    if (negator < 0 || isCounterSpeech(a, feast.first, verb.last)) continue;
    hits.push({ first: Math.min(feast.first, negator), last: verb.last });
  }
  return hits;
}
