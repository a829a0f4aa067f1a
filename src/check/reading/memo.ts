/**
 * A reading of one analysis for one author, computed once (per analysis and author): the
 * targets, the English and the sexual-content readings are asked for by several readers per check.
 */
import type { TextAnalysis } from '../analysis.js';

export function perAnalysis<R>(read: (a: TextAnalysis, authorId: string | undefined) => R): (a: TextAnalysis, authorId?: string) => R {
  const memo = new WeakMap<TextAnalysis, Map<string | undefined, R>>();
  return (a, authorId) => {
    let m = memo.get(a);
    if (m?.has(authorId)) return m.get(authorId)!;
    const r = read(a, authorId);
    if (!m) memo.set(a, (m = new Map()));
    m.set(authorId, r);
    return r;
  };
}
