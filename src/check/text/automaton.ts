/**
 * Aho–Corasick multi-pattern automaton over normalised text.
 *
 * All word lists (and a school's roster of names) are compiled into one automaton,
 * so a draft is scanned once, whatever the number of patterns: cost is linear in
 * the text plus the number of matches, and flat in the size of the lists.
 *
 * The automaton is compiled to a dense DFA over a small alphabet (a–z, 0–9, space,
 * other): one table lookup per character, no failure-link loop at scan time.
 *
 * Patterns are matched on the padded, space-separated skeleton of `normalize.ts`.
 * Each pattern says which word boundaries it needs:
 * - `word`   whole words only ("dom" does not match inside "eigendom");
 * - `prefix` starts a word, may run on ("kanker" in "kankerlijer");
 * - `suffix` ends a word ("zielig" in "gewoonzielig");
 * - `infix`  anywhere.
 */

export type Boundary = 'word' | 'prefix' | 'suffix' | 'infix';

export interface Pattern<P> {
  text: string;
  boundary: Boundary;
  payload: P;
}

export interface Match<P> {
  /** Character offsets in the normalised text, end exclusive. */
  start: number;
  end: number;
  payload: P;
}

const SIGMA = 38; // a–z, 0–9, space, other
const SPACE = 36;
const OTHER = 37;
const CLASS = new Int8Array(128).fill(OTHER);
for (let c = 97; c <= 122; c++) CLASS[c] = c - 97;
for (let c = 48; c <= 57; c++) CLASS[c] = 26 + c - 48;
CLASS[32] = SPACE;

function classOf(code: number): number {
  return code < 128 ? CLASS[code]! : OTHER;
}

const EMPTY: readonly number[] = [];

/** A compiled automaton as plain data (see `Automaton.snapshot`), to store at build time. */
export interface AutomatonSnapshot<P> {
  patterns: Pattern<P>[];
  /**
   * The DFA table as scanned, SIGMA entries per state: the target state with its "has output"
   * bit (0x8000 in a Uint16Array, while the states fit in 15 bits; else 0x40000000), so a start
   * restores it as it is rather than deriving it entry by entry.
   */
  next: Uint16Array | Int32Array;
  /** The output lists of every state, flattened: `outStart[s]..outStart[s+1]` index `outList`. */
  outStart: Int32Array;
  outList: Int32Array;
}

const BOUNDARY: Record<Boundary, number> = { word: 0, prefix: 1, suffix: 2, infix: 3 };

export class Automaton<P> {
  private readonly patterns: Pattern<P>[] = [];
  /** The output lists of every state, flat: `outStart[s]..outStart[s+1]` index `outList` (pattern numbers). */
  private outStart: Int32Array;
  private outList: Int32Array;
  /** Per pattern: its length and boundary (BOUNDARY), read at scan time without touching the pattern objects. */
  private patLength: Int32Array;
  private patBoundary: Uint8Array;
  /**
   * The DFA as scanned: `delta` in 16 bits per entry while the states fit (half the memory, so the
   * rows a draft visits stay in the processor's cache beside the rest of a check), with the
   * target's "has output" bit (HAS_OUT) set, so `outStart` is read only at states that match.
   */
  private next: Uint16Array | Int32Array = new Uint16Array(0);
  private hasOut = 0;
  /** The matches of the last `scanAll` (start, end, pattern number), reused between scans. */
  private hitStart: Int32Array<ArrayBuffer> = new Int32Array(64);
  private hitEnd: Int32Array<ArrayBuffer> = new Int32Array(64);
  private hitPattern: Int32Array<ArrayBuffer> = new Int32Array(64);

  /** Restore an automaton compiled earlier (no trie, no failure links to build). */
  static fromSnapshot<P>(snap: AutomatonSnapshot<P>): Automaton<P> {
    const a = Object.create(Automaton.prototype) as Automaton<P>;
    Object.assign(a, { patterns: snap.patterns, next: snap.next, hasOut: snap.next instanceof Uint16Array ? 0x8000 : 0x40000000, outStart: snap.outStart, outList: snap.outList, hitStart: new Int32Array(64), hitEnd: new Int32Array(64), hitPattern: new Int32Array(64) });
    a.indexPatterns();
    return a;
  }

  /** The compiled automaton as plain data. */
  snapshot(): AutomatonSnapshot<P> {
    return { patterns: this.patterns, next: this.next, outStart: this.outStart, outList: this.outList };
  }

