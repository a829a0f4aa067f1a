/**
 * A whole group denied every good (#9, negated positives): "er is geen enkele jood die deugt",
 * "geen enkele moslim is te vertrouwen", "er is niet één Pool die normaal doet". The structure: a
 * denying quantifier ("geen", "niet één", `reading.json` `noneGood.quantifiers`) with an optional
 * emphasis ("enkele"), directly before a group target; then, in the same clause or the relative
 * clause that follows, a good said of it — a verb or phrase of `noneGood.goodVerbs` or a word of the
 * posEval list. The negation ranges over the group: every member is denied the good. Not with a
 * negative predicate ("geen enkele leerling is slecht" praises), not in a question. Constant work
 * per quantifier.
 */
import type { TextAnalysis } from '../analysis.js';
import readingData from '../lexicon/reading.json' with { type: 'json' };
import { normalisePhrase, wordSet } from '../text/normalize.js';

const D = readingData.noneGood;
const QUANT = wordSet(D.quantifiers.filter((q) => !q.includes(' ')));
const QUANT_TWO = new Set(D.quantifiers.filter((q) => q.includes(' ')).map((q) => normalisePhrase(q)));
/** The first words of the two-word quantifiers: the pair is only built after one (no string per token). */
const QUANT_FIRST = new Set([...QUANT_TWO].map((q) => q.split(' ')[0]!));
const EMPHASIS = wordSet(D.emphasis);
const GOOD_ONE = wordSet(D.goodVerbs.filter((v) => !v.includes(' ')));
const GOOD_TWO = new Set(D.goodVerbs.filter((v) => v.includes(' ')).map((v) => normalisePhrase(v)));

export interface NoneGood {
  quantifier: number;
  group: number;
  good: number;
}

export function readNoneGood(a: TextAnalysis, targets: readonly ({ kind: string } | undefined)[]): NoneGood[] {
  const tokens = a.tokens;
  const n = tokens.length;
  const out: NoneGood[] = [];
  for (let k = 0; k + 2 < n; k++) {
    const w = tokens[k]!.norm;
    let j: number;
    if (QUANT.has(w)) j = k + 1;
    else if (QUANT_FIRST.has(w) && k + 1 < n && QUANT_TWO.has(`${w} ${tokens[k + 1]!.norm}`)) j = k + 2;
    else continue;
    if (j < n && EMPHASIS.has(tokens[j]!.norm)) j++;
    if (j >= n || targets[j]?.kind !== 'group') continue;
    if (a.isQuestion(tokens[k]!.sentence)) continue;
    // the good: in the clause of the group or the relative clause right after it, within six words
    const s = tokens[k]!.sentence;
    for (let g = j + 1; g < n && g <= j + 7 && tokens[g]!.sentence === s; g++) {
      const w = tokens[g]!.norm;
      const two = g + 1 < n ? `${w} ${tokens[g + 1]!.norm}` : '';
      if (GOOD_ONE.has(w) || GOOD_TWO.has(two) || a.has(g, 'posEval')) {
        if (a.has(g, 'negEval')) break;
        out.push({ quantifier: k, group: j, good: g });
        break;
      }
      if (a.has(g, 'negEval') || a.has(g, 'insultNoun')) break;
    }
  }
  return out;
}
