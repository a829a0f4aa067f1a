/**
 * How the English and the sexual-content readings look a token's word up, shared by both: as
 * written (plain letters, lower case, accents dropped), squeezed when a letter repeats three
 * times ("geiiil", "sooo lazyyy"), or by its normalised form when the spelling holds other signs
 * ("m*slims": the normalisation restored it). One bounded cache by raw spelling serves both
 * readings; each keeps its word classes in its own slot of the entry, filled on first use.
 */
import { squeeze } from '../text/normalize.js';
import { spellingOf } from '../text/spellings.js';
import { plainWord } from './words.js';

export interface WordKey {
  /** The key the word classes are looked up by. */
  readonly key: string;
  /** The word as written in plain letters, '' when it holds other signs. */
  readonly plain: string;
  /** Whether the key is squeezed (or normalised): look it up in the squeezed lists. */
  readonly squeezed: boolean;
  /** The plain spelling squeezed ('' when not plain letters). */
  readonly squeezedPlain: string;
  /** The English reading's classes of this word (−1 until it reads them). */
  en: number;
  /** The sexual-content reading's classes of this word (−1 until it reads them). */
  sexual: number;
}

/** The lookup key of a token's word (cached by its raw spelling when that is plain letters: text/spellings.ts). */
export function wordKey(raw: string, norm: string): WordKey {
  const s = spellingOf(raw);
  const hit = s.key as WordKey | undefined;
  if (hit !== undefined) return hit;
  const plain = /[^\p{L}'’-]/u.test(raw) ? '' : plainWord(raw);
  const squeezed = plain === '' || /(.)\1\1/.test(plain);
  const key = plain === '' ? norm : squeezed ? squeeze(plain) : plain;
  const w: WordKey = { key, plain, squeezed, squeezedPlain: plain ? squeeze(plain) : '', en: -1, sexual: -1 };
  // a word with a hidden letter depends on its normalised form: not cached by its spelling
  if (plain !== '') s.key = w;
  return w;
}