  private indexPatterns(): void {
    const n = this.patterns.length;
    this.patLength = new Int32Array(n);
    this.patBoundary = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      this.patLength[k] = this.patterns[k]!.text.length;
      this.patBoundary[k] = BOUNDARY[this.patterns[k]!.boundary];
    }
  }

  /** The table as scanned (`next`) from the DFA table: 16 bits per entry while the states fit, with the target's "has output" bit. */
  private scanTable(delta: Int32Array): void {
    const states = this.outStart.length - 1;
    const small = states <= 0x7fff;
    const hasOut = small ? 0x8000 : 0x40000000;
    const next = small ? new Uint16Array(delta.length) : new Int32Array(delta.length);
    for (let k = 0; k < delta.length; k++) {
      const t = delta[k]!;
      next[k] = this.outStart[t + 1]! > this.outStart[t]! ? t | hasOut : t;
    }
    this.next = next;
    this.hasOut = hasOut;
  }

  constructor(patterns: Iterable<Pattern<P>>) {
    // trie with sparse children while building
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    for (const p of patterns) {
      if (p.text.length === 0) continue;
      let s = 0;
      for (let i = 0; i < p.text.length; i++) {
        const c = classOf(p.text.charCodeAt(i));
        let nx = children[s]!.get(c);
        if (nx === undefined) {
          nx = children.length;
          children.push(new Map());
          own.push([]);
          children[s]!.set(c, nx);
        }
        s = nx;
      }
      own[s]!.push(this.patterns.length);
      this.patterns.push(p);
    }
    const n = children.length;
    const delta = new Int32Array(n * SIGMA);
    const fail = new Int32Array(n);
    const out: (readonly number[])[] = new Array(n);
    out[0] = own[0]!.length ? own[0]! : EMPTY;
    const queue: number[] = [];
    for (let c = 0; c < SIGMA; c++) {
      const child = children[0]!.get(c);
      if (child !== undefined) {
        delta[c] = child;
        fail[child] = 0;
        queue.push(child);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const r = queue[q]!;
      const fr = fail[r]!;
      const o = own[r]!;
      const fo = out[fr]!;
      out[r] = o.length === 0 ? fo : fo.length === 0 ? o : o.concat(fo);
      for (let c = 0; c < SIGMA; c++) {
        const u = children[r]!.get(c);
        if (u !== undefined) {
          delta[r * SIGMA + c] = u;
          fail[u] = delta[fr * SIGMA + c]!;
          queue.push(u);
        } else {
          delta[r * SIGMA + c] = delta[fr * SIGMA + c]!;
        }
      }
    }
    // the states renumbered in breadth-first order (the root, then the queue): the shallow states,
    // which every draft visits, lie together in the table and stay in the processor's cache
    const order = new Int32Array(n);
    const renumber = new Int32Array(n);
    for (let q = 0; q < queue.length; q++) order[q + 1] = queue[q]!;
    for (let q = 0; q < n; q++) renumber[order[q]!] = q;
    const table = new Int32Array(n * SIGMA);
    for (let q = 0; q < n; q++) {
      const from = order[q]! * SIGMA;
      for (let c = 0; c < SIGMA; c++) table[q * SIGMA + c] = renumber[delta[from + c]!]!;
    }
    const outStart = new Int32Array(n + 1);
    let total = 0;
    for (let q = 0; q < n; q++) {
      outStart[q] = total;
      total += out[order[q]!]!.length;
    }
    outStart[n] = total;
    const outList = new Int32Array(total);
    for (let q = 0; q < n; q++) outList.set(out[order[q]!]!, outStart[q]!);
    this.outStart = outStart;
    this.outList = outList;
    this.patLength = new Int32Array(0);
    this.patBoundary = new Uint8Array(0);
    this.indexPatterns();
    this.scanTable(table);
  }

  get size(): number {
    return this.patterns.length;
  }

  /** All matches in `text` (a padded normalised string) that respect their boundaries (`onMatch` may not scan with this automaton). */
  scan(text: string, onMatch: (m: Match<P>) => void): void {
    const n = this.scanAll(text);
    const hitStart = this.hitStart;
    const hitEnd = this.hitEnd;
    const hitPattern = this.hitPattern;
    for (let h = 0; h < n; h++) onMatch({ start: hitStart[h]!, end: hitEnd[h]!, payload: this.patterns[hitPattern[h]!]!.payload });
  }

  /**
   * All matches in `text`, in the order `scan` reports them (by end, then the state's output
   * order), into this automaton's match arrays: their number is returned, and match h is
   * `matchStart(h)`..`matchEnd(h)` of pattern `matchPattern(h)` (valid until the next scan).
   * No object per match and no callback: the lexicon's scan of every draft allocates nothing.
   */
  scanAll(text: string): number {
    const next = this.next;
    const hasOut = this.hasOut;
    const stateMask = hasOut - 1;
    const outStart = this.outStart;
    const outList = this.outList;
    const patLength = this.patLength;
    const patBoundary = this.patBoundary;
    let hitStart = this.hitStart;
    let hitEnd = this.hitEnd;
    let hitPattern = this.hitPattern;
    let count = 0;
    let s = 0;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      const code = text.charCodeAt(i);
      const t = next[s * SIGMA + (code < 128 ? CLASS[code]! : OTHER)]!;
      s = t & stateMask;
      if ((t & hasOut) === 0) continue;
      const end = i + 1;
      const to = outStart[s + 1]!;
      for (let k = outStart[s]!; k < to; k++) {
        const pi = outList[k]!;
        const start = end - patLength[pi]!;
        const b = patBoundary[pi]!;
        if (b !== 3) {
          const leftOk = start === 0 || text.charCodeAt(start - 1) === 32;
          const rightOk = end === len || text.charCodeAt(end) === 32;
          if (b === 0 ? !(leftOk && rightOk) : b === 1 ? !leftOk : !rightOk) continue;
        }
        if (count === hitEnd.length) {
          hitStart = grow(hitStart);
          hitEnd = grow(hitEnd);
          hitPattern = grow(hitPattern);
          this.hitStart = hitStart;
          this.hitEnd = hitEnd;
          this.hitPattern = hitPattern;
        }
        hitStart[count] = start;
        hitEnd[count] = end;
        hitPattern[count] = pi;
        count++;
      }
    }
    return count;
  }

  matchStart(h: number): number {
    return this.hitStart[h]!;
  }

  matchEnd(h: number): number {
    return this.hitEnd[h]!;
  }

  matchPattern(h: number): number {
    return this.hitPattern[h]!;
  }

  /** The payload of pattern number `pi` (as `matchPattern` gives it). */
  payload(pi: number): P {
    return this.patterns[pi]!.payload;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
