/**
 * A role on a stage (#9, homonyms of abuse in everyday speech): "Lotte speelt de heks in de musical
 * en ze was echt super eng, bravo!", "Noor was de wolf in het toneelstuk, eng goed gedaan". A judging
 * word said of the player describes the role when the sentence holds all three of: a performance
 * word after a preposition and an optional article ("in de musical", "bij het toneelstuk"), a verb
 * of playing or a copula followed by an article and a noun ("speelt de heks", "was de wolf"), and
 * praise ("bravo", "knap", "super gedaan"). Data: `reading.json` `performance`. An insult that is no
 * judging word of a role ("een trut") and a sentence without the praise stay findings. One pass
 * over the sentence, once per sentence per analysis, only when a hit asks.
 */
import type { TextAnalysis } from '../analysis.js';
import readingData from '../lexicon/reading.json' with { type: 'json' };
import { wordSet } from '../text/normalize.js';
import { oncePerAnalysis } from './memo.js';

const P = readingData.performance;
const WORDS = wordSet(P.words);
const PREP = wordSet(P.prepositions);
const PLAY = wordSet(P.playVerbs);
const PRAISE = wordSet(P.praise);
const ARTICLE = wordSet(['de', 'het', 'een', 'onze', 'ons']);

/** Per sentence: 0 not read yet, 1 a role played on a stage with praise, 2 not; read on first ask (a hit in the sentence). */
const roleSentences = oncePerAnalysis((a: TextAnalysis): Uint8Array => new Uint8Array(a.sentenceCount));

/** Does sentence s describe a role played on a stage, with praise? One pass over the sentence, once. */
export function rolePlayed(a: TextAnalysis, s: number): boolean {
  const memo = roleSentences(a);
  if (memo[s] === 0) {
    const tokens = a.tokens;
    const [f, l] = a.sentenceTokens(s);
    let stage = false;
    let play = false;
    let praise = false;
    for (let k = f; k <= l; k++) {
      const w = tokens[k]!.norm;
      if (WORDS.has(w) && k > f && (PREP.has(tokens[k - 1]!.norm) || (ARTICLE.has(tokens[k - 1]!.norm) && k - 1 > f && PREP.has(tokens[k - 2]!.norm)))) stage = true;
      if (PLAY.has(w) && k + 2 <= l && ARTICLE.has(tokens[k + 1]!.norm)) play = true;
      if (PRAISE.has(w)) praise = true;
    }
    memo[s] = stage && play && praise ? 1 : 2;
  }
  return memo[s] === 1;
}
