/**
 * Slang praise (#9): a judging word used as an intensifier of praise judges no one — "ziek goed",
 * "gestoord mooi", "debiel knap", "echt gestoord hoe mooi", "ziek wat goed". The structure: the
 * judging word (any word the lists or the word classes take as judging) directly before a praise or
 * degree word (`spelling.json` `slangIntensifier.praise`) in the same clause, or before an
 * exclamative "hoe"/"wat" and then one. A judging word before a negative one ("gestoord hoe dom") or
 * across a comma ("je bent gek, goed?") stays a judgement. Constant work per hit.
 */
import type { TextAnalysis } from '../analysis.js';
import spellingData from '../lexicon/spelling.json' with { type: 'json' };
import { wordSet } from '../text/normalize.js';

const PRAISE = wordSet(spellingData.slangIntensifier.praise);
const EXCLAMATIVE = wordSet(spellingData.slangIntensifier.exclamative);

/** Is the judging word at k an intensifier of the praise after it? */
export function slangIntensifier(a: TextAnalysis, k: number): boolean {
  const tokens = a.tokens;
  const next = tokens[k + 1];
  if (!next || next.clause !== tokens[k]!.clause) return false;
  // only a judging word intensifies ("let goed op" is a verb before an adverb)
  if (!(a.wordInfos[k]!.judge || a.has(k, 'negEval') || a.has(k, 'profanityAdj'))) return false;
  const after = tokens[k + 2];
  const praised = PRAISE.has(next.norm) || (EXCLAMATIVE.has(next.norm) && after !== undefined && after.clause === next.clause && PRAISE.has(after.norm));
  // a comparative of worth ("minder slim") is a judgement, not an intensifier
  return praised && !a.has(k, 'worthless') && !a.has(k, 'comparison');
}
