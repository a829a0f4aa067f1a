/**
 * Threats and harm read by structure (decency, A7), the readings of the sixth round (#9, reading6a):
 * harm told as a consequence, menace without a harm verb, urging someone to disappear, harm to a
 * person's things. Each reading starts from its own trigger words (one pass per analysis, cached
 * bits per word form) and looks at the sentence of a trigger once, so the cost stays linear.
 */
import type { TextAnalysis } from '../analysis.js';

/** A name after a comma that ends its sentence: addressed, not spoken of ("…, Jesse."). */
export function vocativeAt(a: TextAnalysis, j: number): boolean {
  const t = a.tokens[j]!;
  const prev = a.tokens[j - 1];
  if (!prev || prev.sentence !== t.sentence || !a.source.slice(prev.end, t.start).includes(',')) return false;
  let e = j;
  while (e + 1 < a.tokens.length && a.tokens[e + 1]!.sentence === t.sentence && a.tokens[e + 1]!.start - a.tokens[e]!.end <= 1 && !/[,;:]/.test(a.source.slice(a.tokens[e]!.end, a.tokens[e + 1]!.start)) && e - j < 2) e++;
  const next = a.tokens[e + 1];
  return !next || next.sentence !== t.sentence;
}
