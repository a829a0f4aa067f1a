/**
 * Views against the school's mission (C2): a statement that some pupils, families,
 * beliefs or feasts do not belong at the school — "die kinderen horen op een andere
 * school", "het Suikerfeest hoort niet op onze school", "twee moeders is niet normaal".
 * Without insults; insults and dehumanising words are A7 (decency).
 * Negated or countered statements pass ("iedereen hoort erbij", "ook X zijn welkom").
 */
import type { TextAnalysis } from '../analysis.js';
import { isCounterSpeech, targetsIn } from './context.js';

export interface MissionHit {
  first: number;
  last: number;
}

export function detectMission(a: TextAnalysis, authorId?: string): MissionHit[] {
  const hits: MissionHit[] = [];
  for (const p of a.matches('m.exclusion')) {
    const s = a.tokens[p.first]!.sentence;
    const [f, l] = a.sentenceTokens(s);
    const subject = targetsIn(a, f, l, authorId).find((t) => t.kind === 'group' || t.kind === 'person' || t.kind === 'third');
    const feast = a.matches('m.feastOrBelief', s)[0];
    if (!subject && !feast) continue;
    if (isCounterSpeech(a, p.first, p.last)) continue;
    const first = Math.min(p.first, subject?.token ?? feast?.first ?? p.first);
    hits.push({ first, last: p.last });
  }
  return hits;
}
