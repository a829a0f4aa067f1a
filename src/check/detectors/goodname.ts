/**
 * The school's good name (C1, and A7 where it harms the school): sneers at the
 * school, its management or its team and teachers — "die school is een chaos", "de
 * directie is incompetent", "wat een puinhoop daar", "hoe slecht juf Petra lesgeeft". Criticism without such words passes
 * ("ik ben teleurgesteld in de communicatie").
 */
import type { TextAnalysis } from '../analysis.js';
import { negatedBefore, isCounterSpeech } from './context.js';
import type { SchoolScope } from './school.js';
import { squeeze } from '../text/normalize.js';
import { thingAtSchool } from '../reading/thing.js';

export interface GoodNameHit {
  first: number;
  last: number;
}

const TEAM = new Set(
  ['directeur', 'directrice', 'directie', 'collega', 'collegas', 'juffen', 'meesters', 'leraren', 'leerkrachten', 'team', 'bestuur', 'schoolleiding', 'leiding', 'juf', 'juffrouw', 'meester', 'leerkracht', 'leraar', 'lerares', 'docent', 'invaller', 'gymleraar'].map(squeeze),
);

export function detectGoodName(a: TextAnalysis, scope: SchoolScope): GoodNameHit[] {
  const hits: GoodNameHit[] = [];
  for (const p of a.matches('schoolNegEval')) {
    const s = a.tokens[p.first]!.sentence;
    const [f, l] = a.sentenceTokens(s);
    let target = scope.mentions.some((m) => a.tokens[m.first]!.sentence === s) || a.matches('schoolTarget', s).length > 0;
    for (let j = f; j <= l && !target; j++) if (TEAM.has(a.tokens[j]!.norm)) target = true;
    if (!target) continue;
    if (negatedBefore(a, p.first, 2) || isCounterSpeech(a, p.first, p.last)) continue;
    // a thing at the school judged, the school only its place ("Die rotprinter op school is waardeloos"; reading/thing.ts)
    if (thingAtSchool(a, p.first)) continue;
    hits.push({ first: p.first, last: p.last });
  }
  return hits;
}
