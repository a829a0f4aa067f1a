/**
 * What the check keeps per spelling of a word (a token's `raw`), in one bounded map for every
 * module that reads it: its normal form (normalize.ts `normWord`), its plain letters and word
 * classes (reading/words.ts `plainWord`, `wordInfo`) and its lookup key (reading/lookup.ts
 * `wordKey`). A token's spelling is looked up in one table, not in one cache per module: it is
 * hashed once and its entry, found by the first reader, is still at hand for the next.
 *
 * Every slot holds a pure function of the spelling (the classes by normal form, beside it), so
 * clearing the map when it is full changes no answer.
 */
export interface Spelling {
  /** The spelling, as the one string the map holds it by. */
  readonly raw: string;
  /** The normal form (normalize.ts), undefined until read. */
  norm: string | undefined;
  /** The plain letters (words.ts `plainWord`), undefined until read. */
  plain: string | undefined;
  /** The word classes by normal form (words.ts `wordInfo`), undefined until read. */
  info: unknown;
  /** The lookup key (lookup.ts `wordKey`), undefined until read or when it depends on the normal form. */
  key: unknown;
}

const MAX = 200_000;
const bySpelling = new Map<string, Spelling>();

/** The entry of a spelling (made empty on first use; its `raw` is the string first seen with it). */
export function spellingOf(raw: string): Spelling {
  let s = bySpelling.get(raw);
  if (s === undefined) {
    if (bySpelling.size >= MAX) bySpelling.clear();
    s = { raw, norm: undefined, plain: undefined, info: undefined, key: undefined };
    bySpelling.set(raw, s);
  }
  return s;
}
