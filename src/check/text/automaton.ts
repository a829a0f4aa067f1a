/**
 * Aho–Corasick multi-pattern automaton over normalised text.
 *
 * All word lists (and a school's roster of names) are compiled into one automaton,
 * so a draft is scanned once, whatever the number of patterns: cost is linear in
 * the text plus the number of matches, and flat in the size of the lists.
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

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Indices of patterns ending here (own and via dictionary links). */
  out: number[];
}

export class Automaton<P> {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly patterns: Pattern<P>[] = [];
  /** Dense transition table for the root (ASCII), the hottest state. */
  private rootAscii = new Int32Array(128);

  constructor(patterns: Iterable<Pattern<P>>) {
    for (const p of patterns) this.add(p);
    this.build();
  }

  get size(): number {
    return this.patterns.length;
  }

  private add(p: Pattern<P>): void {
    if (p.text.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      let nx = this.nodes[s]!.next.get(c);
      if (nx === undefined) {
        nx = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[s]!.next.set(c, nx);
      }
      s = nx;
    }
    this.nodes[s]!.out.push(this.patterns.length);
    this.patterns.push(p);
  }

  private build(): void {
    const queue: number[] = [];
    for (const [, child] of this.nodes[0]!.next) {
      this.nodes[child]!.fail = 0;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const r = queue[q]!;
      for (const [c, u] of this.nodes[r]!.next) {
        queue.push(u);
        let f = this.nodes[r]!.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(c)) f = this.nodes[f]!.fail;
        const t = this.nodes[f]!.next.get(c);
        this.nodes[u]!.fail = t !== undefined && t !== u ? t : 0;
        const fo = this.nodes[this.nodes[u]!.fail]!.out;
        if (fo.length) this.nodes[u]!.out = this.nodes[u]!.out.concat(fo);
      }
    }
    for (let c = 0; c < 128; c++) this.rootAscii[c] = this.nodes[0]!.next.get(c) ?? 0;
  }

  /** All matches in `text` (a padded normalised string) that respect their boundaries. */
  scan(text: string, onMatch: (m: Match<P>) => void): void {
    const nodes = this.nodes;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (s === 0) {
          s = c < 128 ? this.rootAscii[c]! : (nodes[0]!.next.get(c) ?? 0);
          break;
        }
        const nx = nodes[s]!.next.get(c);
        if (nx !== undefined) {
          s = nx;
          break;
        }
        s = nodes[s]!.fail;
      }
      const out = nodes[s]!.out;
      for (let k = 0; k < out.length; k++) {
        const p = this.patterns[out[k]!]!;
        const end = i + 1;
        const start = end - p.text.length;
        const leftOk = start === 0 || text.charCodeAt(start - 1) === 32;
        const rightOk = end === text.length || text.charCodeAt(end) === 32;
        let ok: boolean;
        switch (p.boundary) {
          case 'word':
            ok = leftOk && rightOk;
            break;
          case 'prefix':
            ok = leftOk;
            break;
          case 'suffix':
            ok = rightOk;
            break;
          default:
            ok = true;
        }
        if (ok) onMatch({ start, end, payload: p.payload });
      }
    }
  }
}
