/** Pure helpers of the check page: applying a finding's edits, and the highlighted pieces of the text. */
import type { Edit, Finding } from '../../api/types.js';

/** Apply edits (UTF-16 ranges of `text`, contract) from the back, so earlier offsets stay right; overlapping edits are skipped. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.span[0] - a.span[0] || b.span[1] - a.span[1]);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    const [a, b] = e.span;
    if (a < 0 || b < a || b > text.length || b > limit) continue;
    out = out.slice(0, a) + e.text + out.slice(b);
    limit = a;
  }
  return out;
}

export interface Piece {
  text: string;
  /** the most severe finding's severity over this piece, if any */
  severity?: Finding['severity'];
}

const RANK: Record<Finding['severity'], number> = { block: 4, consult: 3, revise: 2, info: 1 };

/** Split the text into plain and highlighted pieces by the findings' spans. */
export function highlight(text: string, findings: readonly Finding[]): Piece[] {
  const marks: { a: number; b: number; s: Finding['severity'] }[] = [];
  for (const f of findings) {
    for (const [a, b] of [...(f.span ? [f.span] : []), ...(f.spans ?? [])]) if (b > a && a >= 0 && b <= text.length) marks.push({ a, b, s: f.severity });
  }
  if (!marks.length) return [{ text }];
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.a, m.b])])].sort((x, y) => x - y);
  const out: Piece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    let best: Finding['severity'] | undefined;
    for (const m of marks) if (m.a <= a && m.b >= b && (!best || RANK[m.s] > RANK[best])) best = m.s;
    const piece = text.slice(a, b);
    const last = out[out.length - 1];
    if (last && last.severity === best) last.text += piece;
    else out.push(best ? { text: piece, severity: best } : { text: piece });
  }
  return out;
}
