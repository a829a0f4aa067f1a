/**
 * Readings of one analysis computed once: the targets, the English and the sexual-content
 * readings (per analysis and author), the word forms, classes, clause index and triggers of the
 * structural reading (per analysis). Each memo owns a slot of the analysis's `memo` array (an
 * analysis is immutable and lives for one check), so a lookup is an array read rather than a
 * WeakMap probe, and nothing outlives the analysis.
 */
import type { TextAnalysis } from '../analysis.js';

let slots = 0;

interface ByAuthor<R> {
  authorId: string | undefined;
  value: R;
  /** Values for other authors (rare: an analysis is read for one author per check). */
  others: Map<string | undefined, R> | undefined;
}

/** A reading per analysis and author, computed on first use. */
export function perAnalysis<R>(read: (a: TextAnalysis, authorId: string | undefined) => R): (a: TextAnalysis, authorId?: string) => R {
  const slot = slots++;
  return (a, authorId) => {
    const memo = a.memo;
    const e = memo[slot] as ByAuthor<R> | undefined;
    if (e !== undefined) {
      if (e.authorId === authorId) return e.value;
      if (e.others?.has(authorId)) return e.others.get(authorId)!;
    }
    const value = read(a, authorId);
    const now = memo[slot] as ByAuthor<R> | undefined;
    if (now === undefined) memo[slot] = { authorId, value, others: undefined } satisfies ByAuthor<R>;
    else if (now.authorId === authorId) now.value = value;
    else (now.others ??= new Map()).set(authorId, value);
    return value;
  };
}

/**
 * A reading per analysis, computed on first use (whatever else the first caller passes: a
 * reading that takes an author keeps the first caller's, as a cache per analysis did).
 */
export function oncePerAnalysis<R extends object>(read: (a: TextAnalysis, authorId: string | undefined) => R): (a: TextAnalysis, authorId?: string) => R {
  const slot = slots++;
  return (a, authorId) => {
    const memo = a.memo;
    let r = memo[slot] as R | undefined;
    if (r === undefined) {
      r = read(a, authorId);
      memo[slot] = r;
    }
    return r;
  };
}
