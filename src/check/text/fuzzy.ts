/**
 * Spelling-error tolerance for a small set of lexicon words (SymSpell with edit
 * distance 1, Damerau: deletion, insertion, substitution, adjacent swap).
 *
 * "vrow" → "vrouw", "Mslim" → "moslim", "wlag" → "walg", "waadr" → "waard".
 * A word is corrected only when it is not itself a known word, is at least four
 * letters, and shares its first letter with the candidate; lookup is a handful of
 * hash probes per word, so the cost stays linear in the text.
 */
export class FuzzyIndex {
  private readonly deletes = new Map<string, string[]>();
  private readonly known: ReadonlySet<string>;

  private readonly isWord: (w: string) => boolean;
  private readonly realCompound: (token: string, candidate: string) => boolean;

  /**
   * `isWord` tells real words of the language, which are never corrected; `realCompound`
   * tells a compound of real words that the candidate only resembles ("apenkooi" is not
   * "apenkop": both halves of each are words).
   */
  constructor(candidates: Iterable<string>, known: ReadonlySet<string>, isWord: (w: string) => boolean = () => false, realCompound: (token: string, candidate: string) => boolean = () => false) {
    this.known = known;
    this.isWord = isWord;
    this.realCompound = realCompound;
    for (const w of candidates) {
      if (w.length < 3 || w.includes(' ')) continue;
      this.addKey(w, w);
      for (let i = 0; i < w.length; i++) this.addKey(w.slice(0, i) + w.slice(i + 1), w);
    }
  }

  private addKey(key: string, word: string): void {
    const list = this.deletes.get(key);
    if (list === undefined) this.deletes.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  }

  /** The lexicon word `token` is a misspelling of, or undefined. */
  correct(token: string, capitalised = false): string | undefined {
    if (token.length < 4 || this.known.has(token)) return undefined;
    let best: string | undefined;
    const consider = (key: string): void => {
      const list = this.deletes.get(key);
      if (!list) return;
      for (const w of list) {
        if (w === token) continue;
        const swapFirst = w[0] === token[1] && w[1] === token[0];
        if (w[0] !== token[0] && !swapFirst) continue;
        // three-letter words only for a swap that keeps every letter ("odod" → "dod", i.e. "dood");
        // four-letter words in a capitalised word (a name?) only by a change or swap of letters ("Vries" is not "vies")
        if (w.length < 4 && !(swapFirst && token.length === w.length + 1)) continue;
        if (w.length === 4 && capitalised && token.length !== 4) continue;
        if (best !== undefined && best.length >= w.length) continue;
        if (osaDistanceAtMostOne(token, w)) best = w;
      }
    };
    consider(token);
    for (let i = 0; i < token.length; i++) consider(token.slice(0, i) + token.slice(i + 1));
    // a real word is never a typo (asked only when there is a candidate: the dictionary loads lazily)
    if (best !== undefined && (this.isWord(token) || this.realCompound(token, best))) return undefined;
    return best;
  }
}

/** Optimal string alignment distance ≤ 1. */
export function osaDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}
