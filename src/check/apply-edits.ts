/**
 * Applying the `edits` of findings to a draft (check contract): each edit replaces the
 * UTF-16 range [a, b) of the original text with its text. Edits are applied from the end
 * of the text backwards so every range refers to the original; insertions at the same
 * place keep the order in which they are listed (findings in their order, edits in theirs).
 * The check gives edits whose ranges do not overlap; an overlapping edit is skipped.
 */
import type { Finding, TextEdit } from './types.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const indexed = edits.map((e, i) => ({ e, i }));
  // ascending by start (then end, then listed order) to find overlaps
  indexed.sort((x, y) => x.e.span[0] - y.e.span[0] || x.e.span[1] - y.e.span[1] || x.i - y.i);
  const kept: { e: TextEdit; i: number }[] = [];
  let end = -1;
  for (const x of indexed) {
    const [a, b] = x.e.span;
    if (a < 0 || b > text.length || a > b) continue;
    if (a < end) continue; // overlaps an edit kept before it
    kept.push(x);
    end = Math.max(end, b);
  }
  let out = '';
  let pos = 0;
  for (const { e } of kept) {
    out += text.slice(pos, e.span[0]) + e.text;
    pos = e.span[1];
  }
  return out + text.slice(pos);
}

/** Apply the edits of every finding that has them. */
export function applyFindingEdits(text: string, findings: readonly Finding[]): string {
  return applyEdits(text, findings.flatMap((f) => f.edits ?? []));
}
