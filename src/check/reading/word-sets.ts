/**
 * The two shapes every reading builds its word classes into (from lexicon/*.json): a set of
 * word forms, and an index of stems a word may start with.
 */

/** A word class as a set of forms. */
export const wordSet = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

/** Stems indexed by their first three letters: a word is tested against the few stems it could start with. */
const head3 = (w: string): number => (w.charCodeAt(0) * 65536 + w.charCodeAt(1)) * 65536 + w.charCodeAt(2);

/** Does a word start with one of the stems (each of three letters or more)? */
export function stemIndex(stems: readonly string[]): (w: string) => boolean {
  // keyed by the first three UTF-16 units as one number: a lookup allocates no string
  const byHead = new Map<number, string[]>();
  for (const s of stems) {
    if (s.length < 3) continue; // (never matched: a word is looked up by its first three letters)
    const h = head3(s);
    const list = byHead.get(h);
    if (list) list.push(s);
    else byHead.set(h, [s]);
  }
  return (w) => {
    const list = w.length >= 3 ? byHead.get(head3(w)) : undefined;
    if (!list) return false;
    for (const s of list) if (w.startsWith(s)) return true;
    return false;
  };
}

/**
 * `xs.map(f)`, always as a packed array. V8's `map` builtin makes a packed array, the same call
 * in optimised code a holey one: a reading optimised for the arrays of the first drafts reads
 * them through checks of one elements kind, fails them on the other ("wrong map") and is
 * compiled again, which for the largest readings costs more than hundreds of drafts.
 */
export function mapPacked<T, R>(xs: readonly T[], f: (x: T) => R): R[] {
  const out: R[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!));
  return out;
}

/** A word class of a lexicon file: exact forms and stems a form may start with. */
export interface WordClass {
  words?: readonly string[];
  stems?: readonly string[];
}

/**
 * The classes of a written form as one bit mask (up to 31 classes, each with its bit): exact forms
 * looked up, stems tested for forms of four letters or more, `refine` (a reading's own test, e.g.
 * a compound) applied last; memoised per form (bounded: cleared when large).
 */
export function classMask(sources: readonly (readonly [WordClass, number])[], refine?: (form: string, mask: number) => number): (form: string) => number {
  const exact = new Map<string, number>();
  for (const [c, bit] of sources) for (const w of c.words ?? []) exact.set(w, (exact.get(w) ?? 0) | bit);
  const stems: [(w: string) => boolean, number][] = [];
  for (const [c, bit] of sources) if ((c.stems ?? []).length > 0) stems.push([stemIndex(c.stems!), bit]);
  const memo = new Map<string, number>();
  return (form) => {
    let m = memo.get(form);
    if (m !== undefined) return m;
    m = exact.get(form) ?? 0;
    if (form.length >= 4) for (const [has, bit] of stems) if (!(m & bit) && has(form)) m |= bit;
    if (refine) m = refine(form, m);
    if (memo.size > 20000) memo.clear();
    memo.set(form, m);
    return m;
  };
}
